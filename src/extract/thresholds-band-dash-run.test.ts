import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A band whose ends a doubled dash parts after a unit that is not money or a date's (示范方连片300亩——499亩补助3000元, 东白湖镇 round 287) gave
// no band: the doubled dash was folded to one only after a digit, 年, 元, %, 万, 亿, 月 or 日. A run of dashes of any length after any figure's
// unit parts a range's ends, folded to one dash and spaces (offsets hold) (issue 9).
const bands = (text: string) => extractValues(text).thresholds.map((t) => [t.min, t.max, t.unit]);

describe('a run of dashes parts a band (thresholds band dash run)', () => {
  it.each([
    // 东白湖镇 (zhejiang-dongbaihuzhen-nongyebuzhu2020.txt)
    ['晚稻新品种、新技术示范方连片300亩——499亩补助3000元,500亩——1000亩示范方补助5000元;', [300, 499, '亩']],
    // (a longer run, between counts of heads)
    ['吸纳就业50人----99人的企业,给予奖励2万元。', [50, 99, '人']],
  ])('%s', (text, band) => {
    expect(bands(text)).toContainEqual(band);
  });
});
