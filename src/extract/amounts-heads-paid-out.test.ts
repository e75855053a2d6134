import { describe, expect, it } from 'vitest';
import { valueRows } from './fixture-table.js';

// The money a payout notice says was paid to the heads it counts (高龄老年人共有3229人,发放补助金18.1135万元, 香格里拉; 在享19912人,发放资金
// 2050.52万元, 金华; 共补助人数29794人,共计发放金额263.460万元, 永嘉 — round 277) was read as a standard each is paid, `fixed`: a payout's verb and
// what it pays right before the sum (发放补助金, 发放资金, 发放金额), with heads counted earlier in the sentence, make it what they were paid in
// all, a `total` (ANNOTATION round 277); a standard per head stays `fixed` (issue 9).
describe('a payout to counted heads is their total (amounts heads paid out)', () => {
  it.each([
    // 香格里拉 (yunnan-xianggelila-gaolingbuzhu2024.txt)
    ['2024年4月份我市高龄老年人共有3229人,发放补助金18.1135万元(大写:壹拾捌万壹仟壹佰叁拾伍元)', [[181135, undefined, 'total']]],
    ['100周岁及以上的老年人12人,发放补助金0.42万元(大写:肆仟贰佰元)。', [[4200, undefined, 'total']]],
    // 金华 (zhejiang-jinhua-canjirenliangxiangbutie2024.txt)
    ['2024年1-3月,困难残疾人生活补贴在享19912人,发放资金2050.52万元;', [[20505200, undefined, 'total']]],
    // 永嘉 (zhejiang-yongjia-gaolingjintie2023.txt)
    ['经县民政局审核,现下拨2023年12月份高龄津贴,共补助人数29794人,共计发放金额263.460万元;', [[2634600, undefined, 'total']]],
    // (a standard per head stays the standard: 香格里拉)
    ['80岁—99岁的每人每月发放高龄保健补助55元/人/月;', [[55, undefined, 'fixed']]],
  ])('%s', (text, amounts) => {
    expect(valueRows(text).amounts).toEqual(amounts);
  });
});
