import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { findNotes } from './units.js';

// Round 11 of the national development set (issue 9): the unit classes its 14 notices showed, each in its general form.
// Sentences are real (dev file or public page named in the comment) or written from the class ("form").
const clausesOf = (text: string) => documentsOfPlainText(text).flatMap((d) => extractDocument(d));
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

describe('listed_article: a note closing an article whose text opens a list with a colon holds for the lead and every item', () => {
  it('宝安 (广东, guangdong-baoan-xianjinzhizao.txt): 第一条 …以下条件: then (一)…(五), the note on a line of its own', () => {
    const text =
      '第一章 大力发展先进制造业\n第一条 鼓励打造战略性新兴产业专业园区。在四大市级先进制造业园区,通过土地整备、利益统筹、城市更新、综合整治或转型增效,打造战略性新兴产业、未来产业和区域特色优势产业专业园区,将专业园区产生的收益通过一定方式“反哺”园区发展。园区应符合以下条件:\n' +
      '(一)入驻企业主要属于战略性新兴产业、未来产业和区域特色优势产业,且产业集聚度70%以上。\n(二)建筑面积5万平方米以上。\n(三)以不高于统一发布的租金指导价租赁。\n' +
      '(四)园区为非自有物业的,剩余租期须5年以上。\n(五)园区年度单位建筑面积产值达到每平方米2万元以上。\n(责任单位:区工业和信息化局、区发展改革局)\n第二条 鼓励工业园区转型增效。\n';
    const noted = rows(text);
    // (The article's title, 鼓励打造战略性新兴产业专业园区。, is its heading since round 16: no clause.)
    expect(noted.map((r) => r[0])).toEqual([
      '在四大市级先进制造业园区,通过土地整备、利益统筹、城市更新、综合整治或转型增效,打造战略性新兴产业、未来产业和区域特色优势产业专业园区,将专业园区产生的收益通过一定方式“反哺”园区发展。',
      '园区应符合以下条件:',
      '入驻企业主要属于战略性新兴产业、未来产业和区域特色优势产业,且产业集聚度70%以上。',
      '建筑面积5万平方米以上。',
      '以不高于统一发布的租金指导价租赁。',
      '园区为非自有物业的,剩余租期须5年以上。',
      '园区年度单位建筑面积产值达到每平方米2万元以上。',
    ]);
    for (const r of noted) expect(r[1]).toEqual(['区工业和信息化局', '区发展改革局']);
  });
  it.each([
    // forms: a section 一、 whose sentence ends with a full-width colon, items 1. without a stop, a bracketed duty note after the last
    ['一、支持企业技术改造。对符合下列条件的项目给予补助：\n1.设备投资500万元以上\n2.当年竣工投产\n（市经信局牵头，市财政局配合）\n二、加强要素保障。\n',
      [['对符合下列条件的项目给予补助：', ['市经信局', '市财政局']], ['设备投资500万元以上', ['市经信局', '市财政局']], ['当年竣工投产', ['市经信局', '市财政局']]]],
    // (一) items in traditional characters ending in ；, the note line in full-width brackets
    ['第三條 支持園區建設。申報園區應同時具備以下條件:\n(一)佔地面積500畝以上;\n(二)入駐企業20家以上。\n（責任單位：區工信局）\n第四條 附則。\n',
      [['申報園區應同時具備以下條件:', ['區工信局']], ['佔地面積500畝以上;', ['區工信局']], ['入駐企業20家以上。', ['區工信局']]]],
  ])('%s', (text, want) => {
    expect(rows(text).map((r) => r.slice(0, 2))).toEqual(want);
  });
  it.each([
    // items each closed by a note of their own stay noted one by one (form)
    ['一、加强要素保障。重点做好以下工作:\n(一)保障用地。新增工业用地500亩。(责任单位:市自然资源局)\n(二)保障用能。推进电网建设。\n(三)保障资金。设立产业基金。(责任单位:市财政局)\n二、附则。\n',
      [['新增工业用地500亩。', ['市自然资源局']], ['设立产业基金。', ['市财政局']]]],
    // a note inside the last item's line is that item's own (form)
    ['第三条 支持园区建设。申报园区应同时具备以下条件:\n(一)占地面积500亩以上;\n(二)入驻企业20家以上。(责任单位:区工信局)\n第四条 附则。\n',
      [['入驻企业20家以上。', ['区工信局']]]],
    // no colon: the items are sections of their own, the note closes the last (form)
    ['一、加强要素保障。\n(一)保障用地。新增工业用地500亩。\n(二)保障资金。设立产业基金。\n(责任单位:市财政局)\n',
      [['设立产业基金。', ['市财政局']]]],
  ])('noted one by one: %s', (text, want) => {
    expect(rows(text).map((r) => r.slice(0, 2))).toEqual(want);
  });
});

