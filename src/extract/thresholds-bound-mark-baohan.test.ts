import { describe, expect, it } from 'vitest';
import { deadlinePairs, valueRows } from './fixture-table.js';

// A bound's mark written 包含 in its bracket (2013年新增税收50万元以上(包含50万元)、100万元以下的奖励5万元, 重庆市 round 281) was no mark: the
// band fell apart into a floor and a ceiling, and the marked figure was read as a sum granted. 包含 in a bound's bracket is the 含 of (含50万元),
// folded character for character (a space for the one dropped) for the money, rate and threshold rules; the deadline rules, whose own mark
// reads 包含 (2025年1月1日之后(包含1月1日), 兴县), take the text as written (issue 9).
describe('a bound\'s mark written 包含 (thresholds bound mark baohan)', () => {
  it.each([
    // 重庆市 (chongqing-chongqingshi-xianeshangye2014.txt)
    ['2013年新增税收50万元以上(包含50万元)、100万元以下的奖励5万元;', [[50000, undefined, 'fixed']], [[500000, 1000000, '元']]],
    ['餐饮住宿、居民服务企业:2013年纳税金额100万元以上(包含100万元)的奖励10万元;', [[100000, undefined, 'fixed']], [[1000000, undefined, '元']]],
  ])('%s', (text, amounts, thresholds) => {
    const v = valueRows(text);
    expect(v.amounts).toEqual(amounts);
    expect(v.thresholds).toEqual(thresholds);
  });

  it('兴县 (shanxi-xingxian-shengyubutie.txt): the day restated in the mark is no second deadline', () => {
    expect(deadlinePairs('2.2025年1月1日之后(包含1月1日)符合政策生育一孩、二孩、三孩的家庭。', '2025-03-01')).toEqual([]);
  });
});
