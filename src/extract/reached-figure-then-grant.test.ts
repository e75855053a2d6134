import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A figure reached, its unit (and an alternative unit in brackets) right before the grant's verb, no 以上 or 的 between: the floor the
// grant is paid for (达到200万袋(瓶)给予以奖代补资金20万元).
const bounds = (s: string) => extractValues(s).thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]);

describe('a reached figure right before the grant (reached figure then grant)', () => {
  it.each([
    // (沈阳, 辽宁: seedling firms by what they sell; the last of a chain, its alternative unit in brackets)
    ['当年销售给我市农户优质商品化蔬菜、花卉种苗达到500万株,树莓、蓝莓种苗达到400万株,食用菌菌种达到200万袋(瓶)给予以奖代补资金20万元。', [[2000000, null, '袋']]],
    ['种植面积达到500亩给予一次性补助5万元。', [[500, null, '亩']]],
  ])('%s', (s, expected) => expect(bounds(s)).toEqual(expected));
  // (a sum given, not reached: no bound word before it)
  it('补贴500亩给予资金 is no bound', () => expect(bounds('按实际种植面积补贴500亩给予资金。')).toEqual([]));
});
