import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A limit written in figures (2024.12, 2024-06-30), as task lists write them (ANNOTATION: a labelled time limit written in figures is
// that month or day). It was read in a table's time column and in a unit note, not in running text: a time field after a task's
// sentence (…。完成时限:2024.12), a limit word before or after the month (到2025.12, 于2024.6底前, 2024.12前), a span of two months.
const deadlines = (text: string, docDate?: string) =>
  extractValues(text, docDate).deadlines.map((d) => {
    expect(text.slice(d.start, d.end)).toBe(d.raw);
    return [d.raw, d.kind ?? (d.from ? `${d.from}→${d.date}` : d.date)];
  });

describe('a limit written in figures is a month or a day (figure limits)', () => {
  it.each([
    // 湖北 襄阳都市圈 (hubei-xiangyangdushiquan-zhongdiangongzuo.txt), its time field written in figures as task lists do elsewhere
    ['完成时限:2023.6', [['2023.6', '2023-06']]],
    ['完成时限：2023.12', [['2023.12', '2023-12']]],
    ['时间节点:2023-06-30', [['2023-06-30', '2023-06-30']]],
    ['完成时限:2023.12.31', [['2023.12.31', '2023-12-31']]],
    ['完成时限:2023.3-2023.6', [['2023.3-2023.6', '2023-03→2023-06']]],
    ['建设期限：2023.03—2024.12', [['2023.03—2024.12', '2023-03→2024-12']]],
    // 云南省 (yunnan-yunnansheng-wenzengzhang.txt: 须于2017年6月底前下达60%以上), the month in figures with its limit words
    ['全省各部门预算内专项资金须于2017.6底前下达60%以上', [['于2017.6底前', '2017-06']]],
    ['全省各部门预算内专项资金2017.6前下达60%以上', [['2017.6前', '2017-06']]],
    ['到2025.12建成投用', [['到2025.12', '2025-12']]],
    // full-width figures fold
    ['完成时限：２０２３．１２', [['２０２３．１２', '2023-12']]],
  ])('%s', (s, want) => expect(deadlines(s, '2023-01-01')).toEqual(want));
  it.each([
    // a sum, a decimal, a version or a month with no limit word is none
    ['安排资金2024.5万元'],
    ['增长2023.5%'],
    ['发布2023.12版标准'],
    ['项目编号2023.12'],
    // a span that runs backwards is none
    ['完成时限:2023.6-2023.3'],
  ])('%s: none', (s) => expect(deadlines(s, '2023-01-01')).toEqual([]));
});
