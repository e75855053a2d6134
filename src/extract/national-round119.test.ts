import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Classes from round 119 of the national development set (issue 9). Sentences are real, from the dev notice named in the comment;
// "form" marks one written from the class.

const deadlines = (sentence: string) => extractValues(sentence, '2022-08-13').deadlines.map((d) => [d.raw, d.kind ?? d.date]);

describe('a grant’s span before the share it pays, before the rent it relieves, or counted in whole years (grant span)', () => {
  it.each([
    // 连云港 (jiangsu-lianyungangzimaoqu-xianjinzhizao.txt)
    ['达10亿元(含)的,给予四年95%扶持;', [['四年', 'relative']]],
    ['扶持期满后继续给予五年50%扶持。', [['五年', 'relative']]],
    // 隆德 (ningxia-longde-gongyeyuanqu.txt)
    ['入驻工业园区闽宁中小企业孵化园一期的企业,免除标准化厂房三年租金;', [['三年', 'relative']]],
    ['入住工业园区公租房的园区企业员工,免除公租房三年租金;', [['三年', 'relative']]],
    // 萨迦 (xizang-saga-zhaoshang.txt)
    ['连续扶持三个完整年度,一年一兑现。', [['连续扶持三个完整年度', 'relative']]],
    // forms: a term of a thing granted stays none; a year-end figure's 年度 is no span
    ['给予50年的土地出让年限。', []],
    ['连续3年度营业收入增长20%以上的企业。', []],
  ])('%s', (sentence, want) => {
    expect(deadlines(sentence)).toEqual(want);
  });
});
