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
});
