import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Round 255's classes (unseen dev notices: firefighter recruitment, bookshop grants, heritage bearers' pay), each in its general form.
const bounds = (s: string) => extractValues(s).thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]);
const spans = (s: string) => extractValues(s).deadlines.map((d) => d.raw);
const roles = (s: string) => extractValues(s).amounts.map((a) => [a.yuan, a.role]);

describe('an age band written as a floor then a ceiling reached, and a ceiling relaxed (age bands)', () => {
  it.each([
    // (泸州, 四川: the day the age is counted at in brackets before it, no limit)
    ['招录政府专职消防队员截止报名结束(2024年4月3日)需年满18周岁,不超过28周岁。', [[18, 28, '周岁']], []],
    // (a floor then a ceiling not reached stays a band: 不满)
    ['年满60周岁不满70周岁的老年人,每人每月发放高龄津贴100元。', [[60, 70, '周岁']], []],
  ])('%s', (s, expected, limits) => {
    expect(bounds(s)).toEqual(expected);
    expect(spans(s)).toEqual(limits);
  });
  it.each([
    // (泸州: the ceiling relaxed for some applicants; 万州, 重庆: …可放宽至45周岁以下)
    ['具有大学专科以上学历人员、解放军和武警部队退役士兵、国家综合性消防救援队伍退出人员、具有2年以上灭火救援实战经验的政府专职消防队员的,年龄可以放宽至30周岁;', [[2, null, '年'], [null, 30, '周岁']]],
    ['持准驾A1、A2、B2驾驶证、具有3年以上驾龄以及具备装备维修、通信与计算机、医疗急救等专业技能人才,年龄可放宽至35周岁。', [[3, null, '年'], [null, 35, '周岁']]],
    ['年龄原则上在40周岁以下(1985年1月后出生),特别优秀的,可放宽至45周岁以下。', [[null, 40, '周岁'], [null, 45, '周岁']]],
  ])('%s', (s, expected) => expect(bounds(s)).toEqual(expected));
  // (a span that is no one's experience stays none)
  it('项目要有3年以上的建设期 names no experience', () => expect(bounds('项目要有3年以上的建设期。')).toEqual([]));
});

describe('a clean record over a span is no limit (clean record spans)', () => {
  it.each([
    // (深圳 实体书店 2021: two kinds of shop, each its span, the record they share after the last)
    '依法合规经营,新建书店1年内,其他书店2年内未受到各级出版行政管理部门处罚,且无其他违法违规记录。',
    // (…and a support not had in the span)
    '1年内未享受过深圳市级财政资金给予运营补贴、经营场所租金减免及其他经营性优惠。',
  ])('%s', (s) => expect(spans(s)).toEqual([]));
  it('spans a task must be done in stay limits', () => expect(spans('项目须在1年内完成,3年内投产。')).toEqual(['1年内', '3年内']));
});

describe('a standard raised with 追加到 is a target at its new level (raised standards)', () => {
  it.each([
    // (双柏, 云南: a reply to a proposal)
    [
      '中央财政对国家级传承人补助经费追加到20000元,省级财政对省级传承人补助经费追加到8000元州级财政已对州级非物质文化遗产项目代表性传承人每年给予3600元的补助。',
      [
        [20000, 'target'],
        [8000, 'target'],
        [3600, 'fixed'],
      ],
    ],
  ])('%s', (s, expected) => expect(roles(s)).toEqual(expected));
});

describe('a month range whose start and end are said in words (开始…结束)', () => {
  const periods = (s: string) => extractValues(s).deadlines.map((d) => [d.from ?? null, d.date ?? null]);
  it.each([
    // (邓州, 河南 2024)
    ['本次活动自2024年1月开始至2024年12月结束。', [['2024-01', '2024-12']]],
    ['本次活动自2024年1月起至2024年12月止。', [['2024-01', '2024-12']]],
  ])('%s', (s, expected) => expect(periods(s)).toEqual(expected));
});
