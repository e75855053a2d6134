import { describe, expect, it } from 'vitest';
import { splitUnitList } from './units.js';

// Classes from round 111 of the national development set (issue 9). Sentences are real, from the dev notice named in the comment;
// "form" marks one written from the class.

describe('a group closed by 等 with its duty after it, in a labelled note: the duty no part of the last name (group duty)', () => {
  const names = (list: string) => splitUnitList(list, 0, false).map((u) => u.name);
  it.each([
    // 重庆市 (chongqing-chongqingshi-kuodaxiaofei.txt), the list after 责任单位:
    ['市公安局、市生态环境局、市商务委、重庆市税务局、市市场监管局、重庆海关、市交通局等部门按职责分工负责,各区县政府', ['市公安局', '市生态环境局', '市商务委', '重庆市税务局', '市市场监管局', '重庆海关', '市交通局', '各区县政府']],
    // forms: 等 alone before the duty, a plain duty word
    ['市商务委、市财政局等按职责分工负责', ['市商务委', '市财政局']],
    ['区发改局、区财政局等单位负责', ['区发改局', '区财政局']],
    // form: a duty word after a body without 等 stays for the duty-note reader (no change here)
    ['市商务委、市财政局等部门', ['市商务委', '市财政局']],
  ])('%s', (list, want) => {
    expect(names(list)).toEqual(want);
  });
});
