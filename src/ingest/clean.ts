import { cellTableStart, emptyBarCells, isBarCell, isBarRow, opensBarCellRow, unnumberedBarColumns } from './cell-lines.js';
import { LOST_MARKS, STAMP_DATE, STAMP_LINE, STAMP_TIME, TIMED_STAMP_END, splitStampDate } from './stamps.js';
import { fold } from './fold.js';
import { endsWithUnitLabel, unitFieldValueStart, isLabelledLine, unitFieldEnds, unitFieldEndsAtGap, itemOpensAtGap, itemHeadingEnds } from './label-lines.js';
import { alt, BARE_CRUMB_LINE, CITING, CRUMB_LINE, FIELD_LINE, FONT_WIDGET_OPEN, MASTHEAD_LINE, NOTICE_OPENER, ORGAN_END, NUMBER_BEFORE_OWN_TITLE, OWN_TITLE_IN_MARKS, SITE_CHROME, SITE_NAME_LINE } from './meta-words.js';
import { isSignedLine, numeralDateLine } from './metadata.js';
import { OTHER_ITEM_SHAPES, otherItemLevel } from './item-numbers.js';
import { applyDeletions, applyInsertions, mapChars, track, type Tracked } from './tracked.js';
import { lostBreaks } from './paragraphs.js';
import { DUTIES } from './unit-words.js';

export { fold };

/**
 * Cleaning repairs what PDF/Word/web conversion does to a notice, by deleting characters (and putting back the line breaks a
 * page copied without its paragraphs lost, paragraphs.ts, each read as the character after it), so that every clean offset still
 * maps back to the original text:
 * page furniture, conversion debris, spaces inside Chinese words, hard line wraps
 * (also across blank lines and page breaks), and tab-flattened tables (one row per line, cells
 * separated by a tab).
 */

/** An item's number with no stop after it, the item's words right after (1对发展一乡一业具有重大带动作用的…, 2加快实施…: 沈阳, 江苏省):
 * not a count or a date (3个, 10县市人民政府, 6月底前). */
export const BARE_NUMBER_BODY = String.raw`\d{1,2}(?=[\u4e00-\u9fff])(?![年月日号个家项万亿千百元条名位次周岁届期批类种套台辆亩吨米天时分点级星成倍层座栋所户人县市区乡镇村季倍])`;
export const BARE_NUMBER = new RegExp(`^${BARE_NUMBER_BODY}`);
/**
 * An item number of two or more levels (1.1继续实行到资奖励。, 2.3.1, 山西省): a sub-item under 1、; never a decimal figure
 * (2.5亿元, 1.5倍, 3.2%).
 */
export const DECIMAL_ITEM_BODY = String.raw`\d{1,2}(?:[.．]\d{1,2}){1,3}(?![\d.．%％])(?=\s*[\u4e00-\u9fff（(“"])(?!\s*[年月日号个家项万亿千百元条名位次周岁届期批类种套台辆亩吨米天时分点级星成倍层座栋所户人])`;
const DECIMAL_ITEM = new RegExp(`^${DECIMAL_ITEM_BODY}`);

// (…also an item mark before the year its item opens with, 05、2022年12月1日至2023年1月31日期间,…: 木垒; not a decimal's point, 3.2023.)
export const HEADING_RE = new RegExp(
  String.raw`^(第[一二三四五六七八九十百零〇\d]+[章节编条]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|${DECIMAL_ITEM_BODY}|\d{1,2}[.．、](?!\d)|\d{1,2}、(?=\d{4}年)|${BARE_NUMBER_BODY}|（\d{1,2}）|\(\d{1,2}\)|${OTHER_ITEM_SHAPES}|附件\s*\d*$|附件\s*\d*[：:]|附表\s*\d*|专栏\s*\d|——(?:（\d{1,2}）|\(\d{1,2}\))?)`,
);

/**
 * A bullet opening a line (• ● · ・ ■ □ ◆ ◇ ▪ ○ ◎ ► ▶ ➢ ❖, or a dash before a space or a word): an item without a number,
 * a paragraph of its own as a numbered item is (邹平: …(责任单位:市商务局、市财政局) / • 经营贡献奖励。…).
 */
export const BULLET_RE = /^\s*(?:[·•●■□◆◇▪・○◎►▶➢❖‧∙]|[-－](?=\s|[\u4e00-\u9fff]))/;

/** The rank of a heading marker: 第X章 1, 第X节 / 一、 2, 第X条 / （一） 3, 1. ⒈ 4, （1） 1） ⑴ 1.1 5, 1.1.1 ① 6; 0 for none. */
export function headingLevel(p: string): number {
  if (/^第[一二三四五六七八九十百零〇\d]+[章编]/.test(p)) return 1;
  if (/^第[一二三四五六七八九十百零〇\d]+节/.test(p)) return 2;
  if (ARTICLE_RE.test(p)) return 3;
  if (/^[一二三四五六七八九十]+、/.test(p)) return 2;
  if (/^[（(][一二三四五六七八九十]+[）)]/.test(p)) return 3;
  // (a number of two levels or more, 1.1 and 1.1.1, one rank below 1. for each level)
  const decimal = DECIMAL_ITEM.exec(p);
  if (decimal) return 4 + (decimal[0].match(/[.．]/g)?.length ?? 0);
  if (/^\d{1,2}[.．、](?!\d)/.test(p) || BARE_NUMBER.test(p)) return 4;
  if (/^[（(]\d{1,2}[）)]/.test(p)) return 5;
  return otherItemLevel(p);
}

