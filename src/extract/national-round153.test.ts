import { describe, expect, it } from 'vitest';
import { deadlinePairs, unitRows } from './fixture-table.js';

// Classes from round 153 of the national development set (issue 9): calls, fund payouts, county measures.
// Sentences are real, from the dev notice named in the comment; "form" marks one written from the class.

describe('a window of ISO dates, its ends parted by a slash, a word or a spaced dash (ISO window)', () => {
  it.each([
    // 龙岗 (guangdong-longgang-shangyeruku.txt)
    ['申报时间:2021-12-14 / 2021-12-29', '2021-12-10', [['2021-12-14 / 2021-12-29', '2021-12-29']]],
    // form
    ['申报时间:2021-12-14至2021-12-29', '2021-12-10', [['2021-12-14至2021-12-29', '2021-12-29']]],
    ['受理时间:2024-03-01 09:00 - 2024-03-31 17:00', '2024-02-20', [['2024-03-01 09:00 - 2024-03-31', '2024-03-31']]],
  ] as [string, string, unknown[]][])('%s', (s, date, want) => expect(deadlinePairs(s, date)).toEqual(want));
});

describe('the window an act fell in: 已 before the act, a long name of what it made (act window)', () => {
  it.each([
    // 绵阳 (sichuan-mianyang-gaoqijiangli.txt)
    ['2023年度已获得高新技术企业资质(即所取得证书编号为:GR2023XXXXXXXX),且承诺获得资金奖励后在绵阳市持续经营3年以上的在绵注册企业。', '2024-04-29', [['2023年度', '2023']]],
    // 闵行 (shanghai-minhang-zhongdakeji.txt), traditional in the notice
    ['(不包括上海市科技型中小企业技术创新资金计划立项项目、2022年以后立项的上海市“科技创新行动计划”生物医药科技支撑专项项目等有专项政策配套的项目)', '2024-05-01', [['2022年以后', '2022']]],
    // valid: a year 以后 that describes, no act and no applicant after it
    ['2025年以后的发展目标另行研究。', '2024-05-01', []],
  ] as [string, string, unknown[]][])('%s', (s, date, want) => expect(deadlinePairs(s, date)).toEqual(want));
});

describe("a fund's year paid out to a place with its sum is that year's, also in a later notice (fund year paid out)", () => {
  it.each([
    // 博湖 (xinjiang-bohu-gengdilunzuo.txt), a 2024 notice paying 2023's subsidies
    ['经核查12504.84亩符合补贴要求,需兑付博湖县2023年耕地轮作项目补贴资金1875726元,其中:本布图镇4151.01亩、622651.5元。', '2024-06-13', [['2023年', '2023']]],
    // 吉林市 (jilin-jilinshi-heitudibaohu.txt, an older miss): the superior's allotment to the city, in a later notice
    ['2021年省下达我市东北黑土地保护利用项目资金200万元,实施保护利用示范面积1万亩建设任务。', '2022-03-01', [['2021年', '2021']]],
    // valid: a past year's record with no allotted sum stays none
    ['2023年全县完成耕地轮作1.3万亩。', '2024-06-13', []],
  ] as [string, string, unknown[]][])('%s', (s, date, want) => expect(deadlinePairs(s, date)).toEqual(want));
});

describe("the round a notice organises names its year with its place between (organised round)", () => {
  it.each([
    // 贵州省 (guizhou-guizhousheng-xiaojurenpeiyu.txt)
    ['为进一步加大优质中小企业培育力度,现组织开展贵州省2023年专精特新“小巨人”培育企业遴选工作,有关事项通知如下:', '2023-11-17', []],
    // form
    ['现组织开展全市2024年专精特新企业遴选工作。', '2024-03-01', []],
    // valid: a limit set in the same sentence stays
    ['请于2024年3月31日前完成全市2024年专精特新企业遴选工作。', '2024-03-01', [['于2024年3月31日前', '2024-03-31']]],
  ] as [string, string, unknown[]][])('%s', (s, date, want) => expect(deadlinePairs(s, date)).toEqual(want));
});

describe("an article's title may end on the kind of grant it is about (article title)", () => {
  it('江宁 (jiangsu-jiangning-zhongdaxiangmu.txt): 第二条 强化年度经济贡献奖励。 is the title, no clause of its own', () => {
    expect(
      unitRows('第一条  加快引进重大产业项目。对新引进的制造业项目,给予不超过10%奖励。(责任单位:区发改委、财政局)\n\n第二条  强化年度经济贡献奖励。自项目约定投产年度起,年税收贡献1000万元(含)以上、2000万元以下项目,按其对区综合贡献给予支持,支持期不超过5年;(责任单位:区财政局、税务局,各街道、园区)\n'),
    ).toEqual([
      ['区发改委', '财政局'],
      ['区财政局', '税务局', '各街道', '园区'],
    ]);
  });
  it('valid: a first sentence that gives the grant stays content (第六条 对新认定的企业给予奖励。)', () => {
    expect(unitRows('第六条 对新认定的企业给予奖励。奖励标准另行制定。(责任单位:区科技局)\n')).toEqual([['区科技局'], ['区科技局']]);
  });
});
