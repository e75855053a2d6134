import { describe, expect, it } from 'vitest';
import { deadlinePairs, unitRows, valueRows } from './fixture-table.js';

// Classes from round 144 of the national development set (issue 9).
// Sentences are real, from the dev notice named in the comment; "form" marks one written from the class.

const bounds = (s: string) => valueRows(s).thresholds;

describe('a band written top first, its ceiling then its floor after 、, is one band (top-first band)', () => {
  it.each([
    // 顺义 (beijing-shunyi-jinrongchanye.txt)
    ['注册资本5亿元以下、1亿元(含)以上的,补助500万元。', [[100000000, 500000000, '元']]],
    ['一次性固定资产投资规模在15亿元以下、10亿元(含)以上的,补助500万元;', [[1000000000, 1500000000, '元']]],
    // valid: floor first, as before
    ['年营业收入1亿元以上、5亿元以下的企业,给予奖励', [[100000000, 500000000, '元']]],
    // valid: two measures, each its own bound
    ['营业收入5000万元以下、增长20%以上的企业', [[undefined, 50000000, '元'], [0.2, undefined, '%']]],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('a span counted from the start with 内 keeps its 内 (前三年内)', () => {
  it.each([
    // 青岛西海岸新区 (shandong-xihaianxinqu-boshicun.txt)
    ['属新区“十强”产业,且入驻产业博士邨的项目(企业)自投产运营第一个完整年度起前三年内,区级实得财力100%予以奖励,第四、第五年度分别奖励50%。', [['前三年内', 'relative']]],
    // valid: without 内, as before
    ['投产后前3年按其缴纳税收的50%给予奖励', [['前3年', 'relative']]],
  ] as [string, unknown][])('%s', (s, want) => expect(deadlinePairs(s, '2021-06-01')).toEqual(want));
});

describe('a labelled time limit with a date and then 并长期坚持 gives both (dated then ongoing)', () => {
  it.each([
    // 克拉玛依 2023 (xinjiang-kelamayi-fangguanfu2023.txt), the field read as one clause
    ['完成时限:2023年6月底前并长期坚持', [['2023年6月底前', '2023-06'], ['长期坚持', 'ongoing']]],
    // valid: ongoing alone
    ['完成时限:长期坚持', [['长期坚持', 'ongoing']]],
  ] as [string, unknown][])('%s', (s, want) => expect(deadlinePairs(s, '2023-05-10')).toEqual(want));
});

describe('unit groups: 功能区 ends a body as 园区 does; 等市级各有关部门 is a group of its own (unit groups)', () => {
  it('青岛西海岸新区 (shandong-xihaianxinqu-boshicun.txt)', () =>
    expect(unitRows('1.入驻产业博士邨的创新创业人才项目,三年内按先缴后补方式给予房租补贴。\n责任单位:相关大功能区、区财政局\n')).toEqual([['相关大功能区', '区财政局']]));
  it('克拉玛依 2023 (xinjiang-kelamayi-fangguanfu2023.txt)', () =>
    expect(unitRows('(一)落实市场准入负面清单,抓紧推动清单事项全部实现网上办理。(责任单位:各区人民政府,市政务服务和公共资源交易中心等市级各有关部门)\n')).toEqual([
      ['各区人民政府', '市政务服务和公共资源交易中心', '市级各有关部门'],
    ]));
});
