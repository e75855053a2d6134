import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Round 178's classes (dev notices 重庆市 绿色食品, 宝安 工业园区, 荔湾, 大连 软件, 银川 工业增长; 泰州 秸秆 of an older round gains too):
const v = (text: string, docDate?: string) => extractValues(text, docDate);

describe('round 178 classes', () => {
  it('this round’s whole payout (全市本次共补助920万元) is a total', () => {
    expect(v('全市本次共补助920万元。').amounts.map((a) => a.role)).toEqual(['total']);
  });
  it('一 written for the dash between two days is a period', () => {
    expect(v('网上申报时间:2023年6月26日一7月14日', '2023-06-27').deadlines.map((d) => [d.from, d.date])).toEqual([['2023-06-26', '2023-07-14']]);
  });
  it('近N年 naming a plan’s horizon (未納入市、區近5年收儲計劃) is none', () => {
    expect(v('土地權屬或租賃剩余有效期不少于10年,未納入市、區近5年收儲計劃,且未納入城市更新項目年度實施計劃。', '2024-05-01').deadlines).toEqual([]);
  });
  it.each([
    ['其中,软件企业需按照有关规定和要求报送软件和信息技术服务业行业报表,主要包括两类:一是主营业务为软件研发、系统集成及相关信息技术服务,且该收入占企业营业收入总额比例不低于50%;', [0.5]],
    ['二是主营业务收入在2000万元以上,并有软件研发、系统集成及相关信息技术服务业务,且该收入占企业主营业务收入30%以上。', [0.3]],
  ])('a part’s share of the applicant’s own revenue is a condition: %s', (s, mins) => {
    const r = v(s);
    expect(r.rates).toEqual([]);
    expect(r.thresholds.filter((t) => t.unit === '%').map((t) => t.min)).toEqual(mins);
  });
  it.each([
    // invalid: a grant set by a share, and a goal's share, stay rates
    ['按研发费用占销售收入的比例给予10%的补助。', [0.1]],
    ['到2020年,数字经济增加值占地区生产总值的比重达到30%以上。', [0.3]],
  ])('%s: still a rate', (s, rates) => expect(v(s).rates.map((r) => r.value)).toEqual(rates));
  it('银川: ranks by a score (综合得分前20名) and rank tiers without 第 (前三名各奖励…,4至7名各奖励…,14名-20名各奖励…)', () => {
    expect(v('对2012年完成工业总产值2000万元-2亿元的规模以上工业企业,在2013年1-6月、1-9月、1-12月按照产值增速、产销率、利税增速综合得分前20名的给予奖励。').thresholds.filter((t) => t.unit === '名').map((t) => t.max)).toEqual([20]);
    const tiers = v('其中:前三名各奖励50万元,4至7名各奖励40万元,8至13名奖励各30万元,14名-20名各奖励20万元。').thresholds.map((t) => [t.min ?? null, t.max]);
    expect(tiers).toEqual([[null, 3], [4, 7], [8, 13], [14, 20]]);
  });
});
