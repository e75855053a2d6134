import { DUTY_ADVERBS, DUTY_WORDS, endsLikeBody, isLeadLabel, LABEL_NOUN, LABEL_PREFIX, LIST_MARKS, PLACE_NAME, TIME_FIELD } from './lexicon.js';
import { splitUnitList } from './units.js';
import type { UnitMention } from '../types.js';
import { round, yuanPerUnit } from './numbers.js';
import { COLUMN as COLUMN_NAME, columnNames, groupedColumns, type GroupedColumns, isLongMoneyName, MONEY_COLUMN, MONEY_NAME, PAIRED_PLACE, PLACE_COLUMN, repeatedPairs, TABLE_UNIT, TABLE_UNIT_TAIL, TASK_COLUMN as TASK_COLUMN_RE } from '../ingest/cell-lines.js';

/**
 * A task table that a web page flattened to one cell per line (辽宁 辽中区 任务分解表):
 *
 *   序号 / 主要工作举措 / 牵头单位 / 配合单位 / 责任领导      ← the header, a line each
 *   1 / 加快构建…。 / 区农业农村局 / 区发展改革局、区工业和信息化局 / (a leader's name, or nothing)
 *
 * Empty cells leave no line, so cells are told by what they hold: the number opens a row, the next line is
 * the task (or, without a 序号 column, the numbered task opens it: 主要工作任务 / 牵头单位 / 责任单位 then 1.主动对接…), lines that are lists of bodies fill the unit columns in header order, other short lines (a
 * leader's name) are skipped.
 */
export interface LineTable {
  /** The unit columns in header order: 牵头单位 leads. */
  unitColumns: { name: string; lead: boolean }[];
  /** A time-limit column (完成时限, 时间节点…): its cells are the row's deadlines. */
  timeColumn: boolean;
  /** Columns of text before the first unit column (项目名称 / 主要内容 / 进度要求): a row's cells that are its clauses. */
  textColumns?: number;
  /** Columns that report progress (进展情况, 完成情况…), between the task and the units: their cells are no clause. */
  reportColumns?: number;
  /** …and such columns after the unit columns, last in the row (序号 / 工作任务 / 牵头部门 / 主要配合部门 / 上半年进展情况, 苏州). */
  trailingReports?: number;
}

/** A column that reports what was done, not what is to be done: 进展情况, 完成情况, 落实情况, 工作进展, 推进情况. */
// (…of a period maybe: 上半年进展, 一季度工作进展, 青岛; or of now, 当前进度 | 80%, 苍南 — not 进度安排 or 进度要求, a plan's)
export const REPORT_COLUMN = /^(?:[\u4e00-\u9fff]{0,4}(?:进展|完成|落实|推进|执行)情况|[\u4e00-\u9fff]{0,4}(?:工作)?(?:进展|进度))$/;

// (Two prefixes may stack: 主要配合部门, 牵头责任单位 (苏州 2018); whether the bodies lead is the label's first prefix's to say.)
const UNIT_COLUMN = new RegExp(`^((?:${LABEL_PREFIX}){1,2})(${LABEL_NOUN})$`);
/** A row's number, maybe marked (1* for a task the city leads, 杭州). */
export const ROW_NUMBER = /^\d{1,3}[*＊]?$/;
// (…its subject named first maybe: 决策时间安排, 通榆's decision calendar)
const TIME_COLUMN = new RegExp(`^(?:[\u4e00-\u9fff]{2})?(?:${TIME_FIELD})$`);
export { TASK_COLUMN } from '../ingest/cell-lines.js';
/** A numbered task opening a row of a table without a 序号 column: 1.主动对接国家战略…, in every numbering (1、 （1） (1) 1）). */
export const NUMBERED_TASK = /^(?:\d{1,3}[.、．](?!\d)|[（(]\d{1,3}[）)]|\d{1,3}[）)])/;

/**
 * The header starting at a 序号 line: the column names on the following lines (blank lines between them
 * allowed) and where the header ends, or undefined when no unit column follows.
 */
