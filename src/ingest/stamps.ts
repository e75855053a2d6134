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
