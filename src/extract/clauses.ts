import { ATTACHMENT_LABEL, tabLabelBeforeMarks } from '../ingest/metadata.js';
import { ENCLOSED_ITEM } from '../ingest/item-numbers.js';
import { ARTICLE_RE, articleTitleEnd, BULLET_RE as BULLET, fold, HEADING_RE, headingLevel, isDateLine, TIME_FIELD_HEADING, UNNUMBERED_HEADING } from '../ingest/clean.js';
import { toOriginal } from '../ingest/tracked.js';
import { ADDRESSEE_LEAD, closesLongerWord, DOCUMENT_FIELD_ALONE, FIELD } from '../ingest/meta-words.js';
import { BRACKET_BODY, CLOSE, isClose, isOpen, nestAfter, NOT_BRACKET, OPEN, withoutRemarks } from './brackets.js';
import { grantListRows, isRowNumber, lineTableHeader, NUMBERED_TASK, TASK_COLUMN, unitCell, type LineTable } from './line-table.js';
import { MONEY_NAME, PAIRED_PLACE, PLACE_COLUMN } from '../ingest/cell-lines.js';
import { spacedTableRows } from './spaced-table.js';
import { spacedTaskRows } from './spaced-task-table.js';
import { cutAtEnd, dutyLine, findNotes, headingBodiesNote, headingDutyNote, noteTimes, parseNote, parseNoteBody, splitUnitList, taskLabels, taskRowNumber, withoutHead, type UnitNote } from './units.js';
import { DUTY_WORDS, endsLikeBody, ITEM_NUMBER, LABEL, LIST_MARKS, LABEL_NOUN, LABEL_PREFIX, LABEL_WORD, NOT_A_LABELS_HEAD, OTHER_FIELD, PERSON_FIELD, TASK_FIELD, TIME_FIELD } from './lexicon.js';
import { cellYuan, isFigureCell, isTotalRow, moneyColumns, type MoneyColumn } from './money-columns.js';
import { round, yuanPerUnit } from './numbers.js';
import { deadlineFromCell, isTimeCell, periodLabels } from './deadlines.js';
import type { PolicyDocument, Table, UnitMention } from '../types.js';
import { matchesOf } from '../ingest/matches.js';
import { aliasesOf } from '../ingest/issuer-clues.js';
import { planTitleTerm } from './plan-term.js';

/** A Word list's enclosed number opening a line (①提标改造…). */
const ENCLOSED_OPEN = new RegExp(`^\\s*${ENCLOSED_ITEM}`);

/**
 * A site's footer on one line with its sponsor (主办单位:苏州市财政局   网站支持IPV6   您是第个访问者, 苏州; 主办单位:郑州市人民政府办公室 地址:… 邮编:…):
 * the site's, no unit note of the notice above it.
 */
const SITE_FOOTER_LINE = /版权所有|网站支持|访问者|访问量|ICP|备案号|网站标识码|技术支持|公网安备|IPV6|IPv6|邮编/;
/** A clause before its values are read: a sentence of a paragraph or a row of a table. */
export interface ClauseSpan {
  start: number;
  end: number;
  /** Units from the note that closes the clause's article. */
  note?: UnitNote;
  /** Notes on the headings above the clause (一、扩大有效投资政策(由市发改局牵头)): they hold for the whole section. */
  headingNotes?: UnitNote[];
  /** The first clause under the document's title on a line of its own below the cover: the body's first, as under a title at the head. */
  underTitle?: boolean;
  /** The first clause under an attachment's own plan title (附件1: / …七大行动方案(2024—2027年)): that plan's term, for its body's first clause. */
  term?: ReturnType<typeof planTitleTerm>;
  table?: { table: Table; row: number };
  /** Sums a money column's cells give the clause (资金规模(万元) over 1000), at their places in the text; a 合计 row's are totals. */
  money?: { start: number; end: number; yuan: number; role: 'fixed' | 'total' | 'target' }[];
  /**
   * A target table's row (任务名称 | 现值 | 2023年目标 | 2025年目标 | 责任单位): the figures its year columns set, in the units its name
   * writes in brackets (完成投资额(亿元), 城镇化率(%)), and each year a cell sets one for. Offsets in the text.
   */
  targets?: { amounts: { start: number; end: number; yuan: number }[]; rates: { start: number; end: number; value: number }[]; years: { start: number; end: number; year: string }[]; taskEnd: number };
}

// (…after a leader's or a time's field on the same line: 责任领导:吴晓平;责任单位:外贸局、发改局;配合单位:相关镇街区,有关部门。 永康)
const BARE_NOTE = new RegExp(`^(?:(?:${OTHER_FIELD})\\s*[:：][^。；;\\n:：]{0,40}?[；;]?\\s*)*${LABEL}`);
/** What a clause never opens with: space, stray punctuation, a list bullet. */
const CLAUSE_LEAD = /[\s，。；、•●■◆▪・·▶►➢○◇□]/;
/** A title's period on a line of its own, （2022—2026年）: the plan's term, a clause that carries it as a deadline. */
const PLAN_PERIOD_LINE = /^[（(]\s*\d{4}\s*年?\s*[-—–－~至到]\s*\d{4}\s*年?\s*[）)]$/;
/** An attachment's label alone on its line: 附件, 附件1:, 附件二 (not ingest's ATTACHMENT_LINE, a list line with the attachment's name after it). */
const ATTACHMENT_ALONE = /^\s*附件\s*[\d一二三四五六七八九十]{0,2}\s*[:：]?\s*$/;
/**
 * The term of an attachment's own plan title on a line of its own right under its 附件 line (附件1: / 推进低空经济高质量发展七大行动方案
 * (2024—2027年)), or undefined: a title line, not a sentence.
 */
function attachmentTerm(text: string, lineStart: number, para: string): ReturnType<typeof planTitleTerm> {
  if (/[。；;，,：:]/.test(para)) return undefined;
  let end = lineStart - 1;
  while (end > 0 && /\s/.test(text[end - 1] ?? '')) end--;
  const prev = text.slice(text.lastIndexOf('\n', end - 1) + 1, end);
  return ATTACHMENT_ALONE.test(prev) ? planTitleTerm(para.trim()) : undefined;
}
/** A field naming the measures for an item's problem or task: 整改措施:, 具体措施:, 工作措施:. */
const MEASURE_FIELD = /^(?:整改措施|具体措施|工作措施|主要措施|落实措施|推进措施|整改举措|具体举措)\s*[:：]/;
/** A time-limit field on a line of its own: 完成时限:2021年6月30日, 完成时间：持续推进 (its value, short, in group 1). */
// (…one comma inside the value too: 整改时限:立行立改,长期坚持, 汕头)
const TIME_LINE = new RegExp(`^(?:${TIME_FIELD})\\s*[:：]\\s*([^:：，。；,;]{1,24}?(?:[，,][^:：，。；,;]{1,12}?)?)[。；;]?$`);
/** A bracketed note, a duty word or a label in it, that the next item's number follows on its line: (市商务委负责)(二)… */
const LEADING_NOTE = new RegExp(`^\\s*${OPEN}(?:[^（）()〔〕【】\\n]{2,80}?(?:${DUTY_WORDS})|${LABEL}[^（）()〔〕【】\\n]{2,80}?)${CLOSE}(?=\\s*${ITEM_NUMBER})`);
/** A page's time stamp on a line of its own, above the body: 2024-11-15 17:27, 2024-11-15. */
const PAGE_STAMP = /^\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
/** (责任单位:市经信局) alone on its line: a bracketed note closing the article above it. */
// (brackets nested one deep inside it: 镇街(园区), 各市〔州〕, 各区人民政府〈含开发区管委会,下同〉)
const BRACKETED_NOTE = new RegExp(`^${OPEN}${LABEL}${BRACKET_BODY}${CLOSE}$`);
/** The same with its closer lost at the excerpt's end: (责任单位:省大数据局、省政务服务中心、…、省工业和 */
const CUT_BRACKETED_NOTE = new RegExp(`^${OPEN}${LABEL}${BRACKET_BODY}$`);

/**
 * A task's leader on a line of its own (分管省领导:林克庆, 牵头负责领导:刘惠。): no clause, and the task's note may follow. The
 * names may carry their posts in brackets (项目责任领导:阿布力肯·阿布都热合曼(县委常委、统战部部长、县政协党组副书记), 叶城).
 */
const PERSON_LINE = new RegExp(`^(?:${PERSON_FIELD})\\s*[:：][^。；;，,:：（(]{0,20}(?:[（(][^（()）:：。]{1,40}[）)])?[。]?$`);

/** A line that opens with a time-limit field (完成时限:2021年6月30日), whatever its value's length. */
const TIME_LINE_START = new RegExp(`^(?:${TIME_FIELD})\\s*[:：]`);
const isNoteLine = (line: string): boolean => BARE_NOTE.test(line) || BRACKETED_NOTE.test(line) || !!dutyLine(line);

/**
 * A heading of its own line that names the bodies listed under it (组织单位, 组织机构, 参与部门, 责任分工): the note lines below
 * it are that section's content, not the note of the paragraphs above the heading (农安 消费券方案: 活动时间 … / 组织单位 /
 * 主办单位:县政府 / 承办单位:县工信局).
 */
// (…numbered too: (二)組織機構 over 主辦單位:… / 承辦單位:…, 冕宁)
const BODIES_HEADING = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])?\s*[\u4e00-\u9fff]{0,4}(?:单位|机构|部门|分工)$/;

/** An item number before a line's words ((一), 一、, 1.): its length, or 0. */
const FIELD_ITEM_MARKER = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])\s*/;
/**
 * A unit field numbered as an item under a heading that names bodies ((四)组织机构 / (一)主办单位:重庆市铜梁区人民政府 / (二)承办单位:…,
 * 铜梁; 二、实施单位 / (一)主办单位:省商务厅, 贵州省): the length of its number, the field's words after it; -1 for any other line.
 * Each such line is a field of the section, not a heading of its own; lines above it numbered the same way lead up to the heading.
 */
function numberedFieldUnderBodies(text: string, s: number, para: string): number {
  const m = FIELD_ITEM_MARKER.exec(para);
  if (!m || !BARE_NOTE.test(para.slice(m[0].length))) return -1;
  for (let at = s, k = 0; k < 12; k++) {
    const above = lineBefore(text, at);
    if (!above) return -1;
    if (BODIES_HEADING.test(above.line)) return m[0].length;
    const mk = FIELD_ITEM_MARKER.exec(above.line);
    if (!mk || !BARE_NOTE.test(above.line.slice(mk[0].length))) return -1;
    at = above.start;
  }
  return -1;
}
/** Fields of a contact after a body's name (,办公地址:县住建局五楼,电话:4321440): where a line naming an office goes on to reach it. */
const CONTACT_AFTER_BODY = /^[，,；;]\s*(?:[\u4e00-\u9fff]{0,4}(?:地址|电话|联系人|联系方式|邮箱|传真)\s*[:：]|$)/;
/**
 * A line right under a heading that names bodies, opening with one body's name and going on to its contact fields (三、征收實施部門 /
 * 連平縣房屋拆遷工作辦公室,辦公地址:縣住建局五樓,電話:4321440。, 连平): the section's body, its name the item's unit. The body, or undefined.
 */
function bodyUnderBodiesHeading(text: string, s: number, para: string): UnitMention | undefined {
  const above = lineBefore(text, s);
  if (!above || !BODIES_HEADING.test(above.line) || !HEADING_RE.test(above.line)) return undefined;
  const lead = para.length - para.trimStart().length;
  const t = para.trim().replace(/[。；;]$/, '');
  const cut = t.search(/[，,；;]/);
  const name = cut < 0 ? t : t.slice(0, cut);
  if (!bodiesOnlyLine(name) || /[、]/.test(name) || (cut >= 0 && !CONTACT_AFTER_BODY.test(t.slice(cut)))) return undefined;
  return { start: s + lead, end: s + lead + name.length, name, lead: false };
}

/** The last non-blank line before `at`, trimmed, and where it starts. */
function lineBefore(text: string, at: number): { line: string; start: number } | undefined {
  let e = at - 1;
  while (e >= 0 && /\s/.test(text[e])) e--;
  if (e < 0) return undefined;
  const start = text.lastIndexOf('\n', e) + 1;
  return { line: text.slice(start, e + 1).trim(), start };
}

/** The next `n` non-blank lines from `from`, trimmed. */
function linesAfter(text: string, from: number, n: number): string[] {
  const out: string[] = [];
  for (let s = from; s < text.length && out.length < n; ) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    const line = text.slice(s, e).trim();
    if (line) out.push(line);
    s = e + 1;
  }
  return out;
}

/**
 * What follows a heading-shaped line: whether its first line past leader and time lines is a note line, and the rank of
 * the first line past all its note, leader and time lines (0: not a heading; undefined: the text ends there).
 */
function afterNoteLines(text: string, next: number): { noteFirst: boolean; nextRank: number | undefined; report: boolean } {
  const lines = linesAfter(text, next, 8);
  let k = 0;
  while (k < lines.length && (PERSON_LINE.test(lines[k]) || TIME_LINE_START.test(lines[k]))) k++;
  const noteFirst = k < lines.length && isNoteLine(lines[k]);
  while (k < lines.length && (isNoteLine(lines[k]) || PERSON_LINE.test(lines[k]) || TIME_LINE_START.test(lines[k]))) k++;
  const nextRank = k < lines.length ? headingLevel(lines[k]) : undefined;
  return { noteFirst, nextRank, report: nextRank === 0 && REPORT_OPENS.test(lines[k]) };
}

/**
 * A paragraph that reports what was done, opening a completion report's text under its item (此项工作已完成。截至2019年12月底,…, 安顺;
 * 该项任务已全面完成): no text of the item's task, so the item above it is a task of its own, not a section over it.
 */
const REPORT_OPENS = /^(?:[此该这本][项件])(?:工作|任务|实事|目标)?(?:已经?|均已)(?:全面|全部|基本|按期|如期)?(?:完成|办结|落实|实现)/;

/**
 * A heading-shaped line that a note line of its own closes ((一)地区生产总值增长7%以上 / 责任单位:区发展和改革局 / (二)…):
 * an item of a task list, not a section, when what follows its note lines is a heading of the same or a higher rank (the
 * next item) or the end of the text. (Leader and time lines may stand between the item and its note.)
 */
function isNotedItem(text: string, next: number, para: string): boolean {
  const rank = headingLevel(para);
  if (!rank) return false;
  const { noteFirst, nextRank, report } = afterNoteLines(text, next);
  return noteFirst && (nextRank === undefined || (nextRank > 0 && nextRank <= rank) || report);
}

/**
 * A heading-shaped line that its own note closes, with no 。 before it (2.规模以上工业增加值增长10%左右(责任单位:区科经局), 黄石港):
 * an item of a task list, not a section, when what follows is a heading of the same or a higher rank (the next item) or the
 * end of the text. A section's heading with its note (一、扩大有效投资政策（由市发改局牵头）) has sub-items or its text below.
 */
function isItemWithNote(text: string, next: number, para: string): boolean {
  const rank = headingLevel(para);
  if (!rank || ARTICLE_RE.test(para)) return false;
  const notes = findNotes(para);
  const last = notes[notes.length - 1];
  if (!last || !last.units.length || para.slice(last.end).replace(/[。；;\s]/g, '')) return false;
  const marker = HEADING_RE.exec(para)?.[0].length ?? 0;
  if (withoutNotes(para).slice(marker).trim().length < 4) return false;
  const { nextRank, report } = afterNoteLines(text, next);
  return nextRank === undefined || (nextRank > 0 && nextRank <= rank) || report;
}

/** Whether sub-items (headings of a deeper rank) follow a heading's note lines: then the heading is a section's. */
function subItemsFollow(text: string, next: number, para: string): boolean {
  const rank = headingLevel(para);
  if (!rank) return false;
  const { nextRank } = afterNoteLines(text, next);
  return nextRank !== undefined && nextRank > rank;
}

const SKIP_PARA = /^(附件\s*\d*|（此件公开发布）|\(此件公开发布\)|[\u4e00-\u9fff]{0,10}[〔[]\d{4}[〕\]]\d+号)$/;
/** A page's field label and its colon (发布机构:, 发布日期:, 成文日期:). */
const PAGE_FIELD = new RegExp(`(${FIELD})\\s*[:：]`, 'g');
const PAGE_SOURCE_LINE = /^\s*(?:信息来源|来源|发布机构|发布单位|发布时间|发布日期|访问次数|浏览次数|点击数|阅读次数)\s*[:：]/;
/** A line of a page's fields: two labels or more, or one in a bar-drawn row (|成文日期:|2025-02-12|). */
function pageFieldLine(para: string): boolean {
  // (Sentences are no field row: 网上申报截止时间:2023年11月17日17:00时。纸质材料递交截止时间:…。, 顺德.)
  if (/。\s*\S/.test(para.trim())) return false;
  // (…nor a page whose parts a site joined with commas, its fields at the end: 依据…文件,经入户验收…,按照100元/吨,…现予以县级公示:…
  // 公示单位:…公示时间:2023年3月27日。, 原州 on 查策网.)
  if (para.length > 100 && (para.match(/[，,]/g)?.length ?? 0) >= 4) return false;
  // (…a bare 时间 closing a longer word counted as none: 申报时间:…(工作时间:早上9:00-12:00…), 光明 — a window and office hours)
  const n = [...para.matchAll(PAGE_FIELD)].filter((m) => !closesLongerWord(para, m[1], m.index!)).length;
  // (…or a page's source or publication field alone on its line: 信息来源:区政府办(外事办), whose bracket is no unit note: 柯桥.)
  return n >= 2 || (n >= 1 && /[|｜]/.test(para) && para.length <= 120) || (para.length <= 40 && (PAGE_SOURCE_LINE.test(para) || DOCUMENT_FIELD_ALONE.test(para)) && !/[。；;，,]/.test(para));
}

/** A line that is no clause: an attachment mark, a publication remark, a number, a signing date in digits or in Chinese numerals
 * (二〇二二年三月二十日 is one as 2022年3月20日 is: no clause, so no 2022年三月 limit). */
const skipPara = (para: string): boolean => SKIP_PARA.test(para) || isDateLine(para);
/**
 * Is the line at `at` the value of a time field's heading on the line above it (二、截止时间 / 2022年4月30日: 嘉兴; 七、办理时限 / 15个工作日: 麻江)?
 * A date line so placed is body, and a span alone so placed is that field's limit.
 */
export function underTimeHeading(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && /\s/.test(text[k - 1])) k--;
  const above = text.slice(text.lastIndexOf('\n', k - 1) + 1, k);
  return TIME_FIELD_HEADING.test(above);
}