// (…or a count of articles, a title's kind too: 鞍山市铁西区2025年优化营商环境55条, 稳经济二十条; not an article cited, 第十条)
const TITLE_SUFFIX = /(方案|通知|意见|措施|办法|规划|计划|决定|细则|公告|公示|通告|通报|批复|名单|规定|条例|报告|纲要|指南|清单|目标|任务|安排|要点|分工|分解|分解表|责任表|任务表|一览表|汇总表|明细表|意见稿）|（\d{4}[-—–－]\d{4}年）|(?<![第\d一二三四五六七八九十百])[\d一二三四五六七八九十百]+条)$/;
/** A grid's label cell: a short name of a field, no punctuation (公告事项, 项目资金安排, 规定及要求, 名称). */
const GRID_LABEL = /^[\u4e00-\u9fff]{0,4}(?:事项|内容|名称|资金安排|要求|联系方式|公告单位)$/;
/** A page's stamp line above a text's first heading: its time of publishing (发布时间:2020-06-03 10:25:32), the page's stamp in either width. */
const TOP_STAMP = new RegExp(`(?:发布|发表|更新|时间|日期)[^\\n]{0,12}?${STAMP_DATE}(?:\\s*${STAMP_TIME})?$`);
/** A heading that lost its number: a short phrase of words alone on its line (推动创业创新, 活动名称). */
export const UNNUMBERED_HEADING = /^[\u4e00-\u9fff]{2,16}$/;
/** A year and a month alone on a line, in digits or numerals (2016年10月, 二O一六年十月): a cover's date. */
const YEAR_MONTH_LINE = /^(?:(?:19|20)\d{2}|[〇○零OＯ0一二三四五六七八九]{4})\s*年\s*(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月$/;
/** A date on a line of its own (a signature): 2021年10月14日. */
// (…its 日 cut by the page: 2021年9月29, 济宁)
// (…and a run of marks a page garbled after it, 2021年11月22日????????: 监利; 2019年6月25日? ?: 兴庆; as lost characters elsewhere, no part
// of the date)
export const DATE_LINE = new RegExp(`^(\\d{4})年(\\d{1,2})月(\\d{1,2})日?(?:\\s*${LOST_MARKS})?$`);
/**
 * A date in brackets on a line of its own under a title, maybe with the meeting that adopted the text: (2020年6月6日), （2023年5月10日
 * 市政府第12次常务会议审议通过）. The notice's own date, as a party committee's and a provincial government's documents print it.
 */
// (…or the act with its start and a remark after a comma: (2023年11月17日印发实施,简称为“人才新政2.0版”), 鄂尔多斯)
export const BRACKETED_DATE_LINE = /^[（(]\s*(\d{4})年(\d{1,2})月(\d{1,2})日(?:[^（）()]{0,40}?(?:通过|印发|发布|修订)(?:实施|施行)?(?:[，,][^（）()]{0,30})?)?\s*[）)]$/;
/** A date line whose 年月日 the page lost: 20201119, 2024115. */
const SQUASHED_DATE_LINE = /^(?:19|20)\d{5,6}$/;
/**
 * A heading that names a time limit or window, its value on the line below (二、截止时间 / 2022年4月30日: 嘉兴; 申报时间: / 2024年…):
 * the date under it is that field's, not a signing date.
 */
export const TIME_FIELD_HEADING = /^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、])?\s*(?:申报|申请|报名|截止|活动|实施|受理|提交|办理|兑现|评审|招募|征集|公示)?(?:截止|结束)?(?:时间|日期|期限|时限)\s*[:：]?\s*$/;
/** A signing date on a line of its own, in digits or in Chinese numerals (2021年10月14日, 二〇二五年十一月七日). */
export function isDateLine(line: string): boolean {
  return DATE_LINE.test(line) || !!numeralDateLine(line);
}
/** The marker of an article of a 办法: 第六条 (ARTICLE_RE: one opening a paragraph). */
export const ARTICLE_MARK = '第[一二三四五六七八九十百零〇\\d]+条';
export const ARTICLE_RE = new RegExp(`^${ARTICLE_MARK}`);
/** An article's title after its marker: one short phrase closed by 。, then the article's sentences (第三条 鼓励利用外资。对…). */
const ARTICLE_TITLE = /^(\s*)([^。，,：:；;（()）\[\]〔〕【】“”\s\d０-９%％]{4,16})。\s*(?=[^\s（(〔【\[])/;
/**
 * What a title never says: a figure, a grant or condition, a rule of the 办法 about itself or its terms, a modal word. (A title may
 * end on the kind of grant it is about: 第二条 强化年度经济贡献奖励。自项目约定投产年度起…, 江宁.)
 */
const NOT_TITLE = /[一二三四五六七八九十百千万亿]+(?:万|亿|元|个|家|项|年|月)|给予|(?:奖励|补助|补贴)(?!$)|不超过|以上|以下|的|本(?:办法|措施|政策|规定|细则|意见|方案|条)|所称|是指|施行|适用|解释|执行|负责|按照|根据|依据|应当|必须|不得|不予|可以|一般|只|均/;
/**
 * The end of an article's title (第三条 鼓励利用外资。对在我区投资… → after its 。), the title being the article's heading as
 * 1.发展以智算为重点的算力产业。 is an item's; 0 when the first sentence is content (第六条 对新认定的企业给予奖励。, 第二条 本办法自
 * 发布之日起施行。) or stands alone or with its note only. `p` is folded text or as written (a title's words fold one for one).
 */
export function articleTitleEnd(p: string): number {
  const head = fold(p.slice(0, 48));
  const article = ARTICLE_RE.exec(head);
  if (!article) return 0;
  const m = ARTICLE_TITLE.exec(head.slice(article[0].length));
  return m && !NOT_TITLE.test(m[2]) ? article[0].length + m[1].length + m[2].length + 1 : 0;
}
/** A signing date alone before a gap on its line (2017年11月24日 …). */
const DATE_BEFORE_GAP = /^\s*[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日$/;
/** A document's title filling the rest of the line after that gap (孟州市推进工业绿色化改造攻坚方案). */
const TITLE_AFTER_GAP = /^[\u4e00-\u9fff][^。；，,:：]{3,60}(?:方案|通知|意见|措施|办法|规划|计划|细则|要点|决定|规定)(?:[（(][^（）()]{1,20}[）)])?$/;
/** A document number's place, organ and bracketed year (豫政〔2023〕, 苏府[2024]): its serial and 号 follow. */
const DOCNO_HEAD = '[\\u4e00-\\u9fff]{1,10}[〔[［(（]\\d{4}[〕\\]］)）]';
const DOCNO_LINE = new RegExp(`^${DOCNO_HEAD}\\d+号$`);
/**
 * A document number that lost its closer or its 号 on the way out of a PDF (淄政字〔20237): still a line of its own. Only the
 * 〔 a document number is set in, which a title's wrapped period (…实施方案(2023 / —2025年)) is not.
 */
const DAMAGED_DOCNO_LINE = /^[\u4e00-\u9fff]{1,10}〔\d{4}〕?\d{0,4}号?$/;
/**
 * A document number that opens its line or stands after a gap, followed by a gap and text (豫政〔2023〕5号 现将《政府工作报告》…):
 * the gap is the line break the page lost, not a space inside a word. A number a sentence cites (根据豫政〔2023〕5号 文件精神) is not.
 */
const DOCNO_BEFORE_GAP = new RegExp(`(?:^|\\s)(?!${CITING})${DOCNO_HEAD}第?\\d+号$`);
// (…a party department too, 濰坊市委組織部 over the next signer: 潍坊's fourteen)
const ISSUER_LINE = /^(中共)?[\u4e00-\u9fff]{1,14}(人民政府|政府办公室|办公室|办公厅|委员会|管委会|区委|市委|县委|局|委|(?<![全内外局干])部)$/;
/**
 * Two bodies or more on one line, each a body's name, set apart by spaces or run together once the cleaner took the spaces out
 * (a joint signature's line: 成都市地方金融管理局成都市发展和改革委员会).
 */
const BODIES_RUN = /^(?:(?:中共)?[\u4e00-\u9fff]{2,14}?(?:人民政府|办公室|办公厅|委员会|管委会|局|委)){2,4}$/;
/** A body's name alone, as long as a name runs (重庆市铜梁区大数据应用发展管理局, 18 characters): a line of a joint head's stack. */
const STACKED_BODY = new RegExp(`^(?:中共)?[\\u4e00-\\u9fff]{2,26}?(?:${ORGAN_END})$`);
// (One body: its opening place is not written again further on, as it is in a signature's bodies run together on a line, 山东省工业和信息化厅
// 山东省发展和改革委员会, which the signature reader parts.)
const isStackedBody = (line: string): boolean => STACKED_BODY.test(line) && line.indexOf(line.slice(0, 3), 3) < 0;
const bodiesLine = (line: string): boolean => {
  const parts = line.trim().split(/[\s\u3000]+/);
  return parts.length >= 2 ? parts.every((x) => ISSUER_LINE.test(x)) : BODIES_RUN.test(parts[0]);
};
// (in a bracket of any shape: (责任单位:…), 【牵头单位：…】, 〔责任部门:…〕; a bracket inside it too: (责任单位:省经信厅,相关工作均需各市、
// 县〔市、区〕政府推进,不再单独列出), 浙江省)
const NOTE_INNER = '(?:[^（）()〔〕【】［］[\\]]|[（(〔【［[][^（）()〔〕【】［］[\\]]*[）)〕】］\\]])*';
/** A bracket closing a sentence with the bodies' part at its end and no label: 。(市发改委牵头,市财政局配合), 。（省商务厅负责）. */
const DUTY_NOTE_END = new RegExp(`[。；;！？][（(][^（）()。]{2,120}?(?:${alt(DUTIES)})[）)]$`);
const NOTE_PAREN = new RegExp(`[（(〔【［[]${NOTE_INNER}(单位|部门)[：:]${NOTE_INNER}[）)〕】］\\]]$`);

/** Page furniture and conversion debris, judged on a line with its whitespace removed. */
export function isFurniture(line: string): boolean {
  const c = line.replace(/\s+/g, '');
  return (
    /^[—\-–－_~～·•]+\d{1,4}[—\-–－_~～·•]+$/.test(c) || // — 3 —, - 12 -
    /^第\d{1,4}页(,?共\d{1,4}页)?$/.test(c) ||
    /^\d{1,4}\/\d{1,4}$/.test(c) ||
    /^--\d+of\d+--$/.test(c) || // pdf page separators
    /^\d{4}年第\d{1,3}期(总第\d{1,4}期)?$/.test(c) || // gazette issue line
    // a gazette's table of contents: its heading and its section names (目录 / 市政府文件 / 市政府办公室文件 / 部门文件: 咸宁)
    /^(?:目录|(?:[省市县区州盟旗](?:人民)?政府(?:办公室|办公厅)?|部门)文件)$/.test(c) ||
    // a site's masthead, its name and its tagline (法搜网--中国法律信息搜索网: a law site's pages over the notice they carry)
    /^[\u4e00-\u9fffA-Za-z]{2,12}网(?:--|——|—|-|_|\||｜)[\u4e00-\u9fff]{2,20}网$/.test(c)
  );
}


const SPACE_LIKE = /[\u00a0\u3000\u2002-\u200a\u202f\u205f]/;

function normaliseChars(t: Tracked): Tracked {
  const del = new Uint8Array(t.text.length);
  for (let i = 0; i < t.text.length; i++) {
    const ch = t.text[i];
    if (ch === '\r' && t.text[i + 1] === '\n') del[i] = 1;
    if (ch === '\u200b' || ch === '\ufeff' || ch === '\u00ad') del[i] = 1;
  }
  // Conversion debris such as "[bookmark: _GoBack]" left by Word-to-text converters.
  for (const m of t.text.matchAll(/\[(bookmark|image|anchor):[^\]\n]{0,80}\]/g)) {
    for (let k = m.index!; k < m.index! + m[0].length; k++) del[k] = 1;
  }
  // …and an image a copied page left as markup on a line of its own (<image>data:image/png;base64,…</image>, <img src="…">: 长治): no text;
  // the line is blank, a paragraph break. (Markup inside a sentence is text as written: a hostile page's payload must reach the output
  // escaped, not vanish.)
  for (const m of t.text.matchAll(/(?<=^|\n)[ \t\u3000]*(?:<image\b[^<>\n]*>[^<\n]*<\/image>|<img\b[^<>\n]*>)[ \t\u3000]*(?=\r?\n|$)/gi)) {
    for (let k = m.index!; k < m.index! + m[0].length; k++) del[k] = 1;
  }
  // Question marks a mirror left where the page's indenting spaces were (??? 泰州市人民政府办公室 / ???? 2019年8月26日 / ? alone on a line:
  // 泰州): at a line's start before a space or the line's end, indentation lost to an encoding, no text.
  for (const m of t.text.matchAll(/(?<=^|\n)[?？]{1,8}(?=[ \t\u3000\u00a0]|\r?\n|$)/g)) {
    for (let k = m.index!; k < m.index! + m[0].length; k++) del[k] = 1;
  }
  const t2 = applyDeletions(t, del);
  return mapChars(t2, (ch) => (ch === '\r' || ch === '\f' || ch === '\v' || ch === '\u2028' || ch === '\u2029' ? '\n' : SPACE_LIKE.test(ch) ? ' ' : ch));
}

interface Line {
  start: number; // offset of first char
  end: number; // offset of the newline (or text end)
  raw: string;
  /** Content with all whitespace removed. */
  c: string;
  tab: boolean;
  /** A table's row with tabs between its cells (isTabRow), set where the line's gaps are read. */
  tabRow?: boolean;
}

const LATIN = /[A-Za-z0-9]/;

const MARKDOWN_HEADING = /^(\s*)#{1,6}[ \t\u3000]+(?=\S)/;
/** Bold marks around words that open with no space and close after no space, not touching another asterisk. */
const MARKDOWN_BOLD = /(?<![*\p{L}\p{N}])\*\*(?=[^\s*])[^*\n]+?(?<=[^\s*])\*\*(?!\*)/gu;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let s = 0;
  for (;;) {
    const e = text.indexOf('\n', s);
    const end = e < 0 ? text.length : e;
    const raw = text.slice(s, end);
    // (A reader sets a table cell a line, one tab before its text; more tabs or spaces after it are a page's indent: \t\t\t  北京市西城区…, 西城.)
    lines.push({ start: s, end, raw, c: raw.replace(/\s+/g, ''), tab: /^ *\t(?![\t \u3000])/.test(raw) });
    if (e < 0) break;
    s = e + 1;
  }
  return lines;
}

/**
 * A year alone on its line (2025年, 到2025年, 2025年目标) heads the targets below it, once per group of targets (胶州: 产业发展目标 /
 * 2025年 / …, 招商引资目标 / 2025年 / …): repeated, it is still body, not a page's running header.
 */
const YEAR_LINE = /^(?:到|至)?\s*\d{4}\s*年(?:底|末)?(?:目标|预期目标|主要目标)?$/;
/**
 * Lines repeated on many pages (running headers/footers), other than issuer signatures. A wrapped
 * body line that happens to repeat ("责任单位：区经济信息委、工业园区管委会、东部新城（食") is not
 * one: it is as long as the layout's lines or carries list punctuation.
 */
function runningHeaders(lines: Line[], widths: Set<number>): Set<string> {
  const counts = new Map<string, number>();
  // A table flattened to a cell a line (序号 / 事项 / 责任单位 …) repeats its cells, one body a row (区商金中心 under two
  // unit columns, rows 6 and 7, 莲都): from its header on, a repeated line is a cell, not a page's running header.
  const filled = lines.filter((l) => l.c.length > 0);
  const table = cellTableStart(filled);
  const tableFrom = table < 0 ? Infinity : filled[table].start;
  for (const l of lines) {
    if (l.start >= tableFrom) break;
    if (l.tab || l.c.length < 2 || l.c.length > 30) continue;
    // (List punctuation in either width, a bracketed line in any shape, (2021-2025年) as （2021-2025年）; a line that closes a bracket it never opened ends a note wrapped at the same
    // place each time: …责任单位:各县市区人民 / 政府,咸宁高新区管委会).)
    if (HEADING_RE.test(l.c) || /[。；，、：:,;]/.test(l.c) || /^[（(〔【［[].*[）)〕】］\]]$/.test(l.c) || isFullLine(l.c, widths) || closesUnopened(l.c)) continue;
    // A cell closed by its bar, a cell a line (中央 | under 资金来源 in every row, 精河): a table's cell, not a running header.
    if (isBarCell(l.c)) continue;
    counts.set(l.c, (counts.get(l.c) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [c, n] of counts) {
    if (n >= 3 && !ISSUER_LINE.test(c) && !isDateLine(c) && !YEAR_LINE.test(c) && !/^[\d.%—\-]+$/.test(c)) out.add(c);
  }
  return out;
}

/** A site's menu: its home link first, then other links, no sentence or field mark (首 页 区县招商 产业园区…; not a trail, 首页>政务公开). */
const SITE_MENU_LINE = /^\s*(?:网站)?首\s*页(?!\s*[>＞》»])[^。；;，,：:]*$/;
/** A line of a site's footer: its registration, copyright or site code. */
const FOOTER_MARK = /ICP备|ICP证|公网安备|网站标识码|版权所有|Copyright|©/i;
/** A footer's field naming the site's bodies, or its links, counted only beside a footer mark. */
// (…and the site's maintenance and report lines between them: 网站维护技术联系电话:…, 违法和不良信息举报电话:…, 彭山)
const FOOTER_BODY_FIELD = String.raw`^(?:主办单位|承办单位|协办单位|技术支持|运营维护|网站主办|主办|承办|网站维护[^:：]{0,8}|(?:违法和不良信息)?举报电话)[:：]`;
const FOOTER_FIELD = new RegExp(`${FOOTER_BODY_FIELD}|^(?:联系我们|网站导航|网站地图|关于我们|设为首页|加入收藏)(?:[|｜]|$)`);
/**
 * A footer's body field with a telephone, fax or address field after a bar on its line (主办单位:浙江省市场监督管理局(知识产权局) | 省保护中心
 * 专利快速审查咨询电话:0571-…, 瓯海 on 浙江知识产权在线): a footer mark itself, where the page's excerpt ends before its registration line.
 */
const FOOTER_FIELD_ROW = new RegExp(`${FOOTER_BODY_FIELD}[^|｜]*[|｜][^|｜]*(?:电话|传真|邮编|地址)\\s*[:：]`);
/** A tab's label, a word of two characters its letters set apart: 部  门, 街  镇. */
const TAB_LABEL = /^[\u4e00-\u9fff][ \u3000]{1,4}[\u4e00-\u9fff]$/;
/**
 * The lines of a run of two tab labels or more opening the text (部  门 / 街  镇): a portal's tabs. One alone may be a heading (总  则), and
 * only the text's first lines are read.
 */
function headTabs(lines: Line[]): number[] {
  const filled = lines.flatMap((l, i) => (l.c.length > 0 ? [i] : [])).slice(0, 6);
  let k = 0;
  while (k < filled.length && TAB_LABEL.test(lines[filled[k]].raw.trim())) k++;
  return k >= 2 ? filled.slice(0, k) : [];
}

/** The lines of a site's footer: its marks, and the fields of its bodies or its links up to three lines either side of one. */
function footerLines(lines: Line[]): number[] {
  const out = new Set<number>();
  lines.forEach((l, k) => {
    if (!(FOOTER_MARK.test(l.c) || FOOTER_FIELD_ROW.test(l.c)) || l.c.length > 120) return;
    out.add(k);
    for (const step of [-1, 1]) {
      for (let j = k + step, seen = 0; j >= 0 && j < lines.length && seen < 3; j += step) {
        if (!lines[j].c) continue;
        seen++;
        if (FOOTER_FIELD.test(lines[j].c) || (FOOTER_MARK.test(lines[j].c) && lines[j].c.length <= 120)) out.add(j);
        else break;
      }
    }
  });
  return [...out];
}

/** Lines holding only a bar (| or ｜) that alternate with lines of cells, four bars or more in a run. */
function barLines(lines: Line[]): number[] {
  const out: number[] = [];
  const filled = lines.map((l, idx) => idx).filter((idx) => lines[idx].c.length > 0);
  let run: number[] = [];
  const flush = () => {
    if (run.length >= 4) out.push(...run);
    run = [];
  };
  for (let k = 0; k < filled.length; k++) {
    const idx = filled[k];
    if (!/^[|｜]$/.test(lines[idx].c)) continue;
    // (a bar after a line of cells, the line before it no bar; the run goes on while bars and cells alternate)
    // (…a cell of two or three lines between two bars, its words wrapped: 总额 / (万元), 农村最低 / 生活保障, 五通桥 round 285)
    const prevBar = run.length ? run[run.length - 1] : -1;
    if (prevBar >= 0 && (k - filled.indexOf(prevBar) < 2 || k - filled.indexOf(prevBar) > 4)) flush();
    if (k > 0 && !/^[|｜]$/.test(lines[filled[k - 1]].c)) run.push(idx);
    else flush();
  }
  flush();
  return out;
}

/**
 * A table a cell a line, each cell's line opened by a bar and each row closed by a line holding only a bar (序号 / | 项目内容 / | 责任单位 /
 * | / 7 / | 污水处理厂和 / 管网工程建设 / | 市建设局 / |): the cells' lines and the rows' bars. Four such cells or more and two rows or more,
 * each row's bar after a cell's line in its row; not in a text with a table of several cells a line (| a | b |).
 */
function barLedCells(lines: Line[]): { led: number[]; lone: number[] } {
  const none = { led: [], lone: [] };
  const filled = lines.map((l, idx) => idx).filter((idx) => lines[idx].c.length > 0);
  if (!filled.some((idx) => /^[|｜]$/.test(lines[idx].c))) return none;
  if (filled.some((idx) => (lines[idx].c.match(/[|｜]/g) ?? []).length >= 2)) return none;
  const isLed = (idx: number) => /^[|｜][ \t\u3000]*[^\s|｜]/.test(lines[idx].c);
  const led = filled.filter(isLed);
  // (a row's bar closes cells: a cell's line opened with a bar since the row's start, the last cell maybe of several lines)
  const lone: number[] = [];
  let opened = false;
  for (const idx of filled) {
    if (isLed(idx)) opened = true;
    else if (/^[|｜]$/.test(lines[idx].c)) {
      if (opened) lone.push(idx);
      opened = false;
    }
  }
  return led.length >= 4 && lone.length >= 2 ? { led, lone } : none;
}

/**
 * Lines of a one-column layout table: runs of two or more lines holding only a bar, and the lines (no other bar in them) that end with a
 * bar within two filled lines of such a run or of another such line. Not in a text with a table of several cells a line (| a | b |).
 */
function barColumn(lines: Line[]): { bars: number[]; trailing: number[] } {
  const filled = lines.map((l, idx) => idx).filter((idx) => lines[idx].c.length > 0);
  // (a text with a table of cells, two bars or more on a line, is left to the table readers: its lone bars part rows)
  if (filled.some((idx) => (lines[idx].c.match(/[|｜]/g) ?? []).length >= 2)) return { bars: [], trailing: [] };
  const bar = (idx: number) => /^[|｜]$/.test(lines[idx].c);
  const ends = (idx: number) => /^[^|｜]{2,}[|｜]$/.test(lines[idx].c);
  // (…and so is a table drawn a cell a line, each cell's line closed by its bar (楚雄市农业农村局 | / 新建1.02万亩… | / 4462.5 |, 楚雄): many
  // such lines, where a page's layout column has a few, its title, date and signature)
  if (filled.filter(ends).length > 4) return { bars: [], trailing: [] };
  const bars: number[] = [];
  for (let k = 0; k < filled.length; k++) {
    if (!bar(filled[k])) continue;
    let j = k;
    while (j + 1 < filled.length && bar(filled[j + 1])) j++;
    if (j > k) for (let x = k; x <= j; x++) bars.push(filled[x]);
    k = j;
  }
  // (…and a sentence closed by its stop with a bar right after it, the only bar of its line, where the text draws no table (…(四)年满
  // 60周岁。 |, 威海: a page's layout cell closing the text): the bar is the layout's, the sentence stays one.)
  if (!bars.length) return { bars, trailing: filled.filter((idx) => /[。；;！？][\s\u3000]*[|｜]$/.test(lines[idx].c) && !/[|｜]/.test(lines[idx].c.slice(0, -1))) };
  const marked = new Set(bars);
  const trailing: number[] = [];
  let changed = true;
  while (changed) {
    changed = false;
    for (let k = 0; k < filled.length; k++) {
      const idx = filled[k];
      if (marked.has(idx) || !ends(idx)) continue;
      const near = [filled[k - 2], filled[k - 1], filled[k + 1], filled[k + 2]].some((n) => n !== undefined && marked.has(n));
      if (near) {
        marked.add(idx);
        trailing.push(idx);
        changed = true;
      }
    }
  }
  return { bars, trailing };
}

/** Delete layout marks at the line's offsets `marks`: each is read as a space on the line and dropped from the clean text. */
function deleteMarks(l: Line, marks: number[], del: Uint8Array): void {
  const raw = l.raw.split('');
  for (const k of marks) {
    del[l.start + k] = 1;
    raw[k] = ' ';
  }
  l.raw = raw.join('');
  l.c = l.raw.replace(/\s+/g, '');
}

/** Runs of four or more one-character lines: vertical text in a page margin. */
function verticalRuns(lines: Line[]): Set<number> {
  const out = new Set<number>();
  let i = 0;
  while (i < lines.length) {
    if (lines[i].c.length !== 1 || !/[\u4e00-\u9fff]/.test(lines[i].c)) {
      i++;
      continue;
    }
    let j = i;
    const run: number[] = [];
    while (j < lines.length && (lines[j].c.length === 1 || lines[j].c.length === 0)) {
      if (lines[j].c.length === 1) run.push(j);
      j++;
    }
    if (run.length >= 4) for (const k of run) out.add(k);
    i = j;
  }
  return out;
}

const OPENING = '（(〔【［[〖';
const CLOSING = '）)〕】］]〗';

/** Every character of the line set apart by spaces (at least 4 characters; 9 gaps in 10 hold a space). */
export function isSpacedOut(raw: string): boolean {
  const t = raw.trim();
  if (t.length < 7) return false;
  let chars = 0;
  let gaps = 0;
  for (let i = 0; i < t.length; i++) {
    if (t[i] === ' ') {
      if (t[i - 1] !== ' ') gaps++; // a run of spaces is one gap (给 予   2 0   万 元)
    } else chars++;
  }
  return chars >= 4 && gaps >= (chars - 1) * 0.9;
}

// Bracket kinds by UTF-16 unit, for the scan below (run at every line of a paragraph: a table, not string searches).
const BRACKET_KIND = (() => {
  const k = new Uint8Array(65536);
  for (const ch of OPENING) k[ch.charCodeAt(0)] = 1;
  for (const ch of CLOSING) k[ch.charCodeAt(0)] = 2;
  k['《'.charCodeAt(0)] = 3;
  k['》'.charCodeAt(0)] = 4;
  return k;
})();
const YEAR_BRACKET = '〔'.charCodeAt(0);

/** A closing bracket with no opening one before it on the line (政府,咸宁高新区管委会)). */
function closesUnopened(s: string): boolean {
  let open = 0;
  for (let i = 0; i < s.length; i++) {
    const kind = BRACKET_KIND[s.charCodeAt(i)];
    if (kind === 1) open++;
    else if (kind === 2 && --open < 0) return true;
  }
  return false;
}

/** A page's font-size widget, whose closer the page or its copy may lose: 【字体: 大 中 小】, 【字号：…, (字体:. */
const FONT_WIDGET = new RegExp(`${FONT_WIDGET_OPEN}[:：]?[^】\\]］)）\\n]{0,12}`, 'g');

/** Does the paragraph end with a bracket or a title mark open, read over its last 600 characters? */
const FULL_STOP = '。'.charCodeAt(0);
function unbalanced(paragraph: string): boolean {
  const written = paragraph.length > 600 ? paragraph.slice(-600) : paragraph;
  // (A widget's bracket opens nothing a sentence goes on in: 【打印】 【字体: over the title would run the whole page into one line.)
  const s = written.includes('字') ? written.replace(FONT_WIDGET, '') : written;
  let paren = 0;
  let book = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    // (A title never holds a sentence's end: a 《 left open before one (《昆明市实施…三年行动计划(2014-2016)(昆通[2014]7号)精神,…暂行办法》。, 五华)
    // was a mark the page lost, and holds nothing after the stop.)
    if (code === FULL_STOP) book = 0;
    const kind = BRACKET_KIND[code];
    if (kind === 0) continue;
    // Every bracket shape a note is set in (（责任单位:… / 〔责任单位:… / 【…), full- and half-width; not a document
    // number's year bracket, which pages lose the closer of (鲁政发〔201821号)).
    if (kind === 1) {
      const next = s.charCodeAt(i + 1);
      if (!(code === YEAR_BRACKET && next >= 48 && next <= 57)) paren++;
    } else if (kind === 2) paren = Math.max(0, paren - 1);
    else if (kind === 3) book++;
    else book = Math.max(0, book - 1);
  }
  return paren > 0 || book > 0;
}

/**
 * Line lengths that many lines share: the wrap widths of a PDF/print layout. A line of such a
 * length was probably cut by the layout, not ended by the author.
 */
export function wrapWidths(lines: string[]): Set<number> {
  const counts = new Map<number, number>();
  let total = 0;
  // (a line the text repeats word for word, a record's field 牵头领导:省政府分管领导同志 under every item, is no evidence of a
  // width: each line counts once)
  const seen = new Set<string>();
  for (const c of lines) {
    if (c.length < 10 || seen.has(c)) continue;
    seen.add(c);
    total++;
    counts.set(c.length, (counts.get(c.length) ?? 0) + 1);
  }
  const out = new Set<number>();
  for (const [len, n] of counts) if (n >= 5 && n >= total * 0.06) out.add(len);
  return out;
}

function isFullLine(p: string, widths: Set<number>): boolean {
  for (const w of widths) if (Math.abs(p.length - w) <= 2) return true;
  return false;
}

/** The page's day run onto a notice's title, after its kind (…工作要点的通知 2020-08-10): the day, captured. */
export const DATED_TITLE_END = /(?<=(?:通知|意见|方案|办法|决定|公告|通告|批复|函|规划|计划|要点|细则|措施))\s*((?:19|20)\d{2}-\d{1,2}-\d{1,2})$/;
/** A body's name and a day, nothing else on the line: a page's byline (惠州市工业和信息化局 | 2023-05-10). */
const BODY_DATE_BYLINE = /^[\u4e00-\u9fff（）()]{2,40}?(?:[局委办府厅室院所站社处队部心司会行]|政府)\s*[|｜]?\s*\d{4}[-./]\d{1,2}[-./]\d{1,2}$/;
/** A byline that ends in the page's view count (访问次数: 0, 浏览次数：123次, 点击数:). */
const COUNTED_BYLINE = /(?:访问次数|浏览次数|点击数|点击次数|阅读次数|浏览量|阅读量|访问量)\s*[:：]?\s*\d*\s*次?\s*$/;
/** A telephone or fax number closing a line, after its label (联系电话:0431-88906424, 传真：0871-1234567). */
const CONTACT_NUMBER_END = /(?:电话|手机|传真|热线|联系方式)\s*[:：]?\s*[\d\-－—()（）、,，/\s]*\d{7,}\s*$/;
/** A line that is a unit field: 责任单位:…, 牵头部门：…, 配合单位:… (a short label before 单位/部门 and its colon). */
const UNIT_FIELD_LINE = /^\s*[\u4e00-\u9fff]{0,6}(?:单位|部门)\s*[：:]\s*\S/;
/** The end of a body's name (局, 委, 政府, 管委会, 中心, 公司…) or a closed bracket, nothing after it. */
const BODY_LINE_END = /(?:[局委办府厅室院所站社处队部心司会行]|政府|单位|部门|[）)])\s*[。；;]?\s*$/;
/**
 * An image a saved page left as markdown, alone on its line (![](), ![图片](…)): a line of its own, never joined to the line above or below
 * (香格里拉's signature date). (Not one closed by a bar, ![]() |, a table's cell: 曲阜.)
 */
const IMAGE_LINE = /^\s*!\[[^\]]*\]\([^)]*\)\s*$/;
/** A line of nothing but arrows pointing down (↓↓, ▼, 👇). */
const POINTER_LINE = /^[\s↓⬇▼▽⇩↡︾👇]+$/u;
/** Addressees alone on their line, no colon: 各乡镇人民政府、街道办事处; 各县(市、区)人民政府,市直各部门. */
/** The addressees on their line, closed by a colon (各市人力资源社会保障局,省直各部门(单位),各大企业…:). */
const ADDRESSEES_COLONED = /^各[^。；;：:!?！？]{1,150}[：:]$/;
const ADDRESSEES_UNCOLONED = /^各[^。；;：:!?！？]{1,60}?(?:人民政府|政府|办事处|管委会|委员会|单位|部门|委办局|机构)$/;
/** How a notice's first sentence opens under its addressees: 根据, 为, 按照, 依据, 现将, 经, 近日. */
const SENTENCE_OPENER = new RegExp(`^(?:${NOTICE_OPENER}|近日|近年来|结合|鉴于|我[省市县区])`);
/** A page's stamp line: a day, its time of day, then nothing or the page's own fields (人气, 来源, 浏览…), no sentence. */
const PAGE_STAMP_LINE = /^\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*(?:$|(?:人气|来源|浏览|点击|阅读|作者|字号|发布|编辑)[^。，,；;]*$)/;
/** How a notice's preamble opens: the document it follows (根据《…》, 根据淄博市民政局、淄博市财政局《…》) or the aim it serves (为进一步…, 为深入贯彻…). */
const PREAMBLE_OPENING = /^(?:根据|按照|依据|依照)[^。；;，,《]{0,30}《|^为了?(?:进一步|深入|全面|切实|加快|认真|贯彻|推动|促进|落实|做好|加强|保障|规范|支持|鼓励)/;
/** Does the text of line P end a paragraph, given the next line N and the layout's wrap widths? */
export function isParagraphEnd(p: string, n: string, widths: Set<number> = new Set(), para: string = p, above = ''): boolean {
  // A field's value a page lists as an item of its own under its label's item, a day or a code (- 日期 / - 2020-10-10 over the notice's first
  // sentence, 2020年1至9月…: 隆阳): a line of its own, however its digits run on in the line below.
  // (Its dash may touch the digits, -2020-10-10, where no bullet's dash would.)
  if (BULLET_RE.test(above) && /^\s*[-－·•]\s*[\dA-Za-z][\dA-Za-z\-/.年月日\s]{5,39}$/.test(p)) return true;
  // A number a hard wrap cut (…和国道2 / 05线钢城城区段…, a full line ending in a digit): the line goes on, however like an item
  // number without its stop the rest looks.
  if (/\d$/.test(p) && /^\d/.test(n) && isFullLine(p, widths)) return false;
  // A day written whole with dashes or slashes at the line's end (申报日期:2021-01-11 / 2021-01-22) takes no more digits: a number
  // below it (01, a consultancy page's section number) is a line of its own.
  if (/(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}$/.test(p) && /^\d{1,2}$/.test(n.trim())) return true;
  if (HEADING_RE.test(n) && !/^\d{1,2}[.．、]$/.test(n)) return true;
  // A title written alone in book-title marks on its line (《江苏省商务厅贯彻“十四五”电子商务发展规划实施方案》 over 为贯彻落实…): the title,
  // a line of its own, not the start of the sentence below.
  // (…its number before it too: 鄂政办发〔2017〕29号《湖北省人民政府办公厅关于…的实施意见》 over the addressees)
  if ((OWN_TITLE_IN_MARKS.test(p) || NUMBER_BEFORE_OWN_TITLE.test(p)) && p === para) return true;
  if (BULLET_RE.test(n)) return true;
  // An addressee line whose colon the page lost (各乡镇人民政府、街道办事处 / 根据《…》…, 松阳): the addressees, never the start of the
  // sentence below.
  if (ADDRESSEES_UNCOLONED.test(p.trim()) && p === para && SENTENCE_OPENER.test(n)) return true;
  // The addressees on their line (各市人力资源社会保障局,省直各部门(单位),…:) under a byline that gives the day, then the body (2023-12-28山东省人力资源和
  // 社会保障厅, 山东省): a line of their own, never the byline's tail.
  if (ADDRESSEES_COLONED.test(n.trim()) && /^(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*[\u4e00-\u9fff]{2,40}(?:厅|局|委|办|院|中心|政府|办公室|委员会|管委会)$/.test(p.trim())) return true;
  // A line of arrows pointing down at what follows (↓↓, ▼, 👇: a repost's lead over the notice it carries, 巩义) is a line of its own,
  // never joined to the lead above it nor to the text below.
  if (POINTER_LINE.test(p) || POINTER_LINE.test(n)) return true;
  if (IMAGE_LINE.test(p) || IMAGE_LINE.test(n)) return true;
  // A page's stamp, a day with its time of day and maybe the page's fields after it (2023年12月16日 14:04:50 人气: 83 来源: 珠海市商务局, 珠海),
  // is a line of its own, never the tail of the title above it nor the start of the notice's own title below.
  if (PAGE_STAMP_LINE.test(p) || PAGE_STAMP_LINE.test(n)) return true;
  // A short line of a site's chrome (进入老年版, 字体:【大】 【小】) is a line of its own, never joined to the title or text below it.
  if ((p.length <= 16 && SITE_CHROME.test(p)) || (n.length <= 16 && SITE_CHROME.test(n) && !/^(?:首页|网站首页)/.test(n))) return true;
  // A site's name alone on its line (陆河县人民政府门户网站 over 陆河县人民政府关于印发…的通知, 陆河): the masthead, never the title's start.
  if (p === para && SITE_NAME_LINE.test(p.trim())) return true;
  // (…and so is a masthead, a body's name and its documents' kind, 重庆市梁平区国有资产监督管理委员会行政规范性文件 over the first of the
  // bodies that issue, a line each: never the first body's start.)
  if (p === para && MASTHEAD_LINE.test(p.trim())) return true;
  // A joint notice's bodies stacked a line each over its 关于 title, however long a name (重庆市铜梁区大数据应用发展管理局 / 重庆市铜梁区
  // 金融发展中心 / 关于印发…, 铜梁): each a line of its own, never run into the next body or the title.
  if (p === para && isStackedBody(p.trim()) && (isStackedBody(n.trim()) || /^关于/.test(n.trim()))) return true;
  // The last of a run of short bulleted links (• 设为首页 / • 加入收藏 / • 无障碍阅读 / • 长者版, 下陆区): a menu's item, not the start of
  // the line below it.
  if (BULLET_RE.test(p) && BULLET_RE.test(above) && p.replace(BULLET_RE, '').length <= 8 && !/[，。；,;：:]/.test(p)) return true;
  // An item opened by 一是/二是… on its own line after a labelled line or a closed sentence (责任单位:区发展和改革局 /
  // 二是规上工业增加值增长12%以上): a new item, as (二) would open one.
  if (/^[一二三四五六七八九十]{1,3}是/.test(n) && (/[。；;：:!?！？）)]$/.test(p) || isLabelledLine(p))) return true;
  // A line that opens with punctuation no sentence opens with (、 ， 。 ； ： ） 》 ” …) goes on with the line before it, however
  // short that line is (…增长30%以上(含30%) / 、5亿元以上且同比增长20%以上: a wrap that fell before the separator).
  // (Not after a sentence's end: a list number's 、 a PDF set apart from its number, 各街镇。 / 、 / 31 / 区重大项目…, is debris.)
  // (…and a per cent sign a wrap cut from its figure: …分别减少9.2%、10.7 / %、11%、13.7%)
  if (/^[、，。；：,;:！？!?）)》〉」』”’〕】］\]%％]/.test(n) && !/[。！？；;!?]$/.test(p)) return false;
  // A bracket or title the paragraph opened (on this line or a line above it joined) and not yet closed goes on
  // (…试点。〔责 / 任单位:…负责。 / 具体任务…下同。〕: a note a PDF wrapped over three lines).
  // (…but not from one field of a record into the next: a bracket its own field line left open, 政策依据:《关于…的通知(渝人社发〔2018174号)
  // over 责任单位:重庆市永川区就业和人才中心创业促进科, 永川, ends with its line.)
  if (para === p && p.length <= 80 && isLabelledLine(p) && isLabelledLine(n)) return true;
  if (unbalanced(para)) return false;
  // A unit note's ；between its parts is no paragraph end (责任单位:县科技局、…按职责分工负责; / 各乡镇…落实。).
  if (/[；;]$/.test(p) && /(?:单位|部门)[：:][^。：:]*$/.test(para) && !/^[\u4e00-\u9fff]{0,6}[：:]/.test(n)) return false;
  // A field's label a hard wrap left at a full line's end after a sentence (…85万元/公里。建设地点: / 宗朗乡5村。): its value
  // is on the next line.
  if (isFullLine(p, widths) && /[。；;][\u4e00-\u9fff]{2,8}[：:]$/.test(p) && !HEADING_RE.test(n)) return false;
  if (/[。；！？：:!?;]$/.test(p) || /[。！？；][”’」』]$/.test(p)) return true;
  // (…and a remark in brackets after the stop over the record's next field: …亟待解决。(省整改方案整改措施清单第一项) / 整改时限:立行立改,长期
  // 坚持。, 汕头 — the remark is the paragraph's, the field a line of its own)
  if (/[。；！？!?;][（(][^（）()]{1,40}[）)]$/.test(p) && isLabelledLine(n)) return true;
  if (NOTE_PAREN.test(p) || /^（[^（）]*）$/.test(p) || /^\([^()]*\)$/.test(p)) return true;
  // (…or a duty note with no label closing the line, its bodies and their part: …打造山东“工业云”品牌。(省工业和信息化厅、省通信管理局牵头,
  // 省大数据局参与) / 催生“新动能”,…, 山东省 2022 — the item ends there, as a labelled note's does)
  if (DUTY_NOTE_END.test(p) && /^[\u4e00-\u9fff“]/.test(n)) return true;
  if (DATE_LINE.test(p) || DOCNO_LINE.test(p) || DATE_LINE.test(n) || DOCNO_LINE.test(n)) return true;
  // (…or a signature with its date on one line under a line that closes no sentence: …资金拨付表附件.xlsx / 青田县农业农村局 青田县财政局 2021 年 8 月 13 日, 青田)
  // (…and over whatever follows it: a page's | under it, 青田)
  if (isSignedLine(n) || isSignedLine(p)) return true;
  if (BRACKETED_DATE_LINE.test(p) || BRACKETED_DATE_LINE.test(n)) return true;
  if (DAMAGED_DOCNO_LINE.test(p) || DAMAGED_DOCNO_LINE.test(n)) return true;
  if (STAMP_LINE.test(p.trim()) || STAMP_LINE.test(n.trim())) return true;
  // A title line closed by the page's day (关于印发区政府2020年第三季度工作要点的通知 2020-08-10, its space gone by now: 杨浦), and a signing
  // day whose 年月日 the page lost, alone on its line (202083): lines of their own, never run into the number or the body below.
  if ((DATED_TITLE_END.test(p.trim()) && !/[。；;，,]/.test(p)) || /^(?:19|20)\d{4,6}$/.test(p.trim())) return true;
  // (…and a stamp set a part a line, 2025 / 09/30 / 12:10: each part its own line, none run into the title)
  if (splitStampDate(p, n) || splitStampDate(above, p)) return true;
  // A byline that ends in the page's time stamp (作者: 来源:郑州晚报 时间:2022-06-09 09:00:31): the article starts below it.
  // (…or a body's name and its day alone, 惠州市工业和信息化局 | 2023-05-10 over the addressees, 惠州)
  if (TIMED_STAMP_END.test(p.trim()) || BODY_DATE_BYLINE.test(p.trim())) return true;
  // A page's trail (当前位置 : 首页>>最新政策) and a byline closed by its view count (编辑: admin 时间: 4年前 访问次数: 0): lines of the
  // page's own, never run into the title or the lead below them.
  // (…and a trail with no label, opening at the site's home: 网站首页 >> 部门目录 >> 双柏县政府办 over the title, 双柏; 首页 >> 政府信息公开 >>
  // 法定主动公开内容 over 武定县民政局关于…, 武定)
  if (CRUMB_LINE.test(p) || CRUMB_LINE.test(n) || BARE_CRUMB_LINE.test(p) || COUNTED_BYLINE.test(p)) return true;
  // (…and a site's menu opening on its home link, 首 页 区县招商 产业园区 企业选址 优惠政策 新闻中心 over the title: 四川省 零售 2017 on a
  // repost site — never run into the title below it)
  if (SITE_MENU_LINE.test(p)) return true;
  // A contact line closed by its telephone number (联系人:王皓;联系电话:0431-88906424 / 吉林省农业农村厅): the signing body below is a
  // line of its own (not a number a wrap cut, whose rest opens the next line).
  if (CONTACT_NUMBER_END.test(p) && !/^\d/.test(n)) return true;
  // A signing date in Chinese numerals (二○○七年二月八日) stands alone as one in digits does, and so does one whose 年月日 the
  // page lost (德阳市人民政府办公室 / 20201119 / 加快建设…行动方案).
  if (numeralDateLine(p) || numeralDateLine(n) || SQUASHED_DATE_LINE.test(p) || SQUASHED_DATE_LINE.test(n)) return true;
  // (…and a year and month alone, a plan's cover dating it under its body: 湛江市农业局 / 二O一六年十月 / 按照省委省政府…, 湛江 — never run into
  // the text below it)
  if (YEAR_MONTH_LINE.test(p.trim())) return true;
  // (此件公开发布) 2024年5月8日: the remark and the signing date, in either order, end the cover notice.
  if (DATE_LINE.test(p.replace(/^[（(]此件[^（）()]*[）)]|[（(]此件[^（）()]*[）)]$/g, ''))) return true;
  // A numbered line that stops on a word that joins it to more (且, 和, 及, 与, 或, 并, 的, 、) is an item a wrap cut, not a heading:
  // (一)大型商超指营业面积5000平方米(含)以上且 / 在龙华区营运的商业综合体、… (龙华).
  if (HEADING_RE.test(p) && /(?:且|和|及|与|或|并|的|、|，|,)$/.test(p) && !/[。；;：:]/.test(p) && n && !HEADING_RE.test(n)) return false;
  // A short heading (1.引进重大龙头项目, 10 characters) ends its line even where a run of such headings made its length a layout width (鄞州).
  if (HEADING_RE.test(p) && p.length <= 16 && !/[，。；,;：:]/.test(p) && !/^\d{1,2}[.．、]$/.test(p)) return true;
  // A field of a record above the next field (建设期限:2023年6月5日-2023年12月31日 / 项目实施单位及责任人:…, 中原区): two fields, however
  // near the layout's width the first comes.
  if (p.length <= 80 && isLabelledLine(p) && isLabelledLine(n)) return true;
  // (…and a unit field above a line that names no body: 项目实施单位及责任人:中原区乡村振兴局 李泽强 / 监督电话, 中原区)
  if (unitFieldEnds(p, n)) return true;
  if (isFullLine(p, widths)) return false;
  // A unit field on a line of its own, its last body whole (责任单位:市财政局、市税务局 / 健全创新型中小企业…梯队培育体系…): the next item
  // starts below it; a list the layout wraps ends in 、 or mid-name, or fills the line (above).
  if (UNIT_FIELD_LINE.test(p) && BODY_LINE_END.test(p)) return true;
  // A short line of words alone that opens a paragraph under a numbered heading or a closed sentence, above a long line, is a
  // heading without its number (in a hard-wrapped layout too: a wrap leaves a full line, not a short one) (三、主要任务 / 推动创业创新 / 支持企业加大研发投入。对…: 郑州),
  // not the start of a sentence the layout wrapped. (Not in a title block, where no heading or sentence is above.)
  // (…or at the text's top, nothing or a page's stamp above it, over a paragraph of whole sentences: 行业动态 / 支持产业创新…锻长板。对上述…, 辽宁;
  // 发布时间:2020-06-03 10:25:32 / 政策扶持产业 / 县级财政统筹安排…, 古蔺 — a page's section name or a heading, not a title's first line.)
  if (para === p && UNNUMBERED_HEADING.test(p) && n.length >= 30 && (HEADING_RE.test(above) || /[。；！？!?;）)]$/.test(above))) return true;
  if (para === p && UNNUMBERED_HEADING.test(p) && n.length >= 60 && /[。；;！？!?]/.test(n) && (!above.trim() || TOP_STAMP.test(above.trim()))) return true;
  // A short line of words alone over a preamble's opening (2023年淄博淄川区困难群众救助保障标准 / 根据淄博市民政局…《…》要求,…, a repost's title
  // under its stamp): a title or a heading, a line of its own, not the start of the preamble's sentence. (A line the layout filled goes on, above.)
  if (para === p && p.length <= 40 && !/[，,。；;、：:！？!?]/.test(p) && !/(?:的|和|及|与|或|对|在|为|按|将|由|向|以|并|且)$/.test(p) && PREAMBLE_OPENING.test(n)) return true;
  // A grid of labels and values a line each (名称 / 内容 / 公告事项 / 2020年省下达…1679万元 / 项目资金安排, 达州): a label cell stands alone.
  if (GRID_LABEL.test(p) || GRID_LABEL.test(n)) return true;
  // (…or the close of a bracket of another shape a line above opened: a heading's note a wrap carried on, 责任单位:证照 / 分离改革成员单位〕,
  // 铜仁 hard-wrapped; not a site's link alone on its line, [Home])
  if ((/[）)]$/.test(p) || (/[〕】］\]]$/.test(p) && !/[〔【［[]/.test(p) && para !== p)) && p.length <= 40) return true; // 自身硬首先要自身廉（人民论坛）
  // (…若干措施(2025年修订版)(再次公开征求意见稿): a title's edition and status in brackets after it, 惠阳)
  if (p.length <= 60 && TITLE_SUFFIX.test(p.replace(/(?:[（(][^（）()]{1,20}[）)])+$/, '')) && !/[，。；,;]/.test(p)) return true;
  if (HEADING_RE.test(p) && p.length <= 40 && !/[。；;]/.test(p)) return true;
  if (p.length <= 20 && ISSUER_LINE.test(p)) return true;
  // A signing line of several bodies set apart by spaces (成都市地方金融管理局 成都市发展和改革委员会 / 成都市财政局 成都市科技局 /
  // 2024年8月1日, 成都): a line of its own above the next one or the date.
  if (bodiesLine(p) && (bodiesLine(n) || ISSUER_LINE.test(n.trim()) || DATE_LINE.test(n))) return true;
  if (p.length <= 25 && isLabelledLine(n)) return true;
  // A unit note's line ends before the next label's, however short (责任单位:…部门 / 人:三市州…负责同志), and however long that label
  // (牵头单位: 市工业和信息化局 / 年度阶段性工作目标: 第一季度:…, 广州's record of fields).
  if (/^[\u4e00-\u9fff]{0,4}(单位|部门)[：:]/.test(p) && /^[\u4e00-\u9fff]{1,12}[：:]/.test(n)) return true;
  if (/^\d{4}年/.test(n) && /^[\u4e00-\u9fff]{0,6}\d{4}年第/.test(n)) return true;
  return false;
}

