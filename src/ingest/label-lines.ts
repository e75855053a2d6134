import { OTHER_ITEM_SHAPES } from './item-numbers.js';
import { alt } from './meta-words.js';
import { BODY_SUFFIX, HEAD_SUFFIX, UNIT_LABEL_WORD, unitLabels as labels } from './unit-words.js';

/**
 * A line that opens with a field's label: 责任领导:…, 完成时限：…, or a unit label joined by 为 instead of a colon
 * (责任单位为市发展改革委、…). Such a line is a field of its own, never the tail of the line before it. The unit labels are the
 * extractor's (dict/unit-labels.json), read here for line breaks only.
 */
const LABEL_WORD = UNIT_LABEL_WORD;
const UNIT_LABEL_FOR = new RegExp(`^${LABEL_WORD}为(?=[\\u4e00-\\u9fff])`);

const UNIT_LABEL_END = new RegExp(`(?:^|[^\\u4e00-\\u9fff]|[（(〔【［\\[；;，,、])${LABEL_WORD}$`);

/**
 * Does the text before a gap end with a unit label that opens a note or a field (（牵头单位 市发改委;责任单位 各县市区人民政府）,
 * 牵头单位 市财政局 on its line): the gap stands for the colon, and is kept. Not a label word inside a sentence (各责任单位 要…).
 */
export function endsWithUnitLabel(before: string): boolean {
  return UNIT_LABEL_END.test(before);
}

/** The same with the gap for its colon gone (a line judged without its spaces): 牵头单位市发展和改革局, 牵头领导刘兴达, 完成时限2024年底. */
const UNIT_LABEL_BARE = new RegExp(`^${LABEL_WORD}(?=[\\u4e00-\\u9fff])[^。；;！？]{0,60}$`);
const FIELD_BARE = new RegExp(`^(?:${alt([...labels.personFields, ...labels.timeFields])})(?=[\\u4e00-\\u9fff\\d])[^。；;！？]{0,30}$`);

export function isLabelledLine(line: string): boolean {
  // (a unit label longer than six characters before its colon too: 项目实施单位及责任人:, 中原区)
  // (…and a label with a bracketed remark before its colon: 报名(2天):2025年9月8日8:00-9月9日24:00 / 摇号(2天):…, 湖北省 2025)
  // (…and a longer label that names a time, a place or a way, 纸质材料提交时间:2023年6月28日-7月16日: 宝安)
  return /^[\u4e00-\u9fff]{2,6}(?:[（(][^（）()]{1,8}[）)])?[：:]/.test(line) || /^[\u4e00-\u9fff]{2,10}(?:时间|日期|时限|期限|地点|方式)(?:[（(][^（）()]{1,8}[）)])?[：:]/.test(line) || UNIT_FIELD.test(line) || UNIT_LABEL_FOR.test(line) || UNIT_LABEL_BARE.test(line) || FIELD_BARE.test(line);
}

/** A body's name by its last word (局, 委员会, 政府…), maybe with a bracketed note after it. */
const BODY_END = new RegExp(`(?:${BODY_SUFFIX})(?:[（(][^（）()]{1,12}[）)])?$`);
/** A line that is a unit field, its label and colon first (责任单位:市发改委 五县五区政府 开发区管委会): where its value starts. */
const UNIT_FIELD = new RegExp(`^\\s*${LABEL_WORD}\\s*[：:]\\s*`);
/** A line that is a unit field (主办单位:昌都市人民政府, 责任单位:市发改委): a note or a list of bodies, never a title. */
export function isUnitFieldLine(line: string): boolean {
  return UNIT_FIELD.test(line);
}
/**
 * Where the value of a unit field starts on its line, or -1: the spaces between its bodies part them, as 、 would (开封: 责任单位:
 * 市发改委 五县五区政府 开发区管委会), so the cleaner keeps one.
 */
