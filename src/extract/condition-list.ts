import { ARTICLE_RE, BARE_NUMBER_BODY, HEADING_RE } from '../ingest/clean.js';
import { PLAIN_ITEM_MARK } from './lexicon.js';
import { APPLICANT, LEAD_IN_LABEL, LEAD_IN_NOUN, LEAD_IN_STEM, LEAD_IN_SUBJECT, LEAD_IN_VERB, STANDARD_KIND } from './condition-words.js';

/**
 * A lead-in that opens a list of conditions, at the end of a line or before the list's first item on the same line:
 * 园区应符合以下条件: (宝安), 本办法所称服务机构须同时满足以下条件: (朝阳), other verbs and nouns of the same form (具备/满足 + 下列/如下 +
 * 要求/标准, + 之一; counted, 需满足以下两个条件: 鹤壁), a label line (申报条件:, 一、基本条件, 一、入库条件调整: 江门), and a line closing on its conditions or its test's standard
 * (加工制造型园区确认考核的标准:), a heading naming who must meet them ((一)游客条件, 企业条件: 河源), or a heading naming what an applicant must have (第五条孵化器应具备的条件: 北京经开区). A bare 补助标准: or 工作要求: opens grants or tasks, not conditions; so does a lead-in that ends on
 * the grant (从第二年起按以下标准给予奖励:: 宝山). A numbered heading naming the standard a kind of project or firm must meet ((一)一般项目标准。 / 1.…总投资额不低于1亿元…: 潜江)
 * opens one too.
 */
const LEAD_IN = new RegExp(
  `(?:(?:${LEAD_IN_VERB})(?:以下|下列|如下)(?:全部|所有|各项|任一|任意一项|其中一项|[一二两三四五六七八九十\\d]{1,2}(?:项|个))?(?:${LEAD_IN_NOUN})(?:之一|中的一项|中任一项)?(?:进行自评|自评|执行)?(?:[（(][^（）()]{0,30}[）)])?[；;]?|^\\s*(?:[（(][一二三四五六七八九十\\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\\d{1,2}[.．、])?\\s*(?:${LEAD_IN_LABEL}|(?:申报|申请)?(?:${LEAD_IN_SUBJECT})条件|[\\u4e00-\\u9fff]{1,6}(?:和|及|与)条件|(?:项目|补贴|补助|奖励|资金)?(?:${LEAD_IN_STEM})条件)(?:调整)?|(?:条件|(?:${STANDARD_KIND})的?标准)(?:如下|为)?(?=\\s*[：:])|^\\s*(?:第[一二三四五六七八九十百\\d]{1,4}条)?\\s*[\\u4e00-\\u9fff]{0,12}?(?:${LEAD_IN_VERB})的(?:${LEAD_IN_NOUN})|^\\s*(?:[（(][一二三四五六七八九十\\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\\d{1,2}[.．、])\\s*[\\u4e00-\\u9fff“”"]{0,8}?(?:项目|企业|园区)标准。?)\\s*[：:]?\\s*$`,
);
/** Is the line a lead-in? Each form names its conditions, requirements or standard: a line without those words is none (a quick test first). */
const isLeadIn = (line: string): boolean => /条件|要求|标准/.test(line) && LEAD_IN.test(line.trimEnd());
/**
 * An item of an enumerated list: (一) （1） 1. 1、 1) ① 一是, or a bullet (· • ● ■ ◆ ▪ -) (not 第二条, which opens the next
 * article, nor 一、, a section).
 */
// (An item opening with a year, its space lost: 1.2017年度首次经过认定的…, 鹤壁; not a decimal.)
// (…or a number with no stop, 2企业管理规范、信誉良好…: BARE_NUMBER_BODY)
const ITEM = new RegExp(`^\\s*(?:[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,2}[.．、)）](?!\\d)|\\d{1,2}[.．、](?=(?:19|20)\\d{2}年)|[①-⑳]|[一二三四五六七八九十]{1,2}是|[·•●■◆▪・\\-－](?![\\d\\-－])|${BARE_NUMBER_BODY})`);
/** How many lines back an item may sit below its lead-in. */
const MAX_ITEMS = 15;

/**
 * Is the text at pos inside an item of a list of conditions (the items below 园区应符合以下条件:)? Each line from the
 * lead-in down to pos must be an item; a line that is not (a unit note, the next article) ends the list. Such an item's
 * bounded figure is a condition even where it names no applicant: (二)建筑面积5万平方米以上。
 */
