import { describe, expect, it } from 'vitest';
import { deadlinePairs } from './fixture-table.js';

// A part of a year opening a report of what was spent, the heads it reached after the sum (2024年下半年,全市共支出…经费2816.73万元,受益学生
// 近29401人次, 丽水 round 283; 2023年1-8月…专项资金1012.1455万元,受益学生23335人, 彰武 round 279), was read as a deadline: the period is the one
// measured, history, as ANNOTATION round 279 decides — no limit. A plan's verb before the sum (计划投入, 拟安排) keeps it a time (issue 9).
describe('a period whose spending and beneficiaries are reported is no deadline (deadlines period spent reaching)', () => {
  it.each([
    // 丽水 (zhejiang-lishui-xueshengzizhu2024.txt)
    ['2024年下半年,全市共支出各类(含幼儿园、中小学、普高以及中职)资助补助经费2816.73万元,受益学生近29401人次。', '2024-12-03', []],
    // 彰武 (liaoning-zhangwu-xueshengzizhu2023.txt), no verb, a plan's name (营养改善计划) in the fund
    ['2023年1-8月义务教育阶段营养改善计划专项资金1012.1455万元,受益学生23335人。', '2023-09-20', []],
    // (a plan's verb keeps the period a time)
    ['2024年下半年,计划投入资金500万元,受益群众1200户。', '2024-06-01', [['2024年下半年', '2024-12']]],
    // (a whole year spent is not this rule's: the period rules for years stand)
    ['2024年4月底前完成资金拨付,受益学生名单报县教育局备案。', '2024-03-01', [['2024年4月底前', '2024-04']]],
  ])('%s', (text, date, want) => {
    expect(deadlinePairs(text, date)).toEqual(want);
  });
});
