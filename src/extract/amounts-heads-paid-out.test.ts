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

// A month's payout paid over to accounts or places (基本生活费88.616万元支付到特困人员个人账户; 共计56.3526万元下拨给各敬老院, 德江 — round 278),
// named funds summed (…基本生活费、照料护理费共计154.6454万元), a payout of named fees to counted heads (…228户,229人,…共发放特困人员基本生活费和
// 照料护理费39.5398万元, 庆元) and a bare 共 behind the project it sums for counted firms (…等203家企业,2017年…进口贴息项目共33,841,108元, 东莞)
// were read as standards: each is what the payout came to, a `total`.
describe('a payout paid over or summed is its total (amounts payout paid over)', () => {
  it.each([
    // 德江 (guizhou-dejiang-tekungongyang2024.txt)
    ['经局党组研究,现将2024年9月份特困供养人员基本生活费、照料护理费共计154.6454万元。', [[1546454, undefined, 'total']]],
    ['其中分散特困供养人员基本生活费88.616万元支付到特困人员个人账户、照料护理费9.6768万元付到护理人员个人账户;', [[886160, undefined, 'total'], [96768, undefined, 'total']]],
    // 庆元 (zhejiang-qingyuan-tekungongyang2024.txt)
    ['各乡(镇)、街道共批准2024年6月份特困人员228户,229人,并经第三方评估,共发放特困人员基本生活费和照料护理费39.5398万元,', [[395398, undefined, 'total']]],
    // 东莞 (guangdong-dongguan-jinkoutiexi2016.txt)
    ['现拨付宜来特光电(东莞)有限公司等203家企业,2017年内外经贸发展与口岸建设专项资金进口贴息项目共33,841,108元(详见附件)。', [[33841108, undefined, 'total']]],
  ])('%s', (text, amounts) => {
    expect(valueRows(text).amounts).toEqual(amounts);
  });
});
