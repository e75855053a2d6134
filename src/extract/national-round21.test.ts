import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Round 21 of the national development set: seven fresh dev notices scored before any rule (at 4728ee8: amounts 0.941,
// thresholds 1/2, units 0.789, deadlines 0.629). Each class in its general form, with the dev sentence that showed it (file
// named) and forms written from the class.
const deadlines = (text: string, docDate?: string) => extractValues(text, docDate).deadlines.map((d) => [d.raw, d.from, d.date]);

describe('quarters standing in a row as a table’s column heads are no periods (quarter column heads)', () => {
  it.each([
    // 上海 长宁 (shanghai-changning-zhongdianmubiao.txt): a task table a cell a line, its heads run together by the cleaner.
    ['领域序号重要项目目标任务和工作要求阶段性目标和工作任务量主责部门配合部门第一季度第二季度第三季度第四季度'],
    // forms: heads kept apart by spaces or bars, written without 第
    ['主责部门 配合部门 第一季度 第二季度 第三季度 第四季度'],
    ['| 牵头单位 | 一季度 | 二季度 | 三季度 | 四季度 |'],
  ])('%s', (text) => expect(deadlines(text, '2019-02-03')).toEqual([]));

  it.each([
    // Two quarters a task sets, or one, stay periods.
    ['确保第一季度、第二季度分别完成', [['第一季度', '2019-01', '2019-03'], ['第二季度', '2019-04', '2019-06']]],
    ['二季度完成验收', [['二季度', '2019-04', '2019-06']]],
  ] as [string, unknown[]][])('%s', (text, expected) => expect(deadlines(text, '2019-02-03')).toEqual(expected));
});
