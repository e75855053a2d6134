import { fold } from '../ingest/clean.js';
import { MONEY_NAME, TABLE_UNIT } from '../ingest/cell-lines.js';
import { magnitude, parseNumber, round } from './numbers.js';

/**
 * A table's money columns: the unit a header cell writes applies to the bare figures of its cells (资金规模(万元) over 1000 →
 * 10000000; 本次分配金额（万元）, 投资额(亿元), 补助资金(元)), in either bracket width, full-width letters folded; a cell
 * 单位:万元 / 单位：万元 in the header gives its unit to every column whose name names money (金额, 资金, 投资…).
 */
const UNIT_IN_HEADER = /[（(]\s*(?:单位\s*[:：]\s*)?(万亿|亿|千万|百万|万|千)?元\s*((?:[/／][\u4e00-\u9fff]{1,2}){0,2})\s*[）)]\s*$/;
/** …or written after a slash, no bracket: 耕地地力保护补贴资金/万元 (舟山), 补助标准/元/亩. */
const UNIT_AFTER_SLASH = /[\u4e00-\u9fff]\s*[/／]\s*(万亿|亿|千万|百万|万|千)?元\s*((?:[/／][\u4e00-\u9fff]{1,2}){0,2})\s*$/;
/** A table's title line ending with its unit (…分配情况表单位:万元||||||). */
// (…in brackets maybe, among the units of its other columns: …拟补助资金表(单位:亩、万元), 余杭 — the money columns take the money unit)
const TITLE_UNIT = /(?:金额)?单位\s*[:：]\s*(?:[\u4e00-\u9fff]{1,3}[、，,/／])*(万亿|亿|千万|百万|万|千)?元(?:[、，,/／][\u4e00-\u9fff]{1,3})*\s*[)）]?[|｜\s]*$/;
/** A bare figure in a money column's cell (1000, 7040.49, 1,200.5). */
const BARE_FIGURE = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;
/** A row that sums the rows below or above it: 合计, 总计, 小计, 16个项目合计. */
// (…its count after it too: 塔城市合计2个)
const TOTAL_CELL = /^(?:[^\d|｜]{0,10}|\d+个[\u4e00-\u9fff]{1,4})?(?:合计|总计|小计|共计)(?:\d+个[\u4e00-\u9fff]{0,4})?$/;

export interface MoneyColumn {
  /** Index of the column among the header's cells. */
  k: number;
  /** 10000 for 万元, 1 for 元. */
  times: number;
  /** The column names a project's investment (总投资, 投资规模): its sums are what is to be invested, a `target`, as 计划投资 is. */
  invested?: boolean;
  /** The column's unit is a sum per a thing (补助标准(元/亩), 元/人/月): its cells are a rate paid per unit, `fixed`, not a row's sum. */
  per?: boolean;
}

/** A header naming a project's investment, not money handed out: 总投资, 投资规模(万元), 计划投资, 投资额. */
const INVESTMENT_HEADER = /^(?:项目)?(?:总投资|投资规模|计划投资|计划总投资|投资额|投资总额|估算投资|概算投资|总投资额)/;

/** The money columns of a header row, from its cells' names. */
export function moneyColumns(header: string[], above?: string): MoneyColumn[] {
  const cells = header.map((c) => fold(c.replace(/\s+/g, '')));
  // (…or the table's title line above the header ends with it: …补助资金分配情况表 单位:万元 |||||, 瀍河)
  const titled = above ? TITLE_UNIT.exec(fold(above.replace(/\s+/g, ''))) : null;
  const table = cells.map((c) => TABLE_UNIT.exec(c)).find(Boolean) ?? titled;
  // (each cell's own unit, in brackets or after a slash, read once)
  const unitIn = cells.map((c) => UNIT_IN_HEADER.exec(c) ?? UNIT_AFTER_SLASH.exec(c));
  // (…but in a table of funds allotted whose only money column is the investment, 补助资金分配情况表 over 投资规模 | 9.45, 瀍河, that column is
  // what is allotted: no target.)
  const moneyCount = cells.filter((c, k) => unitIn[k] || (table && MONEY_NAME.test(c) && !TABLE_UNIT.test(c))).length;
  const allotted = moneyCount <= 1 && /分配/.test(fold((above ?? '').replace(/\s+/g, '')));
  // (A column summing the money columns before it, named only 小计 or 合计, holds money in their unit where they share one: 省级建设补助(万元)
  // | … | 小计, 莒南.)
  const units = new Set(unitIn.flatMap((m) => (m && !m[2] ? [m[1] ?? ''] : [])));
  const summed = units.size === 1 ? magnitude([...units][0]) : undefined;
  return cells.flatMap((c, k) => {
    const invested = INVESTMENT_HEADER.test(c) && !allotted ? { invested: true } : {};
    const m = unitIn[k];
    if (m) return [{ k, times: magnitude(m[1]), ...invested, ...(m[2] ? { per: true } : {}) }];
    if (table && MONEY_NAME.test(c) && !TABLE_UNIT.test(c)) return [{ k, times: magnitude(table[1]), ...invested }];
    if (summed !== undefined && /^(?:小计|合计|总计)$/.test(c) && unitIn.slice(0, k).some((u) => u && !u[2])) return [{ k, times: summed }];
    return [];
  });
}

/** The sum in yuan a money column's cell holds, or undefined when it holds no bare figure. */
export function cellYuan(cell: string, col: MoneyColumn): number | undefined {
  const c = fold(cell.trim());
  if (!BARE_FIGURE.test(c)) return undefined;
  const n = parseNumber(c.replace(/,/g, ''));
  // (A zero cell allots nothing: 中央衔接资金 | 0, 大冶.)
  return Number.isFinite(n) && n !== 0 ? round(n * col.times) : undefined;
}

/** Does a cell hold a bare figure (0 too: a zero cell holds its column's place in a row whose cells were merged). */
export const isFigureCell = (cell: string): boolean => BARE_FIGURE.test(fold(cell.trim()));

/** Does the row sum others (合计, 16个项目合计): its money is a total, not one project's. */
export const isTotalRow = (cells: string[]): boolean => cells.some((c) => TOTAL_CELL.test(fold(c.replace(/\s+/g, ''))));
