/**
 * A table a web page flattened to one cell per line, cells apart by blank lines (辽宁 辽中区 任务分解表):
 * "序号", "主要工作举措", "牵头单位", "配合单位", "责任领导" on lines of their own, then each row's cells.
 * From its 序号 line to the end of the text, a blank line always ends a paragraph: the cells must not be
 * joined into one run-on line. The extractor reads the rows (src/extract/line-table.ts).
 */
import { fold } from './fold.js';
import { UNIT_NOUN_END } from './unit-words.js';

/**
 * A column's name, its year first maybe (2022年预期目标, 沙坪坝's task table), a remark in brackets after it maybe (重点工作任务(杭州市2项配合工作),
 * 杭州).
 */
export const COLUMN = /^(?:\d{4}年度?)?[\u4e00-\u9fff]{2,10}(?:[（(][^（）()]{1,24}[）)])?$/;
// A column of bodies ends with a label noun of dict/unit-labels.json (牵头单位, 责任部门, 责任处室, 实施主体).
const UNIT_COLUMN = UNIT_NOUN_END;
/** The task column opening a header without 序号 (主要工作任务 / 牵头单位 / 责任单位, 辽宁 沈河区): 重点任务, 工作举措… */
export const TASK_COLUMN = /^[\u4e00-\u9fff]{0,6}(?:任务|举措|措施|事项|工作内容|目标|项目名称|政策名称)$/;

/** A cell line closed by its bar (序号 |, 资金规模 (万元) |, 1000 |): the page drew the table's bars a cell a line (新疆 精河). */
const BAR_CELL = /^[^|｜]+[|｜]$/;
export const isBarCell = (c: string): boolean => BAR_CELL.test(c.trim());
/** A cell's words without the bar that closes it and the spaces around, folded to simplified: 资金规模 (万元) | → 资金规模(万元), 市縣 | → 市县. */
const cellWords = (c: string): string => fold(c.replace(/\s*[|｜]\s*$/, '').replace(/\s+/g, ''));
/** A column's unit in brackets: 万元, 亩, or a sum per a thing (元/亩, 元/人/月, 万元/艘). */
const COLUMN_UNIT = '[（(](?:[\\u4e00-\\u9fff]{1,4}|(?:万|亿)?元(?:[/／][\\u4e00-\\u9fff]{1,2}){1,2})[）)]';
/** A column name, also with its unit in brackets (资金规模(万元), 本次分配金额（万元）, 补助标准(元/亩)). */
const COLUMN_WITH_UNIT = new RegExp(`^[\\u4e00-\\u9fff]{2,8}(?:${COLUMN_UNIT})?$`);

/** A table's unit written once for its money columns: 单位:万元, 金额单位：元. */
export const TABLE_UNIT = /^(?:金额)?单位\s*[:：]\s*(万亿|亿|千万|百万|万|千)?元$/;
/** …closing the line above the table, after its title (…补助资金分配表金额单位:万元, 浙江省). */
export const TABLE_UNIT_TAIL = /(?:金额)?单位\s*[:：]\s*(万亿|亿|千万|百万|万|千)?元$/;
/** A column's name that names money, for the table's unit to apply to: 金额, 资金, 投资… */
export const MONEY_NAME = /金额|资金|投资|补助|补贴|奖励|奖补|预算|经费|规模|总额|拨付|安排|分配/;
/**
 * A column naming the places a table allots money to: 地市, 地区, 市县, 县(市、区), 区县, 乡镇(街道), 镇别; it may open a header with no 序号
 * (镇别 / 新发展面积(亩) / 补贴金额(元), 武进); named by 名 as by 名称 (乡(镇)名, 右玉).
 */
const PLACE_KIND = '(?:地市|地区|城市|地级以上市|地级市|市州|市县|县市|县市区|区县|县区|县[（(]市、?区[）)]|县[（(]市[）)]|县[（(]区[）)]|市[（(]县[）)]|市[（(]区[）)]|乡镇|镇别|镇街|街镇|街乡|镇乡|乡[（(]镇[）)]|区[（(]县[）)]|乡镇街道|乡镇[（(]街道[）)]|镇[（(]街道[）)]|街道|区域)';
// (…or two kinds of place joined, the districts and the streets a city's own level holds: 县(区)、街道, 舟山.)
export const PLACE_COLUMN = new RegExp(`^${PLACE_KIND}(?:[、/／及和]${PLACE_KIND})?(?:名称|名)?$`);
/** A place column that heads a row of repeated (place, sum) pairs only: 单位 / 金额 / 单位 / 金额 / 单位 / 金额 (浙江省 2018). */
export const PAIRED_PLACE = /^(?:单位|单位名称|地区|地方)$/;
/**
 * How many of a header's columns, from its first, repeat its first two (单位 / 金额 / 单位 / 金额 / 单位 / 金额 / 全省合计 → 6): two pairs at
 * least, the pair two different names, else 0. Read by the cleaner, which keeps such a table a cell a line, and by the extractor's
 * grant lists, which read a pair as a row.
 */
