import { describe, expect, it } from 'vitest';
import { moneyColumns } from './money-columns.js';

// A table's title naming the units of its columns in one bracket (余杭区2024年度市级叶菜应急生产拟补助资金表(单位:亩、万元), 余杭 round 285)
// gave its money column no unit: the title's unit had to be 元 alone, closing the line. Among the units a title lists, the money unit is the
// money columns' (拟补助资金 in 万元), the others the area's or the count's (issue 9).
const header = ['序号', '所属镇街', '市级叶菜生产功能区基地名称', '完成面积', '拟补助资金'];

describe('a title listing several units gives the money columns the money one (money columns title units list)', () => {
  it.each([
    // 余杭 (zhejiang-yuhang-yecaiyingji2024.txt)
    ['余杭区2024年度市级叶菜应急生产拟补助资金表(单位:亩、万元)', [{ k: 4, times: 10000 }]],
    // (either bracket width, the money unit first, 元)
    ['2024年度补助资金分配表（单位：元、户）', [{ k: 4, times: 1 }]],
    // (as before: the unit alone closing the title)
    ['2024年度补助资金分配表单位:万元', [{ k: 4, times: 10000 }]],
    // (a note of bodies is no unit)
    ['2024年度补助资金分配表(责任单位:财政局、农业农村局)', []],
  ])('%s', (above, want) => {
    expect(moneyColumns(header, above)).toEqual(want);
  });
});