export function lineTableHeader(text: string, from: number): { table: LineTable; end: number } | undefined {
  // (Blank lines between the names allowed; the first line is the 序号 or task column itself.)
  // (Lines are read only as far as the header goes: it is tried at every 序号 line.)
  const at = lineReader(text, from);
  const names = columnNames((j) => at(j)?.c, (n) => COLUMN_NAME.test(n) && !ROW_NUMBER.test(n));
  if (!names.length) return undefined;
  const columns = names.map((n) => n.name);
  // (The header ends at its last line's break.)
  const lastEnd = at(names[names.length - 1].last)!.end;
  const br = text.indexOf('\n', lastEnd);
  const end = br < 0 ? text.length : br;
  // The header opens with 序号, or with the task column itself when the rows number their tasks (1.主动对接…).
  if (!(columns[0] === '序号' && columns.length >= 3) && !(TASK_COLUMN_RE.test(columns[0]) && columns.length >= 2)) return undefined;
  const { unitColumns, timeColumn, lastUnit } = columnsOf(columns);
  // (Only a report column right after the task column and before the unit columns is told by place: 序号 / 内容与要求 / 进展情况 /
  // 责任单位. Elsewhere its cell cannot be told from a task's second line.)
  const firstText = columns.findIndex((c) => c !== '序号');
  const firstUnit = columns.findIndex((c) => UNIT_COLUMN.test(c));
  const reportColumns = REPORT_COLUMN.test(columns[firstText + 1] ?? '') && firstText + 1 < firstUnit ? 1 : 0;
  const textColumns = firstUnit - firstText - reportColumns;
  const afterUnits = firstUnit >= 0 ? columns.slice(lastUnit + 1) : [];
  const trailingReports = afterUnits.length && afterUnits.every((c) => REPORT_COLUMN.test(c)) ? afterUnits.length : 0;
  return unitColumns.length
    ? { table: { unitColumns, timeColumn, ...(reportColumns ? { reportColumns } : {}), ...(textColumns > 1 ? { textColumns } : {}), ...(trailingReports ? { trailingReports } : {}) }, end }
    : undefined;
}

/**
 * What a header's column names say of its cells: the unit columns in order (牵头单位 leads), whether one is a time limit, and where the
 * last unit column stands (-1 when there is none). Read alike for a table a cell a line and one whose cells spaces part.
 */
export function columnsOf(columns: string[]): Pick<LineTable, 'unitColumns' | 'timeColumn'> & { lastUnit: number } {
  const unitColumns = columns.filter((c) => UNIT_COLUMN.test(c)).map((name) => ({ name, lead: isLeadLabel(name) }));
  const timeColumn = columns.some((c) => TIME_COLUMN.test(c));
  let lastUnit = columns.length - 1;
  while (lastUnit >= 0 && !UNIT_COLUMN.test(columns[lastUnit])) lastUnit--;
  return { unitColumns, timeColumn, lastUnit };
}

const MARK = new RegExp(`^\\s*[${LIST_MARKS}]`);
export const isRowNumber = (line: string): boolean => ROW_NUMBER.test(line.trim());
const JOINED_OR_DUTY = new RegExp(`(?:会同|以及|及|和|与|(?:${DUTY_ADVERBS})?(?:${DUTY_WORDS})+)\\s*$`);

/**
 * A cell that lists bodies only (区发展改革局、区工业和信息化局、各镇政府(街道办事处)), as units of column k; `cutOff`: the
 * cell ends the text, and a last name it does not complete is dropped.
 */
export function unitCell(line: string, offset: number, table: LineTable, k: number, cutOff = false): UnitMention[] | undefined {
  if (/[。；;：:]/.test(line) || line.length > 120) return undefined;
  // A column's cell split over lines (发改局 / 区工信局 / 各街道办事处 under two columns): the extra lines are the last column's.
  // A mark before the list (★区发改委、统计局: the lead in some tables, 吴江; ▲发改局: 诸暨) is no part of a name.
  const mark = MARK.exec(line);
  if (mark) {
    line = line.slice(mark[0].length);
    offset += mark[0].length;
  }
  // A line ending in the word that joins it to the next (综合规划处会同 / 科学技术处、…), or in the part its bodies play
  // (市发改委、市人力社保局、团市委配合落实, 杭州): the names before the words.
  const joined = JOINED_OR_DUTY.exec(line);
  if (joined && joined.index > 0) line = line.slice(0, joined.index);
  const list = splitUnitList(line, offset, table.unitColumns[Math.min(k, table.unitColumns.length - 1)].lead);
  // The excerpt's last cell, cut off (区投促局、多福湾工作专): its complete names only.
  if (cutOff && list.length > 1 && !endsLikeBody(list[list.length - 1].name)) list.pop();
  const bodies = list.every((u) => endsLikeBody(u.name) && u.name.length >= 2);
  return list.length && bodies ? list : undefined;
}

