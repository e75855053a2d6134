/**
 * A text file that carries a page's HTML markup as it was saved (<p>各市、县人民政府…:</p><p style="text-align: right;"> 山西省人民政府</p>):
 * its tags blanked, not cut, so offsets into the file stay exact, a block tag's first character a line break (a paragraph ends there,
 * as the page shows it) and every other character a space. Only a text whose markup is plain to see is touched: three block tags or
 * more.
 */
const BLOCK_TAG = /<\/?(?:p|div|br|li|ul|ol|tr|td|th|table|h[1-6]|section|article)\b[^<>]{0,200}>/gi;
const INLINE_TAG = /<\/?(?:span|strong|b|i|em|font|a|u|sup|sub|img)\b[^<>]{0,200}>/gi;

/** The text with its HTML tags blanked, and whether it held any. */
export function blankMarkup(text: string): { text: string; blanked: boolean } {
  const blocks = text.match(BLOCK_TAG)?.length ?? 0;
  if (blocks < 3) return { text, blanked: false };
  const out = text.replace(BLOCK_TAG, (t) => '\n' + ' '.repeat(t.length - 1)).replace(INLINE_TAG, (t) => ' '.repeat(t.length));
  return { text: out, blanked: true };
}
