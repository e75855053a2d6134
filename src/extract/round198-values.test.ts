import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { devText } from '../dev-notices.js';
import { extractDocument } from './extract.js';
import { deadlinePairs, valueRows } from './fixture-table.js';

// Round 198 (issue 9): classes that new notices (housing provident fund, family-planning rewards, whistle-blower rewards) carried.
const deadlines = (text: string, day = '2024-11-28') => deadlinePairs(text, day);

describe('a level floated up or down to a new one is moved as 调整为 is: the new level the sum, the old none (floated level)', () => {
  it.each([
    // 嘉兴 (zhejiang-jiaxing-gongjijindaikuanedu.txt)
    ['在本市正常缴存住房公积金符合保底贷款条件的职工,其单人最高贷款额度由15万元上浮至20万元。', [200000]],
    ['在本市正常缴存住房公积金的职工,首次申请住房公积金贷款购买家庭首套自住住房,其单人最高贷款额度由30万元上浮至40万元,双人及以上最高贷款额度由60万元上浮至80万元。', [400000, 800000]],
    // Form: floated down.
    ['贷款利率由4.5万元下浮至4万元。', [40000]],
  ] as [string, number[]][])('%s', (s, want) => expect(valueRows(s).amounts.map((a) => a[0])).toEqual(want));
});

describe('a grant\'s floor per head before 的标准 and the paying verb is the sum, no condition (floor of a paid standard)', () => {
  it('海州 (jiangsu-haizhou-jianglifuzhujin.txt)', () => {
    const v = valueRows('奖励扶助对象按每人每月不低于50元的标准发放奖励扶助金,直至亡故为止。');
    expect(v.amounts).toEqual([[50, undefined, 'fixed']]);
    expect(v.thresholds).toEqual([]);
  });
  it('valid: a floor on the applicant\'s own figure stays a condition', () => expect(valueRows('对月收入不低于2000元的,给予补贴').thresholds).toEqual([[2000, undefined, '元']]));
});

describe('the day births or ages are reckoned from is a condition, no limit (reckoned day)', () => {
  it.each([
    // 深圳 (guangdong-shenzhen-dushengzinvjiangli.txt)
    ['2015年12月31日前,只生育一个子女,或者没有生育只依法收养一个子女的夫妻', []],
    ['2009年1月1日后,男性年满60周岁、女性年满55周岁,自达到规定年龄的当月起计发;', []],
    ['1980年2月2日后,男性年满60周岁,女性年满55周岁的。', []],
  ])('%s', (s, want) => expect(deadlines(s)).toEqual(want));
  it('valid: a start from which those of an age may apply stays a start', () => expect(deadlines('2025年1月1日起,年满60周岁的老人可申领补贴。')).toEqual([['2025年1月1日起', '2025-01-01']]));
  it('valid: a day an age must be reached by stays a limit', () => expect(deadlines('申请人须于2024年6月30日前满18周岁。')).toEqual([['于2024年6月30日前', '2024-06-30']]));
});

describe('an item\'s first sentence that states a tier\'s bounds, its next sentence granting, holds conditions (tier head)', () => {
  const doc = (text: string) => extractDocument(documentsOfPlainText(text)[0]);
  it('永宁 (ningxia-yongning-laowujingjiren.txt)', () => {
    const c = doc(devText('ningxia-yongning-laowujingjiren.txt')).find((x) => x.text.startsWith('组织稳定就业期满6个月以上'))!;
    expect(c.thresholds.map((t) => [t.min, t.max, t.unit])).toEqual([[6, undefined, '个月'], [2000, undefined, '元']]);
    expect(c.amounts).toEqual([]);
  });
  it('valid: with no grant after it, a bound is what the sentence says (a goal here)', () =>
    expect(doc('一、工作目标\n(一)全县农民月人均收入不低于2000元。\n(二)新增就业500人。').flatMap((c) => c.thresholds)).toEqual([]));
});

describe('a band of months an applicant has held is a condition, a band of a period is not (held span band)', () => {
  it.each([
    ['稳定就业3-6个月的,给予补贴。', [[3, 6, '个月']]],
    ['项目实施期为1-3年的,给予补贴。', []],
  ] as [string, unknown[][]][])('%s', (s, want) => expect(valueRows(s).thresholds).toEqual(want));
});

describe('an age with its alternative in brackets gives two floors; deaths reckoned from a window are a condition (age alternatives)', () => {
  it('海州 (jiangsu-haizhou-jianglifuzhujin.txt)', () =>
    expect(valueRows('1月1日—6月30日年满60(或50)周岁的可以享受全年奖励金,7月1日—12月31日年满60(或50)周岁的可以享受半年奖励扶助金。').thresholds).toEqual([
      [60, undefined, '周岁'],
      [50, undefined, '周岁'],
      [60, undefined, '周岁'],
      [50, undefined, '周岁'],
    ]));
  it('海州: the window deaths fall in is no limit', () =>
    expect(deadlines('在1月1日至6月30日死亡的可以享受上半年奖励扶助金,7月1日至12月31日死亡的可以享受全年奖励扶助金。', '2022-10-18').filter((d) => /月\d{1,2}日/.test(String(d[0])))).toEqual([]));
});

describe('a grant\'s standard set as its base is the sum, not the floor of a step (standard as base)', () => {
  it('滨江 (zhejiang-binjiang-lajifenlei.txt)', () =>
    expect(valueRows('垃圾分类管理区域内的生活小区(含安置过渡房、公租房),补助标准以100元/户·年为基础,根据创建情况及考核结果确定。').amounts).toEqual([[100, undefined, 'fixed']]));
  it('valid: the base a step counts from stays a floor', () =>
    expect(valueRows('以当年实现产值3000万元为基数给予补助1000元,产值每增加1000万元增加补助500元').thresholds[0]).toEqual([30000000, undefined, '元']));
});

describe('the year a standard, limit or base is set for, written 年度, is its limit (standard of a year)', () => {
  it.each([
    // 自贡 (sichuan-zigong-gongjijinjiaocunjishu.txt)
    ['2023年度月缴存基数上限为20537元,下限为1970元,缴存基数保留到元。', [['2023年度', '2023']]],
    ['2023年度住房公积金月缴存额上限为4928.88元,下限为197元。', [['2023年度', '2023']]],
  ])('%s', (s, want) => expect(deadlines(s, '2023-06-28')).toEqual(want));
  it('valid: the year of a figure an applicant reached is the period measured', () => expect(deadlines('2022年度营业收入超过1亿元的企业,给予奖励。', '2023-06-28')).toEqual([]));
});
