/**
 * Item numbers in the shapes Word and some house styles give them, beside 1. 1、 （1） that every pattern reads: a number closed
 * by a half bracket (1）, 1)) and the enclosed numbers of a Word list (① … ⑳, ⑴ … ⒇, ⒈ … ⒛, one character each: 辽宁省
 * ⑴九年义务教育巩固率达到97%。, 苍溪 ⑴强化招商意识。, 淮安 ①提标改造70个老旧小区…). One place for them, so that a line's heading, a
 * run-on item, a lost paragraph break and a note before an item all read the same shapes.
 */

/** 1） or 1) opening an item: a word, a quote or a bracket after it, never a figure's closing bracket. */
export const HALF_BRACKET_ITEM = String.raw`\d{1,2}[)）](?=\s*[\u4e00-\u9fff“"（(])`;
/** An enclosed number: ① … ⑳ (U+2460–2473), ⑴ … ⒇ (U+2474–2487), ⒈ … ⒛ (U+2488–249B). */
export const ENCLOSED_ITEM = '[\\u2460-\\u249b]';
/** Either of the shapes above. */
export const OTHER_ITEM_SHAPES = `${HALF_BRACKET_ITEM}|${ENCLOSED_ITEM}`;

const CIRCLED = /^[\u2460-\u2473]/;
const PAREN_DIGIT = /^[\u2474-\u2487]/;
const DIGIT_STOP = /^[\u2488-\u249b]/;
const HALF_BRACKET = new RegExp(`^${HALF_BRACKET_ITEM}`);

/** The rank of these shapes as the shapes they stand for: ⒈ as 1. (4), 1） and ⑴ as （1） (5), ① one rank below (6); 0 for none. */
export function otherItemLevel(p: string): number {
  if (DIGIT_STOP.test(p)) return 4;
  if (HALF_BRACKET.test(p) || PAREN_DIGIT.test(p)) return 5;
  if (CIRCLED.test(p)) return 6;
  return 0;
}
