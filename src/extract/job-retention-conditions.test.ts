import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';
import { deadlinePairs } from './fixture-table.js';

// Round 224 (issue 9), scored before its rules (thresholds 0.806, deadlines 0.762): the job-retention refund (稳岗返还) notices of 辽宁省 2021
// and 辽源 2025 (eval/national/dev liaoning-liaoningsheng-wengangfanhuan2021.txt, jilin-liaoyuan-wengangfanhuan2025.txt) showed five classes.
const listed = (s: string) => {
  const v = extractValues(s, '2025-05-29', true);
  return { thresholds: v.thresholds.map((x) => [x.min ?? null, x.max ?? null, x.unit]), deadlines: v.deadlines.map((d) => d.raw) };
};

describe('the months a formula takes its figures at are no limit (formula dates)', () => {
  it.each([
    // 辽宁省 2021
    ['1.参保单位裁员率=(2020年12月失业保险参保人数﹣2021年12月失业保险参保人数)÷2020年12月失业保险参保人数×100%。'],
    // forms: full-width equals, a day, an amount
    ['增长率＝(2023年12月31日营业收入－2022年12月31日营业收入)÷2022年12月31日营业收入×100%'],
  ])('%s', (s) => expect(deadlinePairs(s, '2022-03-01')).toEqual([]));
  it('keeps a limit in a sentence with no formula: 于2022年12月前报送参保人数', () =>
    expect(deadlinePairs('请于2022年12月前报送参保人数。', '2022-03-01')).toEqual([['于2022年12月前', '2022-12']]));
});

describe("the start of a year a count is taken at is the period measured (count at year start)", () => {
  it.each([
    // 辽源 2025
    ['2024年初失业保险参保人数30人(含)以下的单位,净减员率不高于参保职工总数的20%。'],
    ['2023年初职工人数50人以下的企业,给予一次性补助。'],
  ])('%s', (s) => expect(deadlinePairs(s, '2025-05-29')).toEqual([]));
});

describe('截至 a day is no goal: the condition after it is a condition still (as-of day in a condition)', () => {
  it.each([
    // 辽源 2025
    ['截至2024年12月31日,已足额缴纳失业保险费满12个月及以上,且不欠缴失业保险费。', [[12, null, '个月']]],
    ['截止2023年底,连续缴纳社会保险费6个月以上。', [[6, null, '个月']]],
  ])('%s', (s, want) => expect(listed(s).thresholds).toEqual(want));
  it('a goal 到 a year stays a goal: 到2027年,规模以上工业增加值达到2800亿元以上', () => expect(listed('到2027年,规模以上工业增加值达到2800亿元以上。').thresholds).toEqual([]));
});

describe("a bound by reference names a year and a 控制目标: a listed condition's ceiling (reference bound with year)", () => {
  it.each([
    // 辽源 2025: the item closes on the bracket
    ['上年度未出现净减员(忽略死亡、退休)或净减员率(忽略死亡、退休)不高于2024年度全国城镇调查失业率控制目标(5.5%)。', [[null, 0.055, '%']]],
    // the same before 的企业, a bare year: the ceiling side (it read as a floor before)
    ['上年度未裁员或裁员率不高于2019年全国城镇调查失业率控制目标(5.5%)的企业', [[null, 0.055, '%']]],
    // full-width brackets, no year
    ['裁员率不高于全国城镇调查失业率控制目标（5.5%）。', [[null, 0.055, '%']]],
  ])('%s', (s, want) => expect(listed(s).thresholds).toEqual(want));
});