export function inConditionList(text: string, pos: number): boolean {
  let lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  // The item's own line: pos after its marker, or a later sentence of the same item.
  const own = text.slice(lineStart, pos);
  const ownItem = ITEM.test(own) || ITEM.test(text.slice(lineStart, lineStart + 8));
  if (!ownItem && (inlineList(own) || underLabel(text, lineStart))) return true;
  // (…or a later condition of a run a lead-in opened on the same line, each closed by its ；: (一)落户陆河县的工业产业项目需同时满足以下条件:项目总投资
  // 达到300万元人民币/亩以上;年工业总产值达到300万元人民币/亩以上;年税收达到15万元人民币/亩以上。, 陆河 2023 — numbered line or not)
  if (inlineRun(own)) return true;
  // (A short notice numbers its conditions as sections, right under the lead-in: 现补充区级条件如下: / 一、在蔡甸区注册的…企业。 /
  // 二、…研发投入…额度均不低于200万元,且占销售收入比重不低于6%。, 蔡甸.)
  if (SECTION_ITEM.test(text.slice(lineStart, lineStart + 6)) && sectionsUnderLeadIn(text, lineStart)) return true;
  // (A paragraph of an item that runs on below its numbered line, no heading between (第五条孵化器应具备的条件 / (二)…面积达3000平方米以上。
  // / 可自主支配场地是指…租赁期在2年以上的房产。 / (三)…: 北京经开区): the item's, the list going on past it. Only inside a list whose
  // items are seen on the way up.)
  let sawItem = ownItem;
  for (let k = 0; k < MAX_ITEMS && lineStart > 0; k++) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(prevStart, lineStart - 1);
    if (isLeadIn(line)) return sawItem;
    if (!line.trim()) {
      lineStart = prevStart;
      continue;
    }
    if (ITEM.test(line)) sawItem = true;
    else if (!sawItem || HEADING_RE.test(line) || ARTICLE_RE.test(line.trim())) return inlineList(line);
    lineStart = prevStart;
  }
  return false;
}

/** A section's number opening a line: 一、 二、. */
const SECTION_ITEM = /^\s*[一二三四五六七八九十]{1,2}、/;
/** Are the lines from `lineStart` up sections only, back to a lead-in closed by its colon (…条件如下:)? */
function sectionsUnderLeadIn(text: string, lineStart: number): boolean {
  for (let k = 0; k < MAX_ITEMS && lineStart > 0; k++) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(prevStart, lineStart - 1);
    lineStart = prevStart;
    if (!line.trim() || SECTION_ITEM.test(line)) continue;
    return isLeadIn(line) && /[：:]\s*$/.test(line);
  }
  return false;
}

/** A run of conditions after a lead-in's colon on the same line, up to pos, each closed by its ；, none opened by a number. */
function inlineRun(before: string): boolean {
  const m = /[：:](?:[^：:。；;]+[；;]\s*)+$/.exec(before);
  return !!m && isLeadIn(before.slice(0, m.index + 1));
}

/** A list run into one line, as a flattened page writes 宝安's: 园区应符合以下条件:(一)…;(二)建筑面积5万平方米以上 (the lead-in, then items only). */
function inlineList(before: string): boolean {
  const m = /(?:[：:])\s*((?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、]|[①-⑳])[^：:]*)$/.exec(before);
  if (!m) return false;
  return isLeadIn(before.slice(0, m.index + 1));
}

/**
 * The paragraph right under a conditions label, written as one run of conditions, not items (一、基本条件 / 申报企业须为…;…;2023年度研发费用
 * 总额不低于100万元…;评价得分60分以上。, 武进): its bounded figures are conditions too.
 */
// (…and the run's paragraphs above it when each closes on its ；, a condition a line: a PDF's wrap that fell after a ；, 资格; /
// 截至2023年末…, or a house style setting each condition on its own line without a number)
function underLabel(text: string, lineStart: number): boolean {
  for (let k = 0; k < MAX_ITEMS && lineStart > 0; k++) {
    let prevEnd = lineStart - 1;
    // (blank lines between)
    while (prevEnd > 0 && text[prevEnd - 1] === '\n') prevEnd--;
    const prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
    const prev = text.slice(prevStart, prevEnd);
    if (isLeadIn(prev) && !/[。；;]/.test(prev)) return true;
    if (!/[；;]\s*$/.test(prev) || ITEM.test(prev)) return false;
    lineStart = prevStart;
  }
  return false;
}

