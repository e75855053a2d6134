import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Round 27 of the national development set: six notices scored at the frozen build 711bf45 before any rule for them (amounts 0.923,
// rates 0.933, thresholds 0.846, deadlines 0.571 with 6 false). The classes of 郑东新区's misses (henan-zhengdongxinqu-zhuqishukun.txt),
// each with its dev sentence and forms written from the class.
const v = (s: string) => extractValues(s, '2022-07-01');

describe('a list of bands whose grant follows the last (band lists)', () => {
  it('按计划总投资20亿元及以上、10亿元~20亿元(不含)、5亿元~10亿元(不含)、1亿元~5亿元(不含)分别一次性给予…', () => {
    const x = v('按计划总投资20亿元及以上、10亿元~20亿元(不含)、5亿元~10亿元(不含)、1亿元~5亿元(不含)分别一次性给予项目单位20万元、10万元、5万元、3万元补助。');
    expect(x.thresholds.map((t) => [t.min ?? null, t.max ?? null])).toEqual([[2000000000, null], [1000000000, 2000000000], [500000000, 1000000000], [100000000, 500000000]]);
    expect(x.amounts.map((a) => a.yuan)).toEqual([200000, 100000, 50000, 30000]);
  });
  it('a grant’s own range stays money', () => expect(v('给予50万元~100万元补助。').amounts.map((a) => [a.yuan, a.yuanMax])).toEqual([[500000, 1000000]]));
});

describe('a growth bound before a long name of the applicant is a condition (long applicant)', () => {
  it.each([
    ['对上半年产值5000万元以上,且同比增长10%以上的规模以上工业战略性新兴产业企业(高耗能产业除外),二季度用电费或用气费给予30%补贴。', [0.1], [0.3]],
  ])('%s', (s, floors, rates) => {
    const x = v(s);
    expect([x.thresholds.filter((t) => t.unit === '%').map((t) => t.min), x.rates.map((r) => r.value)]).toEqual([floors, rates]);
  });
});

describe('the periods a figure is measured over, or whose costs a grant pays, are no deadline (measured half years and quarters)', () => {
  it.each([
    ['对上半年产值5000万元以上,且同比增长10%以上的规模以上工业战略性新兴产业企业(高耗能产业除外),二季度用电费或用气费给予30%补贴。'],
    ['对上半年产值同比增长10%以上,且营业收入实现同比增长的规模以上工业企业,产值每增加1000万元,补助2万元。'],
    ['对上半年产值同比增长、二季度实际发生的国内运费达30万元以上的规模以上工业企业,按二季度实际发生运费的10%给予补贴。'],
    ['支持规上软件信息服务业企业达产增效,对上半年实现达产(营业收入同比增长)、三季度实现增效(营业收入环比增长)的,每家企业给予10万元奖励。'],
  ])('%s', (s) => expect(v(s).deadlines).toEqual([]));
  it.each([['力争上半年完成投资30亿元。'], ['力争上半年实现同比增长。'], ['二季度完成厂房建设。']])('a period that sets when work is due stays one: %s', (s) =>
    expect(v(s).deadlines.length).toBe(1));
});