// ...also after a bracket that closes a sentence (its note or remark), the space between lost: "…创新消费场景。(省商务厅…
// 按职责分工负责)2.落实好…" (河南省): each note closes its own item only.
// A list's first item run into its lead-in's colon (…现就有关事项通知如下:一、时间节点, 南京) or into its heading's words
// (一、时间节点(一)2026年1月20日24点前…): only the first marker ((一), 1.) opens there, and not after a word that takes an
// object (一、加大对(一)类企业的支持), so a figure or a bracket the sentence holds is never read as one.
const INLINE_HEADING = /(?:[ \t\u3000\u00a0]+|(?<=[。；;！？]|[。；;！？]\s*[（(〔【](?:[^（）()〔〕【】\n]|[（(][^（）()\n]*[)）]){1,300}[)）〕】]))(?=第[一二三四五六七八九十百]+条|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、](?![\d%]))|(?<=如下\s*[:：])(?=第一条|一、|[（(]一[）)]|1[.．、](?![\d%]))|(?<=^[一二三四五六七八九十]+、[^，。；,;：:！？“”\s（）()]{1,19}[^，。；,;：:！？“”\s（）()对在将按把第于及和与的为从向])(?=[（(]一[）)](?![类项款条档级])|1[.．、](?![\d%]))/g;

/**
 * A page that lost its sentence ends (one long line of comma-joined items, 。 at most once: …通知如下:一、奖励对象(一)在澄迈注册…,(二)申报时…,
 * 澄迈) keeps its numbered items after a comma or a colon: each starts a paragraph there, as its attachment list does (…进行申报,附件:…).
 */
const COMMA_HEADING = new RegExp(String.raw`(?<=[，,：:])(?=[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十百]+条|\d{1,2}[.．、](?![\d%]))|(?<=[，,])(?=${ATTACHMENT_LABEL})`, 'g');
const lostSentenceEnds = (line: string): boolean => line.length >= 150 && (line.match(/[。；;！？]/g)?.length ?? 0) <= 1;
/**
 * A web page flattened to one line may put the notice's title and its first sentence on one line, a space
 * between them: "寿光市县域经济高质量发展工作方案(2024—2025年) 为全面贯彻落实…". The title is a clause of its own,
 * so the sentence's clause starts where the sentence does.
 */
const TITLE_END = /(?:方案|措施|办法|意见|细则|规划|计划|纲要|政策|规定|决定|通知|举措|要点|清单|指引|指南|条例)(?:[（(][^（）()\s]{1,20}[）)])?/g;
const TITLE_CHARS = /^[^\s，。；,;：:！？“”]{4,80}$/;
/**
 * A title that is the notice's opening statement: sentences (a comma or full stop inside) ending in a lead-in's colon, the
 * page having no title line (…补助资金7023万元,上年结余17.49万元,…现将有关资金安排使用情况公示如下: / …资金共计1508.001713万元。
 * …现将项目有关情况公示如下:), or a lead-in alone (现将…资金768.1万元分配情况公示如下:). Its sums are the notice's first values: it is body. (An addressee line, 各县、区人民政府,市政府各
 * 部门:, reads the same and holds no value.)
 */
// (…or a sentence closed by its stop, a comma inside: 现将…下达我市2019年省级财政专项扶贫资金26428万元,予以公告。, 巴中)
const isSentenceTitle = (t: string): boolean => (/[:：]\s*$/.test(t) && (/[，,。；;]/.test(t) || /如下\s*[:：]\s*$/.test(t))) || /[，,][^。！？]*[。！？]\s*$/.test(t);
/** A page's field run into the title it follows (…申报的通知发表时间:2021-03-11 19:18各相关企业:…, 北京经开区): the title ends there. */
const PAGE_FIELD_AFTER_TITLE = /^[\u4e00-\u9fff]{0,4}(?:时间|日期)\s*[:：]\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*(?:各[^，。；,;：:]{1,20}[:：])?/;
/** The addressees a run-on title runs into (…的通知各有关企业:, …的通知各镇人民政府、各街道办事处:). */
const ADDRESSEES_AFTER_TITLE = /^各[^，。；,;：:！？]{1,40}[:：]/;
/** A preamble's opening words, right after a title the page ran into it (…奖励办法为充分调动…, …措施 为深入学习…). */
const PREAMBLE_START = /^(?:为(?:了)?(?:深入|充分|全面|进一步|加快|推动|促进|贯彻|落实|切实|更好|积极|大力|着力|支持|鼓励|做好|抢抓|优化|提升|加强|推进|扎实)|根据|按照|近年来)/;

/** A preamble a title runs into with no space: its opening words, and its sentence says what it makes (特制定…, 制定本措施, 特出台以下政策, 现提出…如下). */
function runOnPreamble(rest: string): boolean {
  if (!PREAMBLE_START.test(rest)) return false;
  const stop = rest.search(/[。；;]/);
  return /制定|制订|提出|出台|如下/.test(stop < 0 ? rest : rest.slice(0, stop));
}

/**
 * Where the run-on title of a page ends inside its first paragraph: a title-like stretch (…办法, …若干措施) from the
 * paragraph's start or a sentence or bracket end, followed by a space in the source or a preamble's opening words.
 * The ingest stage took the whole paragraph as the title (no line break, no space kept): the body starts there.
 */
function runOnTitleEnd(doc: PolicyDocument, text: string, s: number, e: number): number | undefined {
  const para = text.slice(s, e);
  let found: number | undefined;
  for (const m of matchesOf(para, TITLE_END)) {
    const end = m.index! + m[0].length;
    if (end >= para.length) break;
    const from = Math.max(para.lastIndexOf('。', m.index!), para.lastIndexOf('）', m.index!), para.lastIndexOf(')', m.index!), para.lastIndexOf('|', m.index!)) + 1;
    if (!TITLE_CHARS.test(para.slice(from, end))) continue;
    // (The page's field and the addressees after it are no part of the body: the body starts after them.)
    const field = PAGE_FIELD_AFTER_TITLE.exec(para.slice(end));
    if (field) return s + end + field[0].length;
    // (…nor the addressees the title runs into: …申报工作的通知各有关企业:根据…, 澄迈.)
    const addressees = ADDRESSEES_AFTER_TITLE.exec(para.slice(end));
    if (addressees) return s + end + addressees[0].length;
    if (spaceAt(doc, text, s + end) || PREAMBLE_START.test(para.slice(end))) {
      found = s + end;
      if (PREAMBLE_START.test(para.slice(end))) break;
    }
  }
  return found;
}

/**
 * Where a paragraph that opens with the document's title (its issuer maybe before it) runs on past it, the title at least 8
 * characters and more text after it: the length of the title part, else 0.
 */
function titleCutAt(para: string, title: string, issuer: string): number {
  if (title.length < 8) return 0;
  const head = para.replace(/\s/g, '').startsWith(issuer + title) && issuer ? issuer + title : title;
  if (!para.replace(/\s/g, '').startsWith(head)) return 0;
  // (whitespace inside the line's head, as a page spaces its issuer's parts: count the characters up to the head's end)
  let k = 0;
  for (let n = 0; k < para.length && n < head.length; k++) if (!/\s/.test(para[k])) n++;
  // (…and the page's field and the addressees it runs on into: …申报的通知发表时间:2021-03-11 19:18 各相关企业:, as runOnTitleEnd reads them)
  for (const re of [PAGE_FIELD_AFTER_TITLE, ADDRESSEES_AFTER_TITLE]) {
    const rest = para.slice(k);
    const m = re.exec(rest.trimStart());
    if (m && m[0].length) k += rest.length - rest.trimStart().length + m[0].length;
  }
  return para.slice(k).trim().length > 0 ? k : 0;
}

/** A signing date and its publication remark opening a sentence: 2024年9月6日 (此件公开发布). */
const DATE_THEN_REMARK = /^\s*\d{4}年\d{1,2}月\d{1,2}日\s*(?:[（(]此件[^（）()]{2,8}[）)])?\s*/;
/**
 * Where the words start after a cover's signing date and the document's own title that open a sentence on a line running on from
 * the cover, or `a` when the sentence does not open so: the title must follow the date and be followed by a space or a preamble.
 */
function carriedHead(text: string, a: number, b: number, title: string): number {
  // (a sentence that opens with no digit opens with no date: most sentences, read without a copy)
  if (title.length < 4 || !/[\d\s]/.test(text[a] ?? '')) return a;
  const date = DATE_THEN_REMARK.exec(text.slice(a, b));
  if (!date) return a;
  const at = a + date[0].length;
  if (!text.startsWith(title, at)) return a;
  let k = at + title.length;
  while (k < b && /\s/.test(text[k])) k++;
  return k > at + title.length || PREAMBLE_START.test(text.slice(k, b)) ? k : a;
}

/** An item's number opening a sentence inside a paragraph: 2.坚持…, (二)加强…, 三、强化…; not a figure (2.5亿元) or a date. */
const RUN_ON_ITEM = new RegExp(`${ITEM_NUMBER}(?=[\u4e00-\u9fff“])`, 'y');
/** Does a note open right after `at`, nothing but spaces between (…工程。(市发改委牵头负责)): the sentence ending there is the note's. */
const noteRightAfter = (notes: UnitNote[], text: string, at: number): boolean => notes.some((n) => n.start >= at && !text.slice(at, n.start).trim());
/** Text with its bracketed parts (notes, remarks) left out. */
const withoutBrackets = (t: string): string => t.replace(/[（(〔【[][^（）()〔〕【】[\]]*[）)〕】\]]/g, '');

/** Did the source have a space at clean offset pos (cleaning drops spaces between Chinese words)? */
function spaceAt(doc: PolicyDocument, text: string, pos: number): boolean {
  if (/[ \t\u3000\u00a0]/.test(text[pos] ?? '')) return true;
  if (pos <= 0) return false;
  // (A gap between two digits is a wrap inside a figure, 投资在10 / 00万元以上: no word ends there.)
  if (/\d/.test(text[pos - 1]) && /\d/.test(text[pos] ?? '')) return false;
  const gap = (k: number) => toOriginal(doc.offsets, k) - toOriginal(doc.offsets, k - 1) > 1;
  // (On a line that set every glyph apart, 关 于 印 发, a gap is everywhere and says nothing: only a gap its neighbours lack.)
  return gap(pos) && !(pos > 1 && pos + 1 < text.length && gap(pos - 1) && gap(pos + 1));
}

/**
 * A half-width full stop a page typed for 。 (…现下达给你们,请认真组织实施.市政府将…, 常熟): after a Chinese word or a closing bracket
 * or quote, before a Chinese word, an opening one or the line's end; not in a figure (3.5) nor after an item's number (2.落实).
 */
function halfWidthStop(text: string, i: number): boolean {
  // (…and a half-width ! after a sentence's last word, as a page typed in half-width writes it: 汽车消费补贴又来了! 活动时间:…, 汤阴; not ?,
  // which a page writes for a character it lost: 淮安市人民政府办公室? 2020年1月23日)
  if (text[i] === '!' && /[\u4e00-\u9fff”）)]/.test(text[i - 1] ?? '')) return true;
  // (…not the dot a page typed between a sum's unit and its time, 300元/人.月调整为320元/人.月: 彭水 — one measure, per head per month)
  if (text[i] === '.' && UNIT_THEN_TIME.test(text.slice(Math.max(0, i - 6), i + 2))) return false;
  return text[i] === '.' && /[\u4e00-\u9fff”）)]/.test(text[i - 1] ?? '') && (i + 1 >= text.length || /[\u4e00-\u9fff“（(\s]/.test(text[i + 1]));
}
/** A per-unit's unit right before the dot, a time word right after it, or the time first: /人.月, /亩.年, /月.平方米 (the window ends one past the dot). */
const UNIT_THEN_TIME = /\/(?:[\u4e00-\u9fff]{1,4}\.(?:年|月|天|日)|(?:年|月|天|日)\.[\u4e00-\u9fff])$/;

/**
 * A leader's field run into the note after it, a page having lost its line breaks (牵头领导:省政府分管领导同志  牵头单位:省发展改革委, 辽宁):
 * no sentence, as its own line is none (PERSON_LINE).
 */
const PERSON_FIELDS_ONLY = new RegExp(`^\\s*(?:(?:${PERSON_FIELD})\\s*[:：][^。；;，,:：]{0,40}?[；;。]?\\s*)+$`);

/** An attachments list opening inside a line: 附件:, 附件1:, 附件 2： (not 详见附件1, which names one in passing). */
const INLINE_ATTACHMENTS = new RegExp(`^${ATTACHMENT_LABEL}`);

/** A bracketed remark closing a paragraph (its stop before it is tested where the sentence ends). */
const REMARK_TAIL = /[（(][^（）()。；;\n]{1,40}[）)][ \t\u3000]*$/;
/** Sentence ends (。；！？) outside brackets and quotes; notes are cut out. */
function sentences(text: string, start: number, end: number, notes: UnitNote[]): [number, number][] {
  const out: [number, number][] = [];
  const open: string[] = [];
  let s = start;
  const noteAt = new Map(notes.map((n) => [n.start, n]));
  // (the paragraph's closing remark, found once, not at each stop)
  const remark = REMARK_TAIL.exec(text.slice(start, end));
  const remarkAt = remark ? start + remark.index : -1;
  for (let i = start; i < end; i++) {
    const n = noteAt.get(i);
    if (n) {
      if (i > s && !PERSON_FIELDS_ONLY.test(text.slice(s, i))) out.push([s, i]);
      i = n.end - 1;
      s = n.end;
      continue;
    }
    const ch = text[i];
    const depth = nestAfter(open, ch).length;
    if (isOpen(ch) || isClose(ch) || /[“”《》]/.test(ch)) continue;
    if (depth === 0 && (/[。；！？;]/.test(ch) || halfWidthStop(text, i))) {
      // (A remark in brackets after the paragraph's last stop, no note, is no clause of its own: …亟待解决。(省整改方案整改措施清单第一项),
      // 汕头; …众创空间。(附件1) — it takes no note or field of the record, and the sentence's own rules end at its stop.)
      if (remarkAt > i && /^[ \t\u3000]*$/.test(text.slice(i + 1, remarkAt)) && !noteAt.has(remarkAt)) {
        out.push([s, i + 1]);
        s = end;
        break;
      }
      out.push([s, i + 1]);
      s = i + 1;
    } else if (depth === 0 && ch === '附' && i > s && INLINE_ATTACHMENTS.test(text.slice(i, i + 8)) && /[）)\]】，,、\s]/.test(text[i - 1])) {
      // The attachments list a page that lost its line breaks ran into the last sentence (…报送至市科技局,联系电话:8268645)附件1:2023年…
      // 名单.xls附件2:…, 六盘水): no part of it.
      out.push([s, i]);
      s = i;
    }
  }
  if (s < end) out.push([s, end]);
  return out.filter(([a, b]) => text.slice(a, b).replace(/[\s。；，、]/g, '').length > 0);
}

// (Also without its opening bar, as a page that drew the bars after each cell writes it: 1|精河县…项目|中央|1000|托里镇人民政府|.)
const BAR_ROW = /^\s*[|｜].*[|｜]\s*$|^[^|｜\n]+[|｜][^\n]*[|｜]\s*$/;
/** Inside a bar-drawn table, a line of bars alone, or a group's name in one cell closed by its bar (一、发展目标 |): no row, and no table's end. */
const GROUP_ROW = /^[^|｜。；;，,]{1,20}[|｜]$/;
const UNIT_HEAD = new RegExp(`(?:${LABEL_PREFIX})(?:${LABEL_NOUN})`);
// (计划完成时间, 要求完成时限: the column's time field with what it is, a plan or a requirement.)
const TIME_HEAD = new RegExp(`^(?:计划|预计|要求|规定)?(?:${TIME_FIELD})$`);
interface BarHeader {
  task: number;
  /** Unit columns; `head`: the column names the body's head as well (牵头单位及主要负责人). */
  units: { k: number; lead: boolean; head: boolean }[];
  time: number;
  money: MoneyColumn[];
  /** How many columns the header names. */
  columns: number;
  /** Columns of the plan a row sets out beside its task (月度工作计划, 下步计划, 阶段性目标): their sentences are the row's clauses too. */
  plans: number[];
  /** A plan column's period as its name writes it (一季度目标 → 一季度), offsets in the header's line; `line` is set where the table opens. */
  periods: Map<number, { at: number; len: number }>;
  /** Where the header's line starts in the text. */
  line?: number;
  /** The column right after a task named only by its name that states what it must reach (任务名称 | 指标要求), or -1. */
  requirement: number;
  /** Target columns by year (2023年目标, 2025年目标…; of bare years, 2020年 | 2025年, only the last): a target table's. */
  years: { k: number; year: string }[];
  /** A target table's column of measuring units (单位 | 亿元), or -1: the unit of its row's figures. */
  measure: number;
  /** Columns named for money with no unit in the header (投资规模, 资金): their cells write their own (20万元). */
  sums: number[];
  /** Rows are named by a place (地市, 县(市、区)): a row's sum is the budget allotted to it. */
  places: boolean;
  /** The 序号 column, or -1; a column before it (大类) is a group's cell that later rows of the group leave out. */
  numberCol: number;
}
/** A target column's name: a year, maybe with the word for a target (2023年目标, 2025年目标值, 2027年预期). */
const YEAR_COLUMN = /^(\d{4})年(目标值?|预期目标?|计划目标|目标任务)?$/;

/** A plan column's name: what the row will do and when (月度工作计划, 下步计划, 阶段性目标, 进度安排); not what was done (落实情况). */
const PLAN_HEAD = /^(?:[\u4e00-\u9fff]{0,8})(?:计划|阶段性目标|进度安排|时间安排|目标任务)$/;
/** A column reporting what was done (进展情况、存在问题及下一步打算, 目标完成情况, 备注). */
const REPORT_HEAD = /情况|打算|问题|备注|说明/;
/** A plan column named by the period it sets a target for (一季度目标, 上半年目标, 第二季度工作目标, 6月底前目标): its sentences take that period. */
const PERIOD_PLAN_HEAD = /^((?:第?[一二三四1-4]季度|[上下]半年|(?:1[0-2]|[1-9])月(?:底前?|末)?))(?:工作)?(?:目标|任务|计划)$/;

/** Cells of a bar-drawn line with their offsets in it: | 1 | 加快… | → [{ text: '1', at }, …]. */
/** A line of figure cells only, each closed by its bar (1329.65686|, 20|35|). */
const FIGURE_CELLS_LINE = /^\s*(?:[\d.,]+\s*[|｜]\s*)+$/;
function barCells(para: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  const bars = [...para.matchAll(/[|｜]/g)].map((m) => m.index!);
  // A row without its opening bar: its first cell runs from the line's start.
  if (!/^\s*[|｜]/.test(para)) bars.unshift(-1);
  for (let k = 0; k + 1 < bars.length; k++) {
    const raw = para.slice(bars[k] + 1, bars[k + 1]);
    const lead = raw.length - raw.trimStart().length;
    out.push({ text: raw.trim(), at: bars[k] + 1 + lead });
  }
  return out;
}

/**
 * The header a second header row makes by splitting the header's last money column into the money columns it names (资金来源 over
 * 中央衔接资金 | 省级衔接资金 | 省级财政资金 | 其他资金, 大冶), the columns after it moved right; undefined when the row is no such row.
 * (With one money column, the row's names may run to the header's end, as 补助资金 over 小计 | 省级 | 市级 does.)
 */