describe('labelled_row_cell: a task table flattened to a line a row whose last cell is a labelled note', () => {
  const header = '辽阳市小微企业、个体工商户扶持政策事项清单\n政策类别 序号 扶持政策事项 政策内容 政策依据 实施部门\n';
  it('辽阳 (辽宁, liaoning-liaoyang-fuchizhengce.txt): the group cell, the number, the item, its sentences, its basis, 责任单位:…', () => {
    const text =
      header +
      '财政资金支持(共48项) 1 建立复工复产帮扶机制 畅通24小时热线电话(8890000或12345)和公共服务平台、微信等网络诉求渠道,及时协调解决企业复工复产遇到的困难。充分发挥政府、社会中介组织等各类用工信息平台作用,多渠道为企业解决用工难问题创造条件。 《辽阳市人民政府关于印发辽阳市应对新型冠状病毒肺炎疫情支持中小企业生产经营若干政策措施的通知》辽市政发[2020]3号 责任单位:各县(市)区政府,市政府办公室、市人力资源社会保障局、市工业和信息化局、市经济发展创新服务中心\n' +
      '2 对疫情防控重点保障企业贷款给予财政贴息支持 对国家、省确定的疫情防控有关生产重点保障企业2020年新增的企业贷款,除中央、省财政给予贴息外,其余部分由市财政给予贴息,贴息期限不超过1年。 《辽阳市人民政府关于印发辽阳市应对新型冠状病毒肺炎疫情支持中小企业生产经营若干政策措施的通知》辽市政发[2020]3号 责任单位:市财政局、市发展改革委、市工业和信息化局、人民银行辽阳市中心支行\n';
    const first = ['各县(市)区政府', '市政府办公室', '市人力资源社会保障局', '市工业和信息化局', '市经济发展创新服务中心'];
    const second = ['市财政局', '市发展改革委', '市工业和信息化局', '人民银行辽阳市中心支行'];
    const got = rows(text);
    const starts = ['畅通24小时热线电话', '充分发挥政府', '《辽阳市人民政府关于印发', '对国家、省确定的', '《辽阳市人民政府关于印发'];
    expect(got.map((r, k) => [(r[0] as string).startsWith(starts[k]), r[1]])).toEqual([
      [true, first],
      [true, first],
      [true, first],
      [true, second],
      [true, second],
    ]);
  });
  it.each([
    // forms: the label glued to the basis cell, a full-width colon, 牵头单位 leading, 责任部门, no group cell, full-width brackets
    ['1 减免房租 对承租国有资产类经营用房的中小企业,免收3个月房租。 市政发[2020]3号牵头单位：市国资委、市财政局\n2 稳岗返还 对不裁员或少裁员的中小企业,返还失业保险费。 市政发[2020]3号 责任部门:市人力资源社会保障局\n',
      [['对承租国有资产类经营用房的中小企业,免收3个月房租。', ['市国资委', '市财政局'], ['市国资委', '市财政局']], ['市政发[2020]3号', ['市国资委', '市财政局'], ['市国资委', '市财政局']],
        ['对不裁员或少裁员的中小企业,返还失业保险费。', ['市人力资源社会保障局'], []], ['市政发[2020]3号', ['市人力资源社会保障局'], []]]],
    ['税费减免（共10项） 1 减半征收 对小型微利企业减半征收“六税两费”。 责任单位:市税务局、各县（市）区政府\n2 缓缴社保 对困难企业缓缴社会保险费。 责任单位:市人力资源社会保障局、市医保局\n',
      [['对小型微利企业减半征收“六税两费”。', ['市税务局', '各县（市）区政府'], []], ['对困难企业缓缴社会保险费。', ['市人力资源社会保障局', '市医保局'], []]]],
  ])('%s', (text, want) => {
    expect(rows(header + text)).toEqual(want);
  });
  it.each([
    // forms: the next notice's unit column without a label: bodies with a bracket and a comma, the group cell on the first row
    ['财政资金支持(共48项) 1 建立帮扶机制 畅通热线电话,及时协调解决企业困难。 市政发[2020]3号 各县(市)区政府,市政府办公室\n2 贷款贴息 对重点保障企业新增贷款给予贴息。 市政发[2020]3号 市财政局、市发展改革委\n',
      [['畅通热线电话,及时协调解决企业困难。', ['各县(市)区政府', '市政府办公室'], []], ['市政发[2020]3号', ['各县(市)区政府', '市政府办公室'], []],
        ['对重点保障企业新增贷款给予贴息。', ['市财政局', '市发展改革委'], []], ['市政发[2020]3号', ['市财政局', '市发展改革委'], []]]],
  ])('bare cell: %s', (text, want) => {
    expect(rows(header + text)).toEqual(want);
  });
  it('咸宁 咸安 (湖北, hubei-xianan-zerenfenjie.txt): an indented item closed by its bracketed note is no row', () => {
    const text = '一、2023年全区经济社会发展主要预期目标\n\n  1.地区生产总值增长8%以上。(责任领导:杜新国;牵头单位:区发改局)\n\n  2.固定资产投资增长16%以上。(责任领导:杜新国;牵头单位:区发改局)\n';
    expect(rows(text)).toEqual([
      ['地区生产总值增长8%以上。', ['区发改局'], ['区发改局']],
      ['固定资产投资增长16%以上。', ['区发改局'], ['区发改局']],
    ]);
  });
});

describe('viewer_pages in a notice: a page break the sharing site numbered (2、) does not cut its article from its note', () => {
  it('嘉兴 (浙江, zhejiang-jiaxing-minyingjingji.txt): the first sentence of (一), on page 1, carries the note closing the article on page 2', () => {
    const text = readFileSync(new URL('../../eval/national/dev/zhejiang-jiaxing-minyingjingji.txt', import.meta.url), 'utf8');
    const first = clausesOf(text).find((c) => c.text.includes('依规加大减税降费力度'))!;
    expect([first.units, first.lead]).toEqual([['市税务局', '市财政局', '市科技局', '市人力社保局', '市退役军人事务局', '各县市、区政府'], ['市税务局']]);
  });
});
