import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';

// Round 21 of the national development set: seven fresh dev notices scored before any rule (at 4728ee8: amounts 0.941,
// thresholds 1/2, units 0.789, deadlines 0.629). Each class in its general form, with the dev sentence that showed it (file
// named) and forms written from the class.
const deadlines = (text: string, docDate?: string) => extractValues(text, docDate).deadlines.map((d) => [d.raw, d.from, d.date]);

describe('quarters standing in a row as a table’s column heads are no periods (quarter column heads)', () => {
  it.each([
    // 上海 长宁 (shanghai-changning-zhongdianmubiao.txt): a task table a cell a line, its heads run together by the cleaner.
    ['领域序号重要项目目标任务和工作要求阶段性目标和工作任务量主责部门配合部门第一季度第二季度第三季度第四季度'],
    // forms: heads kept apart by spaces or bars, written without 第
    ['主责部门 配合部门 第一季度 第二季度 第三季度 第四季度'],
    ['| 牵头单位 | 一季度 | 二季度 | 三季度 | 四季度 |'],
  ])('%s', (text) => expect(deadlines(text, '2019-02-03')).toEqual([]));

  it.each([
    // Two quarters a task sets, or one, stay periods.
    ['确保第一季度、第二季度分别完成', [['第一季度', '2019-01', '2019-03'], ['第二季度', '2019-04', '2019-06']]],
    ['二季度完成验收', [['二季度', '2019-04', '2019-06']]],
  ] as [string, unknown[]][])('%s', (text, expected) => expect(deadlines(text, '2019-02-03')).toEqual(expected));
});

// A probe of the time-limit forms task tables write (the dev half holds two labelled time limits, 驻马店's 完成时限:持续巩固提升 and
// 完成时限:2021年6月30日): every form was read but a limit written in figures and the whole year.
describe('a labelled time limit written in figures, or as the whole year (time limits in figures)', () => {
  const item = (limit: string) =>
    extractDocument(documentsOfPlainText(`关于2021年优化营商环境重点任务分工的通知\n各县区人民政府：\n现将任务分工如下。\n驻马店市人民政府办公室\n2021年3月1日\n二、便利涉企事项办理\n2.全面推行企业开办全程“网上办”，优化“一网通办”功能。引导申请人通过全程电子化平台办理相关业务。\n完成时限:${limit}\n责任单位:市市场监督管理局牵头\n`)[0]).flatMap((c) => c.deadlines.map((d) => [d.raw, d.date]));
  it.each([
    // 驻马店 dev (henan-zhumadian-yingshanghuanjing.txt), as written
    ['2021年6月30日', '2021-06-30'],
    // forms: the date in figures with dots, dashes or slashes, a month alone, 前 after it
    ['2021.6.30', '2021-06-30'],
    ['2021-06-30', '2021-06-30'],
    ['2021.12', '2021-12'],
    ['2021/9前', '2021-09'],
    // the whole year: the notice's
    ['全年', '2021'],
    ['全年推进', '2021'],
  ])('完成时限:%s → %s', (limit, date) => expect(item(limit)).toContainEqual([limit, date]));
  it('a figure that is no date stays none (完成时限:2021.13)', () => expect(item('2021.13')).toEqual([]));
});

// A probe writing dev's signing dates in Chinese numerals (二〇二二年三月二十日, 448 files): deadlines 0.984 → 0.972, the signature line
// read as a clause holding 二〇二二年三月; a signing date in numerals is skipped as one in digits is: 0.984.
describe('a signing date in Chinese numerals is no clause (numeral signature line)', () => {
  it('宝安 dev (guangdong-baoan-xianjinzhizao.txt), its signing date in numerals', () => {
    const text = '深圳市宝安区人民政府关于印发先进制造业发展若干措施的通知\n各街道办事处，区直各单位：\n现将《若干措施》印发给你们，请认真贯彻执行。\n深圳市宝安区人民政府\n二〇二二年三月二十日\n';
    const cs = extractDocument(documentsOfPlainText(text)[0]);
    expect(cs.flatMap((c) => c.deadlines)).toEqual([]);
  });
});
