import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Round 192 (issue 9): limits written in forms the rules had not met: a day's inclusive note restating the day (大连), and the months
// of each year an application window names under its label (永川).
const deadlines = (text: string, day = '2023-02-28') => extractValues(text, day).deadlines.map((d) => [d.raw, d.from ?? null, d.date ?? d.kind]);

describe('a day whose inclusive note restates it, before 前 or at either end of a span (inclusive day note)', () => {
  it.each([
    // 大连 (liaoning-dalian-fangjiaohui.txt)
    ['2022年秋季房交会期间,个人购买市内四区参展楼盘新建商品住房的(含房屋属性为公寓),并在10月30日(含30日)前正式办理商品房买卖合同网签备案的,在取得不动产权证后,政府给予200元/平方米购房补贴。', [['在10月30日(含30日)前', null, '2022-10-30']]],
    ['2025年4月起发放2023年10月1日(含1日)至2024年9月30日(含30日)审核通过的补贴资金。', [['2025年4月起', null, '2025-04'], ['2023年10月1日(含1日)至2024年9月30日(含30日)', '2023-10-01', '2024-09-30']]],
  ] as [string, (string | null)[][]][])('%s', (s, want) => expect(deadlines(s)).toEqual(want));
  it('form: 包含 restating month and day', () => expect(deadlines('须于2024年6月30日(包含6月30日)前提交。')).toEqual([['于2024年6月30日(包含6月30日)前', null, '2024-06-30']]));
  it('valid: the bare mark (含) as before', () => expect(deadlines('企业须在2023年6月30日(含)前完成注册。')).toEqual([['在2023年6月30日(含)前', null, '2023-06-30']]));
});

describe('the months of each year an application window names under its label are recurring (yearly window labelled)', () => {
  it.each([
    // 永川 (chongqing-yongchuan-jiuyechuangye.txt): each month with its own 月 a window of its own
    ['申报时间:每年3月、9月。', [['每年3月', null, 'ongoing'], ['9月', null, 'ongoing']]],
  ] as [string, (string | null)[][]][])('%s', (s, want) => expect(deadlines(s, '2023-11-09')).toEqual(want));
  it('form: months sharing one 月 are one window', () => expect(deadlines('受理时间：每年1、7月份。', '2023-11-09')).toEqual([['每年1、7月份', null, 'ongoing']]));
  it('invalid: a month of each year with no act or label is none', () => expect(deadlines('每年3月气温回升。', '2023-11-09')).toEqual([]));
});