function moneySubHeader(para: string, h: BarHeader): BarHeader | undefined {
  if (!h.money.length) return undefined;
  const split = h.money[h.money.length - 1];
  const names = barCells(para).map((c) => c.text.replace(/\s+/g, '')).filter(Boolean);
  if (names.length < 2 || names.length > h.columns - split.k + (h.money.length > 1 ? names.length : 0) || !names.every((c) => c.length <= 12 && !/\d/.test(c))) return undefined;
  const subs = names.flatMap((c, i) => (/小计|合计|资金|金额|投资|补助|奖补/.test(c) && !/备注/.test(c) ? [{ k: split.k + i, times: split.times }] : []));
  if (subs.length < 2) return undefined;
  // (Where the header names columns after the split one, 实施期限 | … | 责任单位, they sit further right in the rows.)
  const shift = h.money.length > 1 ? names.length - 1 : 0;
  const at = (k: number) => (k > split.k ? k + shift : k);
  return {
    ...h,
    money: [...h.money.slice(0, -1), ...subs],
    task: at(h.task),
    units: h.units.map((u) => ({ ...u, k: at(u.k) })),
    time: h.time >= 0 ? at(h.time) : h.time,
    plans: h.plans.map(at),
    periods: new Map([...h.periods].map(([k, v]) => [at(k), v])),
    requirement: h.requirement >= 0 ? at(h.requirement) : h.requirement,
    years: h.years.map((y) => ({ ...y, k: at(y.k) })),
    measure: h.measure >= 0 ? at(h.measure) : h.measure,
    columns: h.columns + shift,
  };
}

/**
 * The cells of a row that its units are for: its sentences, not the names a row gives its task beside them (序号 / 事项分类 / 事项名称 /
 * 项目内容 / 牵头单位: “医”心为民工程 / 新(改)建村卫生室 / 新(改)建村卫生室80家。, 金东); every cell when none is a sentence.
 */
function rowSentences(text: string, spans: ClauseSpan[]): ClauseSpan[] {
  // (judged by the cell's whole line: a cell's last sentence may lack its stop, …。出台…的实施意见, 武汉)
  const cell = (p: ClauseSpan): string => {
    const end = text.indexOf('\n', p.start);
    return text.slice(text.lastIndexOf('\n', p.start - 1) + 1, end < 0 ? text.length : end);
  };
  const sentences = spans.filter((p) => /[。；;，,：:]/.test(cell(p)));
  return sentences.length ? sentences : spans;
}

/** Is the next line below `from` a sentence (closed by 。 or ；), a row's text cell rather than a name? */
function sentenceBelow(text: string, from: number): boolean {
  const line = linesAfter(text, from, 1)[0];
  return !!line && /[。；;]$/.test(line) && line.length >= 6;
}

/** Is the next non-empty line from `from` a time cell (12月底前, 长期坚持)? */
function timeCellBelow(text: string, from: number): boolean {
  const line = linesAfter(text, from, 1)[0];
  return !!line && isTimeCell(line);
}

/** A cell naming a fund, nothing else (中央省市困难群众补助资金, 区级兜底经费). */
const FUND_CELL = /^[\u4e00-\u9fff、]{2,12}(?:资金|经费|基金)$/;
/** A cell that is a sum with its unit, nothing else (20万元, 73.5万元, 1,200元). */
const SUM_CELL = /^\d{1,3}(?:,\d{3})*(?:\.\d+)?\s*(?:万|亿)?元$|^\d+(?:\.\d+)?\s*(?:万|亿)?元$/;
/** A progress cell's share done, a remark in brackets after it maybe, its bracket left open (80%(新区实验幼儿园进度滞后), 50%(马站未开工). */
const SHARE_DONE = /^\d{1,3}(?:\.\d+)?\s*[%％](?:\s*[（(][^（）()]*[）)]?)?$/;

/** A header row of a bar-drawn task table: a task column and a unit or time column (| 序号 | 重点任务 | 责任单位 | 完成时限 |). */
function barHeader(para: string, above?: string): BarHeader | undefined {
  // (A column's name set out with spaces, 任 务 名 称 | 牵 头 部 门 (上城), is the name.)
  const raw = barCells(para);
  const cells = raw.map((c) => c.text.replace(/\s+/g, ''));
  // (A column reporting progress may be named at length: 进展情况、存在问题及下一步打算, 柯桥.)
  // (…or a column whose name says at length what it holds, 联农带农富农利益联结机制, 实施期限(年/月-年/月), 大冶: up to 16 characters.)
  // (…its unit in brackets not counted: 省级资金敬老院改造提升护理型床位(万元), 莒南.)
  // (…or after a slash, and a year the column's figures are of before it: 2024年耕地地力保护补贴应实际发放面积/亩 | 耕地地力保护补贴资金/万元,
  // 舟山 — no figure in the name.)
  const named = (c: string) => c.replace(/[（(][^（）()]{1,6}[）)]$|[/／](?:万|亿)?元(?:[/／][\u4e00-\u9fff]{1,2}){0,2}$|[/／][\u4e00-\u9fff]{1,3}$/, '').replace(/^\d{4}年度?(?=[\u4e00-\u9fff]{2})/, '');
  if (cells.length < 2 || !cells.every((c) => (named(c).length <= 16 || (c.length <= 20 && REPORT_HEAD.test(c))) && (!/[。；，,;\d]/.test(named(c)) || YEAR_COLUMN.test(c)))) return undefined;
  const yearCols = cells.flatMap((c, k) => {
    const m = YEAR_COLUMN.exec(c);
    return m ? [{ k, year: m[1], target: !!m[2] }] : [];
  });
  const targeted = yearCols.filter((y) => y.target);
  const years = (targeted.length ? targeted : yearCols.slice(-1)).map(({ k, year }) => ({ k, year }));
  const money = moneyColumns(cells, above);
  const units = cells.flatMap((c, k) => (UNIT_HEAD.test(c) && !/领导/.test(c) ? [{ k, lead: /牵头|主责/.test(c), head: /负责人|责任人|联系人/.test(c) }] : []));
  // (Not a group's column named for its kind, 工作类别 | 目标名称 | 单位 | 2020年 | 2025年 (seed 002): the rows' names are the task's.)
  // (…or its targets, a work report's table of the year's goals: 序号 | 预期目标 | 责任单位 | 进展情况, 沙坪坝 2021.)
  let task = cells.findIndex((c) => (/任务|举措|措施|事项|内容|工作/.test(c) || /^(?:预期|主要|发展|年度)?目标$/.test(c)) && !UNIT_HEAD.test(c) && !/类别|类型|分类|大类/.test(c));
  // (A table of projects names its rows by 项目名称 where no task column is written: with money or units to give them.)
  // (A table of sums allotted to places names its rows by the place, 地市 | 计划安排额度(万元): each row the place's budget; also where
  // the place column is named 名称, 县区名称 | 市级资金(万元) | 备注, 商丘 2019: read before the 名称 of projects below.)
  // (…but a project's 名称 before the place it lies in names the rows: 项目名称 | 所在地区 | 补助金额(万元), 广东省 技改 — grants to projects.)
  const nameCol = task < 0 && (money.length || units.length) ? cells.findIndex((c) => /名称|项目$/.test(c) && !UNIT_HEAD.test(c)) : -1;
  // (…the finest where two are named, 县(区) | 乡镇(街道) (临翔): the rows are the towns')
  const placeAt = task < 0 && money.length > 0 ? cells.reduce((at, c, k) => (PLACE_COLUMN.test(c) ? k : at), -1) : -1;
  const place = placeAt >= 0 && (nameCol < 0 || placeAt <= nameCol) ? placeAt : -1;
  if (place >= 0) task = place;
  else if (task < 0) task = nameCol;
  const time = cells.findIndex((c) => TIME_HEAD.test(c));
  const plans = cells.flatMap((c, k) => (k !== task && (PLAN_HEAD.test(c) || PERIOD_PLAN_HEAD.test(c)) && !UNIT_HEAD.test(c) ? [k] : []));
  // (the period a plan column's name sets, as offsets into the header's line: read with the row)
  const periods = new Map(plans.flatMap((k) => {
    const m = PERIOD_PLAN_HEAD.exec(cells[k]);
    const c = raw[k];
    return m && c && c.text.startsWith(m[1]) ? [[k, { at: c.at, len: m[1].length }] as const] : [];
  }));
  // (任务名称 | 指标要求 | 牵头部门, 上城: the task's name, then its figure: one clause over both cells.)
  const requirement = /名称$/.test(cells[task] ?? '') && /^(?:指标|目标|工作目标|指标要求|目标要求|任务目标|具体目标|预期目标)$/.test(cells[task + 1] ?? '') ? task + 1 : -1;
  const measure = cells.findIndex((c) => /^(?:计量)?单位$/.test(c));
  const numberCol = cells.indexOf('序号');
  const sums = cells.flatMap((c, k) => (k !== task && MONEY_NAME.test(c) && !money.some((m) => m.k === k) && !UNIT_HEAD.test(c) ? [k] : []));
  return task >= 0 && (units.length || time >= 0 || money.length || years.length) ? { task, units, time, money, columns: cells.length, plans, periods, requirement, years, measure, numberCol, places: place >= 0, sums } : undefined;
}

/**
 * A row whose page dropped its merged leading cells and padded its end instead (新昌: | 项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |
 * over 对七星路等重点区域进行绿化亮化提档升级; | 2021.12 | 城投集团 | |, and 2021.8 | 城投集团 | || under a task's first row): its cells
 * moved right by as many empty cells as end it, where they then fit the columns better (a time where the time column is, bodies
 * where the unit column is).
 */
function alignedCells(cells: { text: string; at: number }[], h: BarHeader): { text: string; at: number }[] {
  // A later row of a group, its group's merged cell left out (大类 | 序号 | 工作任务 | … over 2 | 特困供养人员… |, 肇庆): the cells
  // from its number on.
  if (h.numberCol > 0 && cells.length === h.columns - h.numberCol && /^\d{1,3}$/.test(cells[0]?.text ?? '')) {
    return [...Array.from({ length: h.numberCol }, () => ({ text: '', at: cells[0].at })), ...cells];
  }
  let empty = 0;
  while (empty < cells.length && !cells[cells.length - 1 - empty].text) empty++;
  if (!empty || cells.length !== h.columns) return cells;
  const fit = (row: { text: string; at: number }[]) => {
    const time = h.time >= 0 ? row[h.time]?.text ?? '' : '';
    const task = row[h.task]?.text ?? '';
    const bodies = h.units.flatMap(({ k }) => (row[k]?.text ? splitUnitList(row[k].text, 0, false) : []));
    return (time && deadlineFromCell(time, 0, '2000-01-01') ? 2 : 0) + (bodies.length && bodies.every((u) => endsLikeBody(u.name)) ? 2 : 0) + (task.length >= 4 && !deadlineFromCell(task, 0, '2000-01-01') ? 1 : 0);
  };
  let best = cells;
  for (let shift = 1; shift <= empty; shift++) {
    const moved = [...Array.from({ length: shift }, () => ({ text: '', at: cells[0].at })), ...cells.slice(0, cells.length - shift)];
    if (fit(moved) > fit(best)) best = moved;
  }
  return best;
}

/** List marks opening a unit cell (*, ★, ▲). */
const LIST_MARK_LEAD = new RegExp(`^[${LIST_MARKS}]+\\s*`);

/** A bar-drawn row's unit cells and time cell, as a note. */
function barRowNote(cells: { text: string; at: number }[], s: number, para: string, h: BarHeader): UnitNote {
  // (A unit cell that names no body, a progress cell the page moved there: 已完成。完成筛查人数3495人, is none.)
  // (A mark the table sets before the cell's list, *市发展改革委、市生态环境局 (嘉兴), ★区发改委 (吴江), is no part of the first name.)
  const listed = (c: { text: string; at: number }) => {
    const mark = LIST_MARK_LEAD.exec(c.text)?.[0].length ?? 0;
    return { text: c.text.slice(mark), at: c.at + mark };
  };
  const units = h.units.flatMap(({ k, lead, head }) => {
    if (!cells[k]) return [];
    const c = listed(cells[k]);
    return splitUnitList(head ? withoutHead(c.text) : c.text, s + c.at, lead);
  }).filter((u) => endsLikeBody(u.name));
  const times = h.time >= 0 && cells[h.time]?.text ? [{ start: s + cells[h.time].at, end: s + cells[h.time].at + cells[h.time].text.length }] : [];
  return { start: s, end: s + para.length, units, ...(times.length ? { times } : {}) };
}

/**
 * A row that holds only a time and units under the task of the row above, its task cell merged away (新昌: 2021.8 | 城投集团 | ||
 * under 对人民中路等3条城区道路进行综合提升改造; | 11月 | 建设局 |): its note, to add to that row's.
 */
function barContinuation(para: string, s: number, h: BarHeader): UnitNote | undefined {
  const cells = alignedCells(barCells(para), h);
  if (cells[h.task]?.text) return undefined;
  const note = barRowNote(cells, s, para, h);
  return note.units.length || note.times?.length ? note : undefined;
}

/** Does an empty cell stand between the figures from cell `from` to the row's last figure (合计|781067||5858004||)? */
function figuresGapped(cells: { text: string }[], from: number): boolean {
  let last = -1;
  cells.forEach((c, k) => {
    if (isFigureCell(c.text)) last = k;
  });
  return cells.slice(from, last).some((c) => !c.text.trim());
}

/** The clause of a bar-drawn row: its task cell, with the row's unit cells and time cell as its note. */
function barRowSpans(para: string, s: number, h: BarHeader, above?: UnitNote, wholeCell = false): ClauseSpan[] | undefined {
  const raw = barCells(para);
  const cells = alignedCells(raw, h);
  const task = cells[h.task];
  const total = isTotalRow(cells.map((c) => c.text));
  const money = h.money.flatMap((col) => {
    // (A header cell spanning two of the row's cells puts the sum one cell on: 示范村名称 over 南桥村 | 特色精品示范村, then 600 under 提前下达
    // 金额(万元)'s place + 1, 中山. Read only where the money column's own cell holds words and the next a bare figure no column claims.)
    const shifted = !isFigureCell(cells[col.k]?.text ?? '') && /[\u4e00-\u9fff]/.test(cells[col.k]?.text ?? '') && isFigureCell(cells[col.k + 1]?.text ?? '') && !h.money.some((m) => m.k === col.k + 1);
    const c = cells[shifted ? col.k + 1 : col.k];
    const yuan = c ? cellYuan(c.text, col) : undefined;
    // (A column of a sum per a thing, 补助标准(元/亩), pays at that rate: fixed, in a place's row too.)
    return yuan === undefined ? [] : [{ start: s + c.at, end: s + c.at + c.text.length, yuan, role: col.per ? ('fixed' as const) : total || h.places ? ('total' as const) : col.invested ? ('target' as const) : ('fixed' as const) }];
  });
  // A 合计 row whose first cells are merged (16个项目合计|7040.49|; 塔城市合计2个 | 50.2 | 48.895579 | 1.304421 | 0 |): its figures
  // are the money columns', in order.
  // (…also where the merged cells put figures under other columns: 合 计 | 3069.7 | 0 | 1000 |… under 序号 | 乡镇 | 项目名称 |…, the
  // figures right after the 合计 cell, before the first money column.)
  const totalAt = total ? cells.findIndex((c) => isTotalRow([c.text])) : -1;
  // (Not a row with a cell under every column the header names: 合计 | 8937.1 | 1787420 | under 街镇 | 奖励面积(亩) | 奖励资金(元) |, 嘉定 — its
  // area stays the area's.)
  const filled = raw.filter((c) => c.text.trim()).length;
  // (…nor one whose figures an empty cell parts, each under its own column: 合计|781067||5858004|| under 乡(镇)名 | 天然禁牧草地面积(亩) |
  // 补助标准(元/亩) | 补助资金(元) | 备注, 右玉 — merged cells leave no gap between the figures they move left.)
  const merged = totalAt >= 0 && totalAt + 1 < h.money[0]?.k && isFigureCell(cells[totalAt + 1]?.text ?? '') && filled < h.columns && !figuresGapped(cells, totalAt + 1);
  if (merged) money.length = 0;
  if (total && !money.length && h.money.length) {
    const figures = cells.filter((x) => isFigureCell(x.text));
    // (…the merged cells right-aligning the rest, a figure column not money among them: 合计 | 2100 | 105.0 | under 序号 | 所属镇街 | 基地名称 |
    // 完成面积 | 拟补助资金, 余杭 — each figure under the column its place from the right gives, where that puts one under each money column.)
    const shift = h.columns - raw.length;
    const placed = merged && shift > 0 ? h.money.map((col) => raw.findIndex((c, i) => i > totalAt && i + shift === col.k && isFigureCell(c.text))) : [];
    if (placed.length && placed.every((i) => i >= 0) && figures.length > h.money.length) {
      placed.forEach((i, j) => {
        const c = cells.find((x) => x.at === raw[i].at) ?? raw[i];
        const yuan = cellYuan(c.text, h.money[j]);
        if (yuan !== undefined) money.push({ start: s + c.at, end: s + c.at + c.text.length, yuan, role: h.money[j].per ? 'fixed' : 'total' });
      });
    } else figures.slice(0, h.money.length).forEach((c, i) => {
      const yuan = cellYuan(c.text, h.money[i]);
      // (…a column of a sum per a thing still its standard, 合 计 | 260200 | 700 under 补助金额(元) | 补助标准(元/人/月), 临翔)
      if (yuan !== undefined) money.push({ start: s + c.at, end: s + c.at + c.text.length, yuan, role: h.money[i].per ? 'fixed' : 'total' });
    });
  }
  // A 合计 row: its sums, no task.
  if (total && money.length) return [{ start: s + cells[0].at, end: s + para.trimEnd().length, money }];
  let note = barRowNote(cells, s, para, h);
  // A row padded at its end whose unit column then names no body lost that cell to the row above's, merged over both (泰顺: 2 |
  // …结直肠癌筛查… | 4月:… | 已完成。… | | under 1 | … | 县卫生健康局 |): the row above's bodies are its.
  // (…or with no padding at all, one cell short, as a table whose cells tabs part gives it: 2\t…结直肠癌筛查…\t4月:…\t已完成。…; not a
  // row whose cells moved left with a body among them, 对七星路…\t2021.12\t城投集团, 新昌)
  const shortOne = (raw.length === h.columns && !raw[raw.length - 1].text) || (raw.length === h.columns - 1 && !raw.some((c) => endsLikeBody(c.text.trim())));
  if (h.units.length && !note.units.length && above?.units.length && shortOne) note = { ...note, units: above.units };
  // (A place's name may be short: 汕头市, 东区.)
  if (!task || task.text.length < (h.places ? 2 : 4)) return undefined;
  // A target table's row: its name and the cells up to its last target column, one clause.
  if (h.years.length) return [targetRowSpan(para, cells, s, h, task, note)];
  // (…or a cell of a money column that writes its own unit, 投资规模 | … | 20万元: 北关.)
  const ownSum = h.sums.some((k) => SUM_CELL.test(fold(cells[k]?.text.trim() ?? '')));
  // (A row given sums runs on to its last cell, so that they lie in its text, as the row's words do.)
  if (money.length || ownSum) return [{ start: s + task.at, end: Math.max(s + task.at + task.text.length, s + para.trimEnd().length), note, money }];
  // A task cell of several sentences (投资5000万元,提升改造…;投资4000万元,路面维修…;投资2250万元,亮化…。): a clause each, the row's
  // note theirs alike, as an article's sentences share its note.
  // (…but a table a reader rendered a cell a line, a page's or a Word file's, gives a clause a row, as the seeds' gold labels it.)
  let parts = wholeCell ? [[0, task.text.length] as [number, number]] : cellSentences(task.text);
  // A task named only by its name, its figure in the next cell (地区生产总值 | 增长5.5%(市下达指标)): one clause over both.
  const req = h.requirement >= 0 ? cells[h.requirement] : undefined;
  if (req?.text && parts.length <= 1) parts = [[0, req.at + req.text.length - task.at]];
  // A time cell of numbered limits (1.2021年8月 2.2021年12月): each read apart, so no year runs on into the next; as many as the task
  // cell's sentences, they pair in order.
  const time = h.time >= 0 ? cells[h.time] : undefined;
  const items = time ? numberedItems(time.text).map(([a, b]) => ({ start: s + time.at + a, end: s + time.at + b })) : [];
  const out: ClauseSpan[] = parts.map(([a, b], k) => {
    const times = items.length < 2 ? note.times : items.length === parts.length ? [items[k]] : items;
    return { start: s + task.at + a, end: s + task.at + b, note: { ...note, ...(times ? { times } : {}) } };
  });
  // A plan cell beside the task (4月:制定并下发…工作方案。): its sentences are clauses with the row's bodies, each taking the period a
  // label before it sets (4月:, 第一季度:), else none of the task's time.
  for (const k of h.plans) {
    const plan = cells[k];
    if (!plan?.text) continue;
    const periods = periodLabels(plan.text);
    for (const [a, b] of cellSentences(plan.text)) {
      const { label: period, from: at } = labelOver(periods, a, b, (p) => p.after);
      // (An item's number opening the sentence is no part of it: 2.婴幼儿照护服务托位:3月底前…, 临安.)
      const from = at + (/^\d{1,2}[.．、](?![\d%])/.exec(plan.text.slice(at))?.[0].length ?? 0);
      if (b - from < 4) continue;
      const named = h.periods.get(k);
      const times = period ? [{ start: s + plan.at + period.start, end: s + plan.at + period.end }] : named && h.line !== undefined ? [{ start: h.line + named.at, end: h.line + named.at + named.len }] : undefined;
      out.push({ start: s + plan.at + from, end: s + plan.at + b, note: { start: note.start, end: note.end, units: note.units, ...(times ? { times } : {}) } });
    }
  }
  return out;
}

