import { describe, expect, it } from 'vitest';
import { extractValues, noticeDate } from './extract.js';

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

// A notice that writes no year of its own save inside the titles it cites, all of one year (《…若干意见(2023年修订)》已经…通过),
// sets its months in that year: 3至6月 of 玉环's revised measures is 2023's. Years in cited titles are not counted where the
// notice writes a year of its own (a cited plan's year is the plan's).
describe('a notice whose only year is in its cited titles (cited year)', () => {
  it.each([
    // 浙江 玉环 (zhejiang-yuhuan-meilijingji.txt), its head and its measure
    [{ title: '', text: '《关于促进新时代美丽经济建设的若干意见(2023年修订)》已经市十七届政府第11次常务会议讨论通过,现印发给你们。\n对3至6月、7至9月之间月度升规的制造业企业,给予一次性奖励12万元、10万元。' }, '2023'],
    // two cited titles of one year
    [{ title: '', text: '根据《2025年辽宁省数字经济专项资金申报指南》及《关于组织开展2025年辽宁省数字经济专项资金申报的通知》要求,现开展申报工作。' }, '2025'],
  ])('%j → %s', (doc, want) => expect(noticeDate(doc)).toBe(want));
  it.each([
    // cited titles of two years
    [{ title: '', text: '根据《2024年工作要点》和《2025年申报指南》要求,现开展申报工作。' }],
    // a year of its own, written once, beside a cited title's: the own year is too weak and the cited one is not counted
    [{ title: '', text: '根据《2025年申报指南》要求,2026年项目聚焦主导产业。' }],
  ])('%j → none', (doc) => expect(noticeDate(doc)).toBeUndefined());
});
