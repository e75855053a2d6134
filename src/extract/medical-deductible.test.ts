import { describe, expect, it } from 'vitest';
import { valueTable } from './fixture-table.js';

// A medical plan's deductible (起付标准, 起付线) is the cost where its payment starts: a threshold on that cost, as a base's 起点 is, not money
// the plan gives. The band of a cost it pays its share of (超过200元至1000元以内的费用,由医保基金支付40%) is no value, as 临高's 之间的部分
// is. Found on jiangsu-changzhou-chengzhenjuminyibao2010.txt (round 220, scored before its rules: thresholds 0.667, amounts 0.846).
describe("a medical plan's deductible is a threshold on the cost (medical deductible)", () => {
  it.each([
    // 常州 2010
    ['一级、二级医疗机构住院起付标准为300元/次,三级医疗机构住院起付标准为600元/次。', [[300, null, '元/次'], [600, null, '元/次']]],
    // form: 起付线, full-width comma, a share after it
    ['参保人员住院起付线为800元，起付线以上的费用按80%报销。', [[800, null, '元']]],
    // form: traditional characters
    ['一級醫療機構住院起付標準為300元/次。', [[300, null, '元/次']]],
  ])('%s', (s, want) => {
    const v = valueTable(s);
    expect(v.thresholds.map((t) => t.slice(1))).toEqual(want);
    expect(v.amounts).toEqual([]);
  });
});

describe('the band of a cost a plan pays its share of is no value (medical deductible, paid band)', () => {
  it.each([
    // 常州 2010: the deductible reached (满200元) is the threshold; the band after it bounds the share's base
    ['一个保险年度内,参保人员在规定的定点医疗机构发生医保范围内的普通门诊医疗费用,个人自付累计满200元后,对超过200元至1000元以内的费用,由医保基金支付40%。', [[200, null, '元']], [0.4]],
    // form: full-width commas, 医疗费用, 报销
    ['对超过1000元至5000元以内的医疗费用，按60%报销。', [], [0.6]],
  ])('%s', (s, thresholds, rates) => {
    const v = valueTable(s);
    expect(v.thresholds.map((t) => t.slice(1))).toEqual(thresholds);
    expect(v.rates).toEqual(rates);
    expect(v.amounts).toEqual([]);
  });
});
