import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A phrase that opens with 使用 and names a fund right before its sum (使用衔接资金50万元): the money the project it is about uses,
// `fixed`, not the size of the fund it is drawn from.
const roles = (s: string) => extractValues(s).amounts.map((a) => [a.yuan, a.role]);

describe('the fund a project uses (used fund)', () => {
  it.each([
    // (平原示范区, 河南: a project table's rows, each with its use of the fund)
    ['2|平原示范区2025年桥北乡刘合庄村设备租赁项目|刘合庄村内|使用衔接资金50万元,购买全自动石磨面机组及其配套设备1套', [[500000, 'fixed']]],
    ['3|平原示范区2025年祝楼乡西圈村、小胡庄村及东圈村仓储项目|西圈村内|使用衔接资金150万,在祝楼乡西圈村建设1500平方米标准化厂房', [[1500000, 'fixed']]],
    // (the same row without the fund's name was read so before)
    ['1|平原示范区2025年原武镇后七里村厂房建设项目|后七里村内|使用50万元建设面积为500平方米的厂房', [[500000, 'fixed']]],
    ['该项目使用财政衔接资金80万元,新建冷库1座。', [[800000, 'fixed']]],
    // (the pool the notice shares out stays a total)
    ['2025年中央、省级提前下达平原示范区衔接资金2078万元,根据《新乡市扶贫资金项目公告公示实施细则》有关规定,现将资金分配使用情况公告如下:', [[20780000, 'total']]],
    ['全县使用衔接资金5000万元,实施产业项目36个。', [[50000000, 'total']]],
  ])('%s', (s, expected) => expect(roles(s)).toEqual(expected));
});
