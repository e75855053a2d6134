import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Round 186 (issue 9): a project record's fields (同心, ningxia-tongxin-gaobiaozhunnongtian.txt). A grant's standard written as a field
// (补助标准:2110元/亩) is money given, as 补助标准为… is; the year opening a name field's value (项目名称:2021年同心县…项目) opens the name, no
// time limit.
const values = (text: string) => {
  const v = extractValues(text, '2021-06-07');
  return { amounts: v.amounts.map((a) => [a.yuan, a.role]), deadlines: v.deadlines.map((d) => d.raw) };
};

describe('a project record\'s standard and name fields (record fields)', () => {
  it.each([
    ['补助标准:2110元/亩', { amounts: [[2110, 'fixed']], deadlines: [] }],
    ['奖励标准:500元/人', { amounts: [[500, 'fixed']], deadlines: [] }],
    ['项目名称:2021年同心县王团镇大沟沿村3824亩高标准农田建设项目(高效节水灌溉)', { amounts: [], deadlines: [] }],
    ['进度安排:2021年9月—2022年5月', { amounts: [], deadlines: ['2021年9月—2022年5月'] }],
  ])('%s', (s, want) => expect(values(s)).toEqual(want));
  it('valid: a fee standard as a field is no money given', () => {
    expect(values('收费标准:20元/平方米').amounts).toEqual([]);
  });
});