/**
 * A task table flattened to lines, one row a line: its number, the task, then after the task's last stop and a space the
 * row's last cell (1 地区生产总值增长7%以上,服务业增加值占GDP比重47.1%. 发改委 / 2 一般公共预算收入增长8%以上. 财政局). The row
 * ends at its line when the next line opens the next row.
 */
// The number stands alone (1 居民消费价格涨幅3%左右 发展改革委) or, numbered as an item (1、), the task ends with a stop before the
// cell; the cell holds no bracket's end (3.…政策。(责任单位:省 税务局) is an item whose note a PDF space cuts).
// The first row of a group may open with the group's merged cell (财政资金支持(共48项) 1 建立…), and the last cell may be a
// labelled note, a space before it or none (…辽市政发[2020]3号 责任单位:各县(市)区政府,市政府办公室、…, 辽阳).
const GROUP_CELL = String.raw`(?:[\u4e00-\u9fff]{2,12}(?:[（(][^（）()\s]{1,10}[）)])?[ \t\u3000]+)?`;
// (Its brackets closed: (责任领导:杜新国;牵头单位:区发改局) closing an item is a note of the item, not a cell.)
const BODIES = String.raw`(?:[\u4e00-\u9fff、,，]|[（(][\u4e00-\u9fff、,，]{1,10}[）)])`;
/** The unit column's bodies alone (发改委; 各县(市)区政府,市政府办公室), or after a label. */
const BODY_CELL = String.raw`${BODIES}{2,80}`;
const LABELLED_CELL = String.raw`[\u4e00-\u9fff]{0,6}(?:单位|部门)(?:[（(](?:单位|部门)[）)])?[：:]${BODIES}{2,160}`;
const TASK_ROW = new RegExp(
  String.raw`^\s*${GROUP_CELL}(\d{1,3})(?:[、.．](?!\d)[ \t\u3000]*\S.*[。.．;；]|[ \t\u3000]+\S.*)(?:[ \t\u3000]+${BODY_CELL}|[ \t\u3000]*${LABELLED_CELL})\s*$`,
);
const NEXT_ROW = new RegExp(String.raw`^\s*${GROUP_CELL}(\d{1,3})(?:[、.．](?!\d)[ \t\u3000]*|[ \t\u3000]+)[\u4e00-\u9fff]`);
function TASK_ROW_BREAK(prev: string, cur: string): boolean {
  const p = TASK_ROW.exec(prev);
  const n = p ? NEXT_ROW.exec(cur) : null;
  return !!n && Number(n[1]) === Number(p![1]) + 1;
}
/** Digits before a gap and after it that make one year (19xx, 20xx) closed by 年 or a number's bracket: 202 | 5 年, 20 | 21年, 〔202 | 5〕. */
function apartYear(before: string, after: string): boolean {
  const a = /(?:^|[^\d.])(\d{1,3})$/.exec(before);
  const b = /^(\d{1,3})\s*(?:年|[〕\]］）)])/.exec(after);
  return !!a && !!b && a[1].length + b[1].length === 4 && /^(?:19|20)/.test(a[1] + b[1]);
}
/**
 * A line whose every character stands apart, read as it was written (给 予   2 0   万 元 → 给予 20 万元): a single space is the
 * layout's, a run of two or more the text's own gap. `at` maps each character of `text` to its offset in the line.
 */
