import { PLACE_COLUMN } from '../ingest/cell-lines.js';
import { cellYuan, isTotalRow, moneyColumns } from './money-columns.js';

/** A row's sum, in yuan by its column's unit, with where its cell is. */
export interface SpacedRow {
  start: number;
  end: number;
  money: { start: number; end: number; yuan: number; role: 'fixed' | 'total' };
}

/** A cell of a line: its text, trimmed, and where that text starts. */
export interface Cell {
  c: string;
  at: number;
}

/** A header cell: a short name, no sentence punctuation (序号, 企业名称, 镇街(园区), 资助金额(万元)). */
const HEADER_CELL = /^[^。；;，,：:]{1,12}$/;
/** A row's number opening it (1, 12). */
const ROW_NUMBER = /^\d{1,3}$/;

/** The cells of the line from `from`, parted where the source had a gap (the cleaner took the spaces out). */
export function cellsOf(text: string, from: number, gapAt: (pos: number) => boolean): { cells: Cell[]; end: number } {
  let end = text.indexOf('\n', from);
  if (end < 0) end = text.length;
  const cells: Cell[] = [];
  let at = from;
  const push = (to: number) => {
    const raw = text.slice(at, to);
    cells.push({ c: raw.trim(), at: at + (raw.length - raw.trimStart().length) });
  };
  for (let k = from + 1; k < end; k++) {
    if (!gapAt(k)) continue;
    push(k);
    at = k;
  }
  push(end);
  return { cells: cells.filter((c) => c.c), end };
}

/**
 * A table whose cells spaces part on the page, a row a line, the spaces lost to the cleaner (序号 企业名称 镇街(园区) 类别 资助金额(万元) /
 * 1 东莞市宇瞳光学科技股份有限公司 长安 示范企业 120, 东莞): the header at `from` names a money column with its unit; each numbered row
 * with as many cells is a clause from its number to its line's end, its sum the money column's cell in yuan. `fixed`, or `total` for
 * a 合计 row or a table of places (ANNOTATION round 102). Undefined unless two rows or more follow the header.
 */
export function spacedTableRows(text: string, from: number, gapAt: (pos: number) => boolean): { rows: SpacedRow[]; end: number } | undefined {
  const head = cellsOf(text, from, gapAt);
  const names = head.cells.map((c) => c.c.replace(/\s+/g, ''));
  if (names.length < 3 || !names.every((n) => HEADER_CELL.test(n))) return undefined;
  const money = moneyColumns(names);
  if (!money.length) return undefined;
  const places = names.some((n) => PLACE_COLUMN.test(n));
  const rows: SpacedRow[] = [];
  let end = head.end;
  for (let s = head.end + 1; s < text.length; ) {
    const line = cellsOf(text, s, gapAt);
    const cells = line.cells;
    const total = isTotalRow(cells.map((c) => c.c));
    if (cells.length !== names.length || (!ROW_NUMBER.test(cells[0].c) && !total)) break;
    const col = money[0];
    const cell = cells[col.k];
    const yuan = cellYuan(cell.c, col);
    if (yuan === undefined) break;
    rows.push({ start: s, end: line.end, money: { start: cell.at, end: cell.at + cell.c.length, yuan, role: total || places ? 'total' : 'fixed' } });
    end = line.end;
    s = line.end + 1;
  }
  return rows.length >= 2 ? { rows, end } : undefined;
}
