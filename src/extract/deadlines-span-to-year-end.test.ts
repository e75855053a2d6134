import { describe, expect, it } from 'vitest';
import { deadlinePairs } from './fixture-table.js';

// A span that runs from a month or a day to a later year, or to that year's end (从2014年4月至2016年底, 2020年5月1日至2023年底), is one period:
// from the first to the year, its last month when 底 or 末 closes it — not the start alone and the end as a second limit.

describe('a span to a later year’s end is one period (span to a year end)', () => {
  it.each([
    // 云南省 (yunnan-yunnansheng-weixingqiyechuangye.txt)
    ['从2014年4月至2016年底,每年扶持创办3万户微型企业。', '2014-04-01', [['2014年4月至2016年底', '2016-12']]],
    // 重庆市 (chongqing-chongqingshi-wenjingjizhengcebao.txt), traditional characters
    ['2020年5月1日至2023年底,對從事二手車經銷的納稅人銷售其收購的二手車,減按0.5%征收增值稅。', '2022-05-01', [['2020年5月1日至2023年底', '2023-12']]],
    // a span to a bare later year
    ['本办法自2021年7月1日至2023年施行。', '2021-06-01', [['2021年7月1日至2023年', '2023']]],
    // valid: a span of months stays one
    ['2024年1月至2025年12月,对新购置设备给予补助。', '2024-01-01', [['2024年1月至2025年12月', '2025-12']]],
  ])('%s', (s, d, want) => expect(deadlinePairs(s, d)).toEqual(want));
});

describe('a span of years to a year’s end takes the end’s month (span to a year end)', () => {
  it('reads the end and its limit word as part of the span', () => {
    const got = deadlinePairs('2021年至2023年底前完成改造任务。', '2021-03-01');
    expect(got).toEqual([['2021年至2023年底前', '2023-12']]);
  });
  // valid: round 48 — a build date bounding what qualifies is a condition, no deadline (四川省, sichuan-sichuansheng-chengshigengxin.txt)
  it('leaves a build date that picks the estates alone', () => {
    expect(deadlinePairs('2027年底,2000年底前建成的需改造老旧小区愿改尽改,因地制宜逐步改造2001年至2005年底前建成的老旧小区。', '2025-01-01')).toEqual([['2027年底', '2027-12']]);
  });
});
