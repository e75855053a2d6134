import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments, extractValues } from './extract.js';

// Round 79 classes (seventeenth session), from seven dev notices (calls for applications, award rules, a fund 公示) labelled blind
// and scored before any rule for them, with the dev sentence that showed each class and forms from other provinces.
const th = (s: string, listed = false) => extractValues(s, undefined, listed).thresholds.map((t) => [t.min ?? null, t.max ?? null]);
const deadlines = (s: string) => extractValues(s).deadlines.map((d) => [d.raw, d.date ?? null]);
const clauses = (text: string) =>
  extractDocuments(documentsOfPlainText(text))
    .flat()
    .map((c) => [c.text, c.units, c.thresholds.map((t) => t.min ?? t.max), c.deadlines.map((d) => d.raw)]);

describe('a lead-in that asks applicants to check themselves against the list opens a list of conditions (self-check lead-in)', () => {
  it('东湖新区 dev (traditional): 可參考以下條件進行自評(詳見…); over its items', () => {
    const text = '關于開展2020年度總部企業認定工作的通知\n一、擬申報企業可參考以下條件進行自評(詳見武政規〔2018〕38號文);\n(一)企業在高新區注冊、納稅、入統。\n(二)實繳注冊資本不低于1億元。\n';
    expect(clauses(text).map((c) => c[2])).toContainEqual([100000000]);
  });
  it('form: 对照以下条件 with its colon', () => {
    const text = '关于组织申报的通知\n一、申报企业须对照以下条件:\n1.年营业收入不低于2000万元。\n2.研发费用占比不低于3%。\n';
    expect(clauses(text).flatMap((c) => c[2])).toEqual([20000000, 0.03]);
  });
});

describe('a programme batch’s period with the batch in brackets names the batch (batch period)', () => {
  it.each([
    // 日照 (shandong-rizhao-kejizhuanxiang.txt)
    ['现组织开展2020—2021年(第一批)重大科技专项和重点研发计划申报工作', []],
    ['组织开展2025年度第一批项目申报', []],
    // 六盘水 (guizhou-liupanshui-gaoqijiangli.txt): the programme's fund its year names, then its call
    ['申报时限2023年高新技术企业奖励性补助申报时间为2024年4月15日前,逾期视为自动放弃', [['2024年4月15日前', '2024-04-15']]],
    // (a plan's own period stays one)
    ['实施期限为2022—2025年。', [['2022—2025年', '2025']]],
  ])('%s', (s, want) => expect(deadlines(s)).toEqual(want));
});

describe('a bounded share closed by 时 before the grant is a condition (share then 时)', () => {
  it.each([
    ['当增长率达到10%以上时,给予奖励5万元。', [[0.1, null]]],
    ['企业研发投入占比达到5%以上时,按研发投入的10%给予补助。', [[0.05, null]]],
  ])('%s', (s, want) => expect(th(s)).toEqual(want));
});

describe('a sum and a second figure its bracket names, the currency inside the bracket (bracketed second sum)', () => {
  it.each([
    // 东湖新区: 納稅約9000萬(市區財政貢獻3000萬元)以上 — both are 元
    ['服务业企业上年度营收10亿元以上,纳税约6000万(市区财政贡献2000万元)以上。', [1000000000, 60000000, 20000000]],
  ])('%s', (s, want) => {
    const v = extractValues(s);
    expect([...v.thresholds.map((t) => t.min), ...v.amounts.map((a) => a.yuan)].sort((a, b) => (b ?? 0) - (a ?? 0))).toEqual(want);
  });
});

describe('a unit field with its time field after a stop is one note with its deadline (note and time line)', () => {
  it.each([
    // 海口 (hainan-haikou-yingshanghuanjing.txt) written with its note as a line of its own (its 压缩至3个工作日 a span: round 125's decision,
    // applied to all gold in round 210)
    ['某市行动计划\n一、优化企业准入\n1.推进企业注册极简办理。将企业开办时间压缩至3个工作日。\n责任单位:市市场监督管理局、市公安局;完成时限:2019年\n2.扩大范围。\n', [['将企业开办时间压缩至3个工作日。', ['市市场监督管理局', '市公安局'], [], ['3个工作日', '2019年']], ['扩大范围。', [], [], []]]],
    // (a field glued to the last body without a stop is still two fields: 南昌县)
    ['某县工作方案\n一、新建公共充电桩项目\n1.推进建设。加快公共充电桩布局。\n责任单位:莲塘镇任务目标:2024年计划建成\n', [['加快公共充电桩布局。', ['莲塘镇'], [], []], ['任务目标:2024年计划建成', [], [], ['2024年']]]],
  ])('%s', (text, want) => expect(clauses(text)).toEqual(want));
});
