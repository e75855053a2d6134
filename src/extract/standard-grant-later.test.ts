import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Round 182 (issue 9): a grant written further on than the rules looked. A sum per a measure set as the standard a grant is paid at,
// the grant past a comma (以不超过5000元/㎡的标准,按…的50%,给予…: 光明); a bound reached with the grant's standard or the kind it pays
// for between the comma and the grant (…达到500人次(含)以上,按…的标准奖励; 每班次达到100人(含)以上,国内航线每班次补贴5万元: 鄂尔多斯); a
// tier heading a sum per two units (住三晚及以上每人每晚70元).
const amounts = (text: string) => extractValues(text).amounts.map((a) => [a.raw, a.yuan, a.role]);
const thresholds = (text: string) => extractValues(text).thresholds.map((t) => [t.raw, t.min ?? null, t.max ?? null, t.unit]);

describe('a sum per a measure set as the standard a grant further on is paid at (standard paid at)', () => {
  it.each([
    // 光明 (guangdong-guangming-hechengshengwuchangfang.txt)
    ['2.GMP厂房建设资助项目:对区内合成生物企业新建或改造GMP厂房的,以不超过5000元/㎡的标准,按企业实际投入费用总额的50%,给予最高1000万元资助。', [['5000元/㎡', 5000, 'cap'], ['1000万元', 10000000, 'cap']]],
    // 竹山 (hubei-zhushan-linxiajingji.txt): the grant after an acceptance check
    ['低产低效林改造按第二年300元/亩/年、第三年200元/亩/年、第四年200元/亩/年的标准,经县级验收合格后予以补助。', [['300元/亩/年', 300, 'fixed'], ['200元/亩/年', 200, 'fixed'], ['200元/亩/年', 200, 'fixed']]],
  ])('%s', (s, want) => expect(amounts(s)).toEqual(want));
  it('valid: a price a firm pays at a standard is no amount', () => {
    expect(amounts('入驻企业按20元/平方米的标准,缴纳物业管理费。')).toEqual([]);
  });
});

describe('a bound reached, then the grant\'s standard or the kind it pays for before the grant (bound then paid kind)', () => {
  it.each([
    // 鄂尔多斯 (neimenggu-eerduosi-wenlvyijian2016.txt)
    ['鼓励旅行社大力开拓客源市场,积极组织市外游客到我市旅游,全年累计组织市外过夜游客达到500人次(含)以上,按游客在我市住一晚每人30元、住二晚每人每晚50元、住三晚及以上每人每晚70元的标准奖励组织方。', [['500人次(含)以上', 500, null, '人次'], ['三晚及以上', 3, null, '晚']]],
    ['鼓励旅游企业开展旅游包机和旅游专列业务,其中,旅游包机每班次达到100人(含)以上,国内航线每班次补贴5万元,国际航线每班次补贴10万元;', [['100人(含)以上', 100, null, '人']]],
    // 竹山 (hubei-zhushan-linxiajingji.txt): the grant per a unit after an acceptance check
    ['林下标准化新种植3年及以上多年生中药材,集中连片面积达10亩以上,经验收合格每亩一次性奖补1000元。', [['3年及以上', 3, null, '年'], ['10亩以上', 10, null, '亩']]],
  ])('%s', (s, want) => expect(thresholds(s).map((t) => [t[0], t[1], t[2], t[3]])).toEqual(want));
  it('valid: a goal reached, no grant after it, is no condition', () => {
    expect(thresholds('到2025年,全市接待过夜游客达到500万人次以上,旅游收入稳步增长。')).toEqual([]);
  });
});