export function despaced(raw: string): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < raw.length; ) {
    if (!/\s/.test(raw[i])) {
      text += raw[i];
      at.push(i++);
      continue;
    }
    let j = i;
    while (j < raw.length && /\s/.test(raw[j])) j++;
    if (j - i >= 2 || i === 0 || j === raw.length) {
      text += ' ';
      at.push(i);
    }
    i = j;
  }
  return { text, at };
}
/**
 * Each line as a table's row reads it: a spaced-out line without its layout's spaces, with where each of its characters stood
 * (undefined for a line set as usual, or blank).
 */
function despacedLines(lines: Line[]): ({ text: string; at: number[] } | undefined)[] {
  return lines.map((l) => (l.c && isSpacedOut(l.raw) ? despaced(l.raw) : undefined));
}

/**
 * A row's lines: the line opening it and, in a hard-wrapped layout, the lines a wrap at the full width carried it on to
 * (7 全社会固定资产投资额550亿元,其中:工业技改投资增长10%,高新技 / 术产业投资增长10%. 发改委、经信委、科技局: a PDF of 常熟's
 * table). Index of the row's last line. `rowRaw` holds each line as a row reads it.
 */
function rowEnd(lines: Line[], rowRaw: string[], idx: number, widths: Set<number>): number {
  let k = idx;
  // (a row's cells are apart by spaces, which take the width up as characters do: the raw line may be the full one)
  const full = (j: number) => isFullLine(lines[j].c, widths) || isFullLine(rowRaw[j].trim(), widths);
  while (k + 1 < lines.length && lines[k + 1].c && full(k) && !NEXT_ROW.test(rowRaw[k + 1])) k++;
  return k;
}
const rowText = (rowRaw: string[], from: number, to: number): string =>
  rowRaw
    .slice(from, to + 1)
    .map((r) => r.trim())
    .join('');

