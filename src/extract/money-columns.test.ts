import { describe, expect, it } from 'vitest';
import { cellYuan, isTotalRow, moneyColumns } from './money-columns.js';

// The unit a money column's header writes applies to its cells' bare figures. Headers are real: 新疆 精河 (eval/national/dev/
// xinjiang-jinghe-zijinfenpei.txt), 河南 偃师 (https://yanshi.gov.cn/yanshi/detail/42913.html); "form" marks a header written
// from the class (other widths, traditional characters, a table-wide 单位 cell).
describe('moneyColumns: the money columns of a header and their unit', () => {
  it.each([
    [['序号', '项目名称', '资金来源', '资金规模 (万元)', '项目实施单位'], [{ k: 3, times: 10000 }]],
    [['序号', '项目名称', '建设地点', '建设内容', '本次分配金额(万元)', '责任单位'], [{ k: 4, times: 10000 }]],
    // Forms: full-width brackets, traditional characters, 亿元, 元, a 单位: inside the bracket.
    [['序号', '项目名称', '本次分配金额（萬元）', '责任单位'], [{ k: 2, times: 10000 }]],
    [['项目', '投资额（亿元）'], [{ k: 1, times: 100000000, invested: true }]],
    [['项目', '补助标准(元)'], [{ k: 1, times: 1 }]],
    [['项目', '金额(单位:万元)'], [{ k: 1, times: 10000 }]],
    // Form: a table-wide unit cell gives its unit to the columns that name money only.
    [['单位：万元', '项目', '补助资金', '实施单位'], [{ k: 2, times: 10000 }]],
    // No money unit: no money column (a count, a share).
    [['序号', '项目名称', '建设规模(公里)', '占比(%)'], []],
  ] as [string[], unknown[]][])('%j', (header, want) => {
    expect(moneyColumns(header)).toEqual(want);
  });
});

describe('cellYuan and isTotalRow', () => {
  it.each([
    ['1000', 10000000],
    ['7040.49', 70404900],
    [' 174 ', 1740000],
    ['１０００', 10000000],
    ['1,200.5', 12005000],
    ['中央、自治区', undefined],
    ['', undefined],
  ] as [string, number | undefined][])('%s', (cell, want) => {
    expect(cellYuan(cell, { k: 0, times: 10000 })).toBe(want);
  });
  it.each([
    [['16个项目合计', '7040.49'], true],
    [['合计', '', '', '', '95', ''], true],
    [['小计', '300'], true],
    [['1', '精河县托里镇牛羊肉禽类屠宰场项目', '中央、自治区', '1000', '托里镇人民政府'], false],
  ] as [string[], boolean][])('%j', (cells, want) => {
    expect(isTotalRow(cells)).toBe(want);
  });
});
