import { describe, expect, it } from 'vitest';
import { cleanText } from './clean.js';

// A table a cell a line with each bar on a line of its own, a cell wrapped over two lines between its bars (总额 / (万元), 农村最低 / 生活保障:
// 五通桥 round 285): the run of bars broke at the wrapped cell, the run before it was too short to count, and its cells and bars ran together
// into one line (发放标准及方式主管部门分配情况备注1公益性岗位补贴…). A cell of two or three lines between two bars keeps the run (issue 9).
const lines = (s: string) => cleanText(s).clean.text.split('\n').filter((l) => l.trim());

describe('bars on lines of their own part cells that wrap (clean bar lines wrapped cells)', () => {
  it('五通桥 2023 (sichuan-wutongqiao-huiminhuinong2023.txt): the header and a row a cell a line', () => {
    const text = ['序号', '|', '名称', '|', '来源', '|', '总额', '(万元)', '|', '发放标准及方式', '|', '主管部门', '|', '分配情况', '|', '备注', '|', '3', '|', '农村最低', '生活保障', '|', '中央省市困难群众救助补助资金', '|', '2216.21', '|', '一卡通发放', '|', '区民政局', '|', '|', '|', ''].join('\n');
    expect(lines(text)).toEqual(['序号', '名称', '来源', '总额', '(万元)', '发放标准及方式', '主管部门', '分配情况', '备注', '3', '农村最低', '生活保障', '中央省市困难群众救助补助资金', '2216.21', '一卡通发放', '区民政局']);
  });
});
