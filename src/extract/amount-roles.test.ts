import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// What a sum is (fixed, cap, total, target), by the words around it: real sentences of the national dev set.
const roles = (text: string) => extractValues(text, '2024-01-01').amounts.map((a) => [a.yuan, a.role]);

describe('a grant word as a verb before 资金 hands the sum over (fixed)', () => {
  it.each([
    // 河南 漯河
    ['引进项目实际投资亿元及以上的,一次性奖励资金20万元。', [[200000, 'fixed']]],
    ['县区人民政府(管委会)在年度招商引资目标考核中居前3名的,授予“招商引资工作先进县区”称号,一次性分别奖励资金100万元、50万元、30万元。', [[1000000, 'fixed'], [500000, 'fixed'], [300000, 'fixed']]],
    // a fund named for what it pays stays a fund (河南 漯河's own 设立…奖励基金 form)
    ['县财政设立招商引资奖励基金100万元/年。', [[1000000, 'total']]],
  ])('%s', (text, want) => expect(roles(text)).toEqual(want));
});

describe('recipients counted before a sum: the payout total', () => {
  it.each([
    // 湖北 武汉经开区, a report of rewards paid
    ['支持工业企业扩大规模奖励申报38家,实际奖励23家391万元,15家审核未通过。', [[3910000, 'total']]],
    ['银行贷款和担保贷款补贴申报37家,实际奖励37家617.15万元。', [[6171500, 'total']]],
  ])('%s', (text, want) => expect(roles(text)).toEqual(want));
});

describe('a sum written as funds or set aside for a use: a total', () => {
  it.each([
    // 江苏 徐州高新区
    ['10亿元的资金采取奖励、补助、贴息和风险补偿等无偿方式支持企业发展;', [[1000000000, 'total']]],
    ['10亿元用于设立产业发展引导基金,采取市场化运作支持企业发展。', [[1000000000, 'total']]],
    // …but 的资金奖励 after a ceiling is the grant's cap (上海 徐汇)
    ['经认定给予单个项目不超过运营成本40%,最高不超过300万元的资金奖励。', [[3000000, 'cap']]],
  ])('%s', (text, want) => expect(roles(text)).toEqual(want));
});

describe('money a measure drives, its sources listed: a target', () => {
  it.each([
    // 江苏 徐州高新区
    ['通过“拨改投”、“拨改贷”、“拨改转”等方式,带动社会资本、产业资本、金融资本等各类资金投入约300亿元。', [[30000000000, 'target']]],
    ['其中:大力实施“拨改投”,设立产业发展母、子基金群,整合社会资本和金融资本,带动股权投资和债券融资150亿元;', [[15000000000, 'target']]],
  ])('%s', (text, want) => expect(roles(text)).toEqual(want));
});

describe('到位资金 is money a project brings in, no fund: a target under 力争', () => {
  it.each([
    // 四川 苍溪
    ['力争“开门红”引进市外项目到位资金22亿元,引进工业项目到位资金14亿元,引进省外项目到位资金15亿元。', [[2200000000, 'target'], [1400000000, 'target'], [1500000000, 'target']]],
  ])('%s', (text, want) => expect(roles(text)).toEqual(want));
});
