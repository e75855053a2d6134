import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';

// Round 254's classes (unseen dev notices: parking, recycling, farm water prices, a forest payout's 公示), each in its general form.
const spans = (s: string, day?: string) => extractValues(s, day).deadlines.map((d) => [d.from ?? null, d.date ?? null]);
const rates = (s: string) => extractValues(s).rates.map((r) => r.value);
const roles = (s: string) => extractValues(s).amounts.map((a) => [a.yuan, a.role]);

describe('a span from a year to a month or a day of a later year (year-to-month spans)', () => {
  it.each([
    // (杭州 再生资源 2020)
    ['以上项目的时间区间为2018年至2020年5月底,已享受再生资源回收体系建设补贴项目不在此次申报范围。', [['2018', '2020-05']]],
    ['项目建设时间为2021年至2022年6月30日。', [['2021', '2022-06-30']]],
  ])('%s', (s, expected) => expect(spans(s)).toEqual(expected));
  // (a span to a year's end stays as it was read)
  it('从2018年至2020年底 stays a span to that year', () => expect(spans('从2018年至2020年底。')).toEqual([['2018', '2020-12']]));
});

describe('the part of a base within a bound is no rate, as the part past it is not (part bounds)', () => {
  it.each([
    // (四川省 升钟 水价 2017: a surcharge on each band of water over the quota)
    '超定额10%及以内部分,终端水价每立方米加价0.02元;超定额10%以上的部分,终端水价每立方米加价0.04元。',
  ])('%s', (s) => expect(rates(s)).toEqual([]));
});

describe('the thing counted between 个 and the bound, in a list of conditions (thresholds)', () => {
  const docBounds = (text: string, pattern: RegExp) =>
    extractDocument(documentsOfPlainText(text)[0])
      .filter((c) => pattern.test(c.text))
      .flatMap((c) => c.thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]));
  it('宝安, 广东 (guangdong-baoan-gonggongtingchechang.txt): a car park\'s size in spaces', () =>
    expect(
      docBounds('申请奖励资金的公共停车场应同时满足以下条件:\n1停车场的规划审批完成于本办法公布实施之后;\n2)地面停车场及地下停车场建设规模在50个泊位以上,地上立体停车场建设规模在30个泊位以上\n第二章 奖励内容与申请', /泊位/),
    ).toEqual([
      [50, null, '个'],
      [30, null, '个'],
    ]));
  it('昆明经开区, 云南 (yunnan-kunmingjingkaiqu-wuliujiangli.txt): links of a logistics chain outsourced', () =>
    expect(
      docBounds(
        '八、产业联动发展奖励\n1.申报条件\n规模以上物流企业(全年营业收入2000万元以上)承接区内非关联企业单家制造业、商贸业等跨产业的采购、运输、仓储、货代、流通加工、物流信息等两个环节以上物流服务外包,且年度实际总外包物流费用达500万元以上。',
        /环节/,
      ),
    ).toContainEqual([2, null, '个']));
});

describe('records and expiries at a day before the notice (done at a day)', () => {
  it.each([
    // (金华 2021: the rules a draft replaces ran out: their end, a limit)
    ['2018年经市政府同意,由市建设局、农业农村局、财政局、商务局、供销社5部门联合印发的《金华市区城乡垃圾分类低价值可回收物兜底回收和补助办法》(试行)(金市建综〔2018〕321号)已于2020年12月到期。', '2021-12-09', [[null, '2020-12']]],
    // (乌苏, 新疆 2024: a check made before the 公示's day is what was done)
    ['林草局于2023年7月对2015年度退耕还林不合格面积1212.7亩再次进行验收,验收合格面积1129亩,需兑付补助资金45.16万元。', '2024-01-12', []],
    // (…a check the notice plans stays its limit)
    ['林草局将于2024年7月对退耕还林面积进行验收。', '2024-01-12', [[null, '2024-07']]],
    // (…and a release already made stays a record: 瑞安)
    ['该办法已于2024年9月印发。', '2024-10-01', []],
  ])('%s', (s, day, expected) => expect(spans(s, day)).toEqual(expected));
});

describe('a price a notice sets is fixed whatever goal its sentence opens on (price set)', () => {
  it.each([
    // (四川省 升钟 水价 2017)
    [
      '按照“先建机制、后建工程”的原则,农业水价逐步达到运行维护成本水平和实行分类水价、超定额累进加价的要求,对于已实施农业水价综合改革且供水计量设施齐备的升钟水利工程灌区,农业用水骨干工程供水价格为:在用水定额内,水稻、小麦、玉米、油菜等粮油作物水价每立方米0.10元,经济作物、养殖业和其它用水水价每立方米0.12元。',
      [
        [0.1, 'fixed'],
        [0.12, 'fixed'],
      ],
    ],
    // (a goal's figure with no price named stays a target)
    ['到2025年,产业合作示范园企业工业总产值达到20亿元。', [[2000000000, 'target']]],
  ])('%s', (s, expected) => expect(roles(s)).toEqual(expected));
});
