import { describe, expect, it } from 'vitest';
import { headingDutyNote } from './units.js';
import { endsLikeBody } from './lexicon.js';

// Round 8 of the unit classes: real headings of eval/national/dev (file named); "form" marks a line written from the class.
describe('non_body_words: a phrase ending in an everyday word that ends like a body names no body', () => {
  it.each([
    // 新疆 克拉玛依 (xinjiang-kelamayi-wenzengzhang.txt): a duty heading, not a heading naming its bodies
    ['强化中央驻市石油石化企业社会责任。'],
    // forms
    ['落实企业社会责任'],
    ['压实全社会责任'],
  ])('no heading note: %s', (heading) => {
    expect(headingDutyNote(heading, 0)).toBeUndefined();
  });
  it.each([
    // 山西 沁县 (shanxi-qinxian-renwuqingdan.txt) and the forms the heading rule was written for stay notes
    ['县示范区管委会牵头工作(8项)', ['县示范区管委会']],
    ['县财政局、县税务局负责事项（共5项）', ['县财政局', '县税务局']],
  ])('heading note: %s', (heading, units) => {
    expect(headingDutyNote(heading, 0)?.units.map((u) => u.name)).toEqual(units);
  });
  it.each([
    ['企业社会', false], ['发展机会', false], ['中国国际进口博览会', false], ['工作全部', false],
    ['市社会保险事业管理局', true], ['区经济信息委', true], ['市工商业联合会', true], ['县农业农村局', true],
  ])('endsLikeBody(%s) = %s', (name, body) => {
    expect(endsLikeBody(name)).toBe(body);
  });
});
