import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// An allotment's record: a group or a place and the heads it counts, a comma, then the sum alone in its phrase — that group's money in
// all, a `total` (ANNOTATION round 259), as an allotment's place is (round 102).
const sums = (s: string) => extractValues(s).amounts.map((a) => [a.yuan, a.role]);

describe('a sum alone after a count of heads (headcount then sum)', () => {
  it.each([
    // (德钦, 云南: the month's two disability subsidies, by grade and by township)
    ['2025年9月份德钦县需安排残疾人两项补贴人数2999人次,272780元。', [[272780, 'total']]],
    ['其中重度一级286人,28590元;', [[28590, 'total']]],
    ['其中燕门乡343人次,31130元;', [[31130, 'total']]],
    // (a grant's verb between the count and the sum: what each is paid stays as it was read)
    ['新增就业50人,奖励5万元。', [[50000, 'fixed']]],
    // (a count per a unit, no group's whole)
    ['每户3人,1000元', [[1000, 'fixed']]],
  ])('%s', (s, expected) => expect(sums(s)).toEqual(expected));
});
