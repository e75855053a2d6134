import { describe, expect, it } from 'vitest';
import { cellTableStart } from './cell-lines.js';
import { cleanText } from './clean.js';

const lines = (t: string) => t.split('\n').filter((l) => l.trim()).map((l) => ({ c: l.replace(/\s+/g, ''), tab: false }));

describe('a table flattened to a cell a line', () => {
  it.each([
    ['分解表\n\n序号\n\n主要工作举措\n\n牵头单位\n\n配合单位\n\n责任领导\n\n1', 1], // 辽宁 辽中区
    ['序号\n重点任务\n责任部门\n完成时限', 0],
    ['序号\n指标名称\n目标值', -1], // no unit column
    ['序号\n1\n加快', -1],
    ['序号\n项目名称\n主\n要 内 容\n进度要求\n责任单位\n协办单位\n1', 0], // 淮安: a header cell wrapped and spaced out
    ['序号\n主\n1', -1],
    ['序号\n2022年预期目标\n责任单位\n1', 0], // 沙坪坝: a column's name opens with its year
    ['序号\n单位名称\n会展项目名称\n分配金额\n(万元)\n1', 0], // 海南省: a money column's unit wrapped to a line of its own
    ['序号\n单位名称\n会展项目名称\n分配金额\n1', -1], // form: no unit, no money column
  ])('%j → %i', (text, at) => expect(cellTableStart(lines(text))).toBe(at));
  it('keeps its cells apart in cleaning', () => {
    const t = '主要工作任务分解表\n\n序号\n\n主要工作举措\n\n牵头单位\n\n配合单位\n\n1\n\n加快推进肉鸡、肉牛全产业链规划布局和对外招商\n\n区农业农村局\n\n区发展改革局、区工业和信息化局\n';
    expect(cleanText(t).clean.text.split('\n')).toEqual(['主要工作任务分解表', '序号', '主要工作举措', '牵头单位', '配合单位', '1', '加快推进肉鸡、肉牛全产业链规划布局和对外招商', '区农业农村局', '区发展改革局、区工业和信息化局']);
  });
});
