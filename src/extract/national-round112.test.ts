import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { dutyLine, splitUnitList } from './units.js';

// Classes from round 112 of the national development set (issue 9). Sentences are real, from the dev notice named in the comment;
// "form" marks one written from the class.

describe('a duty line under its task opened by a dash, its bodies working with others (dashed duty line, 会同)', () => {
  const names = (line: string) => dutyLine(line)?.map((u) => u.name);
  it.each([
    // 黄冈 (hubei-huanggang-shiyiwufenjie.txt)
    ['──由市劳动和社会保障局会同有关部门和各县市区组织落实。', ['市劳动和社会保障局', '各县市区']],
    // 湖北省 (hubei-hubeisheng-chengxiangyitihua.txt)
    ['--由省住建厅、省经信委、省编办会同有关部门和各市(州)组织落实。', ['省住建厅', '省经信委', '省编办', '各市(州)']],
    ['--由省农业厅、省住建厅、省水利厅、省环保厅、省人社厅、省文化厅会同有关部门和各市(州)组织落实。', ['省农业厅', '省住建厅', '省水利厅', '省环保厅', '省人社厅', '省文化厅', '各市(州)']],
    // forms: an em dash; no dash
    ['——由县发改局会同县财政局负责落实。', ['县发改局', '县财政局']],
    ['由市商务局会同市财政局组织落实。', ['市商务局', '市财政局']],
  ])('%s', (line, want) => {
    expect(names(line)).toEqual(want);
  });
  it.each([
    // forms: a sentence with a dash is no duty line
    '──由市财政局负责资金拨付。',
    '——加快推进产业转型升级。',
  ])('%s', (line) => expect(dutyLine(line)).toBeUndefined());
});

describe('the unnamed departments a body works with name no unit (会同有关部门)', () => {
  const names = (list: string) => splitUnitList(list, 0, false).map((u) => u.name);
  it.each([
    ['市劳动和社会保障局会同有关部门和各县市区', ['市劳动和社会保障局', '各县市区']],
    // forms: named partners stay; a group of the level stays whole
    ['市工信局会同市财政局', ['市工信局', '市财政局']],
    ['市各有关部门和单位', ['市各有关部门和单位']],
  ])('%s', (list, want) => {
    expect(names(list)).toEqual(want);
  });
});

describe('a cell-a-line table whose 序号 cells are empty: a sentence under a group’s numbered title opens a row, a short task closed by 。 too (group title, short task)', () => {
  const rows = (text: string) => extractDocument(documentsOfPlainText(text)[0]).map((c) => [c.text, c.units]);
  it('青浦 (shanghai-qingpu-zhongdiangongzuo2008.txt), its table’s head', () => {
    const text =
      '附件:\n2008年度区政府重点工作责任单位表\n\n序号\n\n重点工作内容\n\n责任单位\n\n配合单位\n\n一、关于优化经济结构\n\n(1)加快发展现代服务业。\n\n第三产业增加值占地区生产总值的比重在2007 年的基础上再提高1%。\n\n经委\n\n发改委\n\n继续推进新虹桥生态商务区建设。\n\n徐泾镇\n\n区新虹桥生态商务区办公室、发改委、经委\n\n继续推进环淀山湖休闲旅游区建设。\n\n旅游局\n\n淀山湖开发公司、朱家角投资公司、相关镇\n\n继续推进青浦新城商贸圈建设。\n\n经委\n\n夏阳街道、盈浦街道、新城公司\n';
    expect(rows(text).filter(([, u]) => (u as string[]).length)).toEqual([
      ['第三产业增加值占地区生产总值的比重在2007年的基础上再提高1%。', ['经委', '发改委']],
      ['继续推进新虹桥生态商务区建设。', ['徐泾镇', '区新虹桥生态商务区办公室', '发改委', '经委']],
      ['继续推进环淀山湖休闲旅游区建设。', ['旅游局', '淀山湖开发公司', '朱家角投资公司', '相关镇']],
      ['继续推进青浦新城商贸圈建设。', ['经委', '夏阳街道', '盈浦街道', '新城公司']],
    ]);
  });
});

describe('a group closed by 等 before a joining word, and a body with its other name in brackets before one (等和, bracketed alias)', () => {
  const names = (list: string) => splitUnitList(list, 0, false).map((u) => u.name);
  it.each([
    // 山西省 (shanxi-shanxisheng-shiyiwuzeren.txt)
    ['审计厅、国税局、地税局等和各市、县人民政府', ['审计厅', '国税局', '地税局', '各市、县人民政府']],
    // 江苏省 (jiangsu-jiangsusheng-shifangxiaofei.txt), folded from its traditional characters as extraction reads it
    ['省商务厅、省财政厅等及各市、县(市、区)人民政府', ['省商务厅', '省财政厅', '各市、县(市、区)人民政府']],
    // 湖北省 (hubei-hubeisheng-chengxiangyitihua.txt)
    ['省委财经办(省委农办)会同有关部门和各市(州)', ['省委财经办(省委农办)', '各市(州)']],
  ])('%s', (list, want) => {
    expect(names(list)).toEqual(want);
  });
});
