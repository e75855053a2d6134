import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Round 35 of the national development set: nine notices scored at the frozen build 55f52b5 before any rule for them (amounts 0.921,
// rates 0.750, thresholds 0.730, units 1.000, deadlines 0.833, region 8/9, issuer 5/6, date 5/5). The classes of their misses, each
// with the dev sentence that showed it (file named) and forms written from the class.
const v = (s: string) => {
  const x = extractValues(s, '2020-06-01');
  return [x.amounts.map((a) => [a.yuan, a.role]), x.rates.map((r) => r.value), x.thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit])];
};

describe('a clause that opens with the label of whom it sets requirements for: its bounded figures are conditions (祁县, shanxi-qixian-zhaoshang.txt)', () => {
  it.each([
    ['工业项目:固定资产投资原则上不低于3000万元,投资强度原则上不低于200万元/亩,年度亩均纳税原则上不低于10万元。', [[], [], [[30000000, null, '元'], [2000000, null, '元/亩'], [100000, null, '元']]]],
    ['农业项目:投资总额原则上不低于3000万元。', [[], [], [[30000000, null, '元']]]],
    // (an award's label too: 中山 guangdong-zhongshan-kuodachukou.txt)
    ['1.突出贡献奖:实际利用外资额超1亿美元;', [[], [], [[100000000, null, '美元']]]],
  ] as [string, unknown[]][])('%s', (s, want) => expect(v(s)).toEqual(want));
});

describe('a rate joined by 且/同时 to a condition before it, or in a clause that opens with 或, is a condition (中山)', () => {
  it.each([
    ['或年出口10亿美元以上(含10亿美元),同时增长8%(含8%)以上。', [[], [], [[1000000000, null, '美元'], [0.08, null, '%']]]],
    ['年出口2亿美元以上(含2亿美元),且增长超过(含达到)13%全市平均增幅;', [[], [], [[200000000, null, '美元'], [0.13, null, '%']]]],
    ['或年出口增长50%以上(含50%)。', [[], [], [[0.5, null, '%']]]],
    // (a growth goal beside a target is no condition)
    ['地区生产总值增长7%左右,同时一般公共预算收入增长8%。', [[], [0.07, 0.08], []]],
  ] as [string, unknown[]][])('%s', (s, want) => expect(v(s)).toEqual(want));
});

describe('a cap on the quantity the grant itself counts, after the grant’s verb, is no condition (海南, hainan-hainansheng-hulianwang.txt)', () => {
  it.each([
    ['在规划园区内工作的,给予面积不超过50平方米的3年全额租房补贴。', []],
    // (the span the worker must reach before it, 满3年, is a floor: the dev gold's, read since the span-reached class)
    ['工作满3年后,分期给予建筑面积不超过100平方米的50%购房补贴,最高补贴50万元。', [[3, null, '年']]],
    // (a rank that earns the grant stays a condition)
    ['给予排名前5位的市分别奖励1500万元、1200万元、1000万元、800万元、500万元。', [[null, 5, '位']]],
  ] as [string, unknown[]][])('%s', (s, want) => expect(v(s)[2]).toEqual(want));
});

describe('years of experience, then a second bounded condition and the applicant after a comma (海南, hainan-hainansheng-hulianwang.txt)', () => {
  it.each([
    ['对在国内外知名互联网企业有3年以上工作经历,年薪达到一定额度的管理人员和骨干技术人员,给予奖励', [[3, null, '年']]],
    ['有5年以上从业经历的人员,给予奖励', [[5, null, '年']]],
    // (a span with no condition and no applicant after it stays none)
    ['连续3年以上,全市经济保持平稳增长。', []],
  ] as [string, unknown[]][])('%s', (s, want) => expect(v(s)[2]).toEqual(want));
});
