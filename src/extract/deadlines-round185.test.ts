import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Round 185 (issue 9): a day with its inclusive mark before 前 (1月29日(含)前返岗的, 三亚) was no deadline without 于/在 before it.
const deadlines = (text: string) => extractValues(text, '2023-01-19').deadlines.map((d) => [d.raw, d.date ?? d.kind]);

describe('a day closed by its inclusive mark, then 前 (inclusive day)', () => {
  it.each([
    // 三亚 (hainan-sanya-nuanxinliugong.txt)
    ['全市开工在建固定资产投资项目的建筑施工企业工人2023年春节期间(1月21日至27日)留市过年的,或者1月29日(含)前返岗的,给予务工人员600元/人补助。', [['1月21日至27日', '2023-01-27'], ['1月29日(含)前', '2023-01-29']]],
    ['在2023年2月2日(含)前,房屋建筑和市政基础设施工程建设项目向市住房和城乡建设局申报。', [['在2023年2月2日(含)前', '2023-02-02']]],
    ['请于10月15日(含当日)之前提交申报材料。', [['于10月15日(含当日)之前', '2023-10-15']]],
  ])('%s', (s, want) => expect(deadlines(s)).toEqual(want));
  it('valid: a day opening a window keeps its own raw', () => {
    expect(deadlines('自2023年1月1日(含)起施行。')).toEqual([['2023年1月1日', '2023-01-01']]);
  });
});
