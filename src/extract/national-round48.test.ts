import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments, extractValues } from './extract.js';
import { devText as dev } from '../dev-notices.js';

// Classes from round 48 of the national development set (issue 9). Sentences are real, from the dev notice named in the comment;
// "form" marks one written from the class.
const clauses = (text: string) => extractDocuments(documentsOfPlainText(text)).flat();
const deadlines = (text: string, docDate?: string) => extractValues(text, docDate).deadlines.map((d) => [d.raw, d.date]);

describe('a line of sentences is no page field row (field sentences)', () => {
  it.each([
    // 顺德 (guangdong-shunde-gongyesheji.txt): two limits labelled …截止时间: on one line were dropped as a page's fields.
    ['(二)(专题一至四)网上申报截止时间:2023年11月17日17:00时。纸质材料递交截止时间:2023年11月20日17:00时。', ['2023-11-17', '2023-11-20']],
    ['网上申报截止时间:2023年12月5日17:00时。纸质材料递交截止时间:2023年12月7日17:00时。', ['2023-12-05', '2023-12-07']],
  ])('%s', (line, want) => {
    const got = clauses(`关于开展申报的通知\n为做好工作,现通知如下。\n${line}\n`).flatMap((c) => c.deadlines.map((d) => d.date));
    expect(got).toEqual(want);
  });
  it('a page’s field row stays furniture', () => {
    const got = clauses('关于开展申报的通知\n发布机构:某某区人民政府 发布时间:2023-11-01\n为做好工作,现通知如下。\n');
    expect(got.some((c) => c.text.includes('发布机构'))).toBe(false);
  });
});

describe('an attachment’s title in a list of them names its year, no limit (attachment title)', () => {
  it.each([
    // 顺德 (guangdong-shunde-gongyesheji.txt)
    ['2023年顺德区工业设计主题园区认定申报指南(附件1);'],
    ['2023年顺德区支持设计行业组织发展申报指南(附件4);'],
    // form
    ['2023年度项目申报表(附件3)。'],
  ])('%s: none', (s) => expect(deadlines(s, '2023-11-01')).toEqual([]));
  it.each([
    ['请于2023年完成(附件1)。', [['2023年', '2023']]],
    ['2023年底前完成全部改造(附件2)。', [['2023年底前', '2023-12']]],
  ])('%s: a limit stays', (s, want) => expect(deadlines(s, '2023-11-01')).toEqual(want));
});

describe('the paragraph right under a conditions label is conditions (conditions paragraph)', () => {
  it('武进 (jiangsu-wujin-zhuanjingtexin.txt): 一、基本条件 over one run of conditions', () => {
    const got = clauses(dev('jiangsu-wujin-zhuanjingtexin.txt'));
    const t = (start: string) => got.find((c) => c.text.startsWith(start))?.thresholds.map((x) => [x.min, x.unit]);
    expect(t('2023年度研发费用总额不低于100万元')).toEqual([[1000000, '元'], [0.03, '%']]);
    expect(t('2023年度营业收入总额在1000万元以上')).toEqual([[10000000, '元']]);
    expect(t('评价得分60分以上')).toEqual([[60, '分']]);
    expect(got.find((c) => c.text.startsWith('2023年度研发费用总额'))?.amounts).toEqual([]);
  });
  it('form: a paragraph under a heading that is no label keeps a target', () => {
    const got = clauses('某县工作方案\n为推动发展,制定本方案。\n一、工作目标\n2025年研发投入不低于100万元。\n');
    expect(got.find((c) => c.text.startsWith('2025年研发投入'))?.thresholds).toEqual([]);
  });
});

describe('a short page field opening its line is furniture, its bracket no unit note (field line)', () => {
  it('柯桥 (zhejiang-keqiao-minshengshishi.txt): 信息来源:区政府办(外事办) names no unit', () => {
    const got = clauses(dev('zhejiang-keqiao-minshengshishi.txt'));
    expect(got.some((c) => c.units.includes('外事办'))).toBe(false);
    expect(got.some((c) => c.text.startsWith('信息来源'))).toBe(false);
  });
});

describe('a table’s 目标任务 column after the units is the row’s text (target column)', () => {
  it('番禺 (guangdong-panyu-minshengshishi.txt): the target cell’s sentences carry the row’s bodies', () => {
    const got = clauses(dev('guangdong-panyu-minshengshishi.txt'));
    for (const start of ['改造完成后,移交属地供水企业维护管理', '2022年度改造任务为7500户']) {
      expect(got.find((c) => c.text.startsWith(start))?.units).toEqual(['区水务局', '区水务集团公司']);
    }
  });
});