/** A cell's figure: a number, maybe bounded (≥96) or with its own % (4.8%). */
const FIGURE = /^(?:[≥≤>＜<＞]\s*)?(\d+(?:\.\d+)?)\s*([%％])?$/;

/**
 * A target table's row (滚动推进重大项目(个)、完成投资额(亿元) | — | 15、37 | — | 40、500 | 县发改局、…: 嘉善): the name and its target cells,
 * one clause. The name's bracketed units pair with a cell's figures in order (15 个, 37 亿元); money and percentages are targets, counts
 * no value; each target cell that holds a figure sets its column's year (a dash sets none).
 */
function targetRowSpan(para: string, cells: { text: string; at: number }[], s: number, h: BarHeader, task: { text: string; at: number }, note: UnitNote): ClauseSpan {
  // (…or in a column of their own: 目标名称 | 单位 | 2020年 | 2025年, 规上工业总产值 | 亿元 | 109.43 | 350)
  const measured = h.measure >= 0 ? cells[h.measure]?.text.replace(/\s+/g, '') : undefined;
  const units = measured ? [fold(measured)] : [...fold(task.text).matchAll(/[（(]([^（）()]{1,6})[）)]/g)].map((m) => m[1].replace(/\s+/g, ''));
  const amounts: { start: number; end: number; yuan: number }[] = [];
  const rates: { start: number; end: number; value: number }[] = [];
  const years: { start: number; end: number; year: string }[] = [];
  let end = s + task.at + task.text.length;
  for (const { k, year } of h.years) {
    const c = cells[k];
    if (!c?.text.trim() || /^[—\-–－/／\s]+$/.test(c.text)) continue;
    end = Math.max(end, s + c.at + c.text.length);
    let figured = false;
    let at = 0;
    c.text.split(/[、，,]/).forEach((part, i) => {
      const lead = part.length - part.trimStart().length;
      const from = s + c.at + at + lead;
      at += part.length + 1;
      const f = FIGURE.exec(fold(part.trim()));
      if (!f) return;
      figured = true;
      const unit = units.length === 1 ? units[0] : units[i];
      const n = Number(f[1]);
      const span = { start: from, end: from + part.trim().length };
      const perUnit = unit ? yuanPerUnit(fold(unit)) : undefined;
      if (f[2] || unit === '%' || unit === '％') rates.push({ ...span, value: round(n / 100, 9) });
      else if (perUnit !== undefined) amounts.push({ ...span, yuan: round(n * perUnit, 2) });
    });
    if (figured) years.push({ start: s + c.at, end: s + c.at + c.text.length, year });
  }
  // (through the bar that closes the last target cell: the row's words as written up to its unit cells)
  const bar = /^\s*[|｜]/.exec(para.slice(end - s));
  return { start: s + task.at, end: bar ? end + bar[0].length : end, note, targets: { amounts, rates, years, taskEnd: s + task.at + task.text.length } };
}

/** The numbered items of a cell (1、农副产品交易物流中心7月1日… 2、南岩农贸市场…, 1.2021年8月 2.2021年12月): [start, end) pairs, numbered 1, 2, 3…. */
function numberedItems(cell: string): [number, number][] {
  const starts: number[] = [];
  // (The cleaner closes the space before an item: 试运营2、南岩…, 2021年8月2.2021年12月. A decimal, 1.5万元, is no item.)
  for (const m of cell.matchAll(/(?<!\d)(?:[（(](\d{1,2})[）)]|(\d{1,2})[、.．])(?=\d{4}年|[^\d\s.．、])/g)) {
    if (Number(m[1] ?? m[2]) === starts.length + 1) starts.push(m.index!);
  }
  if (starts.length < 2) return [];
  return starts.map((a, k) => [a, k + 1 < starts.length ? starts[k + 1] : cell.length]);
}

/**
 * The label over the sentence [a, b) (bodies or a period written before a run of sentences, 市财政局:…, 第一季度:…): the last one that
 * starts before b; and where the sentence's words start, past the label when it opens the sentence.
 */
function labelOver<T extends { start: number }>(labels: T[], a: number, b: number, past: (label: T) => number): { label?: T; from: number } {
  const label = labels.filter((l) => l.start < b).pop();
  return { label, from: label && label.start >= a ? Math.max(a, past(label)) : a };
}

/** The sentences of a table cell, by 。；;！？ outside brackets and quotes: [start, end) pairs, pieces under 4 characters joined on. */
function cellSentences(cell: string): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  // (an item's marker opening the cell, (一)地区生产总值增长6%。 or 1.出台…, is no part of its sentence)
  let a = (HEADING_RE.exec(cell) ?? NUMBERED_TASK.exec(cell))?.[0].length ?? 0;
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i];
    if (isOpen(ch) || ch === '“' || ch === '《') depth++;
    else if (isClose(ch) || ch === '”' || ch === '》') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[。；;！？]/.test(ch) && i + 1 - a >= 4) {
      out.push([a, i + 1]);
      a = i + 1;
    }
  }
  if (cell.slice(a).trim().length >= 4 || !out.length) out.push([a, cell.length]);
  else out[out.length - 1][1] = cell.length;
  return out;
}

/** A column name of a table's header: short, no figure outside brackets, no sentence punctuation (资金规模(万元), 项目实施单位). */
const COLUMN_CELL = /^(?:[\u4e00-\u9fff]|[（(][^（）()]{1,8}[）)]){2,14}$/;

/**
 * A bar-drawn table whose page put a cell a line, each closed by its bar, the cleaner joining the lines into one
 * (精河: 分配表序号|项目名称|资金来源|资金规模(万元)|项目实施单位|16个项目合计|7040.49|1|精河县托里镇…项目|中央、自治区|1000|托里镇人民政府|2|…):
 * the header runs from its 序号 cell over the column names; a row opens at the next row number (1, then 2…) once the row
 * before is full, so a figure that equals it inside a row stays a cell. Each numbered, full row is a clause from its
 * first cell after the number to its last, its unit columns' cells its note; a row that is not full (16个项目合计|7040.49|,
 * cells merged) and the header name no unit: the header's 项目实施单位 is a column's name. Undefined unless the header
 * has a unit column and a row follows.
 */
function inlineBarRows(para: string, s: number): ClauseSpan[] | undefined {
  if (!/[|｜]\s*$/.test(para)) return undefined;
  const cells = barCells(`|${para}`).map((c) => ({ text: c.text, at: c.at - 1 }));
  const first = cells.findIndex((c) => /序号$/.test(c.text));
  if (first < 0) return undefined;
  let h = first + 1;
  while (h < cells.length && COLUMN_CELL.test(cells[h].text.replace(/\s+/g, ''))) h++;
  const header = cells.slice(first, h).map((c, k) => (k === 0 ? '序号' : c.text.replace(/\s+/g, '')));
  const units = header.flatMap((c, k) => (UNIT_HEAD.test(c) && !/领导/.test(c) ? [{ k, lead: /牵头|主责/.test(c) }] : []));
  if (header.length < 3 || !units.length || h >= cells.length) return undefined;
  const rows: { text: string; at: number }[][] = [];
  let row: { text: string; at: number }[] = [];
  let numbered = 0;
  for (const c of cells.slice(h)) {
    const opens = /^\d{1,3}$/.test(c.text) && Number(c.text) === numbered + 1 && (numbered === 0 || row.length >= header.length);
    if (opens) {
      if (row.length) rows.push(row);
      row = [];
      numbered++;
    }
    row.push(c);
  }
  if (row.length) rows.push(row);
  if (!numbered) return undefined;
  const out: ClauseSpan[] = [];
  // The caption and the header: a clause of its own, no note.
  const headEnd = cells[h - 1].at + cells[h - 1].text.length + 1;
  out.push({ start: s, end: s + headEnd });
  for (const r of rows) {
    const full = r.length === header.length && /^\d{1,3}$/.test(r[0].text);
    const from = full ? r[1] : r[0];
    if (!from) continue;
    const last = r[r.length - 1];
    const end = s + last.at + last.text.length + 1;
    const span: ClauseSpan = { start: s + from.at, end };
    if (full) {
      const list = units.flatMap(({ k, lead }) => splitUnitList(r[k].text, s + r[k].at, lead));
      if (list.length) span.note = { start: s + r[units[0].k].at, end, units: list };
    }
    out.push(span);
  }
  return out;
}

/** A note found in a paragraph, moved to the paragraph's place s in the text. */
function shiftNote(n: UnitNote, s: number): UnitNote {
  const at = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + s, end: x.end + s });
  return { ...n, start: n.start + s, end: n.end + s, units: n.units.map(at), ...(n.standing ? { standing: n.standing.map(at) } : {}), ...(n.times ? { times: n.times.map(at) } : {}) };
}

const BAR = /[|｜]/;
/** A line of bar cells that holds unit cells and otherwise only short cells (a leader's name, the next row's number and category): 钱宇|★区发改委、统计局|. */
function isBarNoteLine(para: string): boolean {
  if (!findNotes(para).length) return false;
  return withoutNotes(para).split(/[|｜]/).every((c) => c.trim().length <= 12 && !/[。；，,;：:]/.test(c));
}

/** A line without its unit notes: 一、扩大有效投资政策(由市发改局牵头) → 一、扩大有效投资政策. */
function withoutNotes(para: string): string {
  let out = para;
  for (const n of findNotes(para).reverse()) out = out.slice(0, n.start) + out.slice(n.end);
  return out;
}

/** A sum in figures (1245万元, 5273万元): a line or a first sentence that states one is a clause, not a heading (round 94). */
const STATES_SUM = /\d\s*(?:万|亿)?元/;
/** A heading on its own line: short, no sentence punctuation once its notes are gone (一、扩大有效投资政策(由市发改局牵头)). */
function isHeadingLine(para: string): boolean {
  const bare = withoutNotes(para);
  if (bare.length > 40 || /[。；;]/.test(bare)) return false;
  // (A label and its value with a figure after the colon is a labelled item, not a heading: 四、公示时间:公示期为7日(2022年11月9日—15日), 腾冲.)
  if (/[：:][^：:]*\d/.test(bare.replace(HEADING_RE, ''))) return false;
  // (…and so is a line holding a sum: 1.中央及省级财政扶贫发展资金1245万元, 襄城; 一、中央财政衔接资金(5273万元), 达川 (round 94: a title that
  // states a figure is a clause).)
  if (STATES_SUM.test(bare)) return false;
  // (two or three short phrases with no figure make a heading too: 一、加快经济结构调整,推动产业优化升级, 江苏省; 一、建立长效机制,
  // 减少工业粉尘污染, 湛江)
  return !/[，,]/.test(bare) || isPhraseHeading(bare.replace(HEADING_RE, '').trim());
}

/** What an item's name never holds: a figure, a grant or a bound, a rule's modal word (those make the line a sentence). */
const NOT_A_NAME = /[\d０-９%％]|[一二三四五六七八九十百千万亿]+(?:万|亿|元|个|家|项|年|月)|给予|不超过|不高于|以上|以下|应当|必须|不得|不予|可以|均/;

/**
 * A numbered item's line that only names it in a short phrase closed by its stop (2. 购房补贴 。), the item's sentences on the lines below:
 * its heading, as the same phrase before the sentences on its line is (round 16), not a clause. Not an item that is its one sentence, its
 * note, its bodies or the next item on the line below (7.生产生活用水总量达到市级要求。 / 牵头单位:区水务局; (5)… / (6)…).
 */
function isNamingItemLine(para: string, below: string): boolean {
  const m = HEADING_RE.exec(para);
  if (!m || ARTICLE_RE.test(para)) return false;
  const rest = para.slice(m[0].length).replace(/\s+/g, '');
  // (a grant's name may be the item's, 购房补贴, 安家补助; what grants or rules is a sentence: 给予…, 不超过…, 应当…)
  if (!/^[^。；;：:，,]{2,16}。$/.test(rest) || NOT_A_NAME.test(rest)) return false;
  // (the line below is a sentence of the item: long, closed or parted by its stops, no label, bracket or number opening it)
  return below.length >= 20 && /[。；;，,]/.test(below) && !HEADING_RE.test(below) && !/^[（(〔【\[]/.test(below) && !/^[^，。；,;]{0,10}[：:]/.test(below);
}

/**
 * A section heading (一、 / （一）) in parts, alone on its line and closed by its note: 一、圍繞打造發展引擎,擴大有效益的投資
 * (由市發改委牽頭實施). The note says who leads the section; a numbered item (1.…,(責任單位:…)) stays a clause.
 */
// (…a contact in its own bracket after the note is no part of it: 一、全力扩大有效投资(由区发改局牵头)(联系人:闫新宇,0574-89384147), 北仑)
const CONTACT_REMARK_END = /[（(]\s*(?:联系人|联系电话|联系方式|咨询电话|电话)\s*[:：][^（）()]*[）)]\s*$/;
function isNotedHeading(written: string): boolean {
  const para = written.replace(CONTACT_REMARK_END, '');
  const rank = headingLevel(para);
  if (rank < 2 || rank > 3 || ARTICLE_RE.test(para)) return false;
  const notes = findNotes(para);
  const last = notes[notes.length - 1];
  if (!last || !last.units.length || para.slice(last.end).trim()) return false;
  const bare = withoutNotes(para);
  return bare.length <= 50 && !/[。；;：:]/.test(bare);
}

/** A note opened after an item's sentence and never closed (an excerpt cut off inside it): (责任领导:饶自斌;, （牵头单位：市 */
const CUT_NOTE = new RegExp(`^${OPEN}\\s*(?:${LABEL}|(?:${PERSON_FIELD}|${TIME_FIELD})\\s*[：:])${NOT_BRACKET}*$`);

/** A figure with what it counts or measures (3个, 3000万元, 50家, 15%): a title names a topic, it does not count. */
const COUNTED = /[\d０-９]+(?:\.\d+)?\s*(?:个|家|项|条|座|所|名|人|万|亿|元|%|％|公里|平方米|亩|吨)/;

/** A numbered sub-task opening a line: (1)…, （2）…. */
const SUB_ROW = /^[（(]\d{1,3}[）)]/;
/** Another field of a task record glued after a name (…莲塘镇任务目标:, …市工信局完成时限:): where the line should have broken. */
// (not the head a unit label names with its bodies: 项目实施单位及责任人:)
const GLUED_FIELD = new RegExp(`(?<=[\\u4e00-\\u9fff）)])${NOT_A_LABELS_HEAD}(?:${TASK_FIELD}|${TIME_FIELD}|${PERSON_FIELD})\\s*[:：]`);
/** A field's name whole (完成时限 after ;, not 时限 inside it). */
const WHOLE_FIELD = new RegExp(`^(?:${TIME_FIELD}|${TASK_FIELD}|${PERSON_FIELD})$`);
/**
 * The next field glued after a unit field's last name (…莲塘镇任务目标:, …市工信局完成时限:), not the tail of a field a stop sets
 * apart (责任单位:市公安局;完成时限:2019年: 时限 is 完成时限's, and the line is one note with its time limit).
 */
function gluedField(whole: string): RegExpExecArray | null {
  const m = GLUED_FIELD.exec(whole);
  if (!m) return null;
  const colon = m.index + m[0].search(/\s*[:：]$/);
  for (let k = Math.max(0, m.index - 4); k < m.index; k++) {
    if (/[；;，,。\s]/.test(whole[k - 1] ?? ';') && WHOLE_FIELD.test(whole.slice(k, colon))) return null;
  }
  return m;
}
/** A paragraph opening with a field's name and a colon (重点工作: …, 年度阶段性工作目标: …, 第二季度:…): the name. */
const FIELD_NAME = /^\s*([\u4e00-\u9fff、]{2,16})\s*[:：]/;
/** A unit label alone (责任单位). */
const WHOLE_LABEL_WORD = new RegExp(`^(?:${LABEL_WORD})$`);
/** A line that opens with a unit label, its colon a space (责任单位 各有关部门: 海城): a note, read as one. */
const LABEL_OPENING = new RegExp(`^(?:${LABEL_WORD})`);
/** A line that names bodies only, each ending like one or a 各 group (各乡镇(街道)、黎阳建管办): no sentence, no label. */
function bodiesOnlyLine(para: string): boolean {
  const t = para.trim();
  if (!t || t.length > 80 || /[。；;：:！？!?“”《》\d]/.test(t) || LABEL_OPENING.test(t)) return false;
  const items = t.split(/[、，,]/);
  // (…a label alone, 责任单位 at a cut excerpt's end, names none: 海城)
  return items.length >= 1 && items.every((x) => x.length >= 2 && !WHOLE_LABEL_WORD.test(x) && (endsLikeBody(x.replace(/[（(][^（）()]*[）)]/g, '')) || /^各[\u4e00-\u9fff（）()]{1,14}$/.test(x)));
}
/** A field line with its item number (4、建设期限:…, 8、责任单位及责任人:…): the number, then the field's name. */
const NUMBERED_FIELD = /^(\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．]\s*)([\u4e00-\u9fff、]{2,16})\s*[:：]/;
/** A field name that shows a project's record: its period or its bodies (建设期限, 项目计划建设时限, 责任单位及责任人). */
const RECORD_FIELD = new RegExp(`^(?:${TIME_FIELD}|[\\u4e00-\\u9fff]{0,6}(?:时限|期限|工期)|${LABEL_WORD})`);
/**
 * The item numbers of a record's field lines, by where each line starts (1、实施地点:… / 4、建设期限:2023年5月-2023年12月 / 8、责任单位及
 * 责任人:汝州市农业农村局 耿向南, 汝州; 叶县): three numbered field lines or more in a run, one of them a period's or the bodies' field. Read
 * past the number, each line is a field of the record, as an unnumbered one is, not an item heading.
 */
function numberedFieldLines(text: string): Map<number, number> {
  const out = new Map<number, number>();
  let run: { at: number; len: number; name: string }[] = [];
  const close = () => {
    if (run.filter((r) => r.len > 0).length >= 3 && run.some((r) => RECORD_FIELD.test(r.name))) for (const r of run) if (r.len) out.set(r.at, r.len);
    run = [];
  };
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(at, end);
    const numbered = NUMBERED_FIELD.exec(line);
    // (an unnumbered field line inside the run stays in it: 项目计划建设时限:… between 4、 and 5、, 叶县; a blank line too)
    const unnumbered = !numbered && FIELD_NAME.exec(line);
    if (numbered) run.push({ at, len: numbered[1].length, name: numbered[2] });
    else if (unnumbered && run.length) run.push({ at, len: 0, name: unnumbered[1] });
    else if (line.trim()) close();
    at = end + 1;
  }
  close();
  return out;
}
/** A task field's label opening a clause (项目内容:, 工作任务:). */
const TASK_FIELD_LABEL = new RegExp(`^(?:${TASK_FIELD})\\s*[:：]\\s*`);
/** The field name opening the line that holds `at`, if any. */
function fieldName(text: string, at: number, numbered?: Map<number, number>): string | undefined {
  let start = text.lastIndexOf('\n', at - 1) + 1;
  // (a record's numbered field line, from its field's name: 5、项目实施结果:…)
  start += numbered?.get(start) ?? 0;
  const end = text.indexOf('\n', at);
  const line = text.slice(start, end < 0 ? text.length : end);
  // (not a page's metadata block drawn with bars: 名 称: | …通知 |)
  return BAR.test(line) ? undefined : FIELD_NAME.exec(line)?.[1];
}
/** A bracket alone on a line, short: the other name of the body on the line above (（邹区镇）, (安委办)). */
const WRAPPED_BRACKET = /^[（(][\u4e00-\u9fff]{1,12}[）)]$/;

