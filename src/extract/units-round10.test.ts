import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { findNotes } from './units.js';

// Round 10 of the national development set (issue 9): the unit classes its 7 notices showed, each in its general form.
// Sentences are real (dev file or public page named in the comment) or written from the class ("form").
const noteOf = (text: string) => findNotes(text).map((n) => ({ units: n.units.map((u) => u.name), lead: n.units.filter((u) => u.lead).map((u) => u.name) }));

describe('explained_note: an unlabelled note whose later sentences only explain the list (who leads, 下同)', () => {
  it.each([
    // 湖北 黄冈 (hubei-huanggang-fenbanyijian.txt): the first row's note carries the rule for every row
    ['1、全市GDP增长10%以上(由市发展改革委、经委、农办、农业局、商务局、旅游局、统计局负责。一项任务涉及多个部门的,原则上由排名首位的部门牵头负责。下同)。',
      ['市发展改革委', '经委', '农办', '农业局', '商务局', '旅游局', '统计局'], ['市发展改革委']],
    // forms: full-width brackets and a ；, a bare list closing a sentence, other words for "the first leads"
    ['加快培育新兴产业。（由市工信局、市科技局负责；排在首位的为牵头单位，下同）',
      ['市工信局', '市科技局'], ['市工信局']],
    ['提升口岸通关效率。（市商务局、海关、市交通运输局。列第一位的为牵头单位，下同）',
      ['市商务局', '海关', '市交通运输局'], ['市商务局']],
    ['推进老旧小区改造。(县住建局、县财政局负责。下同)', ['县住建局', '县财政局'], []],
    ['完成造林任务2万亩(由县林业局、各乡镇负责。第一位的为牵头单位)', ['县林业局', '各乡镇'], ['县林业局']],
  ])('%s', (text, units, lead) => {
    expect(noteOf(text)).toEqual([{ units, lead }]);
  });
  it.each([
    // a bracket whose later sentence says something else is no note (forms)
    ['全年完成投资50亿元(由市发改委负责。资金来源为专项债)。'],
    ['新建5G基站300个(含改造站点。以下简称新基站)。'],
  ])('no note: %s', (text) => {
    expect(noteOf(text)).toEqual([]);
  });
});

describe('flattened_task_row: a task table flattened to a line a row, its unit column after the task', () => {
  const clausesOf = (text: string) => extractDocument(documentsOfPlainText(text)[0]);
  const rows = (text: string) => clausesOf(text).filter((c) => c.units.length).map((c) => [c.text.trim(), c.units]);
  it('常熟 (江苏, jiangsu-changshu-renwufenjie.txt): an ASCII stop, a space, the bodies; blank lines between rows', () => {
    const text =
      '常熟市2018年政府工作任务分解表 序号 名称 工作任务 牵头责任单位\n\n一、经济社会发展主要预期目标分解(11项)\n\n' +
      '1 地区生产总值增长7%以上,服务业增加值占GDP比重47.1%. 发改委\n\n2 一般公共预算收入增长8%以上. 财政局\n\n' +
      '3 工业总产值增长4%,规模以上工业产值增长5%,工业增加值率提升0.5个百分点以上. 经信委\n\n4 高新技术产业产值增长10%. 科技局\n\n' +
      '5 新兴产业产值占规上产业产值比重达50%. 经信委\n\n6 全社会研发经费支出占GDP比重提高到2.8%. 科技局\n\n' +
      '7 全社会固定资产投资额550亿元,其中:工业技改投资增长10%,高新技术产业投资增长10%. 发改委、经信委、科技局\n\n' +
      '8 社会消费品零售总额增长8.5%左右,实际利用外资6亿美元,外贸进出口总额保持增长. 商务局\n';
    expect(rows(text)).toEqual([
      ['地区生产总值增长7%以上,服务业增加值占GDP比重47.1%.', ['发改委']],
      ['一般公共预算收入增长8%以上.', ['财政局']],
      ['工业总产值增长4%,规模以上工业产值增长5%,工业增加值率提升0.5个百分点以上.', ['经信委']],
      ['高新技术产业产值增长10%.', ['科技局']],
      ['新兴产业产值占规上产业产值比重达50%.', ['经信委']],
      ['全社会研发经费支出占GDP比重提高到2.8%.', ['科技局']],
      ['全社会固定资产投资额550亿元,其中:工业技改投资增长10%,高新技术产业投资增长10%.', ['发改委', '经信委', '科技局']],
      ['社会消费品零售总额增长8.5%左右,实际利用外资6亿美元,外贸进出口总额保持增长.', ['商务局']],
    ]);
  });
  it('国务院办公厅 (http://www.chinaacc.com/qtjjfg/hu1604154336.shtml): no stop, a space alone parts the task from its unit', () => {
    const text =
      '2016年《政府工作报告》量化指标任务分工\n\n序号 工 作 任 务 牵头负责部门\n1 居民消费价格涨幅3%左右 发展改革委\n2 城镇新增就业1000万人以上 人力资源社会保障部\n' +
      '3 安排财政赤字2.18万亿元,赤字率提高到3% 财政部\n4 安排地方专项债券4000亿元 财政部\n';
    expect(rows(text)).toEqual([
      ['居民消费价格涨幅3%左右', ['发展改革委']],
      ['城镇新增就业1000万人以上', ['人力资源社会保障部']],
      ['安排财政赤字2.18万亿元,赤字率提高到3%', ['财政部']],
      ['安排地方专项债券4000亿元', ['财政部']],
    ]);
  });
  it('form: full-width stops, 、 after the number, a full-width space', () => {
    const text = '重点工作任务分解表\n1、全年新增规上工业企业30家。　县工信局\n2、实际利用外资增长5%。　县商务局、县发改局\n';
    expect(rows(text)).toEqual([
      ['全年新增规上工业企业30家。', ['县工信局']],
      ['实际利用外资增长5%。', ['县商务局', '县发改局']],
    ]);
  });
  it('山西省 (shanxi-shanxisheng-gongyewenzengzhang.txt): a numbered item whose note a PDF space cuts is no row', () => {
    const text = '一、支持企业\n3.继续实施新能源汽车车船税减免优惠政策。(责任单位:省 税务局)\n4.落实国家新能源汽车推广应用财政补贴政策,加大新能源汽车推广力度。(责任单位:省财政厅)\n';
    expect(rows(text)).toEqual([
      ['继续实施新能源汽车车船税减免优惠政策。', ['省税务局']],
      ['落实国家新能源汽车推广应用财政补贴政策,加大新能源汽车推广力度。', ['省财政厅']],
    ]);
  });
  it.each([
    // a numbered line whose last words name no body; numbered lines that are not consecutive rows (forms)
    ['1 完成固定资产投资50亿元 全年\n2 新增就业1万人 以上\n'],
    ['1 居民消费价格涨幅3%左右 发展改革委\n5 城镇新增就业1000万人以上 人力资源社会保障部\n'],
  ])('no row units: %s', (text) => {
    expect(rows('分解表\n' + text)).toEqual([]);
  });
});
