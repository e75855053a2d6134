import { describe, expect, it } from 'vitest';
import { deadlinePairs, valueRows } from './fixture-table.js';

// Round 197 (issue 9): classes that new notices (pricing notices, waivers, extensions, heritage and ticket rules) carried, each checked on
// the sentence that showed it and on its other written forms.
const deadlines = (text: string, day = '2024-11-28') => deadlinePairs(text, day);

describe('a standard moved from its old level per a unit: the new level is the sum, the old none (moved standard level)', () => {
  it.each([
    // 梁平 (chongqing-liangping-wushuichulifei.txt): per M3, the old level after 由现行 or 现行 alone
    ['县城:居民污水处理费标准由现行0.8元/M3调整为1.00元/M3;', [[1, undefined, 'fixed']]],
    ['非居民由现行1.10元/M3调整为1.30元/M3。', [[1.3, undefined, 'fixed']]],
    ['非居民现行0.50元/M3调整为0.80元/M3。', [[0.8, undefined, 'fixed']]],
    // 华宁 (yunnan-huaning-gongshuijiage.txt): 从…调整为, a stray 为 before the verb
    ['特种行业用水从7.6元/立方米为调整为8.1元/立方米(含污水处理费1.10元/立方米)。', [[8.1, undefined, 'fixed']]],
  ] as [string, unknown[][]][])('%s', (s, want) => expect(valueRows(s).amounts).toEqual(want));
  it('valid: a price a tier is charged at, no level moved, is a price paid', () =>
    expect(valueRows('每月每户居民用水量在15立方米以内(含15立方米)的供水价格按3.2元/立方米(含污水处理费0.90元/立方米)执行;').amounts).toEqual([]));
});

describe('a part a price includes, in brackets after it, is no sum of its own (included part)', () => {
  it.each([
    // 华宁 (yunnan-huaning-gongshuijiage.txt)
    ['居民生活用水从2.9元/立方米调整为3.2元/立方米(含污水处理费0.90元/立方米)。', [[3.2, undefined, 'fixed']]],
    // 姚安 弥兴镇 (yunnan-mixing-shuifeishoujiao.txt): 其中 opening the bracket
    ['(一)经济作物用水价格为0.25元/m3(其中:末级渠系维护费为0.05元/m3)。', []],
  ] as [string, unknown[][]][])('%s', (s, want) => expect(valueRows(s).amounts).toEqual(want));
});

describe('a household\'s use within a bound (以内) is a ceiling, a span\'s 以内 stays a time limit (quantity within)', () => {
  it('华宁 (yunnan-huaning-gongshuijiage.txt)', () =>
    expect(valueRows('每月每户居民用水量在15立方米以内(含15立方米)的供水价格按3.2元/立方米(含污水处理费0.90元/立方米)执行;').thresholds).toEqual([[undefined, 15, '立方米']]));
  it('form: an area', () => expect(valueRows('对建筑面积在200平方米以内的门店,给予补贴。').thresholds).toEqual([[undefined, 200, '平方米']]));
  it('invalid: a span within years is no ceiling', () => expect(valueRows('企业在3年以内的,给予补贴。').thresholds).toEqual([]));
});

describe('an age span written as a floor and a ceiling not reached is one band (age floor to ceiling)', () => {
  it.each([
    // 上虞 (zhejiang-shangyu-menpiaojiage.txt)
    ['身高1.2米至1.5米的儿童、年满60周岁不满70周岁的老年人实行半票;', [[1.2, 1.5, '米'], [60, 70, '周岁']]],
    ['满16周岁未满18周岁的,给予补助。', [[16, 18, '周岁']]],
  ] as [string, unknown[][]][])('%s', (s, want) => expect(valueRows(s).thresholds).toEqual(want));
  it('valid: a floor alone stays a floor', () => expect(valueRows('年满16周岁的劳动者,给予补助。').thresholds).toEqual([[16, undefined, '周岁']]));
});

describe('the day a record of what was already done is taken at is no limit (done-by day)', () => {
  it.each([
    // 深圳 (guangdong-shenzhen-gangaojidiyanqi.txt), the bureau's 解读
    ['《意见》自施行以来,截至2024年9月底,全市已累计认定10家市级港澳青年创新创业基地,取得了良好的实施效果。', []],
    ['截至2024年6月30日,已完成投资5亿元。', []],
  ])('%s', (s, want) => expect(deadlines(s)).toEqual(want));
  it('valid: a goal counted to a day stays its limit', () => expect(deadlines('截至2025年底,累计建成100个示范点。')).toEqual([['截至2025年底', '2025-12']]));
});

describe('a time each year: a month whose act is a payout, and a year\'s end the sentence says recurs (yearly times)', () => {
  it.each([
    // 柯桥 (zhejiang-keqiao-yeyuwenbaoyuan.txt)
    ['聘任的业余文保员,每年(月)发给工作补贴,经费在绍兴县文物保护专项经费中列支,并于每年6月份下拨各镇(街道),由各镇(街道)财办负责发放。', [['每年6月份', 'ongoing']]],
    ['业余文保员工作每年进行总结评比,对工作负责,成绩显著者在年终予以表彰奖励。', [['在年终', 'ongoing']]],
  ])('%s', (s, want) => expect(deadlines(s)).toEqual(want));
  it('valid: 年终 in a sentence that does not recur is the year\'s December', () => expect(deadlines('年终对各部门的工作进行考核。')).toEqual([['年终', '2024-12']]));
});
