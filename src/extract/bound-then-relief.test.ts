import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A bound closed by 的 and a comma, then a relief the applicant enjoys rather than a grant (实际租期不满一年的,根据实际租期按比例享受减免): a
// condition as one followed by 给予/补助 is. Found on beijing-dongcheng-zujinjianmian.txt and chongqing-chongqingshi-zujinjianmian2022.txt (dev;
// two provinces' rent-relief rules).
const thresholds = (text: string) => extractValues(text).thresholds.map((t) => [t.raw, t.min ?? null, t.max ?? null, t.unit]);

describe('a bound then a relief enjoyed (bound then relief)', () => {
  it.each([
    // 东城 (beijing-dongcheng-zujinjianmian.txt)
    ['其中承租方2022年内实际租期不满一年的,根据实际租期按比例(实际承租天数/365天)享受减免。', [['一年', null, 1, '年']]],
    // 重庆市 (chongqing-chongqingshi-zujinjianmian2022.txt)
    ['承租方在2022年实际租期不满一年的,根据租期按比例享受减免。', [['一年', null, 1, '年']]],
  ])('%s', (s, want) => expect(thresholds(s)).toEqual(want));
  it('valid: the term of a relief itself is no condition', () => {
    expect(thresholds('对承租国有房屋的个体工商户,免除3个月租金,享受减免。')).toEqual([]);
  });
});