/** A row of a grant list read from a table a cell a line: its span, its sum, and the sum's role. */
export interface GrantRow {
  start: number;
  end: number;
  money: { start: number; end: number; yuan: number; role: 'fixed' | 'total' };
  /** Every sum of a row that has several money cells (合计 / 一般预算 / 彩票公益金…), the first being `money`. */
  sums?: GrantRow['money'][];
}

/**
 * A list of grants written a cell a line (序号 / 乡镇 / 单位详细名称 / 奖励金额(万元), then 1 / 新安江街道 / 农夫山泉…公司 / 30: 建德's 公示):
 * each complete row a clause from its first cell after the number to its sum, the sum in yuan by the column's unit. A row the end
 * of the text cuts short is none. Undefined unless the header at `from` has a money column and no unit column.
 * A list of sums allotted to places, its place column first and no 序号 (镇别 / 新发展面积(亩) / 补贴金额(元), then 雪堰镇 / 1920 / 192000 …
 * 合计 / 4472 / 447200: 武进), reads a row from the place to its sum, each a `total` as an allotment to a place is (ANNOTATION round 102).
 */
/** A column naming who receives a grant (单位详细名称, 企业名称, 姓名, 合作社): its rows are grants, not allotments to places. */
const RECIPIENT_NAME = /单位|企业|公司|主体|合作社|农户|户主|姓名|申报人|申请人/;
/** A row's place cell or its sum's label: a short name, no sentence (利州区, 经开区, 合计). */
const ROW_LABEL = /^[\u4e00-\u9fff（）()]{1,14}$/;
/** The label of a list's sum row: 合计, 总计. */
const SUM_LABEL = /^(?:合计|总计)$/;

