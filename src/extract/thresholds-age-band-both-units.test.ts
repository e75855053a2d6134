import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// An age band whose unit is written after both ends and joined by a dash (80岁—99岁的每人每月发放高龄保健补助55元, 香格里拉 round 277) was no
// threshold: the band's first figure could take no unit before its joiner, though 80岁至99岁 was read by another rule. Either end may carry
// 岁 or 周岁, whatever joins them (issue 9).
const bands = (text: string) => extractValues(text).thresholds.map((t) => [t.min, t.max, t.unit]);

describe('an age band with its unit at both ends (thresholds age band both units)', () => {
  it.each([
    // 香格里拉 (yunnan-xianggelila-gaolingbuzhu2024.txt)
    ['80岁—99岁的每人每月发放高龄保健补助55元/人/月;', [[80, 99, '岁']]],
    // (the unit once, as before: 龙港, zhejiang-longgang-jiuyejianxi2023.txt)
    ['接收毕业2年以内尚未就业的高校毕业生和16-24岁失业青年参加就业见习的见习基地。', [[16, 24, '岁']]],
    // form: 至 with 周岁 at both ends
    ['80周岁至89周岁的老年人,每人每月发放高龄津贴60元。', [[80, 89, '周岁']]],
  ])('%s', (text, want) => {
    expect(bands(text)).toEqual(want);
  });
});
