import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Classes from round 168 of the national development set (issue 9, forty-first session).
// Sentences are real, from the dev notice named in the comment; composed forms are marked "form".

describe('a step in money that earns an assessment’s points is a step threshold, not a sum given (points per step)', () => {
  it.each([
    // 下管镇 (zhejiang-xiaguanzhen-gongyejingji.txt)
    ['同时,村通过努力,新引进绍兴市外企业、引荐内资、每引进100万元,年终考核奖励1分。'],
    // form: the points right after the comma, as before
    ['每引进100万元,奖励1分。'],
  ])('%s', (s) => {
    const v = extractValues(s, '2015-03-01');
    expect(v.amounts).toEqual([]);
    expect(v.thresholds.map((t) => [t.min, t.unit])).toEqual([[1e6, '元']]);
  });
});

describe('a lead-in giving its opinions on a year’s work sets that year (year’s work opinions)', () => {
  it.each([
    // 下管镇 (zhejiang-xiaguanzhen-gongyejingji.txt), the year in Chinese numerals with ○
    ['经镇党委、政府研究,现就二○一五年度工业经济发展提出如下实施意见:', ['2015']],
    // form: in figures; valid: a year's work done, no lead-in, none
    ['现就2015年度工业经济发展提出如下实施意见:', ['2015']],
    ['2015年度工业经济发展势头良好。', []],
  ] as [string, string[]][])('%s', (s, want) => expect(extractValues(s, '2015-03-01').deadlines.map((d) => d.date)).toEqual(want));
});
