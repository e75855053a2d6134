import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments } from './extract.js';

// A PDF dump breaks lines at the page's width wherever the width falls: after a ；, inside a figure. Sentences are real, from the
// dev notice named, set as a dump at 36 characters a line sets them (the `wrapped` house-style variant of `eval --variants`).
const clauses = (text: string) => extractDocuments(documentsOfPlainText(text)).flat();
const thresholds = (text: string, start: string) =>
  clauses(text)
    .find((c) => c.text.startsWith(start))
    ?.thresholds.map((x) => [x.min, x.unit]);

// 武进 (jiangsu-wujin-zhuanjingtexin.txt), at 36 characters a line: the wrap after 资格; parts the run of conditions from its label.
const WUJIN = [
  '各镇、开发区经发局:',
  '根据《市工信局关于组织申报2024年度常州市专精特新中小企业(第二批)的',
  '通知》(常工信中小〔2024〕122号),现就有关事项通知如下:',
  '一、基本条件',
  '申报企业须为有效期内的创新型中小企业;在武进区内注册,具有独立法人资格;',
  '截至2023年末,从事特定细分市场一年半以上;2023年度研发费用总额不',
  '低于100万元,且占营业收入比重不低于3%;2023年度营业收入总额在1',
  '000万元以上;评价得分60分以上。',
  '二、申报流程',
].join('\n');

describe('a run of conditions under its label, its paragraphs each closed by ； (conditions run)', () => {
  it('武进: the run a wrap parted after 资格; keeps its label', () => {
    expect(thresholds(WUJIN, '2023年度研发费用总额')).toEqual([
      [1000000, '元'],
      [0.03, '%'],
    ]);
    expect(thresholds(WUJIN, '2023年度营业收入总额')).toEqual([[10000000, '元']]);
    expect(thresholds(WUJIN, '评价得分60分以上')).toEqual([[60, '分']]);
  });
  it.each([
    // form: a house style setting each condition on a line of its own, no number before it
    ['申报条件:\n在本区注册并纳税;\n上年度营业收入2000万元以上;\n研发投入占比3%以上。\n', '上年度营业收入', [[20000000, '元']]],
    // form: a run under a heading that is no conditions label: its bounded target is no condition
    ['二、工作目标\n全区经济稳步增长;\n2025年研发投入不低于100万元。\n', '2025年研发投入', []],
  ])('%s', (text, start, want) => {
    expect(thresholds(`某区关于申报的通知\n为做好工作,现通知如下。\n${text}`, start)).toEqual(want);
  });
});

// 筠连 (sichuan-junlian-touzizhengce.txt), at 36 characters a line: the wrap fell inside 1000 (在10 / 00万元以上).
const JUNLIAN = [
  '符合《划拨用地目录》的,可依法实行土地划拨。 第五条 上述所有用地手续由',
  '国土部门负责全程配合业主在最短时间内办理。 第六条 对固定资产投资在10',
  '00万元以上的工业、物流企业,可按土地出让金扣除土地成本和政策规定提取的',
  '基金后剩余部分的30%对等安排企业发展扶持资金。',
].join('\n');

describe('a wrap inside a figure ends no heading (figure wrap)', () => {
  it('筠连: 第六条 对固定资产投资在10 / 00万元以上 is one sentence with its threshold', () => {
    expect(thresholds(`筠连县招商引资优惠政策\n${JUNLIAN}\n`, '对固定资产投资在1000万元以上')).toEqual([[10000000, '元']]);
    expect(clauses(`筠连县招商引资优惠政策\n${JUNLIAN}\n`).some((c) => c.text.startsWith('00万元'))).toBe(false);
  });
});