export function repeatedPairs(columns: string[]): number {
  let n = 0;
  while (n < columns.length && columns[n] === columns[n % 2]) n++;
  return n >= 4 && columns[0] !== columns[1] ? n : 0;
}
/** A money column's name, its unit in brackets (奖励金额(万元), 补助资金（元）). */
// (…per a thing too, a cost table's column: 全省分档平均造价(万元/艘), 海南省)
export const MONEY_COLUMN = /^[\u4e00-\u9fff]{2,8}[（(](?:万元|元|亿元)(?:\/[\u4e00-\u9fff]{1,2})?[）)]$/;

/**
 * A header's column names, read from the lines `line(0)`, `line(1)`… until a name `isName` refuses: a narrow cell wraps its name
 * and spaces it out (主 / 要 内 容 → 主要内容, 淮安), so the spaces are dropped and a line of one character is the start of the
 * next (no column is named by one character); a money column's unit may wrap to a line of its own. Each name with the index of its
 * last line.
 */
export function columnNames(line: (j: number) => string | undefined, isName: (name: string) => boolean): { name: string; last: number }[] {
  const out: { name: string; last: number }[] = [];
  for (let j = 0; ; j++) {
    const c = line(j);
    if (c === undefined) break;
    let name = c.replace(/[\s\u3000]+/g, '');
    if (/^[\u4e00-\u9fff]$/.test(name)) {
      const rest = line(j + 1);
      if (rest === undefined) break;
      name += rest.replace(/[\s\u3000]+/g, '');
      j++;
    }
    // (…and a money column's unit wrapped to a line of its own: 分配金额 / (万元), 海南省)
    const unit = line(j + 1)?.replace(/[\s\u3000]+/g, '');
    if (unit && /^[（(](?:万元|元|亿元)[）)]$/.test(unit) && MONEY_COLUMN.test(name + unit)) {
      name += unit;
      j++;
    }
    if (!isName(name)) break;
    out.push({ name, last: j });
  }
  return out;
}

/** A bracket alone on a line: the end of the column's name above it, wrapped in a narrow cell (乡镇 / (街道), 永嘉). */
const WRAPPED_REMARK = /^[（(][\u4e00-\u9fff、/／]{1,6}[）)]$/;
/** A band heading a group of columns: an age or amount band in any dash (80-89周岁, 80岁—89岁, 100周岁以上, 60岁及以上, 1000元以下). */
const BAND_HEAD = /^\d{1,5}(?:周岁|岁|元|万元|亩|人|户)?(?:[-‐‑–—―~～至]\d{1,5})?(?:周岁|岁|元|万元|亩|人|户)(?:及?以上|及?以下)?$/;

/** The columns of a header grouped under bands: the bands, the sub-columns one band repeats, which of those are money and their units. */
export interface GroupedColumns {
  /** The bands in order (80-89周岁 / 90-94周岁 …), each over `sub.length` columns. */
  bands: { name: string; last: number }[];
  /** One band's columns (人数(个) / 金额(元)). */
  sub: string[];
  /** The money columns among `sub`, each with its unit (元, 万元). */
  money: { k: number; unit: string }[];
  /** Index of the header's last line. */
  last: number;
}

/**
 * A header whose columns after the place column are grouped under bands, each band over the same columns (乡镇 / (街道) / 80-89周岁 /
 * 90-94周岁 / 95-99周岁 / 100周岁以上 / 人数(个) / 金额 / (元) / 人数(个) / 金额 / (元) …, 永嘉's payout of 高龄津贴): the bands, then their
 * columns written once a band. `line(0)` is the line after the place column. Undefined unless two bands at least head the same columns, a
 * money column with its unit among them.
 */
export function groupedColumns(line: (j: number) => string | undefined): GroupedColumns | undefined {
  const flat = (j: number) => line(j)?.replace(/[\s\u3000]+/g, '');
  // (The place column's name may have wrapped its bracket to the next line: 乡镇 / (街道).)
  let j = WRAPPED_REMARK.test(flat(0) ?? '') ? 1 : 0;
  const bands: { name: string; last: number }[] = [];
  for (let b: string | undefined; (b = flat(j)) !== undefined && BAND_HEAD.test(b); j++) bands.push({ name: b, last: j });
  if (bands.length < 2) return undefined;
  const from = j;
  const names = columnNames((k) => line(from + k), (n) => COLUMN.test(n) || MONEY_COLUMN.test(n));
  const per = names.length / bands.length;
  if (!Number.isInteger(per) || per < 2 || names.some((n, k) => n.name !== names[k % per].name)) return undefined;
  const sub = names.slice(0, per).map((n) => n.name);
  const money = sub.flatMap((n, k) => (MONEY_COLUMN.test(n) ? [{ k, unit: /[（(]([^（）()]+)[）)]$/.exec(n)![1] }] : []));
  return money.length ? { bands, sub, money, last: from + names[names.length - 1].last } : undefined;
}

