import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { lineTableHeader } from './line-table.js';
import { findNotes } from './units.js';
import { extractValues } from './extract.js';

// Classes from round 113 of the national development set (issue 9). Sentences are real, from the dev notice named in the comment;
// "form" marks one written from the class.

describe('a cell-a-line task table whose progress column comes last, after the unit columns; two label prefixes stacked (trailing report, 主要配合部门)', () => {
  const rows = (text: string) => extractDocument(documentsOfPlainText(text)[0]).map((c) => [c.text, c.units, c.rates.map((r) => r.value)]);
  it('苏州 2018 (jiangsu-suzhou-renwujinzhan2018.txt), its table’s head', () => {
    const text =
      '2018年上半年市政府工作任务进展情况汇总表\n\n发布时间:2018-08-13 15:54       来源:苏州市人民政府办公室\n\n序号\n\n工作任务\n\n牵头部门\n\n主要配合部门\n\n上半年进展情况\n\n一、经济社会发展主要预期目标分解(16项)\n\n1\n\n地区生产总值增长7%左右\n\n市发改委\n\n \n\n完成地区生产总值9109.8亿元,增长6.9%\n\n2\n\n一般公共预算收入增长8%以上\n\n市财政局\n\n市税务局\n\n完成一般公共预算收入1115.9亿元,增长12.7%\n\n3\n\n全社会固定资产投资与上年持平\n\n市发改委\n\n \n\n完成固定资产投资2296亿元,下降1.1%\n';
    expect(rows(text).filter(([, u]) => (u as string[]).length)).toEqual([
      ['地区生产总值增长7%左右', ['市发改委'], [0.07]],
      ['一般公共预算收入增长8%以上', ['市财政局', '市税务局'], [0.08]],
      ['全社会固定资产投资与上年持平', ['市发改委'], []],
    ]);
    // (the progress cells are no clauses: none holds a figure read as a measure)
    expect(rows(text).some(([t]) => /^完成/.test(t as string))).toBe(false);
  });
  it.each([
    // forms: the header's columns
    ['序号\n工作任务\n牵头部门\n主要配合部门\n上半年进展情况\n1\n', { unitColumns: [{ name: '牵头部门', lead: true }, { name: '主要配合部门', lead: false }], trailingReports: 1 }],
    ['序号\n工作任务\n牵头单位\n配合单位\n全年完成情况\n1\n', { unitColumns: [{ name: '牵头单位', lead: true }, { name: '配合单位', lead: false }], trailingReports: 1 }],
    ['序号\n工作任务\n主要责任单位\n1\n', { unitColumns: [{ name: '主要责任单位', lead: true }] }],
  ])('%s', (text, want) => {
    expect(lineTableHeader(text, 0)?.table).toMatchObject(want);
  });
});

describe('a note that names places whose governments act beside its bodies, a counted group too (places in a note)', () => {
  const notes = (text: string) => findNotes(text).map((n) => n.units.map((u) => u.name));
  it.each([
    // 湖北省 2008 (hubei-hubeisheng-zhongyaogongzuo2008.txt)
    ['积极推动武汉城市圈各市联动发展,提升武汉城市圈整体发展实力(省发改委、交通厅、商务厅、国资委、经委、人事厅、人行武汉分行、通信管理局、武汉城市圈9市等)。', [['省发改委', '交通厅', '商务厅', '国资委', '经委', '人事厅', '人行武汉分行', '通信管理局', '武汉城市圈9市']]],
    ['支持宜昌、襄樊两个省域副中心城市建设,完善城市功能,提升城市综合经济实力(省发改委、建设厅、宜昌市、襄樊市)。', [['省发改委', '建设厅', '宜昌市', '襄樊市']]],
    // forms: places alone, or one body before them, are no note
    ['支持区域中心城市建设(黄石市、宜昌市、襄阳市)。', []],
    ['支持区域中心城市建设(省发改委、宜昌市)。', []],
  ])('%s', (text, want) => {
    expect(notes(text)).toEqual(want);
  });
});

describe('a fine’s sum is no amount: money taken, not given (fine)', () => {
  const amounts = (sentence: string) => extractValues(sentence, '2009-02-27').amounts.map((a) => a.yuan);
  it.each([
    // 博州 (xinjiang-bozhou-gudingzichan2008.txt)
    ['比计划每增加一个百分点,奖励800元,每下降一个百分点,罚款800元;', [800]],
    ['完成年度工业投资任务,比计划每增加一个百分点,奖励200元,每下降一个百分点,罚款200元', [200]],
    // forms: the fine's word after its sum; a grant beside it stays
    ['对违规企业处以5万元罚款。', []],
    ['对违规企业处以5万元罚款;对达标企业奖励10万元。', [100000]],
  ])('%s', (sentence, want) => {
    expect(amounts(sentence)).toEqual(want);
  });
});

describe('the step a penalty counts in is no rate (penalty step)', () => {
  const rates = (sentence: string) => extractValues(sentence, '2009-02-27').rates.map((r) => r.value);
  it.each([
    // 博州 (xinjiang-bozhou-gudingzichan2008.txt)
    ['比计划每增加一个百分点,奖励800元,每下降一个百分点,罚款800元;', []],
    // forms: a deduction's step; a growth target stays a rate
    ['每下降一个百分点,扣减5万元', []],
    ['力争工业投资增长10%。', [0.1]],
  ])('%s', (sentence, want) => {
    expect(rates(sentence)).toEqual(want);
  });
});
