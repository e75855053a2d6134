import { describe, expect, it } from 'vitest';
import { inConditionList } from './condition-list.js';
import { extractValues } from './extract.js';

// Classes from round 164 of the national development set (issue 9, forty-first session).
// Sentences are real, from the dev notice named in the comment; composed forms are marked "form".

describe('a numbered heading naming the standard a kind of project must meet opens a list of conditions (project standard heading)', () => {
  // 潜江 (hubei-qianjiang-zhaoshangfuchi.txt), set a line each as a page with its breaks would give it
  const text = [
    '第一条 工业项目分类和准入门槛。对符合我市主导产业发展规划、绿色环保的项目,分为一般项目和“一事一议”项目,一般项目按合同履约后依照本办法享受优惠。',
    '(一)一般项目标准。',
    '1.工业园区新建化工项目总投资额不低于1亿元(人民币,下同),亩均投资不低于150万元,年亩平税收不低于8万元;',
    '3.其他区镇处新建工业项目总投资额不低于2000万元,亩均投资不低于100万元,年亩平税收不低于8万元。',
  ].join('\n');
  it.each([
    ['1.工业园区新建化工项目总投资额', true],
    ['3.其他区镇处新建工业项目总投资额', true],
  ])('%s…', (start, want) => expect(inConditionList(text, text.indexOf(start) + 2)).toBe(want));
  it('the items’ bounded sums are conditions, not goals or grants', () => {
    const v = extractValues('工业园区新建化工项目总投资额不低于1亿元(人民币,下同),亩均投资不低于150万元,年亩平税收不低于8万元;', undefined, true);
    expect(v.amounts).toEqual([]);
    expect(v.thresholds.map((t) => t.min)).toEqual([1e8, 1.5e6, 8e4]);
  });
  it.each([
    // valid: a grant's standard opens no conditions; a heading's own sentence is no lead-in
    ['(三)补助标准。', false],
    ['(二)加快项目建设,确保项目标准化。', false],
  ])('%s (valid)', (heading, want) => {
    const t = `${heading}\n1.对总投资额不低于1亿元的项目给予奖励。`;
    expect(inConditionList(t, t.indexOf('1.') + 2)).toBe(want);
  });
});

describe('a band written top first, each end with its word, is one band (top-first band with words)', () => {
  it('潜江 (hubei-qianjiang-zhaoshangfuchi.txt): 或者总投资额低于1亿元高于5000万元(含本数)', () => {
    const v = extractValues('或者总投资额低于1亿元高于5000万元(含本数),亩均投资不低于150万元,年亩平税收不低于10万元。');
    expect(v.amounts).toEqual([]);
    expect(v.thresholds.map((t) => [t.min, t.minInclusive, t.max, t.maxInclusive])).toEqual([
      [5e7, true, 1e8, false],
      [1.5e6, true, undefined, undefined],
      [1e5, true, undefined, undefined],
    ]);
  });
  it('(form, valid) the lower end first, as before', () => {
    expect(extractValues('总投资额高于5000万元低于1亿元的项目给予奖励。').thresholds.map((t) => [t.min, t.max])).toEqual([[5e7, 1e8]]);
  });
});

describe("a reward line's quota and the sum of the lines are totals (quota and lines' sum)", () => {
  const roles = (s: string) => extractValues(s, '2022-09-30').amounts.map((a) => [a.yuan, a.role]);
  it.each([
    // 南通 (jiangsu-nantong-lvxingshejiangbu.txt)
    ['总额度200万元。', [[2e6, 'total']]],
    ['两项合计300万元。', [[3e6, 'total']]],
    // valid: a grant's ceiling stays a cap
    ['给予企业奖励总额度不超过50万元。', [[5e5, 'cap']]],
  ] as [string, unknown[][]][])('%s', (s, want) => expect(roles(s)).toEqual(want));
});
