/**
 * A web page's time stamp (2017-08-15 13:07, 2019/6/10 14:36:55, 2023年3月2日 09:30), as the cleaner reads it on the text as written
 * and the metadata reader on the folded text: one pattern for both, digits and separators in either width. (PAGE_TIME and STAMP in
 * metadata.ts are stamps in figures only, a signing date written 年月日 being no stamp there.)
 */
const D = '[0-9０-９]';
/** The date: year, month, day, apart by - / . or 年 月 (日 after the day allowed). */
export const STAMP_DATE = `${D}{4}\\s*[-/.年－／．]\\s*${D}{1,2}\\s*[-/.月－／．]\\s*${D}{1,2}日?`;
/** The time of day after it: 13:07, 14:36:55, the colon in either width. */
export const STAMP_TIME = `${D}{1,2}[:：]${D}{2}(?:[:：]${D}{2})?`;
/**
 * A page's time stamp alone on its line, maybe with the page's view count and the notice's status after it (2017-04-23 3750次 已失效,
 * 海曙): never part of a title or a sentence.
 */
export const STAMP_LINE = new RegExp(`^${STAMP_DATE}(?:\\s*${STAMP_TIME})?(?:\\s*${D}+\\s*次)?(?:\\s*(?:已失效|失效|有效|现行有效|已废止|废止))?$`);
/** A line that ends in a date with its time of day (作者: 来源:郑州晚报 时间:2022-06-09 09:00:31): a byline. */
export const TIMED_STAMP_END = new RegExp(`${STAMP_DATE}\\s*${STAMP_TIME}$`);
/** A date with its time of day anywhere (…若干政策》2019-07-26 10:15为切实…): the date is group 1. */
export const TIMED_STAMP = new RegExp(`(?<![0-9０-９])(${STAMP_DATE})\\s*${STAMP_TIME}(?![0-9０-９])`);
/**
 * A page's date widget set a part a line (2025 / 09/30 / 12:10, 乌鲁木齐 科技局): the year alone, then month and day, maybe the hour.
 * The month and day alone would read as a page counter (1/3) and the year as a wrapped line of the title.
 */
const STAMP_YEAR_LINE = /^(?:19|20)\d{2}$/;
const STAMP_MONTH_DAY_LINE = /^(\d{1,2})[-/.](\d{1,2})$/;
const STAMP_CLOCK_LINE = /^\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$/;
/** The date of a split stamp whose year is line Y and month/day line M (whitespace removed, folded), else undefined. */
export function splitStampDate(y: string, m: string): string | undefined {
  const md = STAMP_YEAR_LINE.test(y) ? STAMP_MONTH_DAY_LINE.exec(m) : null;
  if (!md) return undefined;
  const [mo, d] = [Number(md[1]), Number(md[2])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? `${y}-${md[1].padStart(2, '0')}-${md[2].padStart(2, '0')}` : undefined;
}
/** How many lines from I a page's date widget takes (its whole stamp on one line, or split: year / month-day / hour); 0 for none. */
export function stampLinesAt(lines: string[], i: number): number {
  const at = (k: number) => (lines[k] ?? '').replace(/\s/g, '');
  if (STAMP_LINE.test(at(i))) return 1;
  if (!splitStampDate(at(i), at(i + 1))) return 0;
  return STAMP_CLOCK_LINE.test(at(i + 2)) ? 3 : 2;
}

/**
 * The marks a page leaves for characters it lost after a date (2021年11月22日????????, 监利; 2019年6月25日? ?, 兴庆 — full-width spaces
 * an encoding turned to ?): two or more, spaces between allowed; no part of the date.
 */
export const LOST_MARKS = '[?？�](?:\\s*[?？�])+';