/** A money column's name longer than a column's usual, under a table's unit line (本次下达中央财政补助金额, 广元). */
export const isLongMoneyName = (n: string): boolean => /^[\u4e00-\u9fff]{2,16}$/.test(n) && MONEY_NAME.test(n);
/** A column naming who a table's sums go to: 单位名称, 企业名称, 申报单位, 主体名称. */
const RECIPIENT_COLUMN = /^(?:单位|企业|公司|主体|申报单位|申请单位|项目单位|经营主体)(?:名称)?$/;
/** A header cell's name by its last word (奖补事项, 奖补资金, 认证类别, 备注), its unit in brackets maybe. */
const HEADER_CELL = new RegExp(`^[\\u4e00-\\u9fff]{0,6}(?:名称|合计|小计|事项|资金|金额|类别|类型|标准|内容|备注|单位|时间|地址|级别|等级|数量|面积|规模|情况|依据|说明|项目)(?:${COLUMN_UNIT})?$`);
/**
 * The columns of a bar-cell table with no row numbers whose header opens at line `at` with its recipients' or places' column (单位名称 | /
 * 奖补事项 | / 奖补资金 |): the header's cells, each named as a column, a money column among them and a data cell after them; 0 when the lines are
 * no such header.
 */
export function unnumberedBarColumns(lines: string[], at: number): number {
  // (…or its places' column, the sums allotted to places: 乡(镇)名 | / 天然禁牧草地面积(亩) | / 补助标准 (元/亩) | / 补助资金 (元) | / 备注 |
  // / 杀虎口旅游区 | / 12877.65 | …, 右玉)
  if (!isBarCell(lines[at] ?? '') || !(RECIPIENT_COLUMN.test(cellWords(lines[at])) || PLACE_COLUMN.test(cellWords(lines[at])))) return 0;
  let n = 1;
  while (at + n < lines.length && isBarCell(lines[at + n]) && HEADER_CELL.test(cellWords(lines[at + n]))) n++;
  const names = lines.slice(at + 1, at + n).map(cellWords);
  return n >= 2 && names.some((x) => MONEY_NAME.test(x)) && at + n < lines.length && isBarCell(lines[at + n]) ? n : 0;
}

/** A column naming the kinds a table's rows fall under: 种类, 类别, 类型, 分类, 项目. */
const KIND_COLUMN = /^(?:种类|类别|类型|分类|项目|支持类别|奖励类别)$/;
/** A column of the conditions a row sets: 条件, 申报条件, 享受条件, 奖励条件. */
const CONDITION_COLUMN = /^(?:申报|享受|奖励|补助|支持|适用)?条件$/;
/** A column of what meeting them brings: 奖励, 补助, 奖补标准, 支持标准, 奖励金额. */
const BENEFIT_COLUMN = /^(?:奖励|补助|补贴|奖补|扶持|支持|资助)(?:标准|金额|额度|政策|内容|措施)?$/;
/** The names after a kind column: a condition column, then a benefit column. */
const conditionTable = (names: string[]): boolean => CONDITION_COLUMN.test(names[0] ?? '') && BENEFIT_COLUMN.test(names[1] ?? '');

