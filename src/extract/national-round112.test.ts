import { describe, expect, it } from 'vitest';
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
