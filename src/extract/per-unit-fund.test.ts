import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A unit each is paid for, then the grant's fund named, right before the sum (每亩补贴资金500元): the standard each unit is paid at,
// `fixed`, not a fund's size.
const roles = (s: string) => extractValues(s).amounts.map((a) => [a.yuan, a.role]);

describe("a fund's sum per a unit (per-unit fund)", () => {
  it.each([
    // (叶县, 河南: mulberry planting by the mu)
    ['其中,2019年种植3060亩,每亩补贴资金500元;', [[500, 'fixed']]],
    ['项目绩效目标:在全县12个乡镇,31个村种植构树饲草918亩,每亩补助资金1000元,引导25493名群众调整种植结构。', [[1000, 'fixed']]],
    // (利通, 宁夏: read before this class, kept — the fund's total, then each farm's)
    ['2025年肉牛产业提质升级项目资金135万元,其中:支持我区新建肉牛规模养殖场2个,每个补助资金30万元。', [[1350000, 'total'], [300000, 'fixed']]],
  ])('%s', (s, expected) => expect(roles(s)).toEqual(expected));
});

describe('the fund for one thing counted right before it (one counted fund)', () => {
  it.each([
    // (西吉, 宁夏: one farm of each size, its grant)
    ['新建存栏西门塔尔肉牛300-499头的养殖场(养殖园区)1个,补贴资金100万元;', [[1000000, 'fixed']]],
    ['新建存栏肉鸡(蛋鸡)3-4万羽的标准化养殖场1家,补贴资金20万元;', [[200000, 'fixed']]],
    // (several counted: the fund is theirs in all)
    ['新建养殖场3个,补贴资金300万元;', [[3000000, 'total']]],
  ])('%s', (s, expected) => expect(roles(s)).toEqual(expected));
});