export function unitFieldValueStart(raw: string): number {
  const m = UNIT_FIELD.exec(raw);
  if (!m) return -1;
  const value = raw.slice(m[0].length).trim();
  // (Only a list written with spaces alone, each part a body: spaces inside names a PDF layer left, 市 财政局, 伏羲 山管委 会 beside
  // 、, are no separators.)
  const parts = value.split(/\s+/);
  return !/[。；;！？、，,]/.test(value) && parts.length >= 2 && parts.every((p) => p.length >= 2 && BODY_END.test(p)) ? m[0].length : -1;
}

/** A unit field whose label names the bodies' head too (项目实施单位及责任人:). */
const HEADED_FIELD = new RegExp(`${HEAD_SUFFIX}\\s*[：:]`);

/**
 * Does a unit field's line end before the line under it (项目实施单位及责任人:中原区乡村振兴局 李泽强 / 监督电话): the field's list is
 * complete (no joint at its end) and the line below names no body, so it is no continuation of the list.
 */
export function unitFieldEnds(line: string, next: string): boolean {
  const n = next.trim();
  // (a short line with no list mark in it: a wrapped list's tail, 会、东部新城管委会, goes on)
  // (…and the field's last name is whole: a body's, or a person's after it, 中原区乡村振兴局 李泽强; not 区市场监 / 管局)
  const t = line.trim();
  const headed = HEADED_FIELD.test(t);
  const whole = BODY_END.test(t) || (headed && [2, 3].some((k) => BODY_END.test(t.slice(0, -k).trim())));
  return UNIT_FIELD.test(line) && whole && n.length <= 12 && !/[、，,；;]/.test(n) && !BODY_END.test(n);
}

/** A unit field still open at the end of the text before a gap (…责任单位:县财政局、县税务局): its label, a colon, no sentence end since. */
const OPEN_UNIT_FIELD = new RegExp(`${LABEL_WORD}\\s*[：:][^。；;！？:：]*$`);
/** A list item's number (2. 二、 (三)): not a decimal (1.5亿元). */
const ITEM_NUMBER = String.raw`(?:\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|${OTHER_ITEM_SHAPES})`;
/** A list item's number after a gap, its text following (2.落实…, 二、曹惠明…, (三)加强…). */
const ITEM_AFTER_GAP = new RegExp(String.raw`^${ITEM_NUMBER}\s*[\u4e00-\u9fff]`);

/**
 * Does a gap end a unit field the page ran into the next item (责任单位:县发改局、县财政局 2.落实党政机关…, 海盐: a task list set on one
 * line, items apart by spaces)? The gap is the line break the page lost: the item's number after it opens no body's name.
 */
export function unitFieldEndsAtGap(before: string, after: string): boolean {
  return ITEM_AFTER_GAP.test(after) && OPEN_UNIT_FIELD.test(before.slice(-120));
}

/**
 * Does a gap in a page run onto one long line stand for a lost line break before an item (…迎接党的二十大胜利召开。 一、王丹县长牵头重点工作
 * 1.全县生产总值…, 海盐)? A sentence or heading ends before it and an item's number opens after it.
 */
export function itemOpensAtGap(before: string, after: string): boolean {
  // (not inside a table's row, whose cells the bars part: 2 | 新建成…。 | 1.婴幼儿照护… 2.婴幼儿…, 临安; a heading may stand before
  // the item: 申报流程 (一)申报单位申报。…, 成都; …责任分解 一、王丹县长牵头重点工作 1.全县…, 海盐)
  return ITEM_AFTER_GAP.test(after) && !/[|｜]/.test(before) && /(?:[。；;！？!?]|[\u4e00-\u9fff）)”])$/.test(before);
}

/** An item's number and a short heading with no stop, all that stands before the next gap ((二)规模奖励, 一、王丹县长牵头重点工作). */
const ITEM_HEADING = new RegExp(String.raw`^${ITEM_NUMBER}\s*[\u4e00-\u9fff“”"《》、]{2,16}$`);
export function itemHeadingEnds(item: string): boolean {
  return ITEM_HEADING.test(item);
}
