import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

const deadlines = (text: string, docDate?: string) =>
  extractValues(text, docDate).deadlines.map((d) => {
    expect(text.slice(d.start, d.end)).toBe(d.raw);
    return [d.raw, d.kind ?? d.date];
  });

// A limit moved from one day to another (时间由原来的4月24日调整为6月5日): both days are limits (ANNOTATION round 46: the replaced limit is
// labelled too). Only 延至 was read as moving a limit. Found on jiangsu-wuzhong-gaoqipeiyu.txt (round 169).
describe('a limit moved, the old day and the new (moved limit)', () => {
  it.each([
    // 江苏 吴中 (jiangsu-wuzhong-gaoqipeiyu.txt)
    ['吴中区网上申报及提交附件时间由原来的4月24日调整为6月5日(逾期不予受理),纸质材料及电子版报送截止时间由原来的4月24日调整为6月29日(逾期不予受理)。', [['4月24日', '2020-04-24'], ['调整为6月5日', '2020-06-05'], ['4月24日', '2020-04-24'], ['调整为6月29日', '2020-06-29']]],
    // form: 改为, 推迟到, 从原定的
    ['申报截止时间改为9月30日。', [['改为9月30日', '2020-09-30']]],
    ['评审时间从原定的5月10日推迟到6月10日。', [['5月10日', '2020-05-10'], ['推迟到6月10日', '2020-06-10']]],
  ])('%s', (s, want) => expect(deadlines(s, '2020-04-09')).toEqual(want));
  it.each([
    // valid: a start stays a start
    ['由3月1日起执行。', [['3月1日起执行', 'effective']]],
  ])('%s', (s, want) => expect(deadlines(s, '2020-04-09')).toEqual(want));
});

// A support period counted or summed, named before its bound (贴息计算时间不得超过3年): the bound words are the span's raw, as after
// 贴息期限. Found on guangdong-nanhai-tiexizijin.txt (round 169), written in traditional characters.
describe('a counted support period before its bound (counted term)', () => {
  it.each([
    // 广东 南海 (guangdong-nanhai-tiexizijin.txt)
    ['對符合條件的融資項目給予貸款利息20%的貼息,單筆融資項目貼息計算時間不得超過3年,每家企業年度貼息總額不超過30萬元。', [['不得超過3年', 'relative']]],
    // form: simplified, 累计 and 期限
    ['房租补贴累计期限不超过2年。', [['不超过2年', 'relative']]],
  ])('%s', (s, want) => expect(deadlines(s, '2023-06-01')).toEqual(want));
});

// The period of the figures a report covers, or of a table an applicant hands in (2024年1—12月…明细表), is no deadline, as a period
// before 财务审计报告 is. Found on sichuan-chengdu-danbaodaichang.txt (round 169).
describe('the period of a table or a report handed in (period of records)', () => {
  it.each([
    // 四川 成都 (sichuan-chengdu-danbaodaichang.txt)
    ['4.专项审计报告,审计报告内容包括2024年1月1日—2024年12月31日新增担保业务总额(以借据为准)、新增中小企业贷款担保总额(以借据为准)、平均担保费率、代偿额;'],
    ['5.经合作银行盖章的2024年1—12月中小微企业贷款担保业务明细表(附件3);'],
    ['6.2024年1—12月中小微企业贷款担保代偿统计表(附件4),所代偿企业营业证照、担保合同及代偿履行凭证;'],
  ])('%s: none', (s) => expect(deadlines(s, '2025-09-24')).toEqual([]));
  it.each([
    // valid: a limit for handing the table in stays one
    ['请于2024年12月31日前报送统计表。', [['于2024年12月31日前', '2024-12-31']]],
  ])('%s', (s, want) => expect(deadlines(s, '2024-06-01')).toEqual(want));
});