/** Grant words: a part of the sentence that holds one is a measure, not a condition still open. */
const GRANT_WORD = /给予|奖励|补助|补贴|资助|奖补|扶持|贴息|返还|支持/;
/** The applicant the conditions close on, then the grant: …的企业,通过后补贴的方式…支持. */
const CLOSES_ON_APPLICANT = new RegExp(`的[^，。；,;的]{0,6}?(?:${APPLICANT})[^。；;]{0,40}?(?:给予|奖励|补助|补贴|资助|奖补|扶持|贴息|支持)`);
const OPENS_ON_WHOM = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}、)?\s*(?:[^，。；,;：:]{0,24}?[。：:])?\s*(?:对|凡)(?![于此])/;

/**
 * Is the clause at [start, end) one of the conditions a sentence runs as clauses parted by ；, opened by 对 and closed by the applicant
 * and its grant in a later clause (对成立3年以上(…),2018、2019年企业研发费用连续增长;2019年比2018年研发费用增长600万元以上;2019年企业研发投入
 * 强度超过6.5%(…)的企业,通过后补贴的方式…进行支持: 海淀)? Its bounded figures are conditions, as a listed condition's are. The clause
 * must end on its ；, and nothing from the sentence's start to it may grant anything.
 */
export function inConditionRun(text: string, start: number, end: number): boolean {
  const own = text.slice(start, end).trimEnd();
  if (!/[；;]$/.test(own)) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const stop = Math.max(text.lastIndexOf('。', start - 1), lineStart - 1);
  const opened = text.slice(stop + 1, start + own.length);
  if (!OPENS_ON_WHOM.test(text.slice(stop + 1, end)) || GRANT_WORD.test(opened)) return false;
  let next = text.length;
  for (const c of ['。', '\n']) {
    const k = text.indexOf(c, end);
    if (k >= 0 && k < next) next = k;
  }
  return CLOSES_ON_APPLICANT.test(text.slice(start + own.length, next));
}

/** An item mark at a line's start, then the clause: (一), 1., 一、. */
const ITEM_OPENS = new RegExp(`^\\s*${PLAIN_ITEM_MARK}`);
/** The item's next sentence: opened by whom it is for (凡, 对) and granting. */
const NEXT_GRANTS = /^\s*(?:凡|对)[^。]{0,120}?(?:给予|奖励|补助|补贴|资助|奖补|扶持)/;

/**
 * Is the clause at [start, end) the first sentence of a numbered item that states a tier's conditions, the item's next sentence granting
 * to whoever meets them ((一)组织稳定就业期满3-6个月,月人均收入不低于2000元。凡年内累计备案…50人次以上的,每组织1人补贴20元: 永宁)? Its
 * bounded figures are conditions, as a listed condition's are; it grants nothing itself.
 */
export function inTierHead(text: string, start: number, end: number): boolean {
  const own = text.slice(start, end).trimEnd();
  if (!/。$/.test(own) || GRANT_WORD.test(own)) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!ITEM_OPENS.test(text.slice(lineStart, start + own.length)) || /。/.test(text.slice(lineStart, start))) return false;
  const lineEnd = text.indexOf('\n', start);
  return NEXT_GRANTS.test(text.slice(start + own.length, lineEnd < 0 ? text.length : lineEnd));
}

/** A grant opening a line: 给予…, 分别给予…, 按照…给予, 单个企业最高奖励…, 县财政给予…. */
const GRANT_LINE_OPENS = /^\s*(?:(?:[\u4e00-\u9fff]{1,4}财政)?(?:分别)?(?:一次性)?给予|按照?[^。；;\n]{0,20}?给予|单(?:个|家)[\u4e00-\u9fff]{1,4}(?:年)?(?:最高|最多)?(?:奖励|补助|补贴|奖补))/;

/**
 * Is the clause at [start, end) a condition cell, a line of its own closed by 的 whose grant is the next line (a table of conditions and what
 * meeting them brings, a cell a line: 年度产值首次突破1亿元(含)、…的 / 分别给予5万元、10万元…奖励, 冠县)? Its bounded figures are conditions, as
 * a listed condition's are.
 */
export function conditionCell(text: string, start: number, end: number): boolean {
  const own = text.slice(start, end).trim();
  if (!/的$/.test(own) || text.slice(text.lastIndexOf('\n', start - 1) + 1, start).trim()) return false;
  const lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0 || text.slice(end, lineEnd).trim()) return false;
  return GRANT_LINE_OPENS.test(text.slice(lineEnd + 1).replace(/^\s+/, ''));
}
