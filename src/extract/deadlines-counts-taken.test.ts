import { describe, expect, it } from 'vitest';
import { deadlinePairs } from './fixture-table.js';

// The month whose counts an allotment is worked out from (我局以各乡镇2024年4月统计的数据进行资金分配, 香格里拉 round 277) was read as a deadline:
// a period before its counts (统计的数据, 核定的人数, 核实的户数) is the period measured, as one before its records (2016年1-11月财务审计报告,
// 吉林) is — no limit (issue 9).
describe('the period whose counts are taken is no deadline (deadlines counts taken)', () => {
  it.each([
    // 香格里拉 (yunnan-xianggelila-gaolingbuzhu2024.txt)
    ['我局以各乡镇2024年4月统计的数据进行资金分配,请各乡镇做好政策宣传及时公示工作。', []],
    // (its records, as before: 吉林)
    ['申报企业须提供2016年1-11月财务审计报告。', []],
  ])('%s', (text, want) => {
    expect(deadlinePairs(text, '2024-04-07')).toEqual(want);
  });
});
