import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Round 256's classes (unseen dev notices: incubator grants, gas prices, border residents' allowance), each in its general form.
const bounds = (s: string) => extractValues(s).thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]);
const sums = (s: string) => extractValues(s).amounts.map((a) => a.yuan);

describe('tiers written with slashes, the unit once at the end (slash lists)', () => {
  it('武昌, 湖北 (hubei-wuchang-fuhuaqi.txt): each bound a threshold, each sum an amount', () => {
    const s = '对科技产业园区(孵化器)的管理运营机构,每引进一家年产值销售过2000万元/5000万元/10000万元企业,分别给予2万/5万/10万元奖励。';
    expect(sums(s)).toEqual([20000, 50000, 100000]);
    expect(bounds(s)).toEqual([
      [20000000, null, '元'],
      [50000000, null, '元'],
      [100000000, null, '元'],
    ]);
  });
  it.each([
    // (a price per a unit keeps its slash: 元/亩, 元/m/月, and a sum per 100 litres)
    ['按每亩100元/亩给予补贴。', [100]],
    ['补贴标准为:第一年按18元/m/月,第二年15元/m/月。', [18, 15]],
    ['柴油补贴标准为20元/100升。', [20]],
  ])('%s', (s, expected) => expect(sums(s)).toEqual(expected));
});

describe('the consumption bands of a price (price bands)', () => {
  it.each([
    // (葫芦岛, 辽宁: the band's remark restating its figure, a comma before the price; the band past it written 以外)
    ['每户年用气量在350立方米(含350立方米)以内的,每立方米3.11元,350立方米以外的,每立方米3.31元。', [[null, 350, '立方米'], [350, null, '立方米']]],
    ['每户每年用气量在300立方米以内的每立方米2.91元,超出基础气量部分不再优惠。', [[null, 300, '立方米']]],
    // (form: water bands with 以下 and 以上)
    ['月用水量在15立方米以下的,每立方米2.5元;15立方米以上的,每立方米3.5元。', [[null, 15, '立方米'], [15, null, '立方米']]],
  ])('%s', (s, expected) => expect(bounds(s)).toEqual(expected));
  it('a place outside another stays no band (本市以外)', () => expect(bounds('对在本市以外的企业,每家给予5万元奖励。')).toEqual([]));
});

describe('the time a resident must have lived in a place (residence spans)', () => {
  it.each([
    // (龙陵, 云南, written in traditional characters in the notice)
    ['邊民補助是指由中央財政、省財政設立專項資金,發放到在邊境一線地區居住時間達半年以上的農村居民的補助。', [[0.5, null, '年']]],
    ['在邊境鄉鎮擁有固定住所(有房產)且統計年度內實際居住6個月以上(在邊境鄉鎮完成學業后,繼續外出就讀學生除外)。', [[6, null, '个月']]],
  ])('%s', (s, expected) => expect(bounds(s)).toEqual(expected));
});
