import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Round 246's classes (unseen dev notices: insurance and guarantees, transport plans, heritage funds), each in its general form.
const spans = (s: string) => extractValues(s).deadlines.map((d) => d.raw);
const money = (s: string) => extractValues(s).amounts.map((a) => [a.yuan, a.role]);

describe('the one grant a span allows is a frequency, no time limit (deadlines)', () => {
  it.each([
    // (武汉 保证保险贷款 2019; 龙华's 三年内只得申报一次 already none)
    '单个企业一个年度内只补贴一笔贷款。',
    '企业三年内只得申报一次。',
  ])('%s', (s) => expect(spans(s)).toEqual([]));
});

describe("a year opening a form's name names the form (deadlines)", () => {
  it.each([
    // (materials lists: 武汉 2019, with place names too: 苏州 2013, 大连 2022, 成都 2025, 奉化 2022)
    '1、2019年科技型企业保证保险贷款补贴申报表;',
    '1、2013年度苏州市科技创新政策性资助项目申请表',
    '1.2022年大连市房交会补贴申请表',
    '2.2025年成都市支持担保机构担保代偿补助项目资金申报表',
  ])('none: %s', (s) => expect(spans(s)).toEqual([]));
  // (a limit on handing the form in is still one)
  it('请于2019年8月19日前提交申报表 keeps its limit', () => expect(spans('请于2019年8月19日前提交申报表。')).toEqual(['于2019年8月19日前']));
});

describe('the sum an insurance covers is no money given (amounts)', () => {
  it.each([
    // (泽库 藏系羊牦牛保险 2019: the premium shares are the measure)
    ['每只藏系羊保险金额300元,每头牦牛保险金额2000元。', []],
    ['保险金额为每亩1000元,保费补贴50元。', [[50, 'fixed']]],
  ])('%s', (s, expected) => expect(money(s)).toEqual(expected));
});

describe('a span a campaign runs, after 通过/经过 (deadlines)', () => {
  it.each([
    // (南沙 加装电梯 2021; 中老铁路 2025's 通过3年努力 already read)
    ['根据广州市老旧小区住宅增设电梯的工作要求,结合全区老旧小区住宅增设电梯需求摸查情况,通过三年行动,基本实现有条件、有意愿的住宅加装电梯目标。', ['三年']],
    ['通过3年努力,中老铁路沿线发展水平显著提高,特色产业发展质效明显提升。', ['3年']],
  ])('%s', (s, expected) => expect(spans(s)).toEqual(expected));
});

describe("a standard's money set with its floor is money, no condition (thresholds, amounts)", () => {
  it.each([
    // (苏州 2025, in traditional characters: the tiers listed after the first go with it)
    ['特困供養人員照料護理標準按照不低于1494元/月(全護理)、747元/月(半護理)、249元/月(全自理)分檔確定', [1494, 747, 249]],
    // (天府新区: the guide's example)
    ['在中央、省、市财政补助的基础上,提高区级补助标准,确保高标准农田建设财政投入标准不低于4000元/亩。', [4000]],
  ])('%s', (s, sums) => {
    const v = extractValues(s);
    expect(v.thresholds).toEqual([]);
    expect(v.amounts.map((a) => a.yuan)).toEqual(sums);
  });
  // (a floor on what an applicant invests stays a condition)
  it('固定资产投资不低于1000万元的项目 stays a condition', () => expect(extractValues('对固定资产投资不低于1000万元的项目,给予50万元奖励。').thresholds.map((t) => t.min)).toEqual([10000000]));
});

describe("a money range whose lower end is written whole, the magnitude on the upper only (amounts)", () => {
  it.each([
    // (莱西 禁毒 举报奖励 2017: 5000-3万元 is 5000 to 30000, as 5000-1万平方米 is in a quantity's band)
    ['50-1000克以下,每案奖励5000-3万元;', 5000],
    ['缴获量在50千克以上的,每案奖励2000-1万元。', 2000],
    // (the magnitude still shared where the lower end is a small figure: 3-10万元; and a range written high to low, 8—5万元, 方山)
    ['1000克以上,每案奖励3-10万元。', 30000],
    ['奖补标准:按星级分类,补助标准为8—5万元。', 80000],
  ])('%s', (s, low) => expect(extractValues(s).amounts[0]?.yuan).toBe(low));
});