/**
 * Rows of such a table: each row's opening line and the line that ends it (the same line unless a wrap carried the row on),
 * for a row next to the row before or after it (blank lines between).
 */
function taskRowSpans(lines: Line[], spaced: ({ text: string } | undefined)[], widths: Set<number>): { open: number; end: number; next?: number }[] {
  const rowRaw = lines.map((l, k) => spaced[k]?.text ?? l.raw);
  const spans: { open: number; end: number; text: string }[] = [];
  for (let idx = 0; idx < lines.length; idx++) {
    const raw = lines[idx].c ? rowRaw[idx] : '';
    if (!raw || !(NEXT_ROW.test(raw) || TASK_ROW.test(raw))) continue;
    const end = widths.size ? rowEnd(lines, rowRaw, idx, widths) : idx;
    const text = rowText(rowRaw, idx, end);
    if (TASK_ROW.test(text)) spans.push({ open: idx, end, text });
  }
  const nextAfter = (k: number): number => {
    while (k < lines.length && !lines[k].c) k++;
    return k;
  };
  return spans.flatMap((s, i) => {
    const next = nextAfter(s.end + 1);
    const prev = spans[i - 1];
    const opensNext = next < lines.length && TASK_ROW_BREAK(s.text, rowRaw[next]);
    if (!opensNext && !(prev && s.open === nextAfter(prev.end + 1) && TASK_ROW_BREAK(prev.text, s.text))) return [];
    return [{ open: s.open, end: s.end, ...(opensNext ? { next } : {}) }];
  });
}