/** A field's label ending a heading's words, with the item number before it: a time field (时间节点, 完成时限) or a unit label. */
const FIELD_LABEL_END = new RegExp(`(?:\\d{1,2}[.．、])?\\s*(?:${TIME_FIELD}|${LABEL_WORD})\\s*$`);
/** A copula between a subject and what it is (投资拉动仍然是…的关键), not a word that holds 是 (特别是, 实事求是, 一是). */
const STATES = /(?<=[\u4e00-\u9fff])(?<![别其或还凡但只于总而要若一二三四五六七八九十])(?:仍然|依然|仍|始终|就|才|都|也|已经|正)?是(?!否)[\u4e00-\u9fff]{2,}的/;
/** A money column's unit in a header line: 资助金额(万元), 金额（元）. */
const MONEY_UNIT_IN_LINE = /[（(](?:万|亿)?元[）)]/;
/** A short title closed by its duty note: 扩大有效投资政策(由市发改局牵头实施), 科技政策（牵头单位:市科技局）. */
const NOTED_TITLE = /^[^。；;，,：:（(\d]{2,24}[（(][^（）()]{0,30}?(?:牵头|负责|责任单位|责任部门|配合单位)[^（）()]{0,30}[）)]/;
/** A period in brackets, from one day to another (（3月14日至3月16日）, (2025年3月17日—4月10日)). */
const BRACKETED_PERIOD = /[（(][^（）()]*?\d{1,2}月\d{1,2}日?\s*(?:至|到|—|–|-|~|～)[^（）()]*?[）)]/g;

/** Is the first sentence of a paragraph its heading ("（一）开展产业链再造行动。")? */
function headingLength(para: string): number {
  // 第六条 opens an article of a 办法 and its first sentence is content: only the marker goes.
  const article = ARTICLE_RE.exec(para);
  if (article) {
    const at = article[0].length + (/^\s+/.exec(para.slice(article[0].length))?.[0].length ?? 0);
    // ...unless it is the article's title, a short phrase before its sentences (第三条 鼓励利用外资。对在我区投资…): its heading, as
    // 1.发展以智算为重点的算力产业。 is an item's.
    return articleTitleEnd(para) || at;
  }
  // (a bullet is a marker as a number is: • 项目投资奖励。对新建项目… has its title cut as (一)项目投资奖励。 has)
  const m = HEADING_RE.exec(para) ?? BULLET.exec(para);
  if (!m) return 0;
  // A short title its duty note closes, the first sentence run on after it on the same line (一、擴大有效投資政策(由市發改局牽頭實施)全力推進…:
  // 兰溪, the page lost the line break): the heading ends with its note, which then reaches every clause under it.
  const noted = NOTED_TITLE.exec(para.slice(m[0].length));
  if (noted && m[0].length + noted[0].length < para.trimEnd().length) return m[0].length + noted[0].length;
  // The heading's end: the first 。 or ： outside brackets of any shape (a note's 牵头部门: is not one, in （） or 〔〕 or 【】).
  let dot = -1;
  for (let i = 0, depth = 0; i < para.length && dot < 0; i++) {
    const ch = para[i];
    if (isOpen(ch)) depth++;
    else if (isClose(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[。：:]/.test(ch)) dot = i;
  }
  // 1.时间节点:持续开展…: a field's label after the item's number is no heading: the field is the item's; so is one a flattened page
  // ran on after a heading (二、重点任务实施能效水效领跑者行动1.时间节点:持续开展…: the heading ends before the label's item, 孟州).
  if (dot > 0 && /[：:]/.test(para[dot])) {
    const label = FIELD_LABEL_END.exec(para.slice(m[0].length, dot));
    if (label) return m[0].length + label.index;
  }
  // 3.继续实施新能源汽车车船税减免优惠政策。(责任单位:省税务局): one sentence and its note make an item,
  // not a heading over the next sentence.
  const rest = para.slice(dot + 1).trim();
  const note = findNotes(rest)[0];
  // (…增长16%。(责任领导:饶自斌; cut off by the excerpt's end: a note that never closes is a note all the same.)
  const onlyNote = !rest || (!!note && note.start === 0 && note.end >= rest.length) || CUT_NOTE.test(rest);
  // A first sentence in parts (實施耕地保護與建設行動,對395萬畝…給予支持。) says something: it is content, not a title.
  // (Two or three short verb phrases with no figure, 全面推行企业开办全程“网上办”,优化“一网通办”功能。 with the item's text after it on
  // the line, are a heading all the same: the item's 完成时限 line gives its sentences, not its heading, a time limit.)
  const first = withoutNotes(para.slice(m[0].length, Math.max(dot, 0)));
  const parts = dot > 0 && /[，,]/.test(first) && !isPhraseHeading(first);
  // A first sentence that counts what it sets (3.建设3个劳动密集型产业园。推动…) is a task, not a title.
  // (A count in brackets, 单项奖（12名）：, says how many a heading's list holds: it stays a heading.)
  const counts = COUNTED.test(withoutRemarks(first));
  // A first sentence that states a fact with its copula (1.一定的投资拉动仍然是现阶段我省经济实现平稳较快增长的关键。今年…: 开封) is
  // content: a heading names the item, it does not say what a thing is.
  const states = STATES.test(first);
  // A first sentence that gives a day or an hour ((1)第一轮活动发券时间为2025年4月16日10:00。第一轮优惠券核销…: 敦化) dates something:
  // content, as no title is dated to the day.
  // (…not a stage's period in brackets after its name, (一)部署发动阶段(3月14日至3月16日)。各县级…: 泰安 — a heading naming the stage and
  // when it runs, as 动员部署阶段(2011年9月27-30日) is (ANNOTATION: a stage heading's dates are no limit))
  const dated = /\d{1,2}月\d{1,2}日|\d{1,2}[:：]\d{2}/.test(first.replace(BRACKETED_PERIOD, ''));
  // (A heading names the item in a short phrase: a first sentence of more than 30 characters is a measure (支持驻马店市在法定权限内
  // 制定出台具有创新性、可操作性的招商引资优惠政策。; 引导各类专项资金优先支持铝基材料、绿色家居等重点产业集群培育和县域主导产业发展。:
  // 河南省, 钢城, 广元), a clause with the item's note. Headings of dev notices run to 30.)
  // A first sentence that states a sum, in brackets or not ((一)结余中央衔接资金(109.842431万元)。一是…: 利通), is a clause, as a heading line
  // that states one is (round 94).
  const sum = dot > 0 && STATES_SUM.test(para.slice(m[0].length, dot));
  if (dot > 0 && dot <= 30 && dot < para.length - 1 && !onlyNote && !parts && !counts && !states && !dated && !sum) return dot + 1;
  return m[0].length;
}

/**
 * A heading in two or three short phrases (搭建用工平台,多渠道保障企业用工需求): no figure, no grant or condition, no rule's modal
 * word (同一招商引资项目,一般只认定第一引荐人 is a rule), each phrase short.
 */
function isPhraseHeading(head: string, noted = false, wholeLine = false): boolean {
  const phrases = head.split(/[，,]/);
  // (A first phrase that opens with a preposition, 根据省经信委安排,开展…, leads into a sentence: no title opens so. 武汉; but a
  // heading its own note closes may open with 围绕: 一、围绕打造发展引擎,扩大有效益的投资(由市发改委牵头实施), 宁波.)
  if (/^(?:根据|按照|依据|依照|结合|针对|通过|为了|对于)/.test(phrases[0]) || (!noted && /^围绕/.test(phrases[0]))) return false;
  // (…and may hold 的, which marks a clause of a sentence in a heading with no note: 扩大有效益的投资)
  // (…a figure there is a measure's, but not a digit inside a technical name where the title stands alone on its line: 2.加快IPv6应用及
  // 融合。, 湖北省 — an item's first sentence run on with others, 1.建设“双千兆城市”,实现5G高质量覆盖。加快…, 武汉, stays a clause)
  const named = wholeLine ? head.replace(/[A-Za-z]+\d+[A-Za-z\d]*|\d+[A-Za-z]+[A-Za-z\d]*/g, 'X') : head;
  return phrases.length <= 3 && phrases.every((p) => p.length >= 2 && p.length <= 16) && !/[\d０-９%％]|[一二三四五六七八九十百千万亿]+(?:万|亿|元|个|家|项|年|月)|给予|奖励|补助|补贴|不超过|以上|以下|应当|必须|不得|不予|可以|一般|只|均/.test(named) && (noted || !head.includes('的'));
}

/**
 * Where a flattened row's title cell ends: the first space of the source within 30 characters after the row's number, with
 * no punctuation before it and the row's sentences (a 。 or ；) after it; else `h`.
 */
function rowTitleEnd(doc: PolicyDocument, text: string, s: number, para: string, h: number): number {
  for (let k = h + 2; k <= Math.min(h + 30, para.length - 4); k++) {
    if (/[，。；,;：:（(“《]/.test(para[k])) break;
    if (spaceAt(doc, text, s + k)) return /[。；;]/.test(para.slice(k)) ? k : h;
  }
  return h;
}

/** Does the line end with a closing bracket that no bracket of the line opened? */
function loneClose(line: string): boolean {
  const t = line.trimEnd();
  if (!/[）)〕】\]]$/.test(t)) return false;
  let depth = 0;
  for (const ch of t) {
    if (/[（(〔【\[]/.test(ch)) depth++;
    else if (/[）)〕】\]]/.test(ch)) depth--;
  }
  return depth < 0;
}

/** The names the notes of the clauses so far give (a notice names a unit the same way in every note). */
const notedNames = (spans: ClauseSpan[]): string[] => [...new Set(spans.flatMap((sp) => sp.note?.units.map((u) => u.name) ?? []))];

/** Cut a document into clause spans. Paragraph sentences carry the note that closes their article. */
export function clauseSpans(doc: PolicyDocument): ClauseSpan[] {
  // Matching runs on the folded text (full-width, traditional characters); offsets are the same.
  const text = fold(doc.text);
  const spans: ClauseSpan[] = [];
  const tableRowStarts = new Map<number, { table: Table; row: number }>();
  for (const t of doc.tables) t.rows.forEach((r, k) => tableRowStarts.set(r.start, { table: t, row: k }));
  // (each table by where its header row starts: its columns' names)
  const tableHeads = new Map(doc.tables.map((t) => [t.start, t]));
  const title = fold(doc.title);
  const issuer = fold(doc.issuer ?? '');
  // The title line may carry its issuer in front (温岭市人民政府关于…): that whole line is title block too.
  // (…or by the short name the text gives it, 区科技局关于… where the issuer is 天津市滨海新区科学技术局(以下简称“区科技局”).)
  const titleBlock = new Set([title, issuer, issuer + title, ...issuer.split('、'), ...aliasesOf(text, issuer).flatMap((a) => [a, a + title])]);
  // A title holding sentences is a paragraph the page ran into its title: its body is read from where the title ends.
  const runOnTitle = /[。；;]/.test(title);
  // A page without a title line whose first paragraph became the title: a statement that ends as a sentence or a
  // lead-in (…补助资金7023万元,…现将有关资金安排使用情况公示如下: / …资金共计1508.001713万元。…公示如下:) is body.
  const sentenceTitle = isSentenceTitle(title);
  // A title's period on a line of its own that closes the document's title (临沧市新型工业化三年攻坚行动计划 / (2020—2022年)): title
  // block; the plan's term goes on the body's first clause (ANNOTATION rounds 68–69), not on a clause of its own.
  let titleTerm: boolean | undefined;
  // (…the title as a page writes it again under its time stamp, out of its 《》: 《“创业云南”建设三年行动计划(2024—2026年)》 / 2024-11-15 17:27
  // / “创业云南”建设三年行动计划 / (2024—2026年), 云南省)
  // (…or with its period's dash written another way: 行动计划(2022-2024年) in the page's head, (2022—2024年) over the text, 盐城)
  const titleKey = (t: string) => t.replace(/[《》\s]/g, '').replace(/[—–―－~～-]+/g, '-').replace(/（/g, '(').replace(/）/g, ')');
  const bareTitle = titleKey(title);
  const periodClosesTitle = (para: string) => bareTitle.endsWith(titleKey(para)) && (titleTerm ??= !!planTitleTerm(doc.title));
  let s = 0;
  const numberedFields = numberedFieldLines(text);
  let sawBody = false;
  // Whether a task above was closed by a duty line of its own (市财政局牵头落实): the text's last line may then be one cut short.
  let sawDutyLine = false;
  // Sentences of the current article still waiting for its closing note (an article may span paragraphs).
  let pending: ClauseSpan[] = [];
  // The note that closed the paragraph just before, and where that paragraph ends: a measure field under it (整改措施:…) is the same item's.
  let itemNote: { note: NonNullable<ClauseSpan['note']>; end: number } | undefined;
  // (a cover's date and the carried document's title run into a sentence: read once, see carriedHead)
  let sawTitleRunOn = false;
  const foldedTitle = fold(title).replace(/\s+/g, '');
  // (fold keeps a text's length: the words are compared folded only where their lengths match, not on every body line)
  const isTitleLine = (para: string): boolean => {
    const bare = para.replace(/\s+/g, '');
    return bare.length === foldedTitle.length && fold(bare) === foldedTitle;
  };
  // Where the document's title stood on a line of its own below the cover: the index of the span after it.
  const titledAt: number[] = [];
  // Where an attachment's plan title stood (see attachmentTerm): the index of the span after it, and the plan's term.
  const termsAt = new Map<number, ReturnType<typeof planTitleTerm>>();
  // (the term the current line gives, read once where the branch below tests it)
  let attachedTerm: ReturnType<typeof planTitleTerm>;
  // The article the last note line closed, while the next line may be a second note for it.
  let closed: ClauseSpan[] = [];
  /** More bodies for the article the last note line closed (its next note line, or a line of bodies under it), its note now ending at `end`. */
  const addToClosed = (units: UnitMention[], end: number) => {
    for (const p of closed) p.note = { ...p.note!, end, units: [...p.note!.units, ...units] };
  };
  // Notes carried by the headings above (by rank); a heading of the same or a higher rank ends them.
  let headNotes: { rank: number; note: UnitNote }[] = [];
  // The heading being read (its rank, and whether it is an article, 第一条), and a list its text opened with a colon
  // (园区应符合以下条件:): the items below it are parts of its article, still waiting for the article's note.
  let current = { rank: 0, article: false };
  let list: { rank: number; article: boolean } | undefined;
  // The clauses of the list's article and of its items so far: a note line after the items closes them all; an item's own
  // note closes that item only.
  let listed: ClauseSpan[] = [];
  // Bullets a lead-in ending in a colon opened (符合以下条件的: / • … / • …): parts of its sentence, waiting with it for a
  // note; and whether the last body paragraph ended in a colon.
  let bulletLead = false;
  let colonBefore = false;
  /** A note line closes the open list's article: the listed clauses wait for it with the last item's. */
  const closeList = () => {
    if (list && pending.length) pending = [...listed, ...pending];
    list = undefined;
    listed = [];
  };
  /** An item of the open list: a heading below its rank, or (一) under an article (第一条 and (一) share a rank). */
  const inList = (para: string): boolean => {
    const rank = headingLevel(para);
    return !!list && rank > 0 && !ARTICLE_RE.test(para) && (rank > list.rank || (list.article && rank === list.rank));
  };
  const enter = (para: string, s: number, headLen: number) => {
    const rank = headingLevel(para);
    if (!rank) return;
    if (!inList(para)) current = { rank, article: ARTICLE_RE.test(para) };
    headNotes = headNotes.filter((h) => h.rank < rank);
    const marker = HEADING_RE.exec(para)?.[0].length ?? 0;
    const note = findNotes(para.slice(0, headLen))[0] ?? headingDutyNote(para.slice(marker, headLen), marker) ?? headingBodiesNote(para.slice(marker, headLen), marker);
    if (note) headNotes.push({ rank, note: shiftNote(note, s) });
  };
  const inherited = () => (headNotes.length ? headNotes.map((h) => h.note) : undefined);
  // A task table flattened to a cell a line, and the row being read (its task's clauses, unit cells so far).
  let lineTable: LineTable | undefined;
  // Whether the table's rows were seen numbered (1 / 任务…): a table whose 序号 cells are empty opens its rows at their sentences.
  let lineTableNumbered = false;
  // A row opened by its number may hold numbered sub-rows (1 / 加快发展先进制造业。… / 1、对标… / 一季度 / 综合规划处会同…, 武汉): `group`
  // is that row's task cell when it is a sentence, and the units the last sub-row got, which a sub-row without a unit cell of
  // its own takes (its cell was merged).
  let lineRow: { spans: ClauseSpan[]; cells: number; note?: UnitNote; numbered?: boolean; reports?: number; trailing?: number; texts?: number; group?: { task: ClauseSpan[]; carry?: UnitNote } } | undefined;
  // A task table whose rows are bar-drawn lines (| 1 | 任务… | 市工信局 | 2024年底前 |), after its header row.
  let barTable: BarHeader | undefined;
  // The clause of the last bar-drawn row: a row under it holding only a time and units adds them to its note.
  let lastBarRow: ClauseSpan[] = [];
  // Where the text's last words end: a note or row reaching it may be cut off by the excerpt.
  const textEnd = text.trimEnd().length;
  // A record of fields a line each (重点工作: … / 牵头单位: … / 年度阶段性工作目标: 第一季度:…, 广州): the unit field under the
  // task field is every field's of the record; it lasts while paragraphs open with a field's name and none repeats the task's.
  let record: { field: string; note: UnitNote } | undefined;
  // A record of fields with a time field and no unit field (项目批复文号:… / 项目施工期限:2025年4月-2025年9月 / 项目验收结果:…, 格尔木):
  // its period is every field line's, before it and after, as a unit field's bodies are in a record that has one.
  let timeRecord: { start: number; end: number } | undefined;
  // The last period label a line set (第一季度:1.制定…。2.开展…。, 广佛): the numbered items the line runs on to are in it too.
  let lastPeriod: { start: number; end: number; after: number } | undefined;
  // Where the line of the last heading that lost its number starts (推动创业创新), else -1.
  let unnumberedHeadingAt = -1;
  // The last heading on a line of its own, its rank and how many clauses there were under it: a note line that comes before
  // any of its clauses is the item's note.
  let headingLine: { rank: number; spans: number; fields?: boolean } | undefined;
  while (s < text.length) {
    // (a record's numbered field line is read from its field's name)
    s += numberedFields.get(s) ?? 0;
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    // Web pages flattened to one line keep their headings after a space or a sentence end: "…方案。 一、主要目标 …"; each starts a paragraph.
    let next = e + 1;
    const whole = text.slice(s, e);
    // (Nor a bar-drawn row: its cells hold numbered items, | 1.婴幼儿照护服务成长驿站:3月底前… 2.…, 临安; the row reads its cells.
    // So too a table's last row that the excerpt cut before its closing bar: 2 | 统筹增加基础教育学位 | … | 1.仲元中学… 2.品秀星瀚…, 番禺.)
    const cutLine = !!barTable && s + whole.trimEnd().length >= textEnd && (whole.match(/[|｜]/g)?.length ?? 0) >= 1;
    if (!whole.includes('\t') && !BAR_ROW.test(whole) && !cutLine) {
      // Searched within the line (nothing the pattern reads crosses a newline): searching the rest of the text
      // from here read to the next inline heading, however far, for every line.
      INLINE_HEADING.lastIndex = 1;
      COMMA_HEADING.lastIndex = 1;
      const h = INLINE_HEADING.exec(whole) ?? (lostSentenceEnds(text.slice(text.lastIndexOf('\n', s - 1) + 1, s + whole.length)) ? COMMA_HEADING.exec(whole) : null);
      if (h) {
        e = s + h.index;
        next = s + h.index + h[0].length;
      }
    }
    // A note a page set at the start of the next item's line ((市商务委负责)(二)调整…: a shared document's page, 上海): the note closes
    // the article above; the item starts after it.
    const leadNote = LEADING_NOTE.exec(whole);
    if (leadNote && s + leadNote[0].length < e) {
      e = s + leadNote[0].length;
      next = e;
    }
    // A unit field run into the next field of its record, the page having lost the line break (责任单位:莲塘镇任务目标:2024年
    // 计划…, 南昌县): two lines.
    if (BARE_NOTE.test(whole)) {
      const glued = gluedField(whole);
      if (glued && glued.index > 0) {
        e = s + glued.index;
        next = e;
      }
    }
    let titleLine = false;
    let lineUnits: ReturnType<typeof dutyLine>;
    // (Before the body, a line of the title block is skipped whole: its lines may have been joined there. A line below it
    // that runs a plan's title into its preamble is split as in the body.)
    // (…and so is the head of a line that runs on from a title the ingest stage cut there: read below, the body after it.)
    const titleCut = !sawBody && !runOnTitle ? titleCutAt(text.slice(s, e), title, issuer) : 0;
    const inTitleBlock = !sawBody && (titleBlock.has(text.slice(s, e)) || title.startsWith(text.slice(s, e)) || titleCut > 0);
    // (Not a bar-drawn row: 序号 | 项目内容 | 月度工作计划 | 牵头单位 | names its columns, 计划 ending one of them.)
    // (…nor a bar-drawn table's last row, cut off by the excerpt before its closing bar: …|公布随迁子女入(转)学政策 |进展情况:…, 柯桥.)
    if (!inTitleBlock && !tableRowStarts.has(s) && !text.slice(s, e).includes('\t') && !HEADING_RE.test(text.slice(s, e)) && !BAR_ROW.test(text.slice(s, e)) && !(barTable && (text.slice(s, e).match(/[|｜]/g)?.length ?? 0) >= 2)) {
      // A title-like start (…方案, …措施(2024—2025年)) that a space or a preamble's opening words follow in the source
      // (沿河: …十五条措施(2024-2026年)为进一步优化…, below the signature line, the title run on with no break).
      const line = text.slice(s, Math.min(e, s + 80));
      for (const m of matchesOf(line, TITLE_END)) {
        const end = s + m.index! + m[0].length;
        if (!TITLE_CHARS.test(text.slice(s, end))) break;
        if (end < e && (spaceAt(doc, text, end) || runOnPreamble(text.slice(end, e)))) {
          titleLine = true;
          e = end;
          next = end;
          break;
        }
      }
    }
    const para = text.slice(s, e);
    // (a numbered unit field under a heading that names bodies: its number's length; a body such a heading's line names)
    const fieldAt = numberedFieldUnderBodies(text, s, para);
    let headedBody: ReturnType<typeof bodyUnderBodiesHeading>;
    // This paragraph is a further text cell of the line-table row being read (set below, where the row's cells are told apart).
    let rowText = false;
    let row = tableRowStarts.get(s);
    let noteLine = false;
    let inline: ClauseSpan[] | undefined;
    // The excerpt's last row of a bar-drawn table, cut before its closing bar (7 | 持有居住证…比例达90%。 | 3-4月:联系…随迁子, 泰顺):
    // a row all the same, its cells as far as they go.
    const cutRow = !row && !!barTable && e >= textEnd && !BAR_ROW.test(para) && (para.match(/[|｜]/g)?.length ?? 0) >= 1;
    // A table whose cells tabs part is read as a bar-drawn one where its header names columns a bar-drawn table's header does: the
    // same row, a bar for each tab (one character for one, so every offset holds) and one closing it. That is a table whose rows were
    // lines of the source (copied out of a page, saved as text from Word: a clause a sentence of its task cell, as a text's bar
    // table), and a table a reader rendered a cell a line (a page's, a Word file's: a clause a row, as the seeds' gold labels it).
    // (the line above, read only where a header is tried: a header's name may wrap onto it)
    const above = () => (s > 0 ? text.slice(text.lastIndexOf('\n', s - 2) + 1, s - 1) : undefined);
    // (A bar opens the view too, read as standing where the line break before the row is, so an empty first cell (a group's name
    // left out under its first row) stays a cell: offsets in the view are one less than the text's.)
    const tabRow = (row || tableHeads.has(s)) && para.includes('\t') && !/[|｜]/.test(para) ? `|${para.replace(/\t/g, '|')}|` : undefined;
    const barView = tabRow && (barTable ?? barHeader(tabRow, above())) ? tabRow : undefined;
    // (…and where it names no such columns, its rows are lines of text, as a bar-drawn table's are under a header the bars name
    // nothing in: 专项资金 | 编号 | 扶持项目 | 扶持标准和方式, 宝山.)
    const tabLine = !barView && !barTable && !!(row ? row.table : tableHeads.get(s))?.rowLines;
    if (tabLine) row = undefined;
    if ((!row || barView) && (BAR_ROW.test(barView ?? para) || cutRow)) {
      const para = barView ?? text.slice(s, e);
      const at = barView ? s - 1 : s;
      const header = cutRow ? undefined : barHeader(para, above());
      if (header) {
        barTable = { ...header, line: s };
        pending = [];
        s = next;
        continue;
      }
      // A second header row naming the parts of a money column spanned over them (资金规模(万元) | | | over 小计 | 中央衔接资金 |
      // 自治区衔接资金 | 备注, 塔城): each part that names money is a money column of the same unit.
      const parts = barTable && !lastBarRow.length ? moneySubHeader(para, barTable) : undefined;
      if (parts) {
        barTable = parts;
        s = next;
        continue;
      }
      // (A row whose last cells, figures, a page's wrap set on the next line: 1|恒信汽车集团股份有限公司|武汉市总部企业认定| / 1329.65686|,
      // 武汉 2021 — the row goes on there, its cells read across the break.)
      const cellsHere = barTable && !barView && !cutRow ? barCells(para).length : -1;
      if (barTable && cellsHere >= 0 && cellsHere < barTable.columns) {
        const br = text.indexOf('\n', next);
        const belowEnd = br < 0 ? text.length : br;
        const below = text.slice(next, belowEnd);
        if (FIGURE_CELLS_LINE.test(below) && cellsHere + barCells(below).length <= barTable.columns) {
          e = belowEnd;
          next = br < 0 ? text.length : br + 1;
        }
      }
      if (barTable) {
        // (the row as far as it now reaches: a tab row's bar view stands as it was)
        const para = barView ?? text.slice(s, e);
        const spansOfRow = barRowSpans(cutRow ? `${para}|` : para, at, barTable, lastBarRow[0]?.note, !!row && !row.table.rowLines);
        if (spansOfRow) {
          spans.push(...spansOfRow);
          lastBarRow = spansOfRow;
          pending = [];
          closed = [];
          sawBody = true;
          s = next;
          continue;
        }
        const more = lastBarRow.length ? barContinuation(para, at, barTable) : undefined;
        if (more) {
          for (const span of lastBarRow) {
            const n = span.note ?? { start: s, end: s, units: [] };
            span.note = { ...n, units: [...n.units, ...more.units], ...(n.times || more.times ? { times: [...(n.times ?? []), ...(more.times ?? [])] } : {}) };
          }
          s = next;
          continue;
        }
      }
    } else if (barTable && para.trim() && !/^[|｜\s]+$/.test(para) && !GROUP_ROW.test(para.trim()) && !row?.table.rows[row.row]?.group) barTable = undefined;
    // A table whose cells spaces part, a row a line (序号 企业名称 镇街(园区) 类别 资助金额(万元) / 1 东莞市宇瞳光学科技股份有限公司 长安 示范企业
    // 120, 东莞): a clause a row, its sum the money column's. (Tried only on a line naming a money column's unit.)
    const spaced = !row && MONEY_UNIT_IN_LINE.test(para) ? spacedTableRows(text, s, (k) => spaceAt(doc, text, k)) : undefined;
    if (spaced) {
      for (const r of spaced.rows) spans.push({ start: r.start, end: r.end, money: [r.money] });
      pending = [];
      closed = [];
      s = spaced.end + 1;
      continue;
    }
    // …and a task table so written (序号 目标任务 责任单位 上半年推进情况 / 1 地区生产总值增长6%以上。 区发展改革委 …, 铜梁): each row's task
    // sentences are clauses, its unit and time cells their note.
    const tasks = !row && /^\s*序号\s*[^\s]/.test(para) ? spacedTaskRows(text, s, (k) => spaceAt(doc, text, k)) : undefined;
    if (tasks) {
      for (const r of tasks.rows) {
        for (const [a, b] of cellSentences(text.slice(r.text.start, r.text.end))) spans.push({ start: r.text.start + a, end: r.text.start + b, note: r.note });
      }
      pending = [];
      closed = [];
      s = tasks.end + 1;
      continue;
    }
    // A list of grants a cell a line (序号 / 乡镇 / 单位详细名称 / 奖励金额(万元)): a clause a row, its sum the money column's.
    const grants = !row && (para.trim() === '序号' || PLACE_COLUMN.test(para.replace(/[\s\u3000]+/g, '')) || PAIRED_PLACE.test(para.trim())) ? grantListRows(text, s) : undefined;
    if (grants) {
      if (grants.header) spans.push({ start: grants.header.start, end: grants.header.end });
      for (const r of grants.rows) spans.push({ start: r.start, end: r.end, money: r.sums ?? [r.money] });
      pending = [];
      closed = [];
      s = grants.end + 1;
      continue;
    }
    if (!row && (para.trim() === '序号' || TASK_COLUMN.test(para.trim()))) {
      const header = lineTableHeader(text, s);
      if (header) {
        lineTable = header.table;
        // (Only a table with a 序号 column can have its numbers left out; one that opens with its task column numbers its tasks.)
        lineTableNumbered = para.trim() !== '序号';
        lineRow = undefined;
        pending = [];
        closed = [];
        // (A table's header opens the body, also where the page prints nothing above it: its first row's short cells are no title block's
        // lines, 序号 / 名称 / … / 1 / 公益性岗位补贴, 五通桥 round 285.)
        sawBody = true;
        s = header.end + 1;
        continue;
      }
    }
    if (lineTable && !row) {
      if (isRowNumber(para)) {
        lineTableNumbered = true;
        lineRow = { spans: [], cells: 0, numbered: true };
        pending = [];
        closed = [];
        s = next;
        continue;
      }
      if (lineRow?.spans.length) {
        // A cell's name wrapped before its bracket (高新园 / (邹区镇), 应急管理局 / (安委办)): the bracket is the last name's.
        const last = lineRow.note?.units[lineRow.note.units.length - 1];
        if (last && lineRow.note!.end === s - 1 && WRAPPED_BRACKET.test(para.trim())) {
          const end = s + para.trimEnd().length;
          const units = [...lineRow.note!.units.slice(0, -1), { ...last, name: last.name + para.trim(), end }];
          lineRow.note = { ...lineRow.note!, end: e, units };
          for (const p of rowSentences(text, lineRow.spans)) p.note = lineRow.note;
          s = next;
          continue;
        }
        // (A row's text cells come before its unit cells: a name like a body's (新(改、扩)建一批中小学校) with the row's sentence still
        // below it is a text cell while the header has text columns left: 序号 / 事项分类 / 事项名称 / 项目内容 / 牵头单位, 金东.)
        // (Only while the row has no sentence yet: a body cell under the row's sentence is its unit cell, whatever comes below.)
        const textCellLeft =
          !lineRow.cells && (lineRow.texts ?? 1) < (lineTable.textColumns ?? 1) && !lineRow.spans.some((p) => /[。；;]/.test(text.slice(p.start, p.end))) && sentenceBelow(text, next);
        const units = textCellLeft ? undefined : unitCell(para, s, lineTable, lineRow.cells, e >= textEnd);
        if (units) {
          lineRow.cells++;
          // (A time cell before the unit cells, 完成时限 left of 责任处室, stays the row's.)
          const times = lineRow.note?.times;
          lineRow.note = { start: lineRow.note?.start ?? s, end: e, units: [...(lineRow.note?.units ?? []), ...units], ...(times ? { times } : {}) };
          for (const p of rowSentences(text, lineRow.spans)) p.note = lineRow.note;
          if (lineRow.group) {
            const own = { start: lineRow.note.start, end: e, units: lineRow.note.units };
            // The row's task cell spans its sub-rows: the first sub-row's unit cell (on one line or several) is its too.
            if (!lineRow.group.carry || lineRow.group.carry.start === own.start) for (const p of lineRow.group.task) p.note = own;
            lineRow.group.carry = own;
          }
          s = next;
          continue;
        }
        // A time-limit cell (2024年12月底前, 长期坚持): the row's deadline.
        // (a year is assumed only to tell a bare month, 6月, for a time)
        if (lineTable.timeColumn && isTimeCell(para.trim())) {
          const lead = para.length - para.trimStart().length;
          const times = [...(lineRow.note?.times ?? []), { start: s + lead, end: s + para.trimEnd().length }];
          lineRow.note = { start: lineRow.note?.start ?? s, end: e, units: lineRow.note?.units ?? [], times };
          // (Before a unit cell of its own, a sub-row keeps the units it took from above.)
          const carried = lineRow.cells ? undefined : lineRow.group?.carry;
          for (const p of rowSentences(text, lineRow.spans)) p.note = carried ? { ...lineRow.note, units: carried.units } : lineRow.note;
          s = next;
          continue;
        }
        // A leader's name (冯冬昌) or another cell without bodies.
        // (Not a short cell while the row has text columns left before its units, a sum or a fund's name: 序号 / 名称 / 来源 / 总额(万元) / … /
        // 主管部门 over 1 / 公益性岗位补贴 / 中央省市困难群众补助资金 / 5.84万元 / …, 五通桥 — the row's text, its money read there, and the
        // count of its text cells kept, so that its unit cell is read as one.)
        if (para.trim().length <= 12 && !/[。；，,;]/.test(para) && !((SUM_CELL.test(para.trim()) || FUND_CELL.test(para.trim())) && !lineRow.cells && (lineRow.texts ?? 1) < (lineTable.textColumns ?? 1))) {
          s = next;
          continue;
        }
        // A progress column's cell before the unit cells (序号 / 内容与要求 / 进展情况 / 责任单位: 1-2月,全市固定资产投资同比下降12.7%…,
        // 绍兴): a report of what was done, no clause; the row's unit cell is still to come.
        // (…or a share done, a remark in brackets after it maybe: 当前进度 | 80%(新区实验幼儿园进度滞后), 苍南 — no task's line opens on one.)
        if ((lineTable.reportColumns ?? 0) > (lineRow.reports ?? 0) && !lineRow.cells && ((para.trim().length > 20 && /[。；，,;]/.test(para)) || SHARE_DONE.test(para.trim()))) {
          lineRow.reports = (lineRow.reports ?? 0) + 1;
          s = next;
          continue;
        }
        // …or after them, last in the row (…/ 市发改委 / 完成地区生产总值9109.8亿元,增长6.9%, 苏州): a report too, not the next task. The row's
        // number opens the next row.
        if ((lineTable.trailingReports ?? 0) > (lineRow.trailing ?? 0) && lineRow.cells > 0 && lineTableNumbered && !HEADING_RE.test(para) && !NUMBERED_TASK.test(para.trim())) {
          lineRow.trailing = (lineRow.trailing ?? 0) + 1;
          s = next;
          continue;
        }
      }
      // A row's further text cell before its unit cells (序号 / 项目名称 / 主要内容 / 进度要求 / 责任单位, 淮安: the project's name, what
      // it does and its quarters' steps, a line each): the row's clause too, as many as the header has text columns.
      // (a Word list's enclosed number, ①提标改造70个老旧小区…, lists inside the cell: no row of its own)
      const moreText =
        lineRow?.spans.length && !lineRow.cells && (lineRow.texts ?? 1) < (lineTable.textColumns ?? 1) && (!HEADING_RE.test(para) || ENCLOSED_OPEN.test(para)) && !NUMBERED_TASK.test(para.trim());
      if (moreText) {
        lineRow!.texts = (lineRow!.texts ?? 1) + 1;
        rowText = true;
      }
      // Anything else after a row's task ends the table; a heading is a group row inside it.
      let group: { task: ClauseSpan[]; carry?: UnitNote } | undefined;
      // A second task of a row, unnumbered, its number and unit cells merged with the row's: a sentence with a time cell of its own
      // under it (5 / 开工建设县老年养护楼。 / 县民政局 / 5月底前动工 / 开工建设老年大学。 / 12月底前: 大竹): a sub-row with the row's units.
      const secondTask =
        !moreText && !!lineRow?.spans.length && lineTable.timeColumn && !!lineRow.note?.times?.length && !!lineRow.note.units.length &&
        /。\s*$/.test(para.trim()) && para.trim().length <= 80 && !HEADING_RE.test(para) && !NUMBERED_TASK.test(para.trim()) && timeCellBelow(text, next);
      // A table whose 序号 cells are all empty (序号 / 重点工作任务 / 牵头领导 / 牵头单位, then 未来科技城要围绕…。 / 祝振伟 / 未来科技城(海创园): 余杭):
      // a sentence after a row's unit cells, or before any row, opens the next row.
      // (…or a sentence under a group's numbered title that holds no cells of its own: 一、关于优化经济结构 / (1)加快发展现代服务业。 /
      // 第三产业增加值…再提高1%。 / 经委 / 发改委, 青浦 2008; a short task closed by its full stop too: 继续推进青浦新城商贸圈建设。)
      // (the span starts after the title's number: read from its line's start)
      const firstSpan = lineRow?.spans.length ? text.slice(text.lastIndexOf('\n', lineRow.spans[0].start - 1) + 1, lineRow.spans[0].end).trim() : '';
      const groupTitle = !!lineRow && !lineRow.cells && lineRow.spans.length === 1 && NUMBERED_TASK.test(firstSpan) && firstSpan.length <= 30 && !/[，,；;]/.test(firstSpan);
      const unnumberedRow =
        !moreText && !lineTableNumbered && lineTable.unitColumns.length > 0 && (!lineRow || lineRow.cells > 0 || groupTitle) && (para.trim().length >= 15 || (/。$/.test(para.trim()) && para.trim().length >= 8)) &&
        /[，,。；;]/.test(para) && !HEADING_RE.test(para) && !NUMBERED_TASK.test(para.trim());
      if (moreText) {
        // (read on as the row's text)
      } else if (unnumberedRow) {
        lineRow = undefined;
      } else if (secondTask) {
        group = { task: [], carry: { start: lineRow!.note!.start, end: lineRow!.note!.end, units: lineRow!.note!.units } };
        lineRow = undefined;
      } else if (lineRow?.spans.length) {
        if (!HEADING_RE.test(para) && !NUMBERED_TASK.test(para.trim())) lineTable = undefined;
        // A numbered item under a numbered row is a sub-row of it: a task cell written as sentences (not a name such as
        // 全区经济社会发展的主要预期目标) spans the sub-rows.
        else if (lineRow.group) group = lineRow.group;
        // (…and one after the row's unit cell, a column past the units listing the row's parts, 主管部门 | 分配情况 over 区民政局 / 1.石麟镇
        // 500960元,涉及942人; / 2.冠英镇…, 五通桥: a part of the row, its units the row's.)
        else if (lineRow.numbered) group = { task: lineRow.spans.some((p) => /[。；;，,]/.test(text.slice(p.start, p.end))) ? lineRow.spans : [], ...(lineRow.cells && lineRow.note ? { carry: { start: lineRow.note.start, end: lineRow.note.end, units: lineRow.note.units } } : {}) };
        lineRow = undefined;
      }
      // A numbered task opens a row of its own in a table without a 序号 column; a numbered task under a row's merged title cell
      // ((1)地区生产总值增长6%左右。 under 1 / 全区经济社会发展的主要预期目标, 钟楼区) opens a row of its own too: the cells after it
      // are its own.
      if (lineTable && (NUMBERED_TASK.test(para.trim()) || SUB_ROW.test(para.trim()) || secondTask || unnumberedRow)) {
        lineRow = { spans: [], cells: 0, group };
        pending = [];
        closed = [];
      }
    }
    if (row) {
      pending = [];
      const r = row.table.rows[row.row];
      if (!r.group) {
        // The clause starts at its first content cell: not the 序号 or a merged category cell.
        let k = 0;
        while (k < r.cells.length - 1 && (/^\s*\d*\s*$/.test(r.cells[k]) || /^(序号|工作类别|类别|一级指标)$/.test(row.table.columns[k] ?? ''))) k++;
        spans.push({ start: r.cellStarts[k], end: e, table: row });
      }
    } else if (sawBody && foldedTitle.length >= 8 && !/[：:]/.test(para) && isTitleLine(para)) {
      // The document's title on a line of its own below the cover that carries it (各有关单位:《鞍山市铁西区2025年优化营商环境55条》已经区政府
      // 同意… / 鞍山市铁西区2025年优化营商环境55条 / 为深入贯彻…, 铁西区): a title, as at the head, no clause; the cover's sentences wait
      // for no note of the text below it. (Not a field line a page's junk head made the title: 项目资金来源:衔接资金, 格尔木.)
      pending = [];
      closed = [];
      titledAt.push(spans.length);
    } else if ((attachedTerm = attachmentTerm(text, s, para))) {
      // An attachment's own plan title under its 附件 line (主文件: …实施意见 / 附件1: / 推进低空经济高质量发展七大行动方案(2024—2027年): 绍兴): a
      // title, no clause; its period is the plan's term, on its body's first clause (ANNOTATION rounds 68–69), as the document's title's is.
      pending = [];
      closed = [];
      termsAt.set(spans.length, attachedTerm);
    } else if (titleLine) {
      // A title on the line of the first sentence: a clause of its own (its period, 2024—2025年, is a deadline).
      pending = [];
      spans.push({ start: s, end: e });
    } else if (pageFieldLine(para)) {
      // A page's field line (政策来源:… | 发布机构:成都市彭州市人民政府办公室 | 发布时间:…; 责任部门: | 银川市发改委 | 发布日期: |):
      // furniture, no clause and no unit note.
    } else if (para.includes('\t') && !tabLine) {
      pending = []; // a table header row
    } else if (titleCut > 0) {
      // A title the ingest stage cut from a line that runs on into the text (…申报工作的通知申报条件:2022年度新认定…, 前湾; its issuer
      // maybe before it): the body starts after it.
      s += titleCut;
      continue;
    } else if (!sawBody && runOnTitle && para.length >= 8 && (titleBlock.has(para) || title.startsWith(para)) && runOnTitleEnd(doc, text, s, e) !== undefined) {
      // …若干措施 为深入学习贯彻…: the title block ends there, the rest of the paragraph is read as body.
      s = runOnTitleEnd(doc, text, s, e)!;
      continue;
    } else if (!sawBody && !(runOnTitle && PREAMBLE_START.test(para)) && !(sentenceTitle && para === title) && !(runOnTitle && title.startsWith(para) && para.length >= 60 && /[。；;]/.test(para)) && (titleBlock.has(para) || title.startsWith(para) || (para.length >= 6 && (bareTitle.startsWith(titleKey(para)) || bareTitle === titleKey(para.slice(tabLabelBeforeMarks(para))))) || PAGE_STAMP.test(para.trim()) || para.length < 8 || (/^[（(][^（）()]*[）)]$/.test(para) && (!PLAN_PERIOD_LINE.test(para) || periodClosesTitle(para))))) {
      // (A page without a title line whose preamble became the title (为深入贯彻…,我市2025年“两节”期间举行促消费活动。): the
      // preamble is body.)
      // (Nor a first paragraph of sentences, 60 characters or more, in which no title ends (切实稳住农业“基本盘”。大力支持…。确保…,
      // 云南; 申报工作增加网上申报时间政务2024-11-02 19:44上海区科经委于…, 浦东): a page that starts at its body; read it all. Also where
      // the page lost every line break and the paragraph is cut at its first inline heading: 来源:土流网…近日,…发布…政策措施,表示…?一、…)
      // title block
    } else if (HEADING_RE.test(para) && (isHeadingLine(para) || isNotedHeading(para) || isNamingItemLine(para, linesAfter(text, next, 1)[0] ?? '')) && !isNotedItem(text, next, para) && !isItemWithNote(text, next, para) && !inList(para) && fieldAt < 0) {
      pending = []; // a heading on its own line
      list = undefined;
      listed = [];
      enter(para, s, para.length);
      headingLine = headingLevel(para) ? { rank: headingLevel(para), spans: spans.length } : undefined;
      // An item with no closing 。 that a note line closes is a task (蔡甸: (一)地区生产总值增长7%以上 / 责任单位:区发展和改革局).
      const marker = HEADING_RE.exec(para)![0].length;
      let n = next;
      while (n < text.length && text[n] === '\n') n++;
      const below = text.slice(n, text.indexOf('\n', n) < 0 ? text.length : text.indexOf('\n', n));
      if (BARE_NOTE.test(below) && para.length - marker >= 4 && !subItemsFollow(text, next, para) && !BODIES_HEADING.test(para.trim())) {
        const span: ClauseSpan = { start: s + marker, end: s + para.trimEnd().length, headingNotes: inherited() };
        spans.push(span);
        pending = [span];
        sawBody = true;
      }
    } else if (sawBody && !pending.length && closed.length && closed[0].note && bodiesOnlyLine(para)) {
      // A line of bodies alone right under a note line (配合单位:县发改委、环保局、水利局、农业局 / 各乡镇(街道)、黎阳建管办, 浚县): the note
      // wrapped, or its next field lost its label; its bodies are the same article's.
      const lead = para.length - para.trimStart().length;
      addToClosed(splitUnitList(para.trim(), s + lead, false), e);
      noteLine = true;
    } else if (sawBody && (pending.length || closed.length) && TIME_LINE.test(para.trim())) {
      // 完成时限:持续巩固提升 / 完成时限:2021年6月30日 on a line of its own under an article (驻马店): a time limit of each of its
      // sentences, before or after its unit note.
      const m = TIME_LINE.exec(para.trim())!;
      const lead = para.length - para.trimStart().length;
      // (the value alone, not the stop closing the line: 整改时限:2023年12月底前。)
      const at = s + lead + m[0].lastIndexOf(m[1]);
      const time = { start: at, end: at + m[1].length };
      const held = pending.length ? pending : closed;
      for (const p of held) p.note = { ...(p.note ?? { start: s, end: e, units: [] }), times: [...(p.note?.times ?? []), time] };
      if (!pending.length) noteLine = true;
      // (…and a record's fields after it, the record's unit field above it: 整改内容:… / 责任单位:… / 整改时限:2020年12月底前。 / 整改目标:…,
      // 江苏省 2021 — the record's time limit, as its unit field is theirs)
      if (record && !pending.length) record = { ...record, note: { ...record.note, times: [...(record.note.times ?? []), time] } };
      // (every line above it a field of a record, no unit field among them: the period reaches the record's next fields too)
      timeRecord = !record && held.length > 0 && held.every((p) => !p.note?.units.length && fieldName(text, p.start, numberedFields)) ? time : undefined;
    } else if (sawBody && !pending.length && (headedBody = bodyUnderBodiesHeading(text, s, para))) {
      // The body a heading's section names, its contact after it (三、征收實施部門 / 連平縣房屋拆遷工作辦公室,辦公地址:…): the section's clause.
      const note: UnitNote = { start: s, end: e, units: [headedBody] };
      const span: ClauseSpan = { start: s, end: e, note, headingNotes: inherited() };
      spans.push(span);
      closeList();
      closed = [span];
      noteLine = true;
    } else if (!SITE_FOOTER_LINE.test(para) && (fieldAt > 0 || ((BARE_NOTE.test(para) || BRACKETED_NOTE.test(para) || (e >= textEnd && CUT_BRACKETED_NOTE.test(para))) && (sawBody || BARE_NOTE.test(para))))) {
      // (…numbered as an item under its heading, (一)主办单位:…: the field after its number.)
      // "责任单位：区经济信息委、工业园区管委会" on a line of its own (bracketed or not) closes the article above it; so does a
      // bracketed one the excerpt's end cut off ((责任单位:省大数据局、…、省工业和), its complete names only.
      // Under a heading that names bodies (组织单位), the note is that section's own clause, and closes nothing above.
      const head = fieldAt > 0 || !closed.length || pending.length ? lineBefore(text, s) : undefined;
      if (head && BODIES_HEADING.test(head.line)) {
        pending = pending.filter((p) => p.start >= head.start && p.end > head.start + head.line.length);
        spans.push((pending[0] = { start: s + Math.max(fieldAt, 0), end: e, headingNotes: inherited() }));
      } else if (!sawBody) {
        // (…and so is a labelled list of bodies that opens the text, nothing above it to close: 主办单位:昌都市人民政府 / 承办单位:… /
        // 协办单位:… over a campaign's rules, 昌都; the lines after it join it, as under a heading.)
        spans.push((pending[0] = { start: s, end: e, headingNotes: inherited() }));
        sawBody = true;
      }
      closeList();
      const lead = Math.max(fieldAt, 0);
      const field = para.slice(lead);
      const bracketed = BRACKETED_NOTE.test(field);
      const cutBracket = !bracketed && !BARE_NOTE.test(field);
      const inner = bracketed || cutBracket ? 1 : 0;
      // (责任单位:市财政局、市商务局) closed by a bracket whose opening one the page lost: the bracket is no part of a name)
      const bodyEnd = cutBracket ? field.length : !inner && loneClose(field) ? field.trimEnd().length - 1 : field.length - inner;
      // (its standing sentence, 除专门列出外,以下任务均涉及…,不再重复, reaches the later articles as an inline note's does)
      const parsed = parseNote(field.slice(inner, bodyEnd), 0);
      const placed = (u: UnitMention) => ({ ...u, start: u.start + s + lead + inner, end: u.end + s + lead + inner });
      // (its time field, 责任单位:市公安局;完成时限:2019年 on a line of its own, is the task's deadline, as in a bracketed note)
      const lineTimes = noteTimes(text, s, e);
      const note: UnitNote = { start: s, end: e, units: parsed.units.map(placed), ...(parsed.standing?.length ? { standing: parsed.standing.map(placed) } : {}), ...(lineTimes.length ? { times: lineTimes } : {}) };
      // A note cut off by the end of an excerpt (…各开发区管委): a last name the text writes longer elsewhere is incomplete.
      const last = note.units[note.units.length - 1];
      // (…责任单位:区 at the very end: a level word alone, or any one-character name, is a name cut off, no unit.)
      const open = !inner || cutBracket;
      if (open && last && e >= textEnd && /^[省市县区州镇乡]$/.test(last.name)) note.units.pop();
      // (…a single name too, 责任单位:示范区人才 ending an excerpt of 济源's list: no body ends so)
      else if (open && last && e >= textEnd && !endsLikeBody(last.name) && !/[。；;）)〕】\]]$/.test(para.trim())) note.units.pop();
      else if (open && last && e >= textEnd) note.units = cutAtEnd(note.units, notedNames(spans), text);
      // Field lines under an item's heading before its task (一、新建300个公共充电桩项目 / 牵头领导:涂超 / 牵头单位:县城管执法局 /
      // 责任单位:县城投集团 / 任务目标:2024年计划…, 南昌县): the note closes nothing above; it is the item's, as a note on the
      // heading's line would be, and every clause under the item takes it.
      // (An item whose heading is a clause, 二、10万平方米老旧小区改造项目, is closed by the note too.)
      if (headingLine && spans.length === headingLine.spans) {
        headNotes.push({ rank: headingLine.rank, note });
        headingLine.fields = true;
      }
      // 牵头单位：… then 责任单位：… on the next line: both notes close the same article.
      if (!pending.length && closed.length) addToClosed(note.units, e);
      else {
        // (A lead-in closed by a colon above a record's field lines, 现将该项目计划安排情况公告如下: over 项目名称:… / …, 叶县, is the notice's
        // sentence, not a field of the record: the record's bodies are not its.)
        const firstField = pending.findIndex((p) => fieldName(text, p.start, numberedFields));
        if (firstField > 0 && pending.slice(0, firstField).every((p) => /[:：]\s*$/.test(text.slice(p.start, p.end)))) pending = pending.slice(firstField);
        // (keeping a time limit a 完成时限 line above gave them)
        for (const p of pending) p.note = p.note?.times ? { ...note, times: [...(note.times ?? []), ...p.note.times] } : note;
        closed = pending;
        const field = pending.length ? fieldName(text, pending[0].start, numberedFields) : undefined;
        record = field && !inner ? { field, note } : undefined;
        // (The record's task field read before its unit field showed it a record, 项目内容:在交通便利…。 / 责任单位:…, 大连: the clause is
        // the field's text, not its name, as in the records read after.)
        const taskLabel = record ? TASK_FIELD_LABEL.exec(text.slice(pending[0].start)) : null;
        if (taskLabel) pending[0].start += taskLabel[0].length;
      }
      pending = [];
      noteLine = true;
    } else if (sawBody && (pending.length || closed.length) && (lineUnits = dutyLine(para, e >= textEnd, sawDutyLine))) {
      sawDutyLine = true;
      // A duty note on a line of its own under its task (由市发展改革委,…负责落实; （甲局牵头，乙局配合）): it closes the article
      // above, as a labelled note line does; cut by the text's end, its complete names only.
      closeList();
      let units = lineUnits.map((u) => ({ ...u, start: u.start + s, end: u.end + s }));
      if (e >= textEnd && !/[。；;）)〕】]\s*$/.test(para)) units = cutAtEnd(units, notedNames(spans), text);
      // (its time limit, （2024年底前完成，市工信局牵头）, is the task's deadline)
      const times = noteTimes(text, s, e);
      const note: UnitNote = { start: s, end: e, units, ...(times.length ? { times } : {}) };
      if (!pending.length) for (const p of closed) p.note = { ...p.note!, end: e, units: [...p.note!.units, ...units], ...(times.length ? { times: [...(p.note!.times ?? []), ...times] } : {}) };
      else {
        for (const p of pending) p.note = p.note?.times ? { ...note, times: p.note.times } : note;
        closed = pending;
      }
      pending = [];
      noteLine = true;
    } else if (sawBody && PERSON_LINE.test(para.trim())) {
      // Between a task and its note lines: the task still waits for its note, and a note line after it still closes it.
      noteLine = true;
    } else if (sawBody && BAR.test(para) && isBarNoteLine(para) && pending.every((p) => BAR.test(text.slice(text.lastIndexOf('\n', p.start) + 1, p.start)))) {
      // (…a task's row only: not a grant table's first row under the notice's sentences, | 1 | 阿西尔乡 | 黄玉成 | 68 | 10200 |, 塔城)
      // The unit cells of a bar-drawn task table's row on the line under its task (||★区发改委、统计局|, |方勇|★区商务局|).
      const units = findNotes(para).flatMap((n) => n.units.map((u) => ({ ...u, start: u.start + s, end: u.end + s })));
      const note: UnitNote = { start: s, end: e, units };
      for (const p of pending) p.note = note;
      closed = pending;
      pending = [];
      noteLine = true;
    } else if (BAR.test(para) && (inline = inlineBarRows(para, s))) {
      // A table of a cell a line joined into one line: its rows (精河).
      spans.push(...inline);
      sawBody = true;
      pending = [];
      closed = [];
    } else if (sawBody && UNNUMBERED_HEADING.test(para.trim()) && (linesAfter(text, next, 1)[0]?.length ?? 0) >= 30 && !pending.some((p) => p.start >= s)) {
      // A heading that lost its number (推动创业创新 between 三、主要任务 and the item under it, 郑州): no clause, and the item under it
      // starts afresh, its note its own.
      pending = [];
      unnumberedHeadingAt = s;
    } else if (sawBody && REPORT_OPENS.test(para.trim())) {
      // A completion report's text under its item (此项工作已完成。截至2019年12月底,全市完成…,累计投入…资金126861.9万元。, 安顺): what was
      // done, no clause, as a progress column's cells are none; its day is the day reported to and its sums what was spent.
    } else if (!skipPara(para) || underTimeHeading(text, s)) {
      sawBody = true;
      const notes = findNotes(para, e >= textEnd).map((n) => shiftNote(n, s));
      // A note the excerpt's end cuts off inside the paragraph (…。(责任单位:市发改委、各县): a last name another note writes longer is cut.
      const lastNote = notes[notes.length - 1];
      if (lastNote && e >= textEnd && lastNote.end >= s + para.trimEnd().length && !/[。；;）)〕】\]]\s*$/.test(para)) lastNote.units = cutAtEnd(lastNote.units, notedNames(spans), text);
      const rowNumber = taskRowNumber(para);
      // (A row numbered 1、 keeps its task: the number alone is cut, not a first sentence read as the row's heading.)
      let h = rowNumber ? (HEADING_RE.exec(para)?.[0].length ?? rowNumber) : headingLength(para);
      // (Does the paragraph start its line, not a piece of a line an inline heading split off?)
      const lineStart = s === 0 || text[s - 1] === '\n';
      // The item under a heading that lost its number opens with its own title sentence, as 1.支持企业加大研发投入。 does
      // (推动创业创新 / 支持企业加大研发投入。对有效期内的…, 郑州): no clause.
      // So does an item a page prints with no number at all, its title sentence opening its paragraph before the item's sentences
      // (明确管理体制。按照统一部署,… / 增强权限承接能力。支持新区承接…, 烟台): the title is no clause, as a numbered item's is not.
      if (!h && !rowNumber) {
        const dot = para.indexOf('。');
        // (A sentence its own note closes is a task, not a title: 城市基础设施向农村延伸工程。(市发改委、建设局按职责牵头负责)新农村社区
        // 建设试点工程、“城中村”改造工程。(市建设局牵头负责), 滨州.)
        const noted = noteRightAfter(notes, text, s + dot + 1);
        const titled = dot > 1 && dot <= 20 && dot < para.trimEnd().length - 1 && isPhraseHeading(para.slice(0, dot)) && !/[，,]/.test(para.slice(0, dot)) && !noted;
        if (titled && ((unnumberedHeadingAt >= 0 && lineBefore(text, s)?.start === unnumberedHeadingAt) || (lineStart && dot <= 14 && withoutBrackets(para.slice(dot + 1)).trim().length > 15))) h = dot + 1;
        // (…and one whose title states its aim in two phrases, the paragraph closed by its own note: 加快“新基建”,数字基础设施支撑能力显著增强。
        // 开通5G基站25万个…。(省工业和信息化厅、省通信管理局牵头,省大数据局参与), 山东省 2022. The item starts there: the paragraphs above it
        // wait for no note of this one.)
        const lastN = notes[notes.length - 1];
        const closedByNote = !!lastN && lastN.end >= s + para.trimEnd().length - 1;
        // (Not under a heading line of its own, which names the item already: 统筹谋划布局 / 坚持规划先行,将孵化器建设纳入各地发展规划。…,
        // 浙江省 孵化器 — the sentence states a measure there.)
        const above = lineBefore(text, s)?.line ?? '';
        const headedAbove = above.length <= 20 && !/[。；;，,：:）)]$/.test(above);
        // (Nor the rest of a numbered item whose first line a wrap closed on a stop: (一)加强市场体系建设。推进…大市场。 / 实施市场准入负面清单
        // 制度,实行“非禁即入”。…〔责任单位:…〕, 四川省 wrapped — the clauses waiting there are the item's own.)
        const itemOpen = pending.some((p) => HEADING_RE.test(text.slice(text.lastIndexOf('\n', p.start - 1) + 1, p.start + 1)));
        if (!h && lineStart && closedByNote && !noted && !headedAbove && !itemOpen && dot > 1 && dot <= 26 && dot < para.trimEnd().length - 1 && para.slice(0, dot).split(/[，,]/).length === 2 && isPhraseHeading(para.slice(0, dot))) {
          h = dot + 1;
          pending = [];
        }
      }
      // The addressees a cover notice's first sentence follows on its line (各镇人民政府、街道办事处,区政府各部门:为全面落实…): no part
      // of the sentence.
      if (!h) h = ADDRESSEE_LEAD.exec(para)?.[0].length ?? 0;
      // A row's first cell after its number may name the task (2 对疫情防控重点保障企业贷款给予财政贴息支持 对国家、省确定的…。): the
      // row's heading, not a clause, where a space in the source parts it from the row's sentences.
      if (rowNumber) h = rowTitleEnd(doc, text, s, para, h);
      // A task row's unit column is its own: clauses above it (the table's header line) wait for no note of the row.
      if (rowNumber) pending = [];
      // A page flattened to one line keeps a short heading apart by a space only (一、主要目标 坚持以…): it ends there. So does a PDF
      // line that runs the heading into its first sentence ((一)鼓励企业信息化建设 支持工业企业数字化改造,…: 德清).
      const marker = HEADING_RE.exec(para);
      // A heading whose title closes with its stop before the one note that ends its line ((一)普法与宣传。〔牵头单位:市委宣传部…;责任单位:
      // …〕, 铜仁): the note is the heading's, for every clause under it, as one without the stop is; the title is no clause.
      if (marker && h === marker[0].length && notes.length === 1) {
        const dot = para.indexOf('。', h);
        const note = notes[0];
        const titled = dot > h && dot <= h + 20 && note.start - s >= dot + 1 && !para.slice(dot + 1, note.start - s).trim() && note.end >= s + para.trimEnd().length && !/[，,]/.test(para.slice(h, dot)) && isPhraseHeading(para.slice(h, dot));
        // (A section's: its sub-items or its text below it, not the next item of its rank: 6.森林覆盖率完成市下达目标。(责任单位:区住建局)
        // / 7.… is an item whose sentence is the task, 武汉经开区. Read last: it looks at the lines below.)
        const below = titled ? afterNoteLines(text, next).nextRank : undefined;
        if (below !== undefined && (below === 0 || below > headingLevel(para))) h = para.length;
      }
      // A section's title alone on its line, one short phrase and its stop with no note ((一)新农村建设重点工程。, 滨州), over lines each
      // closed by a note of its own: the title, no clause; the first line's note is that line's, not the title's too.
      const sectionTitle = marker && h === marker[0].length && !notes.length && lineStart ? para.slice(h).trim() : '';
      if (/^[^，,。]{2,20}。$/.test(sectionTitle) && isPhraseHeading(sectionTitle.slice(0, -1), false, true)) {
        const nextLine = linesAfter(text, next, 1)[0] ?? '';
        const nextNotes = findNotes(nextLine);
        const lastNote = nextNotes[nextNotes.length - 1];
        // (a task's sentence before the note, not a field: 责任领导:…(蒋永根、俞福才);责任单位:… under 1.推进总部中心、会展中心建设。 is the
        // item's own note line, 永康)
        const before = lastNote ? nextLine.slice(0, lastNote.start).trim() : '';
        const notedBelow = !!lastNote && !HEADING_RE.test(nextLine) && /[。；;]$/.test(before) && !/[：:]/.test(before) && !nextLine.slice(lastNote.end).replace(/[。；;]/g, '').trim();
        if (notedBelow) h = para.length;
      }
      if (marker && h === marker[0].length) {
        // (A heading may hold a comma before its note, 一、围绕打造发展引擎,扩大有效益的投资(由市发改委牵头实施) 充分发挥…, 宁波 on a page
        // flattened with spaces: read on to the note, 40 characters at most; a space after a comma ends no heading.)
        let comma = false;
        for (let k = h + 2; k <= Math.min(h + 40, para.length - 2); k++) {
          // A heading's note before the space (一、强化科技创新(市科技局牵头) 锚定…): the heading ends after it.
          const note = /[（(〔[【]/.test(para[k]) ? notes.find((n) => n.start === s + k) : undefined;
          if (note) {
            // (the sentence on the same line after it: a note that ends the line closes an item, no heading's)
            if (note.end < s + para.trimEnd().length && spaceAt(doc, text, note.end) && (!lineStart || isPhraseHeading(para.slice(h, k), true))) h = note.end - s;
            break;
          }
          if (/[，,]/.test(para[k])) {
            if (comma) break;
            comma = true;
            continue;
          }
          if (/[。；：;:（(“]/.test(para[k])) break;
          if (comma) continue;
          if (k > h + 20) break;
          if (spaceAt(doc, text, s + k)) {
            // (At a line's start only a heading's phrase, its words apart from the sentence's: a PDF's space before a figure,
            // 对新引进总投资2-10 亿元, or inside a phrase, 着力振兴工业经济 市财政安排, is no heading's end.)
            if (!lineStart || (isPhraseHeading(para.slice(h, k)) && /[\u4e00-\u9fff]/.test(para[k] ?? ''))) h = k;
            break;
          }
        }
      }
      // A bullet item (ingest's BULLET_RE) is an item of its own as a numbered one is: its note closes it alone, and the
      // clauses of the item before it wait for no note of this one (unless a colon opened the bullets).
      if (BULLET.test(para)) {
        if (colonBefore) bulletLead = true;
        if (!bulletLead) pending = [];
      }
      // (An item of a list its article opened with a colon, (一)…(五) under 园区应符合以下条件:, waits with the article for its note.)
      const item = inList(para);
      if (HEADING_RE.test(para)) {
        if (item) listed.push(...pending);
        else {
          list = undefined;
          listed = [];
        }
        pending = [];
      }
      enter(para, s, h);
      const from = s + h;
      const first = spans.length;
      const opened = BAR.test(para) ? undefined : FIELD_NAME.exec(para)?.[1];
      // (A numbered item the line ran on to after a field's label and its first item, 第一季度:1.…。2.…。, is still the field's.)
      const runOnItem = !lineStart && /^\d{1,2}[.．、]/.test(para) && !!lastPeriod && lastPeriod.start < s && !text.slice(lastPeriod.start, s).includes('\n');
      if (record && !runOnItem && (!opened || opened === record.field || HEADING_RE.test(para))) record = undefined;
      // (…ending where the fields stop, or at a field of the page's own: 公告时间:…, 通讯地址:…, 监督电话:…)
      if (timeRecord && !runOnItem && (!opened || HEADING_RE.test(para) || /时间|日期|地址|电话|联系|邮箱/.test(opened))) timeRecord = undefined;
      // Bodies labelling the tasks after them (市财政局:安排…。…): the sentences up to the next label are theirs.
      const labels = taskLabels(para).map((n) => shiftNote(n, s));
      // Periods labelling the tasks after them (第一季度:下达…;黄埔举行…。): each sentence up to the next takes the period as a limit.
      const periods = periodLabels(para).map((p) => ({ start: s + p.start, end: s + p.end, after: s + p.after }));
      if (!periods.length && runOnItem) periods.push(lastPeriod!);
      lastPeriod = periods[periods.length - 1];
      // A measure field right under a paragraph its own note closed, with no note of its own (问题…。(牵头单位:扶贫办;责任单位:各村支部) /
      // 整改措施:继续坚持…, 射箭乡): the item's measures, under the item's note.
      const measureNote = !notes.length && itemNote && MEASURE_FIELD.test(para.trim()) && !text.slice(itemNote.end, s).trim() ? itemNote.note : undefined;
      for (const [a, b] of sentences(text, from, e, notes)) {
        const { label: labelled, from: afterLabel } = labelOver(labels, a, b, (l) => l.end);
        const own = notes.find((n) => n.start >= b - 1);
        const note = own ?? labelled ?? measureNote;
        // Trim leading punctuation/space left by the heading cut, and a list bullet opening the paragraph (• 本办法适用于…):
        // the clause is the sentence, not its marker (★, which marks a lead body in some unit lists, stays).
        let a2 = afterLabel;
        while (a2 < b && CLAUSE_LEAD.test(text[a2])) a2++;
        // A cover's signing date and the title of what it carries, on a line that runs on from the cover (…请认真贯彻落实。 2024年9月6日
        // (此件公开发布) 扎实推进2024年下半年经济稳进向好若干措施 为深入学习…, 开封): no part of the sentence after them.
        if (!sawTitleRunOn && a2 > s) {
          const carried = carriedHead(text, a2, b, foldedTitle);
          if (carried > a2) {
            a2 = carried;
            sawTitleRunOn = true;
          }
        }
        const { label: period, from: afterPeriod } = labelOver(periods, a, b, (p) => p.after);
        a2 = Math.max(a2, afterPeriod);
        // (In a record of fields, 任务目标:2024年计划…, the clause is the field's text, not its name.)
        if (opened && a2 === from && (record || headingLine?.fields)) {
          a2 = s + FIELD_NAME.exec(para)![0].length;
          while (a2 < b && /\s/.test(text[a2])) a2++;
        }
        // A numbered item run on after the last one's sentence, its line break lost (…同步。责任單位:省財政廳2.堅持政府過緊日子…, a page
        // flattened to one line): its number is no part of the clause, and the clauses above it wait for no note of this item.
        if (a2 > s + h) {
          RUN_ON_ITEM.lastIndex = a2;
          const item = RUN_ON_ITEM.exec(text);
          if (item && a2 + item[0].length < b) {
            a2 += item[0].length;
            // (not a bracketed number, which numbers the parts of one article's field: 申报材料:(1)…。(2)…, 长春)
            if (!/^[（(]/.test(item[0])) pending = [];
          }
        }
        if (b - a2 < 4) continue;
        // The next item's title sentence run on after the last item's note, its line break lost (…(市委编办、市民政局按职责分工负责)增强
        // 权限承接能力。支持新区承接…, 烟台): no clause, as on a line of its own; the item's sentences follow it.
        // (Not one its own note closes: 城市基础设施向农村延伸工程。(市发改委、建设局按职责牵头负责), 滨州, is a task.)
        if (b < e - 20 && a2 > s && /[)）〕】\]]/.test(text[a2 - 1]) && notes.some((n) => n.end === a2) && text[b - 1] === '。' && b - a2 <= 15 && isPhraseHeading(text.slice(a2, b - 1)) && !/[，,]/.test(text.slice(a2, b - 1)) && !noteRightAfter(notes, text, b)) continue;
        const inheritedNotes = inherited();
        const base = note ?? record?.note;
        const recordNote = timeRecord ? { ...(base ?? { start: s, end: e, units: [] }), times: [...(base?.times ?? []), timeRecord] } : base;
        const span: ClauseSpan = { start: a2, end: b, note: recordNote, headingNotes: period ? [...(inheritedNotes ?? []), { start: period.start, end: period.end, units: [], times: [{ start: period.start, end: period.end }] }] : inheritedNotes };
        spans.push(span);
        if (record && !note) continue;
        if (note) {
          // (A label reaches forward only: the clauses waiting for a note keep waiting.)
          if (own) {
            for (const p of pending) p.note = note;
            pending = [];
          }
          // An item with a note of its own: the items are noted one by one, not by a note closing the article.
          list = undefined;
          listed = [];
        } else pending.push(span);
      }
      const closing = notes[notes.length - 1];
      itemNote = closing && closing.end >= s + para.trimEnd().length - 1 ? { note: closing, end: e } : measureNote ? { note: measureNote, end: e } : undefined;
      if (pending.length && !item && /[:：]$/.test(para.trimEnd())) list = current.rank ? { ...current } : undefined;
      // (An item's heading that names it, no sentence: 二、10万平方米老旧小区改造项目.)
      if (HEADING_RE.test(para) && headingLevel(para) && !/[。；;！？]/.test(para)) headingLine = { rank: headingLevel(para), spans: spans.length };
      colonBefore = /[:：]$/.test(para.trimEnd());
      if (!pending.length) bulletLead = false;
      // The task cell of a flattened table row: its unit cells follow on the next lines.
      if (lineTable && lineRow && rowText) {
        lineRow.spans.push(...spans.slice(first));
        pending = [];
      } else if (lineTable && lineRow && !lineRow.spans.length) {
        lineRow.spans = spans.slice(first);
        // A sub-row takes the units of the one above until a unit cell of its own comes.
        const carry = lineRow.group?.carry;
        if (carry) for (const p of lineRow.spans) p.note ??= carry;
        pending = [];
      }
    }
    if (!noteLine) closed = [];
    s = next;
  }
  for (const k of titledAt) if (spans[k]) spans[k].underTitle = true;
  for (const [k, term] of termsAt) if (spans[k]) spans[k].term = term;
  // A field label naming the content that follows it (主要内容:, 具体包括:, 政策内容|) is no part of the sentence: the clause starts after it.
  for (const sp of spans) {
    if (sp.table) continue;
    const m = CONTENT_LABEL.exec(text.slice(sp.start, sp.end));
    if (m && sp.start + m[0].length < sp.end) sp.start += m[0].length;
  }
  return withStanding(spans);
}

/** A label of the content a field holds, opening a clause: 主要内容:, 具体包括:, 政策内容|, 支持内容: (folded text). */
const CONTENT_LABEL = /^\s*(?:主要|具体|政策|支持|扶持)(?:内容|包括)\s*[:：|｜]+\s*/;

/**
 * Bodies a note names for all measures (所有措施均需各市（区）人民政府…落实，不再单独列出) hold for every measure of
 * the notice: each clause that carries a note of its own (before or after that one), and every clause from that
 * note's article on. They follow the clause's own units.
 */
function withStanding(spans: ClauseSpan[]): ClauseSpan[] {
  const at = spans.findIndex((sp) => sp.note?.standing);
  if (at < 0) return spans;
  const note = spans[at].note!;
  const standing: UnitNote = { start: note.start, end: note.end, units: note.standing! };
  spans.forEach((span, k) => {
    if (span.table || span.note === note) return;
    if (k > at || span.note || span.headingNotes?.length) span.headingNotes = [...(span.headingNotes ?? []), standing];
  });
  return spans;
}
