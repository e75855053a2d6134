import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Round 5 of classes (issue 9), from the 14 notices of round 6 of the national development set: each class in its
// general form. Sentences are real: from a dev notice (file in eval/national/dev named in the comment); where no real
// sentence was at hand, the comment says "form" and the sentence is written from the class.
const deadlines = (text: string, docDate?: string) =>
  extractValues(text, docDate).deadlines.map((d) => {
    expect(text.slice(d.start, d.end)).toBe(d.raw);
    return [d.raw, d.from, d.date];
  });

describe('a month without a year that opens a phrase: the year written before, else the notice\'s (year from its title)', () => {
  it.each([
    // 江苏 苏州工业园区 (jiangsu-suzhougongyeyuanqu-gongzuoyaodian.txt, title 2015年二季度…工作要点, no date).
    ['4月贸易多元功能区完成验收并封关运作。', '2015', [['4月', undefined, '2015-04']]],
    ['6月举办中国半导体行业协会MEMS分会市场年会。', '2015', [['6月', undefined, '2015-06']]],
    ['推进顺丰电商基地、聚美优品等重点项目建设,4月新越百货开业,6月诚品书店开业。', '2015', [['4月', undefined, '2015-04'], ['6月', undefined, '2015-06']]],
    // A part of a month alone after the month (下旬, 月底 → the month written before).
    ['4月中旬举办伊朗中国纳米技术中心签约揭牌仪式暨纳米技术企业对接活动,启动纳米技术作品设计大赛,下旬举办2015苏州触控显示会议,月底出台《苏州工业园区MEMS产业创新发展规划》。', '2015',
      [['4月中旬', undefined, '2015-04'], ['下旬', undefined, '2015-04'], ['月底', undefined, '2015-04']]],
    // Forms: Chinese numerals, 份, a day, full-width comma, the year written before in the sentence.
    ['五月份召开全区招商引资推进会。', '2015', [['五月份', undefined, '2015-05']]],
    ['2016年3月启动规划编制，9月上旬完成评审。', '2015', [['2016年3月', undefined, '2016-03'], ['9月上旬', undefined, '2016-09']]],
    ['7月1日举办第二届产业对接会', '2015', [['7月1日', undefined, '2015-07-01']]],
  ] as [string, string, unknown[]][])('%s', (text, docDate, want) => {
    expect(deadlines(text, docDate)).toEqual(want);
  });
  it.each([
    // Not a time: a count of months, a month after a year, a since, a frequency, a month range's parts.
    ['企业连续6个月用工人数稳定', '2015'],
    ['2015年3月以来,累计完成投资', '2015'],
    ['每月召开一次调度会', '2015'],
    ['3月以来,全区新增市场主体1200户', '2015'],
  ])('none: %s', (text, docDate) => {
    expect(deadlines(text, docDate).filter(([raw]) => !String(raw).startsWith('2015年'))).toEqual([]);
  });
});