/**
 * Lines a document-sharing page opens with its page numbers (1、 2、 3、…): at least two long lines numbered in sequence, one
 * of them going on with a sentence the line before it cut (…为农户、小微企业及个体工商 / 2、户提供融资担保…). Item numbers open
 * lines that start sentences of their own. Line index → the mark's length.
 */
function viewerPages(lines: Line[], restored: Set<number> = new Set()): Map<number, number> {
  const out = new Map<number, number>();
  // (a page whose lost paragraph breaks were put back is still one page: its restored lines go with the line they came from)
  const filled: [Line, number, string][] = [];
  lines.forEach((l, k) => {
    if (l.c.length === 0 || l.tab) return;
    const last = filled[filled.length - 1];
    if (restored.has(l.start) && last) last[2] += l.c;
    else filled.push([l, k, l.c]);
  });
  let run: [number, number][] = [];
  let cut = false;
  const flush = () => {
    if (run.length >= 2 && cut) for (const [k, len] of run) out.set(k, len);
    run = [];
    cut = false;
  };
  for (let j = 0; j < filled.length; j++) {
    const [l, k, page] = filled[j];
    const m = /^(\d{1,3})、/.exec(l.c);
    if (!m || page.length < 150 || Number(m[1]) !== run.length + 1) {
      flush();
      if (!m || page.length < 150 || m[1] !== '1') continue;
    }
    if (run.length && !/[。；！？!?;：:”）)]$/.test(filled[j - 1][2])) cut = true;
    run.push([k, m[0].length]);
  }
  flush();
  return out;
}

export interface CleanResult {
  clean: Tracked;
  /** Folded copy of clean.text (full-width digits/letters/% to half-width), same length. */
  folded: string;
  /** Where each line of the original that is a table's row with tabs between its cells starts (its first character). */
  tabRows: Set<number>;
}

/**
 * Question marks where a paragraph's ideographic-space indent was lost in a save (??為做好…), before the line's text: a few, or a
 * right-aligned signature's whole run (??????????2024年7月15日, 江夏); or a line of them alone, a blank line lost so (????????, 蔡甸).
 */
const LOST_INDENT = /^([ \t]*)(?:[?？]{1,40}(?=[^\s?？])|[?？]+\s*$)/;

