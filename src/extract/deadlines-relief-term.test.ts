import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A relief's period (缓缴期, 免租期, 减免期限) bounds how long it runs, as a grant's 补助期限 does (ANNOTATION: a bounded span's raw
// takes its bound words); 最长为 is a bound as 最长不超过 is. It was read only after a grant's period names.
const deadlines = (text: string, docDate?: string) =>
  extractValues(text, docDate).deadlines.map((d) => {
    expect(text.slice(d.start, d.end)).toBe(d.raw);
    return [d.raw, d.kind ?? d.date];
  });

describe('a relief period is a bounded span (relief term)', () => {
  it.each([
    // 江苏 海门 (jiangsu-haimen-cujinjiuye.txt)
    ['困难企业经征收部门批准可缓缴除基本医疗保险费外的社会保险费,缓缴期最长为6个月。', [['最长为6个月', 'relative']]],
    // form: the other relief periods and bound words, and a grant's period with 最长为
    ['符合条件的企业可申请缓缴住房公积金,缓缴期限最长不超过12个月。', [['最长不超过12个月', 'relative']]],
    ['入驻孵化器的初创企业,免租期最长为2年。', [['最长为2年', 'relative']]],
    ['对新引进的研发机构给予运营补助,补助期限最长为3年。', [['最长为3年', 'relative']]],
    // a period with 为 and no bound stays as it was read
    ['对新引进的研发机构给予运营补助,补贴期限为3年。', [['3年', 'relative']]],
  ])('%s', (s, want) => expect(deadlines(s, '2024-01-01')).toEqual(want));
  it.each([
    // an applicant's age is a condition, not a span
    ['成立时间最长为3年的企业可以申报。'],
  ])('%s: none', (s) => expect(deadlines(s, '2024-01-01')).toEqual([]));
});

describe('a relief granted for a quarter or a half year is a span, its rent after 的 or not (relief span in quarters)', () => {
  it.each([
    // 云南省 (yunnan-yunnansheng-jiangdichengben.txt)
    ['对承租国有企业、机关事业单位经营性房产的中小企业,可减免一个季度的房租。', [['一个季度', 'relative']]],
    // form: the half year, and months as before
    ['对承租国有房屋的服务业小微企业,减免半年租金。', [['半年', 'relative']]],
    ['全市所有担保机构对小微企业融资担保服务免收两个月担保费。', [['两个月', 'relative']]],
  ])('%s', (s, want) => expect(deadlines(s, '2022-05-01')).toEqual(want));
  it.each([
    // valid: a half year of the calendar is a period, no span; a recurring quarter is none
    ['2022年上半年完成房租减免。', [['2022年上半年', '2022-06']]],
    ['每季度召开一次调度会议。', []],
  ])('%s', (s, want) => expect(deadlines(s, '2022-05-01')).toEqual(want));
});

describe('a bound word before the relief or grant verb is part of the span (bound before the verb)', () => {
  it.each([
    // 广东 广州 (guangdong-guangzhou-zujinjianmian2022.txt)
    ['租赁房屋位于2022年被列为疫情中高风险地区所在行政区(如白云区)的,再减免3个月租金、全年合计最高减免6个月租金。', [['3个月', 'relative'], ['最高减免6个月', 'relative']]],
    // form: the other bound words and verbs
    ['入驻孵化器的初创企业最长免租3年。', [['最长免租3年', 'relative']]],
    ['对符合条件的贷款最高给予3年贴息。', [['最高给予3年', 'relative']]],
  ])('%s', (s, want) => expect(deadlines(s, '2022-05-01')).toEqual(want));
  it.each([
    // valid: 最高 before a sum is no span
    ['对新认定的企业最高奖励3万元。'],
  ])('%s: none', (s) => expect(deadlines(s, '2022-05-01')).toEqual([]));
});
