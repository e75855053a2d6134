import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Classes of deadlines from round 175's dev notices (兴宁, 黄陂):
// - an item's number glued to a start year (1.2023年起,对当年度内参加…展览会的企业): a decimal's part is never a year's four digits, as the
//   bare year already read it; the start was lost;
// - 为期 between a bound and its span (给予最长不超过为期3年、每年12个月的生活补贴): the bound's words are the raw, as without 为期;
// - the day an applicant's age or years are computed at (…年龄、工作年限等时间的计算截止日期为2022年7月31日): which age, no limit, as
//   round 48's day a duration is measured at.
const deadlines = (text: string, docDate?: string) => extractValues(text, docDate).deadlines.map((d) => [d.raw, d.kind ?? d.date]);

describe('round 175 deadlines (item number before a year, 为期, computed-at day)', () => {
  it.each([
    // 兴宁 (guangdong-xingning-waimaowaizi.txt)
    ['2.2023年起,对当年度内参加梅州市级以上商务、贸促部门及其商(协)会组织境内、外线上展览会的企业,每家企业每个线上展会按50%且不超过5000元的标准予以支持,每家企业年度内最高不超过2万元。', [['2023年起', '2023']]],
    // 黄陂 (hubei-huangpi-qingnianrencai.txt)
    ['给予最长不超过为期3年、每年12个月的生活补贴,按年度核发。', [['最长不超过为期3年', 'relative']]],
    // form: a bare 为期 keeps the span alone
    ['给予为期3年的生活补贴。', [['3年', 'relative']]],
  ])('%s', (s, want) => expect(deadlines(s, '2023-09-25')).toEqual(want));
  it.each([
    ['全日制博士研究生、硕士研究生、本科生年龄分别在35周岁、30周岁、28周岁及以下(涉及毕业年限、年龄、工作年限等时间的计算截止日期为2022年7月31日)。'],
    ['申请人年龄计算至2023年12月31日。'],
    // form: a decimal before a year-like figure stays no year
    ['.2023年起实施。'],
  ])('%s: none', (s) => expect(deadlines(s, '2022-07-13')).toEqual([]));
  it('a support period computed to a day stays its end (贴息期限计算至…)', () => {
    expect(deadlines('贴息期限计算至2024年12月31日。', '2024-03-01')).toEqual([['至2024年12月31日', '2024-12-31']]);
  });
});
