import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { extractValues } from './extract.js';

// Round 239 (issue 9, deadline-rich calls for applications), scored before its rules (deadlines 0.826 on the reviewed gold): each class of
// miss with the sentence that showed it (eval/national/dev) and its general forms.
const raws = (s: string, date?: string) => extractValues(s, date).deadlines.map((d) => [d.raw, d.date ?? d.kind]);

describe('a cohort window is the first of a list of cohorts or what a materials item asks of (cohort item list)', () => {
  it.each([
    // 惠山 (jiangsu-huishan-kejifazhanzijin2025.txt): a 申报对象 listing three cohorts
    ['在2025年度首次通过高新技术企业认定的企业、有效期满重新通过认定的高新技术企业、当年有效申报高新技术企业的对象;', [['2025年度', '2025']]],
    // …and the materials item that asks the first cohort for its certificate
    ['在2025年度首次通过高新技术企业认定的企业提供高新技术企业证书复印件。', [['2025年度', '2025']]],
    // form: 2023年新认定的 listed with another kind, 须提交
    ['2023年新认定的专精特新中小企业、创新型中小企业;', [['2023年', '2023']]],
    ['2024年度首次纳入规上工业企业库的企业须提交统计部门出具的证明。', [['2024年度', '2024']]],
  ])('%s', (s, want) => expect(raws(s, '2026-02-05')).toEqual(want));
  it.each([
    // valid: a year the firm reports on, no act in it
    ['2024年度营业收入超过1亿元的企业提供审计报告。'],
  ])('%s: none', (s) => expect(raws(s, '2026-02-05')).toEqual([]));
});

describe('a recurring cut-off day a label names is ongoing without a limit word (yearly cut-off label)', () => {
  it.each([
    // 大连 (liaoning-dalian-hezuozuzhi.txt)
    ['各区市县(先导区)向大连市申报的截止日期为每年的10月31日。', [['每年的10月31日', 'ongoing']]],
    // form: 截止时间, no 的
    ['项目申报截止时间为每年6月30日。', [['每年6月30日', 'ongoing']]],
  ])('%s', (s, want) => expect(raws(s)).toEqual(want));
  it.each([
    // valid: a yearly day with no cut-off named sets no limit
    ['每年10月31日召开推进会议。'],
  ])('%s: none', (s) => expect(raws(s)).toEqual([]));
});

describe('the year of a programme whose applications are accepted names the round (programme year accepted)', () => {
  it.each([
    // 深圳 (guangdong-shenzhen-guoneishichangkaituo2022.txt): the start stays, the programme's year is none
    ['为支持我市民营及中小企业开拓国内市场,自12月13日起,我局开始受理2022年民营及中小企业创新发展培育扶持计划国内市场开拓项目的申报,现将申报指南予以发布。', [['自12月13日起', '2021-12-13']]],
  ])('%s', (s, want) => expect(raws(s, '2021-12-13')).toEqual(want));
});

describe('a year a text layer cut apart is read whole (year apart)', () => {
  it('郑州 (henan-zhengzhou-manfuhe2025.txt): 202 5 年 4月 3 日 前 is a day', () => {
    const text = '关于做好工业企业第一季度省满负荷生产财政奖励资金申报工作的通知\n\n(二) 申报 程序\n\n202 5 年 4月 3 日 前, 企业 按照 “省通知”文件要求将 申报材料 纸质版提交 至所属各园区运营中心。\n';
    const clauses = extractDocument(documentsOfPlainText(text)[0]);
    expect(clauses.flatMap((c) => c.deadlines.map((d) => [d.raw.replace(/\s/g, ''), d.date]))).toEqual([['2025年4月3日前', '2025-04-03']]);
  });
});
