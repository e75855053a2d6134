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

// Round 115.
describe('the months a progress report covers, opening its sentence, are no deadline (reported months)', () => {
  const deadlines = (sentence: string) => extractValues(sentence, '2022-08-01').deadlines.map((d) => d.raw);
  it.each([
    // 沙坪坝 (chongqing-shapingba-shangbanniantuijin2022.txt)
    ['1-6月,铁路口岸完成整车进口1589辆,与全年目标有较大差距。', []],
    ['1-6月,累计完成违法建筑拆除33.31万平方米,与全年目标有较大差距。', []],
    // forms: a report's growth; months a goal is set for stay a deadline
    ['1-6月,全市规上工业增加值同比增长5%。', []],
    ['1-6月完成投资任务的60%以上。', ['1-6月']],
  ])('%s', (sentence, want) => {
    expect(deadlines(sentence)).toEqual(want);
  });
});

// Round 116.
describe('年终 after another time it joins is the year’s end; 终于 (finally) after a year is none (year end joined, 终于)', () => {
  const deadlines = (sentence: string) => extractValues(sentence, '2007-04-24').deadlines.map((d) => [d.raw, d.date]);
  it.each([
    // 泰安 (shandong-taian-renwufenjie2007.txt)
    ['对各有关部门和单位所承担的工作任务进展情况,市政府督查室在上半年结束时和年终分两次进行全面督查', [['上半年', '2007-06'], ['年终', '2007-12']]],
    // forms: 终于 names no year's end; 年终前 stays one
    ['今年终于完成了全年任务。', []],
    ['今年终前完成。', [['今年终前', '2007-12']]],
  ])('%s', (sentence, want) => {
    expect(deadlines(sentence)).toEqual(want);
  });
});