/** Index (into lines) of the 序号 (or task column) line opening such a table, or -1. */
export function cellTableStart(lines: { c: string; tab: boolean }[]): number {
  for (let i = 0; i < lines.length; i++) {
    // (Each cell may be closed by a bar: 序号 | / 项目名称 | / 资金规模 (万元) | / 项目实施单位 |.)
    const barred = isBarCell(lines[i].c);
    // (folded only where short enough to be a column's name: a header opens on one)
    const flat = barred ? '' : lines[i].c.replace(/[\s\u3000]+/g, '');
    const first = barred ? cellWords(lines[i].c) : flat.length <= 24 ? fold(flat) : flat;
    // (A 公示's table drawn a cell a line with bars and no row numbers, opened by its recipients' column: 单位名称 | / 奖补事项 | / 奖补资金 |
    // / 广汉绿丰蔬菜种植专业合作社 | / 绿色食品认证 | / 2万元 |, 广汉: its header the cells named as columns, a money column among them.)
    if (barred && !lines[i].tab && (RECIPIENT_COLUMN.test(first) || PLACE_COLUMN.test(first)) && unnumberedBarColumns(lines.map((l) => l.c), i) > 0) return i;
    // (…or a table of conditions and what meeting them brings, its kind first: 种类 / 条件 / 奖励, 冠县's 政策问答 — each cell a line.)
    if (!barred && !lines[i].tab && KIND_COLUMN.test(first) && conditionTable(lines.slice(i + 1, i + 4).map((l) => l.c.replace(/[\s\u3000]+/g, '')))) return i;
    if ((first !== '序号' && !TASK_COLUMN.test(first) && !PLACE_COLUMN.test(first) && !PAIRED_PLACE.test(first)) || lines[i].tab) continue;
    const cell = (j: number): string | undefined => {
      const l = lines[i + 1 + j];
      return !l || l.tab ? undefined : barred ? (isBarCell(l.c) ? cellWords(l.c) : undefined) : l.c;
    };
    // (…or the sums allotted to places, the place column first: 镇别 / 新发展面积(亩) / 补贴金额(元), 武进; its money column named plainly under the
    // table's unit line: 单位:万元 / 乡 镇 / 金 额, 正安)
    const unitAbove = i > 0 && TABLE_UNIT.test(lines[i - 1].c.replace(/\s+/g, ''));
    // (…a money column under the table's unit line named at length: 县区 / 本次下达中央财政补助金额, 广元)
    const names = columnNames(cell, barred ? (n) => COLUMN_WITH_UNIT.test(n) : (n) => COLUMN.test(n) || MONEY_COLUMN.test(n) || (unitAbove && isLongMoneyName(n))).map((n) => n.name);
    // (…or a list of grants: 序号 / 乡镇 / 单位详细名称 / 奖励金额(万元), a 公示's table of firms and sums, 建德)
    // (…or (place, sum) pairs repeated across a row under the table's unit line: 金额单位:万元 / 单位 / 金额 / 单位 / 金额, 浙江省)
    if (PAIRED_PLACE.test(first)) {
      if (unitAbove && MONEY_NAME.test(names[0] ?? '') && repeatedPairs([first, ...names]) > 0) return i;
      continue;
    }
    // (…or numbered rows of sums under the table's unit line, the money column named plainly: 单位:万元 / 序号 / 镇 街 / 名  称 / 金 额, 瓯海)
    // (…or its columns grouped under bands, a place's payout to each age band: 乡镇 / (街道) / 80-89周岁 / … / 人数(个) / 金额(元) / …, 永嘉)
    if (PLACE_COLUMN.test(first) && !barred && groupedColumns(cell)) return i;
    if (PLACE_COLUMN.test(first) ? names.some((n) => MONEY_COLUMN.test(n) || (unitAbove && MONEY_NAME.test(n))) : names.length >= 2 && names.some((n) => UNIT_COLUMN.test(n) || MONEY_COLUMN.test(n) || (unitAbove && MONEY_NAME.test(n)))) return i;
  }
  return -1;
}

/**
 * A row of a table written with bars (专项资金 | 编号 | 扶持项目 | 扶持标准和方式, 上海 宝山区): one row a line.
 * Each is a paragraph of its own, never joined to its neighbours.
 */
export function isBarRow(c: string): boolean {
  return (c.match(/[|｜]/g)?.length ?? 0) >= 2 && !/^[|｜\-—:：\s]*$/.test(c);
}

/**
 * A line that opens a row of a table drawn a cell a line with bars: its sum's name (合计 |, 16个项目合计 |), or the row number
 * that comes next (1 |, then 2 |: a money cell 174 | is no row's number).
 */
export function opensBarCellRow(c: string, nextRow: number, next?: string): boolean {
  if (!isBarCell(c)) return false;
  const w = cellWords(c);
  if (w === String(nextRow)) return true;
  // (…not a sum's name the header ends with, the first row's number right under it: … | 小计 | / 1 | / 十字路街道…幸福院 |, 莒南)
  return /^(?:\d+个[\u4e00-\u9fff]{1,4})?(?:合计|总计|小计)$/.test(w) && !(nextRow === 1 && next !== undefined && isBarCell(next) && cellWords(next) === '1');
}

/**
 * A line of bars alone inside a table drawn a cell a line (|||): the empty cells a page wrote at a row's end on one line, as many as
 * its bars (莒南: 1 | / 十字路街道土沟村农村幸福院 | / 3 | / … / 8 | / |||). 0 for any other line.
 */
export function emptyBarCells(c: string): number {
  const t = c.trim();
  return /^[|｜]+$/.test(t) ? t.length : 0;
}
