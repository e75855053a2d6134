import { lineAbove } from './context.js';
import { PLAIN_ITEM_MARK } from './lexicon.js';
/**
 * A list of standards by place or class a line each, under a lead that sets them (调整后的标准为: / 乐都、民和 580元/年 / 西宁地区(含大通、
 * 湟中、湟源)、平安、互助 600元/年 / …, 青海省; 最低工资标准调整为: / 一类地区:2320元/月): each row's sum per a period or a head is a standard
 * set, money as a grant's is, though the row names no grant.
 */
/** A row: the place or class, then its sum per a unit closing the line (乐都、民和580元/年, 一类地区:2320元/月). */
// (…maybe numbered, a range for its sum, a remark after: (1)抬遗体 200元/具, (3)接运车辆 260-550元/趟(具体详见附件2), 大厅福盛厅
// 1200元/天(24小时) — 阳新's fee standards)
const ROW = new RegExp(String.raw`^\s*${PLAIN_ITEM_MARK}?[^。；;，,：:\d\n]{1,40}?[:：]?\s*\d[\d.,]*\s*(?:[-—~至]\s*\d[\d.,]*\s*)?(?:万|亿)?元\/[\u4e00-\u9fff]{1,3}\s*(?:[（(][^（）()\n]{1,20}[）)])?\s*$`);
/** A numbered heading between rows, no figure in it, naming the items below (1、遗体接运; (一)殡葬基本服务(政府定价)). */
const SUB_HEADING = new RegExp(String.raw`^\s*${PLAIN_ITEM_MARK}[^。；;，,：:\d\n]{1,30}$`);
/** A lead that sets the standards below it: 调整后的标准为:, 补助标准如下:, 最低工资标准调整为:. */
const LEAD = /(?:标准|档次)(?:调整)?(?:为|是|如下)?\s*[:：]\s*$/;
/** How many rows a list runs to at most. */
const MAX_ROWS = 40;

/** Is the line at `pos` (a clause's start) a row of such a list? */
export function inStandardList(text: string, pos: number): boolean {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  const end = text.indexOf('\n', pos);
  if (!ROW.test(text.slice(start, end < 0 ? text.length : end))) return false;
  let lineStart = start;
  for (let k = 0; k < MAX_ROWS && lineStart > 0; k++) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(prevStart, lineStart - 1);
    lineStart = prevStart;
    if (!line.trim() || ROW.test(line) || SUB_HEADING.test(line)) continue;
    return LEAD.test(line);
  }
  return false;
}

/**
 * A heading naming the standards of a grant (二、奖补标准; (三)补贴标准:), the clause on the line right below it: its sums per a unit are the
 * grant's standards (直流充电设施不超过200元/千瓦、交流充电设施不超过40元/千瓦: 天河), though the sentence itself names no grant.
 */
const GRANT_STANDARD_HEADING = new RegExp(String.raw`^\s*${PLAIN_ITEM_MARK}?\s*(?:奖补|补贴|补助|奖励|资助|扶持|支持)(?:资金)?(?:标准|额度)(?:及(?:方式|要求))?\s*[:：]?\s*$`);
/** …or such a heading opening the clause's own line, its colon right before the clause (一、补助标准:困难户2.5万元/户; 二、地质灾害群测群防专职监测补助标准:…). */
// (…and the items after the first on that line, each closed by a ；: 一、公办幼儿园补助标准:(1)、城关幼儿园:50元/年·生;(2)、乡镇幼儿园:150元/年·生;
// …, 剑河 — the heading's until a sentence ends.)
const INLINE_GRANT_STANDARD_HEADING = new RegExp(String.raw`^\s*${PLAIN_ITEM_MARK}?\s*[\u4e00-\u9fff]{0,20}?(?:奖补|补贴|补助|奖励|资助|扶持|支持|救助)(?:资金)?(?:标准|额度)\s*[:：]\s*(?:[^。；;\n]*[；;]\s*)*$`);
export function underGrantStandardHeading(text: string, pos: number): boolean {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  if (INLINE_GRANT_STANDARD_HEADING.test(text.slice(lineStart, pos))) return true;
  const above = lineAbove(text, lineStart);
  return above !== undefined && GRANT_STANDARD_HEADING.test(above);
}