/** Clean a whole file's text. */
export function cleanText(original: string): CleanResult {
  const normal = normaliseChars(track(original));
  // (a page that lost its paragraph breaks gets them back where its text marks them, each break read as its next character)
  const breaks = lostBreaks(fold(normal.text));
  const t = applyInsertions(normal, breaks, '\n');
  const restored = new Set(breaks.map((k, i) => k + i + 1));
  const text = t.text;
  const del = new Uint8Array(text.length);
  // Lines are judged on the folded text (責任單位 is 责任单位, （一） is (一)); fold is one character for one, so every
  // offset of a folded line is an offset of the text, and the deletions below apply to the text as written.
  const lines = splitLines(fold(text));
  // A page converted to Markdown: a heading's marks (## 一、总体要求) and bold marks around words (**一、总体要求**, **（一）加强组织
  // 领导。**; not a name masked with asterisks, 张**) are layout, not text: deleted, and read as spaces on the line.
  for (const l of lines) {
    const marks: number[] = [];
    const heading = MARKDOWN_HEADING.exec(l.raw);
    if (heading) for (let k = heading[1].length; k < heading[0].length; k++) marks.push(k);
    // (…and a paragraph's indent that a save in a narrow code page turned into question marks, ??為做好…, ??特此通知。: 黄浦, 江苏省 —
    // no sentence opens with one.)
    const lost = LOST_INDENT.exec(l.raw);
    if (lost) for (let k = lost[1].length; k < lost[0].length; k++) marks.push(k);
    if (l.raw.includes('**')) for (const m of l.raw.matchAll(MARKDOWN_BOLD)) marks.push(m.index!, m.index! + 1, m.index! + m[0].length - 2, m.index! + m[0].length - 1);
    if (marks.length) deleteMarks(l, marks, del);
  }
  // A table drawn a cell a line with each bar on a line of its own (序号 / | / 重点工作任务 / | / 责任单位 / |, 杭州): the bars part
  // cells as blank lines do.
  for (const idx of barLines(lines)) lines[idx].c = '';
  // …and a table whose cells each open their line with a bar, a bar alone closing each row (7 / | 污水处理厂和 / 管网工程建设 / | 完成… /
  // | 市建设局 / 镇江新区管委会 / |, 镇江; 杭州's 考核标准): a cell a line, each row's bar a blank line, each cell's bar a space.
  const led = barLedCells(lines);
  for (const idx of led.lone) lines[idx].c = '';
  for (const idx of led.led) deleteMarks(lines[idx], [lines[idx].raw.search(/[|｜]/)], del);
  // A page's one-column layout table flattened to lines: runs of lines holding only a bar, and the bar each cell's line ends with beside
  // them (| / | / 乾安县2024年度购置补贴机具信息录入的通告 | / 2024-9-29 |, 乾安): blank lines, and the cell's text alone.
  const { bars, trailing } = barColumn(lines);
  for (const idx of bars) lines[idx].c = '';
  for (const idx of trailing) {
    const l = lines[idx];
    deleteMarks(l, [l.raw.search(/[|｜]\s*$/)], del);
  }
  // A site's footer (主办单位:… / 承办单位:… / 备案证编号:鄂ICP备…©1997- 版权所有 / 网站标识码…): furniture, no unit note (武汉经开区).
  for (const idx of footerLines(lines)) lines[idx].c = '';
  // A portal's tabs over the text, each a two-character word set apart (部  门 / 街  镇 over 物流企业发展支持政策, 涪陵): furniture, never the title's start.
  for (const idx of headTabs(lines)) lines[idx].c = '';
  const widths = wrapWidths(lines.filter((l) => !l.tab).map((l) => l.c));
  const headers = runningHeaders(lines, widths);
  const vertical = verticalRuns(lines);

  // A document viewer's page numbers (1、… / 2、户提供融资担保… on a shared .docx, 嘉兴): marks, not items; a page's line
  // may go on with the sentence the page before it cut.
  for (const [idx, len] of viewerPages(lines, restored)) {
    const l = lines[idx];
    const at = l.raw.length - l.raw.trimStart().length;
    for (let k = 0; k < len; k++) del[l.start + at + k] = 1;
    l.c = l.c.slice(len);
  }
  const kept: Line[] = [];
  const tabRows = new Set<number>();
  const pairRows = twoCellRows(lines);
  const listedValues = valueRows(lines);
  const hardBreaks: number[] = []; // gaps kept as a line break (after a document number)
  // Rows of a flattened task table each stand alone, also under their header line (序号 工作任务 牵头负责部门).
  const despacedRows = despacedLines(lines);
  const rows = taskRowSpans(lines, despacedRows, widths);
  const taskRows = new Set(rows.map((r) => lines[r.open].start));
  // (where a row's last cell opens: after the last gap between cells, on the row's last line that has one, a wrap may have
  // carried the row on past it: …辽市政发[2020]3号 责任单位 / :各县(市)区政府,… / 、市经济发展创新服务中心)
  const lastCellAt = new Map<number, number>();
  for (const r of rows) {
    for (let k = r.end; k >= r.open; k--) {
      // (in a spaced-out line, after the text's own gap: 1   地 区 生 产 … 4 7 . 1 % .   发 改 委)
      const flat = despacedRows[k];
      const gap = /\S[ \t\u3000]+\S+$/.exec((flat?.text ?? lines[k].raw).trimEnd());
      if (gap && !lines[k].tab) {
        lastCellAt.set(lines[k].start, flat ? flat.at[gap.index + 1] : gap.index + 1);
        break;
      }
    }
  }
  const rowLines = new Set(rows.flatMap((r) => lines.slice(r.open, r.end + 1).map((l) => l.start)));
  // (the line opening the row after a row's end, though that row's own cells may not be read: the last row before the text's cut)
  const rowBreaks = new Set(rows.flatMap((r) => (r.next === undefined ? [] : [lines[r.next].start])));
  lines.forEach((l, idx) => {
    // (not a month and day under a year alone: the page's date set a part a line, 2025 / 09/30, no page counter)
    const furniture = !l.tab && ((isFurniture(l.c) && !(idx > 0 && splitStampDate(lines[idx - 1].c, l.c))) || headers.has(l.c) || vertical.has(idx));
    if (furniture || (!l.tab && l.c.length === 0)) {
      for (let k = l.start; k < l.end; k++) del[k] = 1;
      return;
    }
    // In-line whitespace: keep one space only between two Latin letters/digits, and before a task row's last cell
    // (1 居民消费价格涨幅3%左右 发展改革委: the space is all that parts the task from its unit column).
    const raw = l.raw;
    // (never the line's indent: a row whose cells have no space between them keeps none)
    const lastCell = lastCellAt.get(l.start) ?? -1;
    // A line whose every character stands apart (给 予 5 0 万 元: some PDF text layers set each glyph so): the spaces are layout,
    // digits and letters included.
    const spacedOut = isSpacedOut(l.tab ? raw.replace(/^ *\t/, '') : raw);
    // (a unit field's bodies apart by spaces keep one: 责任单位:市发改委 五县五区政府 开发区管委会)
    // (…in a spaced-out line too, read without its layout: 责 任 单 位 : 市 发 改 委   五 县 五 区 政 府)
    const spacedText = spacedOut && !l.tab ? despacedRows[idx] : undefined;
    const spacedValue = spacedText ? unitFieldValueStart(spacedText.text) : -1;
    const fieldValue = l.tab ? -1 : spacedText ? (spacedValue >= 0 ? spacedText.at[spacedValue] : -1) : unitFieldValueStart(raw);
    // (in a spaced-out line, read without the layout's single spaces: 1   0 0 0 萬 元 is 1 000萬元)
    const flat = (t: string) => (spacedOut ? t.replace(/(\S) (?=\S)/g, '$1') : t);
    const flatLength = flat(raw).length;
    let i = 0;
    let itemFrom = -1; // where an item the page ran onto this line opens, after the gap broken before it
    const tabbed = !l.tab && (isTabRow(raw) || pairRows.has(idx));
    l.tabRow = tabbed;
    if (tabbed) tabRows.add(l.start + raw.search(/\S/));
    if (l.tab) {
      while (raw[i] === ' ') del[l.start + i++] = 1;
      i++; // the cell's leading tab stays as the separator
    }
    while (i < raw.length) {
      if (/\s/.test(raw[i])) {
        let j = i;
        while (j < raw.length && /\s/.test(raw[j])) j++;
        // (not a thousands separator inside a figure: 1 000萬元, 四子王旗)
        // (only where money follows the groups: 428 855 are two cells of a table, 2022-07-04 524 334 a date and a count)
        const thousands = i > 0 && /(?:^|[^\d.\-:])\d{1,3}$/.test(flat(raw.slice(Math.max(0, i - (spacedOut ? 8 : 4)), i))) && /^\d{3}(?:\s\d{3})*\s*(?:万|萬|亿|億|元|美元)/.test(flat(raw.slice(j)));
        // (nor a year a text layer cut apart, its 年 or its number's bracket after it: 202 5 年 4月 3 日 前, 20 21 年省政府工作报告, 〔202 5〕9号 —
        // 郑州's notices)
        const yearApart = i > 0 && /\d$/.test(raw.slice(0, i)) && apartYear(flat(raw.slice(Math.max(0, i - 4), i)), flat(raw.slice(j, j + 8)));
        const keepOne = (!spacedOut || j - i >= 2) && ((i > 0 && j < raw.length && LATIN.test(raw[i - 1]) && LATIN.test(raw[j]) && !(l.tab && i === 0) && !thousands && !yearApart) || i === lastCell || (fieldValue >= 0 && i > fieldValue && j < raw.length && /[\u4e00-\u9fff)）]/.test(raw[i - 1]) && /[\u4e00-\u9fff(（]/.test(raw[j])));
        // (a labelled note after a cited notice's number stays on its line: …辽市政发[2020]3号 责任单位:…; so does a task
        // table's row, whose cells the gaps part: …企业困难。 市政发[2020]3号 各县(市)区政府)
        // (only in running text: not a cell's gap, a spaced-out line's layout or a task row's)
        // (…nor a spaced-out line's layout: there only a wider gap, the source's own space, is one, read without the layout's spaces)
        const runOn = !l.tab && !tabbed && (!spacedOut || j - i >= 2) && !rowLines.has(l.start);
        const lineBreak = runOn && /[\u4e00-\u9fff]/.test(raw[j] ?? '') && DOCNO_BEFORE_GAP.test(flat(raw.slice(0, i))) && !/^[\u4e00-\u9fff]{2,6}[：:]/.test(flat(raw.slice(j)));
        // (…and a signing date run into the next document's title on its line: 2017年11月24日 孟州市推进工业绿色化改造攻坚方案, 孟州)
        const dateBreak = runOn && DATE_BEFORE_GAP.test(flat(raw.slice(0, i))) && TITLE_AFTER_GAP.test(flat(raw.slice(j)).trim());
        // (…and a unit field run into the next item on the line: 责任单位:县财政局 2.落实…, 海盐)
        // (…or any item the page ran onto a long line: …胜利召开。 一、王丹县长牵头重点工作 1.全县…)
        // (…and the item's short heading so opened, no stop after it: (二)规模奖励 展览面积…, 思明)
        const headingBreak = runOn && itemFrom >= 0 && itemHeadingEnds(flat(raw.slice(itemFrom, i)));
        const itemBreak = runOn && (unitFieldEndsAtGap(flat(raw.slice(0, i)), flat(raw.slice(j))) || (flatLength >= 150 && itemOpensAtGap(flat(raw.slice(0, i)), flat(raw.slice(j)))));
        itemFrom = itemBreak ? j : -1;
        if (lineBreak || dateBreak || itemBreak || headingBreak) hardBreaks.push(l.start + i);
        // (a unit label's gap for its colon stays: 牵头单位 市发改委)
        const labelGap = !spacedOut && /[\u4e00-\u9fff]/.test(raw[j] ?? '') && endsWithUnitLabel(raw.slice(Math.max(0, i - 12), i));
        // (A row whose cells tabs part keeps each tab, and only it, as the cell's separator: 1\t滚动推进重大项目…\t县发改局.)
        const tab = tabbed ? raw.indexOf('\t', i) : -1;
        if (tab >= 0 && tab < j) {
          for (let k = i; k < j; k++) if (k !== tab) del[l.start + k] = 1;
        } else for (let k = i + (keepOne || lineBreak || dateBreak || itemBreak || headingBreak || labelGap ? 1 : 0); k < j; k++) del[l.start + k] = 1;
        i = j;
      } else i++;
    }
    kept.push(l);
  });

  // A table flattened to a cell a line: from its 序号 line on, a blank line ends a paragraph.
  const cellTable = cellTableStart(kept);
  // ...and where its header's cells follow one another with no blank line between them (序号 / 目标名称 / … / 牵头单位 /
  // 配合单位, 江苏 钟楼区), every line break is a cell's end: the cells must not run together as a wrapped sentence would. (A line
  // a hard wrap cut at the page's width goes on, as in running text.)
  const tightCells = cellTable >= 0 && cellTable + 1 < kept.length && !isBarCell(kept[cellTable].c) && !/\n\s*\n/.test(text.slice(kept[cellTable].end, kept[cellTable + 1].start));
  // Does the text set its paragraphs apart with blank lines (a page copied out), rather than double-space every wrapped line (a PDF
  // dump, 首台（套）…认定次年 / (blank) / 产品销售收入达…)? Most lines of running text (a comma or a stop inside) that a blank line
  // follows then close a sentence.
  // (A blank line between two kept lines: two line breaks or more in the gap.)
  const blankBetween = (a: { end: number }, b: { start: number }) => (text.slice(a.end, b.start).match(/\n/g) ?? []).length >= 2;
  let beforeBlank = 0;
  let closedBeforeBlank = 0;
  for (let i = 0; i + 1 < kept.length; i++) {
    if (kept[i].c.length < 20 || !/[，,。；;]/.test(kept[i].c.slice(0, -1)) || !blankBetween(kept[i], kept[i + 1])) continue;
    beforeBlank++;
    if (/[。；！？!?;：:]$|[。！？][”’」』]$/.test(kept[i].c)) closedBeforeBlank++;
  }
  const blankParagraphs = beforeBlank >= 4 && closedBeforeBlank >= 0.6 * beforeBlank;
  let inTable = false;
  let columns = 0; // cells in the table's header row
  let cellsInRow = 0;
  const softBreaks: number[] = []; // newlines inside a table cell, kept as a space
  let paraSoFar = ''; // the paragraph the previous line belongs to, as far as it goes
  let nextBarRow = 1; // the number of the next row of a table drawn a cell a line with bars
  // Its header's cells (序号 | 项目名称 | … up to the first row's number), and the cells of the row being read: a row opens at
  // the next number only once the row before is full (a money cell 2 | is no row's number).
  let barColumns = 0;
  // (…or, a table with no row numbers, its header's named cells: a row opens each time the row before is full, 广汉)
  const unnumbered = cellTable >= 0 ? unnumberedBarColumns(kept.map((l) => l.c), cellTable) : 0;
  if (unnumbered) barColumns = unnumbered;
  else if (cellTable >= 0 && isBarCell(kept[cellTable].c)) for (let k = cellTable; k < kept.length && isBarCell(kept[k].c) && !opensBarCellRow(kept[k].c, 1, kept[k + 1]?.c); k++) barColumns++;
  let barCellsInRow = 0;
  for (let i = 0; i < kept.length; i++) {
    const cur = kept[i];
    const prev = i > 0 ? kept[i - 1] : undefined;
    if (!prev) {
      // Leading blank text before the first line.
      for (let k = 0; k < cur.start; k++) del[k] = 1;
      paraSoFar = cur.c;
      if (cur.tab) {
        delLeadingTab(cur, del);
        inTable = true;
        cellsInRow = 1;
      }
      continue;
    }
    const blank = blankBetween(prev, cur);
    let join: boolean;
    if (cur.tab) {
      // A blank line inside a row that is not yet full (Word splits a row across a page) is not a row end.
      const partial = inTable && columns > 0 && cellsInRow > 1 && cellsInRow < columns;
      if (inTable && (!blank || partial)) {
        join = true; // next cell of the same row: the newline goes, the tab separates
        cellsInRow++;
      } else {
        if (inTable && columns === 0) columns = cellsInRow;
        if (!inTable) columns = 0;
        join = false;
        delLeadingTab(cur, del);
        cellsInRow = 1;
      }
      inTable = true;
    } else if (inTable) {
      join = !blank && !HEADING_RE.test(cur.c); // a cell's wrapped continuation
      if (join) softBreaks.push(prev.end);
      else inTable = false;
    } else {
      const next = kept[i + 1];
      // An issuer line right before a "关于…" title starts a new notice even mid-page.
      const issuerBeforeTitle = ISSUER_LINE.test(cur.c) && !!next && (/^关于/.test(next.c) || isDateLine(next.c));
      // …and a page's metadata fields (发文机关 濮阳县人民政府办公室 / 有效性 有效 / 标题 …) each stand alone.
      // (A table drawn a cell a line with bars, 序号 | / 1 | / 精河县…项目 | …: its cells join into one bar row a line, a row
      // opening at its number or its 合计, the table ending at the first line that is no cell.)
      const numbered = /^\d+\s*[|｜]$/.test(cur.c.trim());
      const opens = cellTable >= 0 && i > cellTable && ((opensBarCellRow(cur.c, nextBarRow, kept[i + 1]?.c) && (!numbered || nextBarRow === 1 || barCellsInRow >= barColumns - 1)) || (unnumbered > 0 && isBarCell(cur.c) && (i === cellTable + unnumbered || (i > cellTable + unnumbered && barCellsInRow >= unnumbered - 1))));
      if (opens && numbered) nextBarRow++;
      // (A line of bars alone is a row's empty cells, joined to it as cells are.)
      const inBarTable = cellTable >= 0 && i > cellTable && isBarCell(kept[cellTable].c);
      const isCell = (c: string) => isBarCell(c) || (inBarTable && emptyBarCells(c) > 0);
      if (cellTable >= 0 && i > cellTable && isCell(cur.c)) barCellsInRow = opens ? 0 : barCellsInRow + Math.max(1, emptyBarCells(cur.c));
      const barCells = inBarTable && (isCell(prev.c) || isCell(cur.c)) && (opens || !isCell(cur.c) || !isCell(prev.c));
      // A page field's value a hard wrap cut at the layout's full width (标题 濮阳县人民政府办公室关于印发…的通 / 知) goes on below.
      const fieldWrapped = !blank && widths.size > 0 && isFullLine(prev.c, widths) && !FIELD_LINE.test(cur.raw) && cur.c.length < prev.c.length;
      const cellBreak = !!prev.tabRow || !!cur.tabRow || (cellTable >= 0 && i >= cellTable && (blank || i === cellTable || (tightCells && !isFullLine(prev.c, widths)))) || barCells || isBarRow(prev.c) || isBarRow(cur.c) || (FIELD_LINE.test(prev.raw) && !fieldWrapped) || FIELD_LINE.test(cur.raw);
      // A sentence whose stop the page lost, a blank line after it (…不得高于直接销往东部地区销售额的30% / (blank) / 销售额在10万元(含)至…, 黔江),
      // in a text that sets its paragraphs apart with blank lines: the paragraph of running text (a comma inside; not a title or a
      // signing line) ends there; a line the layout filled, a bracket left open, a joining
      // word at its end or a word no sentence opens with below it (…低于500元 / (blank) / 的,据实补贴, 水城) goes on.
      const lostStop = blankParagraphs && blank && prev.c.length >= 20 && /[，,。；;]/.test(prev.c.slice(0, -1)) && !isFullLine(prev.c, widths) && /[\u4e00-\u9fff%％\d）)”]$/.test(prev.c) && !/(?:、|，|,|的|和|及|与|或|并|且|对|在|为|按|将|由|向|以)$/.test(prev.c) && /^[\u4e00-\u9fff“]/.test(cur.c) && !/^(?:的|地|得|之|等|及|和|与|或|者|了|起|后|以上|以下|以内|为止|期间)/.test(cur.c) && !unbalanced(paraSoFar);
      // Three blank lines or more after a line that holds no sentence under way set the two apart: a page that spaces its blocks so (a
      // mirror of a WeChat post: 文摘 2024-11-10 19:31 广东 / … / 活动时间 / … / 2024年9月13日至12月31日, 云浮) never wraps a label or a
      // date across them. (A line of running text, a comma or a bracket open in its paragraph, goes on: a PDF dump's page break falls
      // inside sentences, 对新认定的重庆市院士工作站，一次性给予50万元 / … / 配套奖励, seed 004; so does a page's number dropped between
      // them, 区县〔市〕政 / — 3 — / 府).
      const gap = text.slice(prev.end, cur.start);
      // A heading that lost its number, alone between blank lines over a paragraph of whole sentences (具体扶持方式 / (blank) / 对符合条件的…
      // 封顶60万元。, 东莞; 享受范围及标准 / (blank) / 对2018年1月1日(含)起…具体标准为:, 金华): a paragraph of its own, parted from the
      // sentence below and from a field or heading above it; never from a sentence under way above (…一次性给予50万元 / (blank) / 配套奖励,
      // a page break inside a sentence, seed 004; nor from a title's first line, 实施珠三角规划纲要2016年 / (blank) / 重点工作任务安排, 肇庆: what is
      // parted from above is a field, its value under its label (扶持方式 : / 事后补助), or a closed sentence).
      const aloneHeading = (k: number) => k > 0 && k + 1 < kept.length && UNNUMBERED_HEADING.test(kept[k].c) && blankBetween(kept[k - 1], kept[k]) && blankBetween(kept[k], kept[k + 1]) && kept[k + 1].c.length >= 30 && /[。；;！？!?]/.test(kept[k + 1].c);
      const fieldValueAbove = paraSoFar === prev.c && i > 1 && /[：:]\s*$/.test(kept[i - 2].c);
      const headingParted = (aloneHeading(i) && !/[，,、]/.test(paraSoFar) && (/[。；;！？!?：:]/.test(paraSoFar) || fieldValueAbove) && !unbalanced(paraSoFar)) || (aloneHeading(i - 1) && paraSoFar === prev.c);
      const wideGap = !/\S/.test(gap) && (gap.match(/\n/g) ?? []).length >= 3 && !/[，,。；;、]/.test(paraSoFar) && !unbalanced(paraSoFar);
      join = !wideGap && !headingParted && !lostStop && !issuerBeforeTitle && !cellBreak && !restored.has(cur.start) && !taskRows.has(cur.start) && !rowBreaks.has(cur.start) && !listedValues.has(cur.start) && !listedValues.has(prev.start) && !isParagraphEnd(prev.c, cur.c, widths, paraSoFar, kept[i - 2]?.c ?? '');
    }
    paraSoFar = join ? paraSoFar + cur.c : cur.c;
    // (Only its end is ever read, its last 600 characters for an open bracket: a paragraph as long as a whole unpunctuated
    // dump would otherwise be copied again at every line.)
    if (paraSoFar.length > 4000) paraSoFar = paraSoFar.slice(-2000);
    const softBreak = join && softBreaks[softBreaks.length - 1] === prev.end;
    const from = join && !softBreak ? prev.end : prev.end + 1;
    for (let k = from; k < cur.start; k++) del[k] = 1;
  }
  if (kept.length) for (let k = kept[kept.length - 1].end; k < text.length; k++) del[k] = 1;
  else del.fill(1);

  // A line break inside a cell separates items (区经济信息委 / 正阳工业园区管委会): keep it as a space.
  let spaced = text;
  if (softBreaks.length || hardBreaks.length) {
    const chars = text.split('');
    for (const k of softBreaks) chars[k] = ' ';
    for (const k of hardBreaks) chars[k] = '\n';
    spaced = chars.join('');
  }
  const clean = applyDeletions({ text: spaced, map: t.map }, del);
  return { clean, folded: fold(clean.text), tabRows };
}

