/** Where the phrase around a position begins and ends: phrases are cut at ，；。： (not at 、). */
const PHRASE_END = /[，,；;。：:！？]/;

export function phraseStart(text: string, pos: number): number {
  let i = pos - 1;
  let depth = 0;
  while (i >= 0) {
    const ch = text[i];
    if (ch === '）' || ch === ')') depth++;
    else if (ch === '（' || ch === '(') depth = Math.max(0, depth - 1);
    else if (depth === 0 && PHRASE_END.test(ch)) break;
    i--;
  }
  return i + 1;
}

export function phraseEnd(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && !PHRASE_END.test(text[i])) i++;
  return i;
}

/** Text of the phrase before pos (from its start), without whitespace: "达 1000 万元" reads as "达1000万元". */
export function before(text: string, pos: number): string {
  return text.slice(phraseStart(text, pos), pos).replace(/\s+/g, '');
}

/** 。；;！!？? by code: a scan compares numbers, not the one-character strings text[i] would make (a Set of them cost 2% of extraction). */
const isSentenceStop = (c: number): boolean => c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff01 || c === 0x21 || c === 0xff1f || c === 0x3f;

/**
 * Does a goal word govern the sentence up to pos (力争全年…,帮助企业融资1000亿元以上; …,确保2023年…资金需求60亿元以上)? A figure there is
 * what the text sets out to reach, for amounts' roles and thresholds alike.
 */
export function goalGoverns(text: string, pos: number): boolean {
  return /力争|确保/.test(sentenceBefore(text, pos));
}

/** Text of the sentence before pos, from the last 。；！？ before it. */
// (A scan back from pos: the pattern [^。；…]*$ tried a match at every character from the clause's start, each read to the end.)
export function sentenceBefore(text: string, pos: number): string {
  let i = pos - 1;
  while (i >= 0 && !isSentenceStop(text.charCodeAt(i))) i--;
  return text.slice(i + 1, pos);
}

/** Text of the sentence after pos, up to its next 。；！？ (the mirror of sentenceBefore). */
export function sentenceAfter(text: string, pos: number): string {
  let i = pos;
  while (i < text.length && !isSentenceStop(text.charCodeAt(i))) i++;
  return text.slice(pos, i);
}

/** Text of the phrase after pos (to its end), without whitespace. */
export function after(text: string, pos: number): string {
  return text.slice(pos, phraseEnd(text, pos)).replace(/\s+/g, '');
}

/** The offset just past the next n non-space characters from pos. */
export function afterChars(text: string, pos: number, n: number): number {
  let k = pos;
  let seen = 0;
  while (k < text.length && seen < n) if (!/\s/.test(text[k++])) seen++;
  return k;
}

/** Is the figure at pos an ordinal, 第 right before it (第二台, 第一年): a place in a series, no quantity or span? */
export function ordinalAt(text: string, pos: number): boolean {
  return /第\s*$/.test(text.slice(Math.max(0, pos - 2), pos));
}

/** The next n non-space characters after pos. */
export function next(text: string, pos: number, n: number): string {
  return text.slice(pos, pos + n * 3).replace(/\s+/g, '').slice(0, n);
}

/** Between two items of a list: a joiner, maybe after a remark in brackets (70万元(累计)、50万元; not a bound mark (含)). */
// (…a remark with a count of its own in it, no sum or share: 分别给予15万元(分3年支付)、6万元、4万元, 金华)
const LIST_GAP = /^(?:[（(](?!不含)(?:[^（）()\d]{1,8}|[^（）()\d元%％]{0,4}\d+[^（）()\d元%％]{1,6})[）)])?[、和及或与]$/;

/** Start of the list a mention belongs to: "50万元、25万元、10万元" items share the first item's context. */
export function listHead<T extends { start: number; end: number }>(text: string, items: T[], idx: number): number {
  let k = idx;
  while (k > 0) {
    const gap = text.slice(items[k - 1].end, items[k].start);
    if (LIST_GAP.test(gap) || gap === '') k--;
    else break;
  }
  return k;
}

/** The last item of the list idx belongs to (its items joined by 、, 和…), the mirror of listHead. */
export function listTail<T extends { start: number; end: number }>(text: string, items: T[], idx: number): number {
  let k = idx;
  while (k + 1 < items.length) {
    const gap = text.slice(items[k].end, items[k + 1].start);
    if (LIST_GAP.test(gap) || gap === '') k++;
    else break;
  }
  return k;
}

/**
 * The first line with words among the `within` lines right above the line that starts at `lineStart` (blank lines skipped), or
 * undefined: the heading a clause's line sits under (二、补贴标准 / 困难户2.5万元/户; 二、参保缴费标准 / 成年居民低档每人每年400元).
 */
export function lineAbove(text: string, lineStart: number, within = 3): string | undefined {
  let at = lineStart;
  for (let k = 0; k < within && at > 0; k++) {
    const prevStart = text.lastIndexOf('\n', at - 2) + 1;
    const line = text.slice(prevStart, at - 1);
    at = prevStart;
    if (line.trim()) return line;
  }
  return undefined;
}
