import { lineAbove } from './context.js';
import { PLAIN_ITEM_MARK } from './lexicon.js';

/**
 * What the insured pay in (城乡居民医保's 个人缴费, a pension's 缴费档次): a heading or a label naming the contribution (二、参保缴费标准;
 * 个人缴费部分:) sets the sums under it, each a fee the resident pays, no money given (ANNOTATION rounds 31, 283: a fee is no amount).
 */
/** A heading naming the contributions, on its own line over the clause (二、参保缴费标准; (一)个人缴费标准). */
const CONTRIBUTION_HEADING = new RegExp(String.raw`^\s*${PLAIN_ITEM_MARK}?\s*[\u4e00-\u9fff]{0,8}?缴费(?:标准|档次)\s*[:：]?\s*$`);
/** …or a label naming them earlier on the sum's line, no sentence closed since (其中,个人缴费部分:学生儿童由每人每年100元调整为…;城镇老年人…). */
const CONTRIBUTION_LABEL = /(?:个人|居民|参保人员?)缴费(?:部分|标准|档次)?(?:调整)?(?:为|分为)?\s*[:：][^。\n]*$/;
/** A grant or the government's share named in the sum's phrase: money given, kept (政府补助标准…, 财政补助…). */
const GIVEN_IN_PHRASE = /(?:政府|财政|补助|补贴|资助|代缴|奖励)[^，。；,;:：]*$/;

/** Is the sum at `pos` a contribution the insured pay, under such a heading or label? */
export function contributionAt(text: string, pos: number): boolean {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const before = text.slice(lineStart, pos);
  if (GIVEN_IN_PHRASE.test(before)) return false;
  if (CONTRIBUTION_LABEL.test(before)) return true;
  // (the heading on the line right over the sum's, blank lines between allowed)
  const above = lineAbove(text, lineStart);
  return above !== undefined && CONTRIBUTION_HEADING.test(above);
}
