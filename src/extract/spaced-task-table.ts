import { COLUMN as COLUMN_NAME } from '../ingest/cell-lines.js';
import { HEADING_RE } from '../ingest/clean.js';
import type { UnitMention } from '../types.js';
import { isTimeCell } from './deadlines.js';
import { columnsOf, REPORT_COLUMN, ROW_NUMBER, unitCell, type LineTable } from './line-table.js';
import { cellsOf, type Cell } from './spaced-table.js';
import type { UnitNote } from './units.js';

/** A row of a spaced task table: the range of its task's text and the note its unit and time cells make. */
export interface SpacedTaskRow {
  text: { start: number; end: number };
  note: UnitNote;
}

/** Sentence punctuation: a cell holding it is a task's text, not a category's or a task's name. */
const SENTENCE = /[。；;，,]/;

/**
 * A task table whose cells spaces part on the page, a row a line, as a PDF's text layer or a page's copy writes it, the spaces lost
 * to the cleaner (序号 目标任务 责任单位 上半年推进情况 / 1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长2.9%。, 铜梁;
 * 序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位 / 1 加强水资源保 护 严守… 实施…。 市水利局 市发展改革委、… 各县(市、区)…, 平顶山).
 * The header at `from` is one line of column names opening with 序号, a unit column among them. A row opens at a line whose first
 * cell is its number; its cells are read in order: the text cells up to the first that lists bodies, then the unit cells (a cell
 * wrapped to lines of its own below the row, 区农业农村委 / 区林业局 / 区供销联社, stays one column's), then time cells (a time column's)
 * and report cells (上半年推进情况: what was done, no clause), which are passed over. The task's text runs from the first text cell
 * that holds a sentence (the cells before it name a category or the task: 加强水资源保护) to the last text cell. A heading between
 * rows (一、经济社会发展主要预期目标) is a group's row. Undefined unless two rows or more follow the header.
 */
export function spacedTaskRows(text: string, from: number, gapAt: (pos: number) => boolean): { rows: SpacedTaskRow[]; end: number } | undefined {
  const head = cellsOf(text, from, gapAt);
  const names = head.cells.map((c) => c.c.replace(/\s+/g, ''));
  if (names.length < 3 || names[0] !== '序号' || !names.every((n) => COLUMN_NAME.test(n))) return undefined;
  const { unitColumns, timeColumn, lastUnit } = columnsOf(names);
  if (!unitColumns.length) return undefined;
  const table: LineTable = { unitColumns, timeColumn };
  const reportsAfter = names.slice(lastUnit + 1).some((n) => REPORT_COLUMN.test(n));
  const rows: SpacedTaskRow[] = [];
  let end = head.end;
  let row: { cells: { cell: Cell; own: boolean }[] } | undefined;
  const close = () => {
    const read = row && readRow(row.cells, table);
    if (read) rows.push(read);
    row = undefined;
  };
  for (let s = head.end + 1; s < text.length; ) {
    const line = cellsOf(text, s, gapAt);
    const next = line.end + 1;
    const cells = line.cells;
    if (!cells.length) {
      s = next;
      continue;
    }
    // (The table ends after its last row's lines: a heading below it is the text's again.)
    if (ROW_NUMBER.test(cells[0].c) && cells.length >= 2) {
      close();
      row = { cells: cells.slice(1).map((cell) => ({ cell, own: false })) };
      end = line.end;
    } else if (HEADING_RE.test(cells[0].c) && cells.length === 1) {
      close();
    } else if (row && continues(row.cells, cells, table, reportsAfter)) {
      row.cells.push(...cells.map((cell) => ({ cell, own: true })));
      end = line.end;
    } else break;
    s = next;
  }
  close();
  return rows.length >= 2 ? { rows, end } : undefined;
}

/**
 * Does a line below a row go on with it: cells wrapped to a line of their own (the cleaner may run several such lines into one,
 * 区供销联社 区畜牧业发展中心 第一产业增加值同比增长3.4%。), opening with a list of bodies or a time, or, when the header has a report column
 * after its units and the row has its units but no report yet, that report.
 */
function continues(cells: { cell: Cell; own: boolean }[], line: Cell[], table: LineTable, reportsAfter: boolean): boolean {
  const c = line[0].c;
  if (unitCell(c, line[0].at, table, 0)) return true;
  if (table.timeColumn && isTimeCell(c)) return true;
  // (the row's units read and no cell after them yet: its last cell lists bodies)
  const last = cells[cells.length - 1]?.cell;
  return reportsAfter && line.length === 1 && !!last && !!unitCell(last.c, last.at, table, 0);
}

/** A row's task text and note, from its cells after the number; undefined when it has no unit cell or no text. */
function readRow(cells: { cell: Cell; own: boolean }[], table: LineTable): SpacedTaskRow | undefined {
  const texts: Cell[] = [];
  const units: UnitMention[] = [];
  const times: { start: number; end: number }[] = [];
  let column = -1;
  let noteStart = -1;
  let noteEnd = -1;
  for (const { cell, own } of cells) {
    // (a cell wrapped to a line of its own is the last unit column's still)
    const k = own && column >= 0 ? column : column + 1;
    const bodies = unitCell(cell.c, cell.at, table, Math.max(0, Math.min(k, table.unitColumns.length - 1)));
    if (bodies) {
      column = k;
      units.push(...bodies);
    } else if (column < 0) {
      texts.push(cell);
      continue;
    } else if (table.timeColumn && isTimeCell(cell.c)) {
      times.push({ start: cell.at, end: cell.at + cell.c.length });
    } else continue;
    if (noteStart < 0) noteStart = cell.at;
    noteEnd = cell.at + cell.c.length;
  }
  if (!units.length || !texts.length) return undefined;
  const first = texts.find((c) => SENTENCE.test(c.c)) ?? texts[texts.length - 1];
  const last = texts[texts.length - 1];
  return { text: { start: first.at, end: last.at + last.c.length }, note: { start: noteStart, end: noteEnd, units, ...(times.length ? { times } : {}) } };
}
