import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Round 241 (issue 9, money for people and households: vouchers, car and home-purchase subsidies), scored before its rules (amounts
// 0.932, thresholds 0.865): each class of miss with the sentence that showed it (eval/national/dev) and its general forms.
const sums = (s: string) => extractValues(s).amounts.map((a) => [a.yuan, a.role]);
const bounds = (s: string) => extractValues(s).thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]);

describe('a sum named as the whole budget right before it is a total, though it names the grant it pays (budget named)', () => {
  it.each([
    // 海盐 (zhejiang-haiyan-wuyuanqichebutie2023.txt)
    ['本次活动发放消费补贴总金额为200万元,按照先到先得的方式予以补贴', [[2000000, 'total']]],
    // 宝安 (guangdong-baoan-yuegouaiche.txt, traditional): the round's budget after the whole one
    ['本次活動總資金預算1億元,分兩輪推出,第一輪補貼預算金額5000萬元,', [[100000000, 'total'], [50000000, 'total']]],
    // 冕宁 (sichuan-mianning-xiaofeiquan.txt, traditional): 資金總額 without 元
    ['計劃發放消費券資金總額300萬,首期發放150萬', [[3000000, 'total'], [1500000, 'total']]],
  ])('%s', (s, want) => expect(sums(s)).toEqual(want));
  it.each([
    // valid: one recipient's sum bounded stays a cap (单个企业…资金总额不超过)
    ['单个企业当年获得奖补资金总额不超过600万元;', [[6000000, 'cap']]],
    ['同一单位支持资金总额不超过400万元。', [[4000000, 'cap']]],
  ])('valid: %s', (s, want) => expect(sums(s)).toEqual(want));
});

describe('a price band with the goods it prices named after it, a comma before the grant, is a threshold (priced goods band)', () => {
  it.each([
    // 海盐: 车辆 right after the band's mark
    ['购车开票金额(裸车价)10万元(含)-20万元(不含)车辆,补贴3000元', [[100000, 200000, '元']], [[3000, 'fixed']]],
    // form: 的 and 家电
    ['单件销售价格1000元(含)至3000元(不含)的家电,补贴200元', [[1000, 3000, '元']], [[200, 'fixed']]],
    // form: 商品房, 给予
    ['成交总价50万元至100万元(含)商品房,给予购房补贴1万元。', [[500000, 1000000, '元']], [[10000, 'fixed']]],
  ])('%s', (s, wantBounds, wantSums) => {
    expect(bounds(s)).toEqual(wantBounds);
    expect(sums(s)).toEqual(wantSums);
  });
  it.each([
    // valid: a grant's own range before the goods it buys bounds nothing
    ['给予10万元至20万元设备购置补助,用于更新改造。'],
  ])('valid: %s', (s) => expect(bounds(s)).toEqual([]));
});
