import { describe, expect, it } from 'vitest';
import { deadlinePairs, unitRows, valueRows } from './fixture-table.js';
import { extractDocuments } from './extract.js';
import { documentsOfPlainText } from '../ingest/ingest.js';

// Classes from round 154 of the national development set (issue 9): calls, payouts, employment and trade notices.
// Sentences are real, from the dev notice named in the comment; "form" marks one written from the class.

describe('a rate bound whose value is named as a reference level after it is a condition (reference level after)', () => {
  it.each([
    // 阳泉 (shanxi-yangquan-wengangfanhuan.txt) and 山西省 (shanxi-shanxisheng-wenjiuye.txt), the national 稳岗返还 form
    ['参保企业上年度未裁员或裁员率不高于5.5%的控制目标,30人(含)以下的参保企业裁员率不高于参保职工总数20%的;', [[undefined, 0.055, '%'], [undefined, 30, '人'], [undefined, 0.2, '%']], []],
    // valid: a grant's share bounded before a standard stays a rate
    ['补助比例不高于50%的标准执行。', [], [[0.5, 'cap']]],
  ] as [string, unknown[], unknown[]][])('%s', (s, thresholds, rates) => {
    const v = valueRows(s);
    expect(v.thresholds).toEqual(thresholds);
    expect(v.rates.map((r) => [r[0], r[1]])).toEqual(rates);
  });
});

describe('money in the bracket that gives the values of a level a bound names is a condition (reference bracket)', () => {
  it('沈阳 (liaoning-shenyang-pilingzhucan.txt): 达到限额以上标准(批发业2000万元、零售业500万元…)', () => {
    const v = valueRows('年营业收入达到限额以上标准(贸易业:批发业2000万元、零售业500万元、住宿业200万元、餐饮业200万元),且于2023年度首次纳入国家统计网直报单位库的法人企业。');
    expect(v.thresholds).toEqual([[20000000, undefined, '元'], [5000000, undefined, '元'], [2000000, undefined, '元'], [2000000, undefined, '元']]);
    expect(v.amounts).toEqual([]);
  });
  it('valid: a cap in a bracket after a grant stays money (form)', () => {
    expect(valueRows('给予一次性奖励(最高500万元)。').amounts).toEqual([[5000000, undefined, 'cap']]);
  });
});

describe('a body a note marks as in every note below stands for the later measures (standing mark)', () => {
  it('铁岭 (liaoning-tieling-biyeshengjiuye.txt): 各县(市)区政府(以下均含)', () => {
    expect(
      unitRows('一、鼓励市场主体吸纳高校毕业生\n企业招用毕业年度高校毕业生,按照每人1500元标准发放一次性扩岗补助。〔责任单位:市人力资源和社会保障局、市教育局、市财政局按职责分工负责,各县(市)区政府(以下均含)〕\n二、开展公务员考录和事业单位招聘\n实施事业单位面向高校毕业生公开招聘“千岗计划”。(责任单位:市委组织部,市人力资源和社会保障局按职责分工负责)\n'),
    ).toEqual([
      ['市人力资源和社会保障局', '市教育局', '市财政局', '各县(市)区政府'],
      ['市委组织部', '市人力资源和社会保障局', '各县(市)区政府'],
    ]);
  });
});

describe('years: hiring a year plans, a purpose phrase, a round named by its half year (round 154)', () => {
  it.each([
    // 铁岭: a place or a body between the year and 计划, hiring planned
    ['组织开展省市县乡四级联考,进一步扩大招录高校毕业生规模,2022年全市计划招录公务员276人。', '2022-07-01', [['2022年', '2022']]],
    ['2022年我市事业单位计划公开招聘高校毕业生1401人。', '2022-07-01', [['2022年', '2022']]],
    // 井研 (sichuan-jingyan-zhongliangbutie.txt): the purpose phrase's year is none; the fund allotted with its sum stays
    ['为确保2021年中央财政实际种粮农民一次性补贴的公开、公平、公正,根据精神,下达我县2021年中央财政实际种粮农民一次性补贴资金614.61万元。', '2021-07-16', [['2021年', '2021']]],
    // 阳泉 (shanxi-yangquan-nongtianjianshe2022.txt, round 271): 为加快 opens a purpose phrase as 为做好 does
    ['为加快2022年高标准农田项目建设进度,根据《关于下达2022年农田建设任务的通知》(晋农建发〔2022〕2号),现下达第一批省级农田建设项目资金,有关事宜通知如下:', '2022-03-01', []],
    // valid: a purpose reached in the year is that year's (青海省, qinghai-qinghaisheng-zhongdianxiangmu2010.txt)
    ['为确保2010年全省固定资产投资目标的顺利实现,保持重点项目对投资的拉动和经济发展的支撑作用,现将全省重点项目通知如下。', '2010-03-01', [['2010年', '2010']]],
    // 青岛 (shandong-qingdao-kaituoguojishichang.txt): the round named by its year and half year
    ['现将支持2023年度上半年开拓国际市场项目资金申报工作有关事项通知如下:', '2023-08-01', []],
    // valid: a half year written with 年度 that sets a time stays a period
    ['2024年度上半年完成全部改造。', '2024-01-01', [['2024年度上半年', '2024-06']]],
  ] as [string, string, unknown[]][])('%s', (s, date, want) => expect(deadlinePairs(s, date)).toEqual(want));
});

describe('conditions numbered as sections right under their lead-in, and the years their figure is measured over (section conditions)', () => {
  it('蔡甸 (hubei-caidian-zhongdianyanfa.txt): 现补充区级条件如下: / 一、… / 二、2020年至2021年研发投入…均不低于200万元…', () => {
    const text = '本着支持我区创新型企业的原则,现补充区级条件如下:\n\n一、在蔡甸区注册的省级及以上“专精特新”独立法人企业。\n\n二、2020年至2021年研发投入保持正增长,额度均不低于200万元,且占销售收入比重不低于6%。\n\n蔡甸区科学技术和经济信息化局\n2022年5月6日\n';
    const clause = extractDocuments(documentsOfPlainText(text)).flat().find((c) => c.text.includes('200万元'))!;
    expect(clause.thresholds.map((t) => [t.min, t.max, t.unit])).toEqual([[2000000, undefined, '元'], [0.06, undefined, '%']]);
    expect(clause.amounts).toEqual([]);
    expect(clause.deadlines).toEqual([]);
  });
  it.each([
    // form: the measured span, the same with 营业收入
    ['2021年至2023年营业收入累计不低于1亿元的企业,给予奖励。', '2024-03-01', []],
    // valid: a span that sets the years of a programme stays (阜新, liaoning-fuxin-duchazhenggai.txt, its end read by 至)
    ['2023年至2025年,每年安排资金1000万元。', '2022-05-06', [['2023年至2025年', '2025']]],
  ] as [string, string, unknown[]][])('%s', (s, date, want) => expect(deadlinePairs(s, date)).toEqual(want));
});
