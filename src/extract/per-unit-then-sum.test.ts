import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A sum after 共 right behind a sum per a unit (石嘴山市商务局每张承担10元,共1.9万元): what the units come to, a `total` (ANNOTATION round 268:
// the share per voucher `fixed`, the sum it comes to `total`), as the sum of grants to counted recipients is. It was read only after
// 共计/合计 with the recipients counted. Found on ningxia-shizuishan-wuyicuxiaofei2025.txt (round 268).
const roles = (s: string) => extractValues(s).amounts.map((a) => [a.yuan, a.role]);

describe('a sum per a unit, then what it comes to (per unit then sum)', () => {
  it.each([
    // 宁夏 石嘴山 (ningxia-shizuishan-wuyicuxiaofei2025.txt)
    ['其中:石嘴山市商务局每张承担10元,共1.9万元。', [[10, 'fixed'], [19000, 'total']]],
    ['建行石嘴山分行每张承担5元,共9500元。', [[5, 'fixed'], [9500, 'total']]],
    // forms: 共计, 合计
    ['每人补助2000元,合计6万元。', [[2000, 'fixed'], [60000, 'total']]],
  ])('%s', (s, want) => expect(roles(s)).toEqual(want));
  it.each([
    // valid: a sum per a unit alone stays fixed
    ['每张承担10元。', [[10, 'fixed']]],
  ])('%s', (s, want) => expect(roles(s)).toEqual(want));
});
