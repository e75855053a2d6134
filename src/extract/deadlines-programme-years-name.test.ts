import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A programme named by the years it ran, right after its place (西吉县2005-2006年退耕还林工程2025年森林抚育和成果巩固补助资金本次共兑现5个村,
// 兴隆镇 round 287), gave its years as a period: they name the programme (its batch of land retired then), as a year opening a place's
// project name does (ANNOTATION round 287). A plan's period in a cited title stays its term (《昌平区2013-2017年清洁空气行动计划》) (issue 9).
const periods = (text: string) => extractValues(text, '2025-06-12').deadlines.map((d) => [d.raw, d.from ?? null, d.date ?? d.kind]);

describe('years naming a programme after its place are no period (deadlines programme years name)', () => {
  it.each([
    // 兴隆镇 (ningxia-xinglongzhen-tuigenghuanlin2025.txt)
    ['西吉县2005-2006年退耕还林工程2025年森林抚育和成果巩固补助资金本次共兑现5个村,兑现面积为4683.9亩,共计187356元。', []],
    ['西吉县2000—2004年退耕还林工程补兑2020年森林抚育和成果巩固补助资金本次共兑现13个村,兑现面积为10742.5亩,共计66603.5元。', []],
    // (a plan's period in a cited title stays: 昌平, beijing-changping-qingjiekongqi.txt)
    ['现将《昌平区2013-2017年清洁空气行动计划》印发给你们,请结合实际,认真贯彻执行。', [['2013-2017年', '2013', '2017']]],
  ])('%s', (text, want) => {
    expect(periods(text)).toEqual(want);
  });
});