export function grantListRows(text: string, from: number): { rows: GrantRow[]; end: number; header?: { start: number; end: number } } | undefined {
  // Lines are read one at a time as the table goes on: it is tried at every 序号 line, and most are no grant list.
  const at = lineReader(text, from);
  const head = (at(0)?.c ?? '').replace(/[\s\u3000]+/g, '');
  const paired = PAIRED_PLACE.test(head);
  if (head !== '序号' && !PLACE_COLUMN.test(head) && !paired) return undefined;
  const places = head !== '序号';
  // (A place column over columns grouped under bands, each band's money a `total` allotted to the place: 永嘉's 高龄津贴 by age band.)
  const grouped = places ? groupedColumns((j) => at(j + 1)?.c) : undefined;
  if (grouped) return groupedRows(at, grouped);
  // (…its unit on the line above the header, for a money column named plainly: 单位:万元 / 乡 镇 / 金 额, 正安; blank lines between:
  // 金额单位:万元 / / 单位, 浙江省)
  const above = text.slice(0, Math.max(0, from - 1)).replace(/\s+$/, '');
  const lineAbove = above.slice(above.lastIndexOf('\n') + 1).replace(/\s+/g, '');
  // (…or closing the table's title over it: …补助资金分配表金额单位:万元, for a pairs table only)
  const unitLine = TABLE_UNIT.exec(lineAbove) ?? (paired ? TABLE_UNIT_TAIL.exec(lineAbove) : null);
  // (A money column's unit may wrap to a line of its own: 分配金额 / (万元), 海南省.)
  // (Under a place column the first row's place reads like a column's name: 镇别 / 新发展面积(亩) / 补贴金额(元) / 雪堰镇 / 1920: a place's name
  // ends the header.)
  // (…nor does the sum row a list may open with: 县(市) / 金额 / 合计 / 599 / 伊通县 / 100, 吉林省 2017 — 合计 is a row's label, no column.)
  // (…a money column named at length under the table's unit line: 县区 / 本次下达中央财政补助金额, 广元)
  const name = (n: string) => ((COLUMN_NAME.test(n) && !ROW_NUMBER.test(n)) || MONEY_COLUMN.test(n) || (!!unitLine && isLongMoneyName(n))) && !(places && PLACE_NAME.test(n)) && !SUM_LABEL.test(n);
  const header = columnNames((j) => at(j + 1)?.c, name);
  let names = places ? [head, ...header.map((n) => n.name)] : header.map((n) => n.name);
  // A row of several (place, sum) pairs (单位 / 金额 / 单位 / 金额 / 单位 / 金额, 浙江省 2018): read a pair as a row, the header ending
  // with its last pair (the first row's place, 全省合计, reads like a column's name). A plain 单位 heads only such a header.
  const repeated = places ? repeatedPairs(names) : 0;
  if (repeated) {
    header.length = repeated - (repeated % 2) - 1;
    names = names.slice(0, 2);
  } else if (paired && !PLACE_COLUMN.test(head)) return undefined;
  const bracketed = names.findIndex((n) => MONEY_COLUMN.test(n));
  const money = bracketed >= 0 ? bracketed : unitLine ? names.findIndex((n, k) => k > 0 && MONEY_NAME.test(n)) : -1;
  if (!header.length || names.length < 2 || money < 0 || names.some((n) => UNIT_COLUMN.test(n))) return undefined;
  // (The column's unit in its brackets: 奖励金额(万元) → 10000 yuan a unit; else the table's, 单位:万元.)
  // (…its unit per a thing maybe, 万元/艘: the sum's magnitude is the part before the slash)
  const perYuan = yuanPerUnit(bracketed >= 0 ? /[（(]([^（）()]+)[）)]$/.exec(names[money])![1].replace(/\/.*$/, '') : `${unitLine![1] ?? ''}元`)!;
  const rows: GrantRow[] = [];
  let end = from;
  let j = header[header.length - 1].last + 2;
  const figure = (c: string) => /^\d+(?:\.\d+)?$/.test(c);
  if (places) {
    // A row of more sums than the header names money columns, every column in the table's unit (县区 / 本次下达中央财政补助金额 / 合计 /
    // 一般预算 / 彩票公益金 / 小计 / 常规分配 / 贫困县 定向分配 under 单位:万元, then 合计 / 726 / 496 / 228 / 268 / 230 / 利州区 / 377.61 / …,
    // 广元): a header of grouped columns the reader cannot count. Each row is its place and the figures up to the next place, each figure a
    // `total` allotted to that place; a cell left empty (经开区's 贫困县 column) shortens its row only.
    const figuresFrom = (k: number) => {
      let n = 0;
      while (at(k + n) && figure(at(k + n)!.c)) n++;
      return n;
    };
    // (The header may go on past the names read above, a group's 合计 column among them: its last line before the first figure is the first
    // row's place.)
    let first = j;
    while (first - j < 12 && at(first + 1) && !figure(at(first + 1)!.c) && ROW_LABEL.test(at(first)!.c)) first++;
    const headerCells = [...names, ...Array.from({ length: first - j }, (_, k) => at(j + k)!.c)];
    const ownUnits = headerCells.some((n) => /[（(][^（）()]*[）)]$/.test(n) && !MONEY_COLUMN.test(n));
    if (unitLine && bracketed < 0 && !ownUnits && at(first) && ROW_LABEL.test(at(first)!.c) && figuresFrom(first + 1) > Math.max(names.length - 1, 1)) {
      j = first;
      for (let f: number; at(j) && ROW_LABEL.test(at(j)!.c) && (f = figuresFrom(j + 1)) > 0; j += f + 1) {
        const sums = Array.from({ length: f }, (_, k) => at(j + 1 + k)!).map((c) => ({ start: c.start, end: c.end, yuan: round(Number(c.c) * perYuan, 2), role: 'total' as const }));
        rows.push({ start: at(j)!.start, end: at(j + f)!.end, money: sums[0], sums });
        end = at(j + f)!.end;
      }
      return rows.length ? { rows, end } : undefined;
    }
    // Every cell written, the place first: a row whose place cell is a figure, or whose sum is none, ends the list.
    for (; at(j + names.length - 1) && !figure(at(j)!.c) && figure(at(j + money)!.c); j += names.length) {
      const sum = at(j + money)!;
      rows.push({ start: at(j)!.start, end: at(j + names.length - 1)!.end, money: { start: sum.start, end: sum.end, yuan: round(Number(sum.c) * perYuan, 2), role: 'total' } });
      end = at(j + names.length - 1)!.end;
    }
    return rows.length ? { rows, end } : undefined;
  }
  // (A place column and no recipient's: sums allotted to places, each a `total` as the places-first list's are — 序号 / 镇 街 / 名  称 / 金 额
  // under 单位:万元, 瓯海; a list of firms with their 乡镇 stays grants, 建德.)
  const role = names.some((n) => PLACE_COLUMN.test(n)) && !names.some((n) => RECIPIENT_NAME.test(n)) ? 'total' : 'fixed';
  for (let number = 1; at(j) && at(j)!.c === String(number); number++) {
    const cells: { c: string; start: number; end: number }[] = [];
    // The sum last (序号 / 单位名称 / 会展项目名称 / 分配金额(万元)): the cells up to the row's figure, fewer where the row shares a merged
    // cell with the row above (3 / 2021中国(海南)国际海洋产业博览会 / 225.6 under 省贸促会's row, 海南省). Elsewhere every cell is written.
    const last = money === names.length - 1;
    for (j++; at(j) && cells.length < names.length; j++) {
      cells.push(at(j)!);
      if (last && figure(at(j)!.c)) break;
    }
    const sum = last ? cells[cells.length - 1] : cells[money];
    if (!sum || !figure(sum.c) || (last ? cells.length < 2 : cells.length < names.length)) break;
    if (last) j++;
    rows.push({ start: cells[0].start, end: sum.end, money: { start: sum.start, end: sum.end, yuan: round(Number(sum.c) * perYuan, 2), role } });
    end = sum.end;
  }
  // (…and the 合计 row closing the list, its label cell merged across the columns before the sum: 合    计 / 300, 瓯海 — a `total`.)
  const sumLabel = at(j);
  const sumCell = at(j + 1);
  if (rows.length && money === names.length - 1 && sumLabel && SUM_LABEL.test(sumLabel.c.replace(/[\s\u3000]+/g, '')) && sumCell && figure(sumCell.c)) {
    rows.push({ start: sumLabel.start, end: sumCell.end, money: { start: sumCell.start, end: sumCell.end, yuan: round(Number(sumCell.c) * perYuan, 2), role: 'total' } });
    end = sumCell.end;
  }
  return rows.length ? { rows, end } : undefined;
}

