import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';
import { splitUnitList } from './units.js';

// Classes from round 114 of the national development set (issue 9). Sentences are real, from the dev notice named in the comment;
// "form" marks one written from the class.

describe('a group’s committee and government joined by 和 is one unit (各…党委和人民政府)', () => {
  const names = (list: string) => splitUnitList(list, 0, false).map((u) => u.name);
  it.each([
    // 云南省 (yunnan-yunnansheng-duchazhenggai2017.txt)
    ['省委组织部、省委宣传部、省人力资源社会保障厅,各州市党委和人民政府', ['省委组织部', '省委宣传部', '省人力资源社会保障厅', '各州市党委和人民政府']],
    // form: two named bodies still split
    ['市发改委和市人民政府', ['市发改委', '市人民政府']],
  ])('%s', (list, want) => {
    expect(names(list)).toEqual(want);
  });
});

describe('a level raised from a sum after the measure’s name (从月销售额10万元提高到15万元): the old level no value (raised from, named)', () => {
  const amounts = (sentence: string) => extractValues(sentence, '2021-06-07').amounts.map((a) => [a.yuan, a.role]);
  it.each([
    // 铁岭 (liaoning-tieling-luoshicuoshi2021.txt)
    ['将小规模纳税人增值税起征点从月销售额10万元提高到15万元。', [[150000, 'target']]],
    // form: a sum not raised keeps its value
    ['从市级专项资金中安排10万元给予奖励。', [[100000, 'total']]],
  ])('%s', (sentence, want) => {
    expect(amounts(sentence)).toEqual(want);
  });
});
