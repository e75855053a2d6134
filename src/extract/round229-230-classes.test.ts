import { describe, expect, it } from 'vitest';
import { deadlinePairs, valueRows } from './fixture-table.js';

// Round 229's classes, each found on a notice of that round (伊吾 林果业, xinjiang-yiwu-linguoye.txt) and written in its general form.
// (1) A reach word inside a condition that 的 closes before the sum (面积达到4亩以上的按300元/亩进行补助) sets no goal: the sum is the grant.
describe('a reach word of a condition closed by 的 before the sum sets no goal (round 229 amounts)', () => {
  it.each([
    ['县域内苹果栽植集中连片面积达到4亩以上的按300元/亩进行补助。', [[300, undefined, 'fixed']], [[4, undefined, '亩']]],
    ['对种植面积达到50亩以上的按每亩200元给予补助。', [[200, undefined, 'fixed']], [[50, undefined, '亩']]],
    ['種植面積達到50畝以上的按每畝200元給予補助。', [[200, undefined, 'fixed']], [[50, undefined, '亩']]],
    // valid: a figure the sentence sets to reach stays a goal
    ['到2025年,全县林果业产值达到5亿元。', [[500000000, undefined, 'target']], []],
  ] as [string, unknown[][], unknown[][]][])('%s', (text, amounts, thresholds) => {
    const v = valueRows(text);
    expect(v.amounts).toEqual(amounts);
    expect(v.thresholds).toEqual(thresholds);
  });
});

// (2) A check the applicant passes between the bound's comma and the grant, no comma after it (成活率90%以上,通过达标验收后每标准棚补贴600元):
// the bound is still a condition, a percentage too.
describe('a check passed between a bound and its grant leaves the bound a condition (round 229 thresholds)', () => {
  it.each([
    ['在大棚内栽种果树苗木成活率90%以上,通过达标验收后每标准棚补贴600元,分三年兑现。', [[0.9, undefined, '%']]],
    ['在大棚內栽種果樹苗木成活率90%以上,通過達標驗收後每標準棚補貼600元。', [[0.9, undefined, '%']]],
    ['新建连片茶园面积30亩以上,经县农业农村局验收合格后每亩补助500元。', [[30, undefined, '亩']]],
  ] as [string, unknown[][]][])('%s', (text, thresholds) => {
    const v = valueRows(text);
    expect(v.thresholds).toEqual(thresholds);
    expect(v.rates).toEqual([]);
  });
  it('valid: a share paid after a check stays a rate (经验收合格后按投资额的30%给予补助)', () => {
    expect(valueRows('项目建成后,经验收合格后按投资额的30%给予补助。').rates).toEqual([[0.3, 'fixed']]);
  });
});

// Round 230 (奉化 电子商务, zhejiang-fenghua-dianzishangwuzijin2020.txt): the things a bound applies to listed between 的 and a closing 的,
// the grant after the comma: the bound is a condition.
describe('things a bound applies to, listed between 的 and 的 before the grant (round 230 thresholds)', () => {
  it.each([
    ['对经备案同意,在我区举办参会人数100人以上的培训论坛、资源对接等电商类活动的,给予举办费用50%补助,单个企业每年最高不超过10万元。', [[100, undefined, '人']]],
    ['舉辦參會人數100人以上的培訓論壇、資源對接等電商類活動的,給予舉辦費用50%補助。', [[100, undefined, '人']]],
    ['对连片种植100亩以上的蔬菜、瓜果等经济作物的,按每亩200元给予补助。', [[100, undefined, '亩']]],
  ] as [string, unknown[][]][])('%s', (text, thresholds) => expect(valueRows(text).thresholds).toEqual(thresholds));
});

// Round 229 (开化 钱江源品牌, zhejiang-kaihua-qianjiangyuanpinpai2025.txt): a running span that a bounded figure is measured over
// (连续6个月内供货总金额超过10万元) is no time limit, as 连续两年…80航次以上 is not (round 77).
describe('a running span a bounded figure is measured over is no deadline (round 229 deadlines)', () => {
  it.each([
    ['品牌授权产品入驻盒马鲜生、山姆会员等连锁商超,并在连续6个月内供货总金额超过10万元的,给予产品生产主体一次性奖励3万元。', []],
    ['品牌授權產品入駐連鎖商超,並在連續6個月內供貨總金額超過10萬元的,給予一次性獎勵3萬元。', []],
    // valid: a span an act must fall in, and a span a grant runs
    ['项目须在6个月内完成建设。', [['6个月内', 'relative']]],
  ])('%s', (text, want) => expect(deadlinePairs(text, '2023-06-01')).toEqual(want));
});