/**
 * The rows under a header of grouped columns (乡镇 / (街道) / 80-89周岁 / … / 人数(个) / 金额(元) …), `at(0)` its place column: each row its
 * number maybe, its place, then a figure a column (1 / 桥头镇 / 1769 / 106140 / 265 / 53000 …), a clause from the place to its last figure
 * holding the money columns' sums, each a `total` (ANNOTATION round 277). A row the text cuts short ends the list; so does any other line.
 * The header from the place column to its last band is a clause too: the bands are its thresholds.
 */
function groupedRows(at: (j: number) => { c: string; start: number; end: number } | undefined, g: GroupedColumns): { rows: GrantRow[]; end: number; header: { start: number; end: number } } | undefined {
  const figure = (j: number) => !!at(j) && /^\d+(?:\.\d+)?$/.test(at(j)!.c);
  const width = g.sub.length * g.bands.length;
  const rows: GrantRow[] = [];
  let j = g.last + 2;
  for (;;) {
    // (A row's number first maybe: a figure right before its place.)
    if (figure(j) && at(j + 1) && ROW_LABEL.test(at(j + 1)!.c)) j++;
    if (!at(j) || !ROW_LABEL.test(at(j)!.c)) break;
    let n = 0;
    while (n < width && figure(j + 1 + n)) n++;
    if (n < width) break;
    const sums = g.bands.flatMap((_, b) => g.money.map(({ k, unit }) => {
      const c = at(j + 1 + b * g.sub.length + k)!;
      return { start: c.start, end: c.end, yuan: round(Number(c.c) * yuanPerUnit(unit)!, 2), role: 'total' as const };
    }));
    rows.push({ start: at(j)!.start, end: at(j + width)!.end, money: sums[0], sums });
    j += width + 1;
  }
  return rows.length ? { rows, end: rows[rows.length - 1].end, header: { start: at(0)!.start, end: at(g.bands[g.bands.length - 1].last + 1)!.end } } : undefined;
}

/** The non-empty lines of `text` from `from` on, read as far as asked: the j-th, or undefined past the text's end. */
function lineReader(text: string, from: number): (j: number) => { c: string; start: number; end: number } | undefined {
  const lines = nonEmptyLines(text, from);
  const read: { c: string; start: number; end: number }[] = [];
  return (j) => {
    while (read.length <= j) {
      const l = lines.next();
      if (l.done) return undefined;
      read.push(l.value);
    }
    return read[j];
  };
}

/** The non-empty lines of `text` from `from` on, trimmed, with their offsets. */
function* nonEmptyLines(text: string, from: number): Generator<{ c: string; start: number; end: number }> {
  for (let s = from; s < text.length; ) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    const raw = text.slice(s, e);
    const c = raw.trim();
    if (c) {
      const start = s + raw.indexOf(c);
      yield { c, start, end: start + c.length };
    }
    s = e + 1;
  }
}
