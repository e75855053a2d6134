import { describe, expect, it } from 'vitest';
import { valueRows } from './fixture-table.js';

// The input per a unit a sum is worked out from (每县按照财政资金亩均投入1500元测算项目财政总投资, 阳泉, round 271) was read as a budget put in,
// `total`, by the word 投入, and the sum after 共计 that it comes to as a grant, `fixed`: the roles crossed. An input per 亩, 户 or 人 (亩均投入,
// 每亩投入) is the standard, `fixed`; a sum after 共计 behind such a standard is what the units come to, `total` (issue 9).
describe('an input per a unit is a standard, the sum it comes to a total (amounts per unit input)', () => {
  it.each([
    // 阳泉 (shanxi-yangquan-nongtianjianshe2022.txt)
    ['每县按照财政资金亩均投入1500元测算项目财政总投资,本次下达项目财政总投资的10%,共计394.5万元。', [[1500, undefined, 'fixed'], [3945000, undefined, 'total']]],
    // (a year's input stays a budget: 银川, ningxia-yinchuan-feigongyouzhi.txt)
    ['市财政每年投入500万元予以支持。', [[5000000, undefined, 'total']]],
    // (…and an input with no unit: 全市投入)
    ['全市投入资金3000万元。', [[30000000, undefined, 'total']]],
  ])('%s', (text, amounts) => {
    expect(valueRows(text).amounts).toEqual(amounts);
  });
});
