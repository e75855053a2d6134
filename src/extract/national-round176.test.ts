import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Round 176's classes (dev notices 宝安, 苏州, 温州浙南, 济源):
// - a band of A grades an applicant must hold (3A-5A級物流企業): min and max, unit A级;
// - a rate bounded right after a money condition, a comma and its own measure between (…不低于10亿元,增长率不低于10%): a condition too, as
//   one joined by 且 is;
// - a span written as a period (政策推出三年期间): relative; not the years a figure is measured over (近三年期间);
// - months of a year gone by opening a report of what was done (2023年10-12月份共开展…), and the months a batch is named by in brackets
//   (第四批(10-12月份)): no deadline.
const v = (text: string, docDate?: string) => extractValues(text, docDate);

describe('round 176 classes', () => {
  it('宝安: a band of A grades', () => {
    expect(v('企業首次被認定為廣東省供應鏈服務示范企業、深圳市重點物流企業或3A-5A級物流企業;').thresholds.map((t) => [t.raw, t.min, t.max, t.unit])).toEqual([['3A-5A級', 3, 5, 'A级']]);
  });
  it('苏州: a growth rate after a revenue floor is a condition', () => {
    const r = v('其中标杆型文化企业上年度营业收入(不含流水和关联交易,下同)不低于10亿元,增长率不低于10%;');
    expect(r.rates).toEqual([]);
    expect(r.thresholds.map((t) => [t.unit, t.min])).toEqual([['元', 1e9], ['%', 0.1]]);
  });
  it('苏州: a grant after the comma keeps the rate a rate', () => {
    expect(v('对营业收入不低于10亿元的企业,给予10%的奖励。').rates.map((r) => r.value)).toEqual([0.1]);
  });
  it.each([
    ['经济总量:政策推出三年期间,建筑业总产值每年以15%以上的速度增长;', '2019-07-28', [['三年期间', 'relative']]],
    ['近三年期间营业收入年均增长10%以上的企业。', '2019-07-28', []],
    ['2023年10-12月份共开展等级认定168个批次,涉及工种60个,取证总人数9637人。', '2024-03-06', []],
    ['现将2023年第四批(10-12月份)职业技能等级评价补贴资金情况予以公示,具体情况如下:', '2024-03-06', []],
    // valid: the same months ahead of the notice are its limit
    ['2024年10-12月份开展等级认定。', '2024-03-06', [['2024年10-12月份', '2024-12']]],
  ])('%s', (s, date, want) => expect(v(s, date).deadlines.map((d) => [d.raw, d.kind ?? d.date])).toEqual(want));
});
