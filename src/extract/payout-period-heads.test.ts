import { describe, expect, it } from 'vitest';
import { deadlinePairs, valueRows } from './fixture-table.js';

// A period opening a payout's report, the heads it counts and then what they were paid (2024年4月份我市高龄老年人共有3229人,发放补助金
// 18.1135万元, 香格里拉 round 277; 2024年1-3月,…在享19912人,发放资金2050.52万元, 金华 round 277; 2020年1至9月共为215名孤儿等特困儿童发放基本生活
// 保障补助资金197.70万元, 隆阳 round 280) was read as a deadline, and 隆阳's sum, its fund named at length, as a standard: the period is the one
// paid, history, and the sum what the heads were paid in all, a `total` (ANNOTATION rounds 277, 280). A period set as a limit stays one.
describe('a period\'s payout to counted heads (payout period heads)', () => {
  it.each([
    // 香格里拉 (yunnan-xianggelila-gaolingbuzhu2024.txt)
    ['2024年4月份我市高龄老年人共有3229人,发放补助金18.1135万元', [[181135, undefined, 'total']], []],
    // 金华 (zhejiang-jinhua-canjirenliangxiangbutie2024.txt)
    ['2024年1-3月,困难残疾人生活补贴在享19912人,发放资金2050.52万元;', [[20505200, undefined, 'total']], []],
    // 隆阳 (yunnan-longyang-guerbaozhang2020.txt)
    ['2020年1至9月共为215名孤儿等特困儿童发放基本生活保障补助资金197.70万元,其中:孤儿95人,事实无人抚养儿童89人,艾滋病感染儿童31人。', [[1977000, undefined, 'total']], []],
    // 青岛 round 281 (shandong-qingdao-guershenghuofei2021.txt): the heads counted by kind, then the payout
    ['2021年6月份,我市共有机构养育孤儿175人、社会散居孤儿334人、事实无人抚养儿童887人、重点困境儿童341人,共发放基本生活费254.48万元。', [[2544800, undefined, 'total']], []],
    // (a limit set for a payout stays a limit: 洛阳镇, jiangsu-luoyangzhen-youfulinjiu2013.txt)
    ['各村、社区要认真落实,务必于2月5日前将资金发放到位,并于3月1日前将发放清单报民政科。', [], [['于2月5日前', '2026-02-05'], ['于3月1日前', '2026-03-01']]],
  ])('%s', (text, amounts, deadlines) => {
    expect(valueRows(text).amounts).toEqual(amounts);
    expect(deadlinePairs(text, '2026-01-28')).toEqual(deadlines);
  });
});
