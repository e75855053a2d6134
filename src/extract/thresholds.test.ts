import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';
import { expectGrounded, type Expected } from './fixture-table.js';
import type { Threshold } from '../types.js';

const cases: { text: string; thresholds: Expected<Threshold>[]; amounts?: number[] }[] = [
  { text: '对建立研发准备金制度，且申报研发费用在 100 万元（含）以上、1000 万元以下的企业，由区级财政给予补助', thresholds: [{ raw: '100 万元（含）以上、1000 万元以下', metric: '研发费用', min: 1000000, max: 10000000, minInclusive: true, maxInclusive: false, unit: '元' }], amounts: [] },
  { text: '对申报研发费用达到 1000 万元及以上的企业，由市级专项资金进行补助。', thresholds: [{ raw: '1000 万元及以上', metric: '研发费用', min: 10000000, minInclusive: true }], amounts: [] },
  { text: '对固定资产投资额5亿元及以上的制造业投资项目，企业可申请在3—5年内就近预留一定空间的工业用地', thresholds: [{ raw: '5亿元及以上', metric: '固定资产投资额', min: 500000000 }], amounts: [] },
  { text: '对用电到户单价超过1元/度的企业提供“一户一策”上门指导服务', thresholds: [{ raw: '1元/度', metric: '用电到户单价', min: 1, minInclusive: false, unit: '元/度' }], amounts: [] },
  {
    text: '认定次年产品销售收入达 1000 万元、3000 万元、5000 万元，一次性分别补助 10 万元、30 万元、50万元。',
    thresholds: [
      { raw: '1000 万元', metric: '产品销售收入', min: 10000000 },
      { raw: '3000 万元', min: 30000000 },
      { raw: '5000 万元', min: 50000000 },
    ],
    amounts: [100000, 300000, 500000],
  },
  { text: '企业上一年度产值达到1亿元，且连续两年产值增速为正增长', thresholds: [{ raw: '1亿元', min: 100000000 }], amounts: [] },
  // A target is not a threshold; a cap is not a threshold.
  { text: '规模以上工业总产值达到350亿元', thresholds: [], amounts: [35000000000] },
  { text: '单个企业最高不超过300万元', thresholds: [], amounts: [3000000] },
];

describe('thresholds', () => {
  for (const c of cases) {
    it(c.text.slice(0, 40), () => {
      const v = extractValues(c.text);
      expectGrounded(c.text, v.thresholds, c.thresholds, ['metric', 'min', 'max', 'minInclusive', 'maxInclusive', 'unit']);
      if (c.amounts) expect(v.amounts.map((a) => a.yuan)).toEqual(c.amounts);
    });
  }
});

// Forms common in other provinces' notices.
describe('thresholds: other phrasings', () => {
  it('年主营业务收入首次突破1亿元、5亿元、10亿元的企业，分别给予…', () => {
    const text = '对年主营业务收入首次突破1亿元、5亿元、10亿元的企业，分别给予一次性奖励10万元、30万元、50万元。';
    const v = extractValues(text);
    expect(v.thresholds.map((t) => [t.min, t.minInclusive])).toEqual([[100000000, false], [500000000, false], [1000000000, false]]);
    expect(v.amounts.map((a) => [a.yuan, a.role, a.per])).toEqual([[100000, 'fixed', 'once'], [300000, 'fixed', 'once'], [500000, 'fixed', 'once']]);
  });
  it('第六条 企业年度研发费用支出在500万元以上的… (an article of a 办法)', () => {
    const v = extractValues('第六条 企业年度研发费用支出在500万元以上的，按其年度研发费用增量部分的10%给予补助，最高不超过300万元。');
    expect(v.thresholds.map((t) => [t.metric, t.min])).toEqual([['研发费用支出', 5000000]]);
    expect(v.rates.map((r) => r.base)).toEqual(['年度研发费用增量部分']);
  });
  it('年度营业收入首次达到5000万元以上的企业', () => {
    expect(extractValues('对年度营业收入首次达到5000万元以上的企业，给予20万元奖励。').thresholds.map((t) => [t.metric, t.min])).toEqual([['营业收入', 50000000]]);
  });
  it('单个项目投资额不低于500万元的，按…给予补助', () => {
    const v = extractValues('单个项目设备投资额不低于500万元的，按设备投资额的10%给予补助，最高不超过200万元。');
    expect(v.thresholds.map((t) => [t.metric, t.min])).toEqual([['单个项目设备投资额', 5000000]]);
    expect(v.amounts.map((a) => [a.yuan, a.role])).toEqual([[2000000, 'cap']]);
    expect(v.rates.map((r) => [r.value, r.role, r.base])).toEqual([[0.1, 'fixed', '设备投资额']]);
  });
});
