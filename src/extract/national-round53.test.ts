import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';
import { deadlineRows } from './fixture-table.js';

// Round 53 classes, each with the dev sentence that showed it (ANNOTATION round 53) and forms of other provinces.
const deadlines = deadlineRows;
const thresholds = (text: string) => extractValues(text, '2020-07-30').thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]);

describe('不得 before an upper bound (upper bound)', () => {
  it.each([
    // 辽宁 大连 (liaoning-dalian-gongchengyanjiuzhongxin.txt)
    ['申报时,固定资产投资规模应在1000万元以上,且已完成的固定资产投资不得超过20%;', [[10000000, null, '元'], [null, 0.2, '%']]],
    ['申报企业资产负债率不得高于70%的,给予支持。', [[null, 0.7, '%']]],
    ['申報時,固定資產投資規模應在1000萬元以上,且已完成的固定資產投資不得超過20%;', [[10000000, null, '元'], [null, 0.2, '%']]],
  ])('%s', (s, want) => expect(thresholds(s)).toEqual(want));
});

describe('a throughput counted in 标准箱 (quantity unit)', () => {
  it.each([
    // 广东 盐田 (guangdong-yantian-zhongdianchanye.txt)
    ['对在盐田港区挂靠的船公司,上一年度每新增一条外贸航线且年度吞吐量超过一万标准箱的给予奖励。', [[10000, null, '标准箱']]],
    ['集装箱吞吐量达到10万标准箱以上的港口企业,给予50万元奖励。', [[100000, null, '标准箱']]],
  ])('%s', (s, want) => expect(thresholds(s)).toEqual(want));
});

describe('half years that name a frequency or the period a report covers (half year)', () => {
  it.each([
    // 盐田: each year's halves
    ['原则上每年度上半年、下半年各集中受理一次,', '2020-07-30', []],
    // 浙江 湖州 (zhejiang-huzhou-zhongdiangongzuoqingdan.txt): the halves a report covers
    ['请各责任单位分别于2017年6月30日和12月10日前,将上半年和全年清单落实情况(包括工作进度、存在的问题以及相关建议等)报市政府督查室。', '2017-03-31', ['2017-06-30', '2017-12-10']],
    // a half year in which work is done stays a period
    ['上半年完成项目验收。', '2017-03-31', ['2017-01..2017-06']],
    ['2024年上半年完成项目验收。', '2017-03-31', ['2024-01..2024-06']],
  ])('%s', (s, date, want) => expect(deadlines(s, date)).toEqual(want));
});

describe('a cohort designated 首次经过认定 (cohort window)', () => {
  it.each([
    // 河南 鹤壁 (henan-hebi-gaoqijiangbu.txt)
    ['2017年度首次经过认定的高新技术企业。', ['2017']],
    ['2017年度首次通过认定的高新技术企业。', ['2017']],
  ])('%s', (s, want) => expect(deadlines(s, '2018-04-17')).toEqual(want));
});

describe('a rank closing an item of a counted list of conditions (listed rank)', () => {
  const doc = (text: string) => extractDocument(documentsOfPlainText(text)[0]);
  it.each([
    ['as written (鹤壁, henan-hebi-gaoqijiangbu.txt: the first item’s space lost before its year)', '一、申报对象需满足以下两个条件\n1.2017年度首次经过认定的高新技术企业。\n2. 企业需参加2017年度科技创新能力评价且排位前200名。\n'],
    ['符合以下三项条件', '一、申报对象应符合以下三项条件:\n1. 2017年度首次经过认定的高新技术企业。\n2. 企业需参加2017年度科技创新能力评价且排位前200名。\n'],
  ])('%s', (_n, body) => {
    const got = doc('关于申报2017年度高新技术企业认定奖补资金的通知\n各县(区)科技局:\n现就有关事项通知如下:\n' + body).flatMap((c) => c.thresholds.map((t) => [t.max, t.unit]));
    expect(got).toEqual([[200, '名']]);
  });
  it('a rank with no list and no grant stays none', () => {
    expect(extractValues('企业需参加2017年度科技创新能力评价且排位前200名。', '2018-04-17').thresholds).toEqual([]);
  });
});
