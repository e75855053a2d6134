import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A budget's revenue (一般预算收入, 一般公共预算收入) reached in a goal is a `target`, as 财政总收入突破1700亿元 is; 预算 before 收入 names
// the revenue, not a budget set aside (安排预算资金, a `total`). Found on round 238's zhejiang-ningbo-renwufenjie2007.txt and the dev
// half's 嘉兴 and 宁波 2006 task lists.
const amounts = (text: string) => extractValues(text).amounts.map((a) => [a.yuan, a.role]);

describe('a budget revenue goal is a target (budget revenue)', () => {
  it.each([
    // 宁波 2007 (zhejiang-ningbo-renwufenjie2007.txt, round 238)
    ['全市财政一般预算收入623亿元,同口径比上年增长12%,其中市本级一般预算收入111.62亿元,同口径比上年增长10%。', [[62300000000, 'target'], [11162000000, 'target']]],
    // 嘉兴 (zhejiang-jiaxing-wunianrenwu.txt)
    ['财政总收入突破1700亿元,一般公共预算收入突破1000亿元。', [[170000000000, 'target'], [100000000000, 'target']]],
    // 宁波 2006 (zhejiang-ningbo-renwufenjie2006.txt)
    ['一般预算收入522.5亿元,比上年增长12%,其中地方财政收入237.9亿元,比上年增长12%。', [[52250000000, 'target'], [23790000000, 'target']]],
  ])('%s', (s, want) => expect(amounts(s)).toEqual(want));
  it.each([
    // valid: a budget set aside stays a total
    ['全年安排预算资金5000万元。', [[50000000, 'total']]],
  ])('%s', (s, want) => expect(amounts(s)).toEqual(want));
});
