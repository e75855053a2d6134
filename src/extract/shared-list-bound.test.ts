import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A list of conditions in different measures that one bound after its last item closes (经营6个月、带动就业3人及以上的): each item is under
// the bound. Only the last was read, or none, and a sum in the list was taken for a goal (a `target` amount). Found on
// hubei-shiyan-wuliuyindaozijin.txt (round 217, scored before its rules: thresholds 0/6) and two dev notices it named the class of
// (崇阳, 大冶).
const thresholds = (text: string) => extractValues(text).thresholds.map((t) => [t.raw, t.min ?? null, t.max ?? null, t.unit]);

describe('one bound closing a list of conditions in different measures (shared list bound)', () => {
  it.each([
    // 崇阳 (hubei-chongyang-chuangyebutie.txt)
    ['2、各类返乡人员5年内在本地首次创业办理注册登记,自注册登记之日起经营6个月、带动就业3人及以上的,给予5000元的一次性创业补贴。', [['6个月', 6, null, '个月'], ['3人及以上', 3, null, '人']]],
    // 大冶 (hubei-daye-chuangyebutie.txt): a remark between the last figure and its bound
    ['3.各类返乡创业人员5年内在本地首次创业办理注册登记,自注册登记之日起经营6个月、带动就业3人含创业者本人及以上的,给予5000元的一次性创业补贴。', [['6个月', 6, null, '个月'], ['3人', 3, null, '人']]],
    // 十堰 (hubei-shiyan-wuliuyindaozijin.txt): a sum and a count named after its measure word, in the bracket the list fills; the next
    // bracket's bare sum sized by 规模以上
    ['对新增且纳入市级统计交通运输物流业(年营业收入1000万元、50台车以上)、物流仓储业(年营业收入达2000万规模以上)的5A(星)、4A(星)、3A(星)级物流企业、星级冷链物流企业(仅限于2022-2024年新评定企业),分别一次性给予不高于25万元、20万元、15万元资金补助', [['1000万元', 10000000, null, '元'], ['50台', 50, null, '台'], ['2000万规模以上', 20000000, null, '元']]],
    // form: two sums, each naming its measure
    ['对年营业收入1000万元、研发投入100万元以上的企业,给予10万元奖励。', [['1000万元', 1000000 * 10, null, '元'], ['100万元以上', 1000000, null, '元']]],
    // form: a ceiling, Chinese numerals
    ['从业人员一百人、年营业收入三千万元以下的小微企业,给予贷款贴息。', [['一百人', null, 100, '人'], ['三千万元以下', null, 30000000, '元']]],
  ])('%s', (s, want) => expect(thresholds(s)).toEqual(want));

  it('reads the sum in such a list as no amount', () => {
    const v = extractValues('对年营业收入1000万元、研发投入100万元以上的企业,给予10万元奖励。');
    expect(v.amounts.map((a) => a.yuan)).toEqual([100000]);
  });

  it.each([
    // a goal's counts, closed by no 的
    ['引进企业10家、项目20个以上。'],
    // a goal's list, 力争 governing it
    ['力争培育年营业收入1000万元、员工50人以上的企业10家。'],
    // a year's goal
    ['到2025年,年营业收入1000万元、员工50人以上的企业达到100家。'],
    // a bracket the list does not fill, opened before another phrase
    ['支持重点项目建设(计划总投资达到5亿元,其中设备投资1000万元、新增用工50人以上)。'],
  ])('%s: no item but the last under the bound', (s) => {
    const raws = thresholds(s).map((t) => t[0]);
    expect(raws.filter((r) => !/以上|以下/.test(String(r)))).toEqual([]);
  });
});

describe('items with their own bound words are no list one bound closes (shared list bound, own bounds)', () => {
  // 山东省 form (national-round137): each class with its own bound, the counts reached after 达到
  it('1000亿元以上的县(市、区)达到30个、700亿元以上的达到50个', () =>
    expect(thresholds('1000亿元以上的县(市、区)达到30个、700亿元以上的达到50个').map((t) => t[0])).toEqual(['1000亿元以上', '700亿元以上']));
});
