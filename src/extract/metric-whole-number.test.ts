import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';
import { metricBefore } from './thresholds.js';

// A threshold's metric is the last sixteen characters before its figure; the cut fell inside a year (019年比2018年研发费用增长,
// 7-2019年研发费用复合增长率), so the analyst read a metric with a broken number. The number the cut would split is kept whole.
// Found on beijing-haidian-yanfafeiyongbutie.txt (round 169).
const metricAt = (s: string, figure: string) => metricBefore(s, s.indexOf(figure));

describe('a metric keeps the number its cut would split (metric whole number)', () => {
  it.each([
    // 北京 海淀 (beijing-haidian-yanfafeiyongbutie.txt)
    ['1.2019年总收入在5000万元(含)以下的,应2017-2019年研发费用复合增长率不低于60%;', '60%', '2017-2019年研发费用复合增长率'],
    ['2019年比2018年研发费用增长600万元以上的企业,给予奖励。', '600万元', '2019年比2018年研发费用增长'],
  ])('%s', (s, figure, metric) => expect(metricAt(s, figure)).toBe(metric));
  it('the extracted threshold carries it', () => {
    expect(extractValues('2019年比2018年研发费用增长600万元以上的企业,给予奖励。').thresholds.map((t) => t.metric)).toEqual(['2019年比2018年研发费用增长']);
  });
  it.each([
    // valid: a long metric with no number at its cut keeps sixteen characters
    ['对申报当年在本区范围内新增实际到位注册资本金额度达到5000万元以上的企业', '5000万元', '范围内新增实际到位注册资本金额度'],
  ])('%s', (s, figure, metric) => expect(metricAt(s, figure)).toBe(metric));
});
