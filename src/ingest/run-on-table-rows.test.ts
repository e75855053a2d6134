import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { extractDocument } from '../extract/extract.js';

// A task table a page ran onto one line, its header words glued and each row's number right after the unit cell closing the row before
// (序号内容与要求责任单位1确保…。…75%以上。市发改委2高质量完成…: 绍兴, round 238's zhejiang-shaoxing-zerenfengong2021.txt). It was one
// paragraph whose clauses had no unit; each row now opens a line of its own, and the unit cell closing a row's line is its unit.
const units = (text: string) =>
  extractDocument(documentsOfPlainText(text)[0])
    .filter((c) => c.units.length)
    .map((c) => [c.text.slice(0, 8), c.units]);

const SHAOXING =
  '市政府2021年重点工作责任分工\n一、徐国龙副市长重点工作序号内容与要求责任单位1确保地区生产总值增长7%以上。服务业增加值增长7%以上,规上其他营利性服务业企业营收增速10%以上;固定资产投资增长8%左右;5大结构性指标增长10%。“市县长项目工程”落地率75%以上。市发改委2高质量完成“十四五”规划《纲要》编制并印发实施;推进长三角一体化发展标志性工程,加快建设杭绍、甬绍一体化合作先行区。市发改委、市经信局3加快推进数字经济发展,全年数字经济核心产业增加值增长15%以上。市经信局\n';

describe('a task table run onto one line is read a row a line (run-on table rows)', () => {
  it('绍兴: each row takes the unit cell that closes it', () => {
    expect(units(SHAOXING)).toEqual([
      ['确保地区生产总值', ['市发改委']],
      ['服务业增加值增长', ['市发改委']],
      ['固定资产投资增长', ['市发改委']],
      ['5大结构性指标增', ['市发改委']],
      ['“市县长项目工程', ['市发改委']],
      ['高质量完成“十四', ['市发改委', '市经信局']],
      ['推进长三角一体化', ['市发改委', '市经信局']],
      ['加快推进数字经济', ['市经信局']],
    ]);
  });
  it('a figure in a task opens no row, nor a number out of order', () => {
    const text =
      '重点工作分工\n序号工作任务牵头单位1全年完成固定资产投资增长8%以上,加快推进重大项目建设,强化要素保障,确保项目早开工、早投产、早见效,全力推动重点产业链延链补链强链,培育壮大先进制造业集群,力争全年新增规模以上工业企业一批。2家企业上市。市发改委3推进项目建设,优化营商环境,提升政务服务效能,压缩审批时限。市住建局5加快推进城市更新。市自然资源局\n';
    const lines = documentsOfPlainText(text)[0].text.split('\n');
    // (the header's unit column opens row 1; 2家 follows no unit cell, so no row 2, and the rows read stop there)
    expect(lines.some((l) => l.startsWith('1全年完成'))).toBe(true);
    expect(lines.some((l) => /^[235]/.test(l))).toBe(false);
  });

  // (嘉兴 十一五 分解, a PDF's pages run onto one line: a section heading stands between the header and row 1 and, after a page's number,
  // between two rows; a unit cell closes with a zone's or a place group's name, 嘉兴港区, 各县(市、区)政府; and the two unit columns'
  // cells are glued, 市发展改革委各县(市、区)政府)
  it('嘉兴: a section heading and a page number between rows, a unit cell closing with a zone, two unit cells glued', () => {
    const text =
      '—1—《嘉兴市国民经济和社会发展第十一个五年规划纲要》主要目标任务分解落实方案工作重点序号主要工作任务第一责任单位主要责任单位一、主要发展指标1地区生产总值年均增长12%左右,人均生产总值达到6万元左右。市发展改革委各县(市、区)政府、嘉兴经济开发区、嘉兴港区2服务业增加值占生产总值比重达到40%。市发展改革委各县(市、区)政府、市三产发展领导小组各成员单位3全社会固定资产投资年均增长12%左右。市发展改革委各县(市、区)政府、嘉兴经济开发区、嘉兴港区4城镇居民人均可支配收入和农村居民人均纯收入年均增长8%。市发展改革委各县(市、区)政府、嘉兴经济开发区、嘉兴港区5地方财政收入年均增长13%。市财政局各县(市、区)政府、嘉兴经济开发区、嘉兴港区、市国税局—2—二、产业优化升级6社会消费品零售总额年均增长12%以上。市经贸委各县(市、区)政府、嘉兴经济开发区、嘉兴港区\n';
    const lines = documentsOfPlainText(text)[0].text.split('\n');
    expect(lines.filter((l) => /^[一二]、/.test(l))).toEqual(['一、主要发展指标', '二、产业优化升级']);
    const four = ['市发展改革委', '各县(市、区)政府', '嘉兴经济开发区', '嘉兴港区'];
    expect(units(text)).toEqual([
      ['地区生产总值年均', four],
      ['服务业增加值占生', ['市发展改革委', '各县(市、区)政府', '市三产发展领导小组各成员单位']],
      ['全社会固定资产投', four],
      ['城镇居民人均可支', four],
      ['地方财政收入年均', ['市财政局', '各县(市、区)政府', '嘉兴经济开发区', '嘉兴港区', '市国税局']],
      ['社会消费品零售总', ['市经贸委', '各县(市、区)政府', '嘉兴经济开发区', '嘉兴港区']],
    ]);
  });
});
