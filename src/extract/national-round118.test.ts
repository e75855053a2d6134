import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Classes from round 118 of the national development set (issue 9). Sentences are real, from the dev notice named in the comment;
// "form" marks one written from the class.

const thresholds = (sentence: string) => extractValues(sentence, '2012-06-01').thresholds.map((t) => [t.min, t.max ?? undefined, t.unit]);

describe('a bounded condition with its alternative joined by 或 before the grant (or-alternative conditions)', () => {
  it.each([
    // 磴口 (neimenggu-dengkou-rouyang.txt): the alternative's words are longer than the first row's
    ['棚圈建设面积达到19500平方米,能繁母羊达到3000只以上或出栏肉羊10000只以上,奖励20万元;', [[19500, undefined, '平方米'], [3000, undefined, '只'], [10000, undefined, '只']]],
    ['棚圈建设面积达到65000平方米,能繁母羊达到10000只以上或出栏肉羊30000只以上,奖励40万元。', [[65000, undefined, '平方米'], [10000, undefined, '只'], [30000, undefined, '只']]],
    // form: the same shape with a floor area and a count of firms
    ['园区建筑面积达到5000平方米以上或入驻企业达到100家以上,奖励50万元。', [[5000, undefined, '平方米'], [100, undefined, '家']]],
  ])('%s', (sentence, want) => {
    expect(thresholds(sentence)).toEqual(want);
  });
});

describe('chained conditions closed by 的 and a grant per unit (每亩(小亩)补贴): each is a condition (chained per-unit grant)', () => {
  it.each([
    // 永吉 (jilin-yongji-jiegan2018.txt)
    ['对水稻秸秆深翻还田单块作业面积在50公顷以上,累计超过200公顷的每亩(小亩)补贴45元。', [[50, undefined, '公顷'], [200, undefined, '公顷']]],
    // form: without the bracket
    ['连片种植面积在100亩以上,且单块面积超过20亩的每亩补贴100元。', [[100, undefined, '亩'], [20, undefined, '亩']]],
  ])('%s', (sentence, want) => {
    expect(thresholds(sentence)).toEqual(want);
  });
});
