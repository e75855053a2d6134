import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';
import { valueRows } from './fixture-table.js';

// Round 193 (issue 9): classes that new notices (work safety, medical insurance, energy, key-project progress) carried and the rules missed.
const deadlines = (text: string, day = '2025-05-16') => extractValues(text, day).deadlines.map((d) => [d.raw, d.date ?? d.kind]);

describe('a start in force today with the place it holds in named between, and a start by fiscal year (start forms)', () => {
  it.each([
    // 景谷 (yunnan-jinggu-youjiangjubao.txt)
    ['经县森防指研究决定,即日起在全县实行森林草原高火险期野外违规用火有奖举报制度。', [['即日起在全县实行', 'effective']]],
    // 北京 (beijing-beijingshi-chengzhenjuminyibao2015.txt)
    ['经市政府同意,自2015年度起调整城镇居民基本医疗保险筹资标准', [['自2015年度起', '2015']]],
  ])('%s', (s, want) => expect(deadlines(s, '2014-09-03')).toEqual(want));
  it('invalid: a window from today to a day stays a window', () => expect(deadlines('即日起至8月5日', '2014-09-03')).toEqual([['即日起至8月5日', '2014-08-05']]));
});

describe('a span named before the term it sets, 的 between (span before term word)', () => {
  it.each([
    // 广元 (sichuan-guangyuan-qianfeibutinggong.txt)
    ['对受疫情影响暂时出现生产经营困难的小微企业和个体工商户实行用水、用电、用气“欠费不停供”政策,设立6个月的费用缓缴期,缓缴期间免收欠费滞纳金。', [['6个月', 'relative']]],
  ])('%s', (s, want) => expect(deadlines(s)).toEqual(want));
  it('form: 免租期', () => expect(deadlines('给予3年的免租期')).toEqual([['3年', 'relative']]));
});

describe('what a progress report says was done in months of the year is no limit, no rate and no amount (progress report)', () => {
  // 松阳 (zhejiang-songyang-zhongdianxiangmujindu.txt)
  const s1 = '57个新续建重点项目全年计划完成投资98.5亿元,1-4月累计完成投资21.01亿元,完成1-4月投资计划的132.1%,完成年度投资计划的21.3%。';
  const s2 = '1-4月开工7个,开工率46.7%。';
  it('the year\'s plan stays a target; the months, the sum done and the shares done go', () => {
    expect(deadlines(s1)).toEqual([]);
    expect(valueRows(s1)).toEqual({ amounts: [[9850000000, undefined, 'target']], rates: [], thresholds: [] });
  });
  it('a count begun and its rate', () => {
    expect(deadlines(s2)).toEqual([]);
    expect(valueRows(s2).rates).toEqual([]);
  });
  it.each([
    ['a goal for the months stays', '1-6月完成投资任务的60%以上。'],
    ['a goal\'s sum done stays', '力争全年累计完成投资100亿元。'],
  ])('valid: %s', (_n, s) => expect(valueRows(s).amounts.length + valueRows(s).rates.length).toBeGreaterThan(0));
});

describe('kinds of applicant listed with 、 before their noun close a condition (listed applicant kinds)', () => {
  it.each([
    // 眉山 (sichuan-meishan-yongnengjili.txt)
    ['年用电量达到1亿千瓦时的锂电、晶硅光伏、化工新材料企业。', [[100000000, undefined, '千瓦时']]],
    ['年用电量达到1亿千瓦时的锂电、晶硅光伏企业。', [[100000000, undefined, '千瓦时']]],
  ])('%s', (s, want) => expect(valueRows(s).thresholds).toEqual(want));
});

describe('a cohort\'s year with the body that put it forward named before its act is its window (cohort put forward)', () => {
  it.each([
    // 宝山 (shanghai-baoshan-gaoqirending2020.txt), traditional as written
    ['1.2020年度由寶山區推薦并通過認定的高新技術企業(含重新認定);', [['2020年度', '2020']]],
    ['2020年度经市科技局推荐并通过认定的高新技术企业。', [['2020年度', '2020']]],
  ])('%s', (s, want) => expect(deadlines(s, '2021-05-23')).toEqual(want));
  it('invalid: put forward with no act of the cohort\'s after it', () => expect(deadlines('2020年度由市科技局推荐的企业名单如下', '2021-05-23')).toEqual([]));
});

describe('the year of a work report whose tasks a sentence brings into an assessment is a deadline (report tasks assessed)', () => {
  it.each([
    // 江夏 (hubei-jiangxia-zerenfenjie2023.txt, round 195)
    ['2023年区《政府工作报告》目标任务应当纳入区级绩效目标管理考核体系。', '2023-02-07', [['2023年', '2023']]],
    // 武汉 (hubei-wuhan-zerenfenjie2019.txt): round 57's form
    ['市绩效考评办要将2019年市《政府工作报告》确定的目标任务纳入市级绩效目标管理考核体系', '2019-03-01', [['2019年', '2019']]],
  ])('%s', (s, day, want) => expect(deadlines(s, day)).toEqual(want));
  it('invalid: a report\'s year cited with no tasks handed down or assessed', () => expect(deadlines('2023年区《政府工作报告》已经区人大审议通过。', '2023-02-07')).toEqual([]));
});