/**
 * A table's row whose cells tabs part, as a table copied out of a page or saved as text from Word gives it (序号\t任务名称\t责任单位):
 * three cells at least, the first not empty (a line a tab opens is a cell of a table the reader rendered a cell a line).
 */
export function isTabRow(raw: string): boolean {
  return /^[ \u3000]*[^\s]/.test(raw) && (raw.trim().match(/\t/g)?.length ?? 0) >= 2;
}

/**
 * A name, spaces maybe, then a sum or a share closing the line: 尖扎 687元/年, 西宁地区(含大通、湟中、湟源)、平安、互助 600元/年, 中央资金125.5万元
 * (新乡高新区's sources of funds).
 */
const VALUE_ROW = /^[ \u3000]*[^\s。；;，,：:][^。；;：:\t]{0,40}?[ \u3000]*\d[\d.,]*\s*(?:万|亿)?(?:元|%|％)(?:\/[\u4e00-\u9fff]{1,3})?[ \u3000]*$/;
/**
 * A list of names and their sums a line each (乐都、民和 580元/年 / 西宁地区(含大通、湟中、湟源)、平安、互助 600元/年 / 循化、贵德 658元/年,
 * 青海省; 中央资金125.5万元 / 省级资金91.2万元 / 市级资金24.6万元, 新乡高新区): three such lines or more, blank lines between them or not.
 * Each row is a line of its own, never run into the next row or the text below the last.
 */
function valueRows(lines: Line[]): Set<number> {
  return new Set(rowRuns(lines, (l) => l.c.length === 0, (l) => !l.tab && VALUE_ROW.test(l.raw)).map((k) => lines[k].start));
}

/** A line of two cells parted by one tab (汕头市\t19600, 地市\t计划安排额度(万元)). */
const PAIR_ROW = /^[ \u3000]*[^\s\t][^\t]*\t[ \u3000]*[^\s\t][^\t]*$/;
/** The fewest lines of a run of rows (two cells, a name and its sum) that make a table of them. */
const PAIR_TABLE_ROWS = 3;
/**
 * The indexes of the lines in runs of `isRow` lines, PAIR_TABLE_ROWS or more, the lines `skip` passes over going on with the run
 * (blank lines between rows, as some copies give) and any other line ending it.
 */
function rowRuns(lines: Line[], skip: (l: Line) => boolean, isRow: (l: Line) => boolean): number[] {
  const out: number[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length >= PAIR_TABLE_ROWS) out.push(...run);
    run = [];
  };
  lines.forEach((l, k) => {
    if (skip(l)) return;
    if (isRow(l)) run.push(k);
    else flush();
  });
  flush();
  return out;
}

/**
 * A two-column table copied out of a browser or saved as text from Word (地市 / 计划安排额度(万元), 汕头市 / 19600, one tab between):
 * a run of lines of two cells each, so many that it is no prose line with a stray tab. Its rows are read as tab rows, as rows of
 * three cells or more are (isTabRow): the tab parts the cells, never deleted as a gap inside a line.
 */
function twoCellRows(lines: Line[]): Set<number> {
  // (a reader's cell line, one tab before its text, and a blank line go on with the run)
  return new Set(rowRuns(lines, (l) => l.tab || l.c.length === 0, (l) => PAIR_ROW.test(l.raw)));
}

function delLeadingTab(l: Line, del: Uint8Array): void {
  const i = l.raw.indexOf('\t');
  if (i >= 0) del[l.start + i] = 1;
}
