import { describe, expect, it } from 'vitest';
import { documentsFromText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { findNotes } from './units.js';

// Round 11 of the national development set (issue 9): the unit classes its 14 notices showed, each in its general form.
// Sentences are real (dev file or public page named in the comment) or written from the class ("form").
const clausesOf = (text: string) => documentsFromText({ text, format: 'txt', encoding: 'utf-8' }, 'x.txt').flatMap((d) => extractDocument(d));
/** Each clause with units: its text (whitespace removed), its units and leads. */
const rows = (text: string) => clausesOf(text).filter((c) => c.units.length).map((c) => [c.text.replace(/\s+/g, ''), c.units, c.lead]);

describe('cut_ending: a note the excerpt cuts inside its last name\'s ending (管委 of 管委会)', () => {
  it.each([
    // 四川 德阳 (sichuan-deyang-zhizaoqiangshi.txt): the excerpt ends on 德阳高新区管委; the same note writes 德阳经开区管委会
    ['(一)优化产业规划布局。编制及修编产业功能区控制性详规、产业发展规划。\n牵头单位:市经信局、市自然资源局\n责任单位:市生态环境局、市应急局、各县(市、区)政府、德阳经开区管委会、德阳高新区管委',
      ['市经信局', '市自然资源局', '市生态环境局', '市应急局', '各县(市、区)政府', '德阳经开区管委会']],
    // forms: a bracketed labelled note, and an unlabelled one, cut the same way; the whole form written only in the addressees
    ['各区人民政府,高新区管委会,市政府各部门:\n一、加快项目建设。推进重大项目开工。(责任单位:市发展改革委、高新区管委',
      ['市发展改革委']],
    ['二、优化营商环境。全面推行企业开办全程网上办。(市市场监管局牵头,市政务服务局、经开区管委会、综保区管委',
      ['市市场监管局', '市政务服务局', '经开区管委会']],
  ])('%s', (text, units) => {
    expect(rows(text).at(-1)![1]).toEqual(units);
  });
  it.each([
    // 四川 达州 (round 9): 达州经开区 is whole, though the addressees write 达州经开区筹备组 (more words, not a longer ending)
    ['各县(市、区)人民政府,达州经开区筹备组:\n一、加快项目建设。推进重大项目开工。\n责任单位:市发展改革委、达州经开区', ['市发展改革委', '达州经开区']],
    // form: 市政府办 is a complete short name beside 市政府办公室 (办 and 办公室 end at the same place)
    ['市政府办公室印发。\n一、加快项目建设。推进重大项目开工。\n责任单位:市发展改革委、市政府办', ['市发展改革委', '市政府办']],
  ])('whole: %s', (text, units) => {
    expect(rows(text).at(-1)![1]).toEqual(units);
  });
});

describe('place_label: 责任地区 and its kin label the places a task falls to (dict/unit-labels.json labels)', () => {
  it.each([
    // 辽宁 大连 (liaoning-dalian-yingshanghuanjing.txt): the lead body, then the places
    ['1.破除市场准入壁垒。严格落实“全国一张清单”,依法实行“非禁即入”。(牵头单位:市发展改革委;责任地区:各区市县政府、先导区管委会)',
      ['市发展改革委', '各区市县政府', '先导区管委会'], ['市发展改革委']],
    // forms: full-width brackets and colon, traditional characters, a note line of its own, 牵头地区 leading
    ['一、推进登记管理改革。实现“个转企”直接变更登记。（牵头单位：市市场监管局；责任地区：各县（市、区）人民政府）',
      ['市市场监管局', '各县（市、区）人民政府'], ['市市场监管局']],
    ['一、推進登記管理改革。實現“個轉企”直接變更登記。(牽頭單位:市市場監管局;責任地區:各區市縣政府)',
      ['市市場監管局', '各區市縣政府'], ['市市場監管局']],
    ['一、提升企业开办便利度。优化企业登记档案线上查询服务。\n责任单位:市市场监管局\n责任区域:各区人民政府、高新区管委会',
      ['市市场监管局', '各区人民政府', '高新区管委会'], []],
    ['一、提升企业开办便利度。优化企业登记档案线上查询服务。(牵头地区:甘井子区政府;配合地区:各区市县政府)',
      ['甘井子区政府', '各区市县政府'], ['甘井子区政府']],
  ])('%s', (text, units, lead) => {
    expect(rows(text).at(-1)!.slice(1)).toEqual([units, lead]);
  });
});

describe('explained_list: an unlabelled note whose list goes on with parts that only explain it (…,列第一位的为牵头单位,下同)', () => {
  const noteOf = (text: string) =>
    findNotes(text).map((n) => ({ units: n.units.map((u) => u.name), lead: n.units.filter((u) => u.lead).map((u) => u.name), standing: (n.standing ?? []).map((u) => u.name) }));
  it.each([
    // 浙江 嘉兴 (zhejiang-jiaxing-minyingjingji.txt): the explanation behind a comma, then a sentence naming bodies for every measure
    ['符合条件行业企业研发费用税前加计扣除比例提高至100%,作为制度性安排长期实施。(市税务局、市财政局、市科技局、市人力社保局、市退役军人事务局,各县市、区政府,列第一位的为牵头单位,下同。以下均需各县市、区政府落实,不再列出)',
      ['市税务局', '市财政局', '市科技局', '市人力社保局', '市退役军人事务局', '各县市、区政府', '各县市、区政府'], ['市税务局'], ['各县市、区政府']],
    // forms: no standing sentence; a ；before the explanation; full-width brackets; traditional characters; duty words closing the list
    ['加快培育新兴产业。(市工信局、市科技局,列第一位的为牵头单位,下同)', ['市工信局', '市科技局'], ['市工信局'], []],
    ['加快培育新兴产业。（市工信局、市科技局；排在首位的为牵头单位）', ['市工信局', '市科技局'], ['市工信局'], []],
    ['推进老旧小区改造。(县住建局、县财政局按职责分工负责,下同)', ['县住建局', '县财政局'], [], []],
  ])('%s', (text, units, lead, standing) => {
    expect(noteOf(text)).toEqual([{ units, lead, standing }]);
  });
  it.each([
    // a bracket whose later part says something else is no note (forms)
    ['全年完成投资50亿元(市发改委、市财政局,资金来源为专项债)。'],
    ['新建5G基站300个(市通信管理局、铁塔公司,以下简称通信部门)。'],
  ])('no note: %s', (text) => {
    expect(noteOf(text)).toEqual([]);
  });
  it('traditional characters (form): names as written, the standing bodies on every later measure', () => {
    const text = '一、加快培育新興產業。(市工信局、市科技局,列第一位的為牽頭單位,下同。以下均需各縣(市、區)政府落實,不再列出)\n二、推進老舊小區改造。\n';
    expect(rows(text)).toEqual([
      ['加快培育新興產業。', ['市工信局', '市科技局', '各縣(市、區)政府'], ['市工信局']],
      ['推進老舊小區改造。', ['各縣(市、區)政府'], []],
    ]);
  });
});
