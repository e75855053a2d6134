import { describe, expect, it } from 'vitest';
import { valueTable } from './fixture-table.js';

// Round 208 (issue 9): a level moved from an old one written per a thing or a measure, a price or fee standard so moved, and a
// threshold moved with its inclusion mark and a comma before the verb.

describe('a level moved from an old one per a thing or a measure: the old none, the new its role (moved level per a measure)', () => {
  it.each([
    // 江苏 句容 (jiangsu-jurong-zhufangbaozhangbiaozhun.txt): a subsidy moved, a comma before the verb
    ['1、低保住房困难家庭公共租赁租(廉租)住房补贴由原来的每月每平方米补贴15元,调整到每月每平方米补贴18元;', [[18, 'target']]],
    // 浙江 海宁 (zhejiang-haining-shoufeimulu2020.txt): a fee standard the notice sets stays fixed (round 172)
    ['自2020年1月1日起,往来台湾通行证(电子)收费标准由每本80元调整为60元;', [[60, 'fixed']]],
    ['台湾居民来往大陆通行证(补办)收费标准由每本500元调整为200元。', [[200, 'fixed']]],
    // valid: a level moved per head stays as it was read (锦州's 由750元调整为900元)
    ['最低工资标准由每月750元调整为900元。', [[900, 'target']]],
  ])('%s', (s, want) => expect(valueTable(s).amounts).toEqual(want));
});

describe('a threshold moved with its inclusion mark, a comma before the verb: the new bound only (moved threshold with its mark)', () => {
  it.each([
    // 江苏 句容 (jiangsu-jurong-zhufangbaozhangbiaozhun.txt)
    ['1、低收入住房困难家庭收入保障标准由原家庭人均月可支配收入2550元(含)以下,调整为2640元(含)以下;', [['家庭人均月可支配收入', null, 2640, '元']]],
    // 江苏 镇江 (jiangsu-zhenjiang-zhufangbaozhangbiaozhun2023.txt)
    ['中等偏下收入家庭收入准入标准,由家庭人均月可支配收入3350元(含)以下调整为3450元(含)以下。', [['家庭人均月可支配收入', null, 3450, '元']]],
  ])('%s', (s, want) => expect(valueTable(s).thresholds).toEqual(want));
});

describe('a limit named before 由 sets the side of the bound it moves (moved limit named)', () => {
  it.each([
    // 江苏 靖江 (jiangsu-jingjiang-jiangfudan.txt): 上限, a ceiling; the bound after it read as before
    ['将小型微利企业的年应纳税所得额上限由50万元提高至100万元,对年应纳税所得额低于100万元(含100万元)的小型微利企业,其所得减按50%计入应纳税所得额。', [], [[null, 1000000], [null, 1000000]]],
    // form: a floor named 门槛
    ['将申报门槛由500万元降低至300万元。', [], [[3000000, null]]],
  ])('%s', (s, amounts, bounds) => {
    const v = valueTable(s);
    expect(v.amounts).toEqual(amounts);
    expect(v.thresholds.map((t) => [t[1], t[2]])).toEqual(bounds);
  });
});
