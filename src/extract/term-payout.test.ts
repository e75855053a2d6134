import { describe, expect, it } from 'vitest';
import { deadlinePairs, valueRows } from './fixture-table.js';

// A school term's payout reported (2023年春季发放学前入园资助金10.55万元, 彰武 round 279) was read as a standard each is paid, `fixed`, and its
// year as a deadline: a year with its term or season opening the phrase, the payout's verb and what it paid before the sum, is what the term
// paid in all, a `total`, and the term is history, no limit (ANNOTATION round 279), as a month's payout is (round 277). A standard per head stays
// `fixed`.
describe('a term\'s payout is a total, its term no deadline (term payout)', () => {
  it.each([
    // 彰武 (liaoning-zhangwu-xueshengzizhu2023.txt)
    ['2023年春季发放学前入园资助金10.55万元。', [[105500, undefined, 'total']], []],
    ['2023年春季发放义务教育阶段家庭经济困难学生寄宿生生活补助资金12.075万元。', [[120750, undefined, 'total']], []],
    ['我县各阶段学生资助资金发放全部实施资金到位后由学校及时拨付到学生银行卡中的规范流程,2023年春季共发放资助资金211.0525万元。', [[2110525, undefined, 'total']], []],
    // (the standard before it stays a standard)
    ['资助标准为500元/学期/人。', [[500, undefined, 'fixed']], []],
  ])('%s', (text, amounts, deadlines) => {
    expect(valueRows(text).amounts).toEqual(amounts);
    expect(deadlinePairs(text)).toEqual(deadlines);
  });
});
