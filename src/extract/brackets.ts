/**
 * Bracket shapes that enclose notes in government texts: round （）(), square [] ［］, lenticular 【】 〖〗 and
 * tortoise-shell 〔〕 (also after fold, which leaves them as written), and the rarer angle 〈〉 ⟨⟩ 〈〉 and small
 * ﹙﹚ ﹝﹞ forms some pages set inside a note (各区人民政府〈含开发区管委会,下同〉). Notes close with any closer: 渝府办发
 * texts open with （ and close with 〕.
 */
export const OPENERS = '（(〔[【［〖〈〈⟨﹙﹝';
export const CLOSERS = '）)〕]】］〗〉〉⟩﹚﹞';

const esc = (s: string) => s.replace(/[\]\\[^-]/g, '\\$&');
/** Character classes for regular expressions. */
export const OPEN = `[${esc(OPENERS)}]`;
export const CLOSE = `[${esc(CLOSERS)}]`;
/** Neither an opener nor a closer. */
export const NOT_BRACKET = `[^${esc(OPENERS + CLOSERS)}]`;
/** What one bracket holds, brackets nested one deep inside it included: 各区人民政府〈含开发区管委会〉、区财政局. */
export const BRACKET_BODY = `${NOT_BRACKET}*(?:${OPEN}${NOT_BRACKET}*${CLOSE}${NOT_BRACKET}*)*`;

export const isOpen = (ch: string | undefined): boolean => !!ch && OPENERS.includes(ch);
export const isClose = (ch: string | undefined): boolean => !!ch && CLOSERS.includes(ch);

/** Text without its remarks in round brackets, either width, one level deep: 入库税收(剔除…)500万元 → 入库税收500万元. */
export const withoutRemarks = (text: string): string => text.replace(/[（(][^（）()]*[）)]/g, '');

/** Is pos inside a 《cited title》? */
export function insideTitle(text: string, pos: number): boolean {
  const open = text.lastIndexOf('《', pos);
  const close = text.indexOf('》', pos);
  // (…or a title whose 《 the page lost, from the clause's start: 2023年区政府工作报告重点任务分解》已经区政府研究同意, 下陆区)
  if (open < 0) return close > pos && !/[。；！？《]/.test(text.slice(0, close));
  return text.lastIndexOf('》', pos) < open && close > pos;
}

// Pairs by family: a closer ends the innermost opener of its family, so a note whose inner bracket a page never closed
// (〔西政发(201851号〕文件。) ends with its outer one rather than running on over the sentences after it.
const FAMILY: Record<string, string> = { '（': '(', '(': '(', '﹙': '(', '）': '(', ')': '(', '﹚': '(', '“': '"', '”': '"', '《': '<<', '》': '<<' };
for (const ch of '〔[【［〖﹝〕]】］〗﹞') FAMILY[ch] = '[';
for (const ch of '〈〈⟨〉〉⟩') FAMILY[ch] = '<';

/**
 * The open brackets and quotes at a point, innermost last, after reading ch: an opener is pushed; a closer pops through the innermost
 * opener of its family (dropping inner ones left open), or pops one where none of its family is open (a note opened with （ and closed
 * with 〕, as 渝府办发 texts write it), or nothing where nothing is open.
 */
export function nestAfter(open: string[], ch: string): string[] {
  if (isOpen(ch) || ch === '“' || ch === '《') {
    open.push(FAMILY[ch] ?? ch);
  } else if (isClose(ch) || ch === '”' || ch === '》') {
    const at = open.lastIndexOf(FAMILY[ch] ?? ch);
    open.length = at >= 0 ? at : Math.max(0, open.length - 1);
  }
  return open;
}
