import { describe, expect, it } from 'vitest';
import { valueTable } from './fixture-table.js';

// Round 203 (issue 9): bare 万 sums of spending, sizes of a store as a condition, and a company's size in shares.
const values = (text: string, day = '2022-09-26') => valueTable(text, day);

describe('a bare 万 sum of spending per village is money (spending without 元)', () => {
  it('曾都 (hubei-zengdu-cunganbubaochou.txt)', () => expect(values('村级必要事务支出每个村5万。').amounts).toEqual([[50000, 'fixed']]));
  it('valid: spending growth stays a rate, no money', () => expect(values('财政支出增长5%。').amounts).toEqual([]));
});

describe('a store\'s floor area with its bound, before the store, is a condition (stores as applicants)', () => {
  it('福田 (guangdong-futian-qijiandian.txt), the form without brackets', () =>
    expect(values('建筑面积200平方米及以上的旗舰店,按照实际投资额的30%给予支持。').thresholds).toEqual([['建筑面积', 200, null, '平方米']]));
});

describe('a company\'s share capital in shares, bounded, is a condition (shares as a unit)', () => {
  it('瓯海 (zhejiang-ouhai-shangshiguapai.txt)', () =>
    expect(values('股本总额1亿股(含)以下的,给予垫付1000万元;', '2018-03-23')).toEqual({ amounts: [[10000000, 'fixed']], rates: [], thresholds: [['股本总额', null, 100000000, '股']], deadlines: [] }));
  it('valid: a shareholding share stays a rate', () => expect(values('持股5%以上的股东').thresholds).toEqual([]));
});
