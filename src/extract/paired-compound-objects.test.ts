import { describe, expect, it } from 'vitest';
import { objectRows } from './fixture-table.js';

// One object whose word joins the groups a 分别 list's sums go to (城乡 = 城镇 and 农村): the object once per group, not the joined one
// with 分别 in it (class found on 嘉兴 wunianrenwu and 广元 xinxiaofei, dev half).

describe('a joining word splits into its groups for a 分别 list (paired compound)', () => {
  it.each([
    // 嘉兴
    ['到2025年,城乡居民人均可支配收入分别达到9.5万元和6万元。', [[95000, '城镇居民人均可支配收入'], [60000, '农村居民人均可支配收入']]],
    // 广元
    ['到2022年,城乡居民人均生活消费支出分别超过2.8万元和1.5万元。', [[28000, '城镇居民人均生活消费支出'], [15000, '农村居民人均生活消费支出']]],
    // forms: traditional characters, 、 between the sums (a group's characters the clause never writes come as the dictionary has them)
    ['到2025年,城鄉居民人均可支配收入分別達到5萬元、3萬元。', [[50000, '城镇居民人均可支配收入'], [30000, '农村居民人均可支配收入']]],
  ])('%s', (text, want) => expect(objectRows(text)).toEqual(want));
  it.each([
    // valid: three sums are not the compound's two groups; the compound is not split, and 分别 is no part of the metric
    ['到2025年,城乡居民人均可支配收入分别达到5万元、4万元、3万元。', [[50000, '城乡居民人均可支配收入'], [40000, '城乡居民人均可支配收入'], [30000, '城乡居民人均可支配收入']]],
  ])('%s', (text, want) => expect(objectRows(text)).toEqual(want));
  it('a compound a word after it makes one term (城乡一体化) names no two groups', () => {
    const objects = objectRows('对新评为城乡一体化示范村的分别奖励10万元、5万元。').map((r) => String(r[1]));
    expect(objects).toHaveLength(2);
    expect(objects.some((o) => /^(?:城镇|农村)/.test(o))).toBe(false);
  });
});
