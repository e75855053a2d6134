import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A span before a rent's relief written as a noun (租金减免, 房租免除) is how long the rent is waived, as 减免3个月房租 is: relative, its
// floor (以上) in the raw, 予以 granting as 给予 does. A count of months before a rent subsidy (两个月的房租补贴) stays a sum, no span.
const deadlines = (text: string, docDate?: string) =>
  extractValues(text, docDate).deadlines.map((d) => {
    expect(text.slice(d.start, d.end)).toBe(d.raw);
    return [d.raw, d.kind ?? d.date];
  });

describe('a span before a rent relief named as a noun is relative (rent relief noun)', () => {
  it.each([
    // 辽宁省 (liaoning-liaoningsheng-yijincuwen.txt)
    ['对租用国有闲置存量厂房的,结合市场需求,对于租赁期较长的,在租赁期内可予以1年以上租金减免。', [['1年以上', 'relative']]],
    // 鞍山 (liaoning-anshan-yijincuwen.txt, round 237), in traditional characters
    ['對租用國有閑置存量廠房的,結合市場需求,對于租賃期較長的,在租賃期內可予以1年以上租金減免。', [['1年以上', 'relative']]],
    // form: 给予 and months, with and without 的, and the relief written 免除
    ['对符合条件的小微企业给予3个月租金减免。', [['3个月', 'relative']]],
    ['对入驻孵化器的企业给予6个月的房租减免。', [['6个月', 'relative']]],
    ['对承租国有房产的个体工商户予以3个月租金免除。', [['3个月', 'relative']]],
  ])('%s', (s, want) => expect(deadlines(s, '2024-12-02')).toEqual(want));
  it.each([
    // valid: months of rent given as a subsidy are a sum (崇川, as before)
    ['对新入驻的企业给予一次性两个月的房租补贴。'],
    // valid: a year's relief before the rent is no span here
    ['予以2019年度房租减免。'],
  ])('%s: none', (s) => expect(deadlines(s, '2024-12-02')).toEqual([]));
});
