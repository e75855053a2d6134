import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Deadline classes from round 46 of the national development set (issue 9), each in its general form. Sentences are real, from the
// dev notice named in the comment; "form" marks one written from the class.
const deadlines = (text: string, docDate?: string) =>
  extractValues(text, docDate).deadlines.map((d) => {
    expect(text.slice(d.start, d.end)).toBe(d.raw);
    return d.kind ? [d.raw, d.kind] : [d.raw, d.date];
  });

// Round 46 read the year of the plan a notice makes itself as its deadline; round 50 decided it is none (现制定印发2024年工作要点, 无为),
// as round 182 (西畴's 榨季 plan) and the guide's single-year title rule say, and round 218 (肇庆 2024) brought 宁夏's gold and this
// rule in line. The tasks a notice sets for the year stay that year (确定2023年重点工作任务: HANDS_DOWN).
describe('the year of the plan a notice makes itself is its name, no deadline (plan made)', () => {
  it.each([
    // 宁夏 (ningxia-ningxiasheng-yinchuandushiquan.txt), traditional characters, a bracketed remark between verb and year.
    ['為認真貫徹落實自治區第十二次黨代會精神,特制定銀川都市圈(以下簡稱“都市圈”)建設2019年工作計劃。', '2019-04-08'],
    // 肇庆 (guangdong-zhaoqing-shuzijingji2024.txt, round 218)
    ['推动全市数字经济高质量发展,现结合我市实际,制定2024年肇庆市数字经济工作要点。', '2024-07-26'],
    // form: simplified, other plan names
    ['结合我县实际,制定全县2024年稳增长工作方案。', '2024-03-01'],
    ['特制订2023年数字经济发展工作要点。', '2023-03-01'],
    // a cited plan's title, and a plan that is only followed
    ['制定《2019年工作计划》。', '2019-04-08'],
    ['根据2019年工作计划,开展检查。', '2019-04-08'],
  ])('%s: none', (s, date) => expect(deadlines(s, date)).toEqual([]));
  it('the tasks a notice sets for the year stay that year', () =>
    expect(deadlines('根据《泰安市三年行动计划》安排,确定2023年重点工作任务。', '2023-03-01')).toEqual([['2023年', '2023']]));
});

describe('a period whose records an applicant hands in is no time limit (period of records)', () => {
  it.each([
    // 吉林省 (jilin-jilinsheng-ruguishengji.txt)
    ['项目单位2015年度财务审计报告和2016年1-11月财务审计报告。', '2016-12-13'],
    ['内容包括:企业基本情况、入规时间、2015年度和2016年1-11月份主要指标完成情况、2017年目标任务预计。', '2016-12-13'],
    // form
    ['提供2023年1—9月财务报表及纳税证明。', '2023-10-10'],
  ])('%s: none', (s, date) => expect(deadlines(s, date)).toEqual([]));
  it('a limit to hand them in stays', () => expect(deadlines('请于2016年11月底前报送财务审计报告。', '2016-10-01')).toEqual([['于2016年11月底前', '2016-11']]));
  it('a period that is a target stays (“十三五”期间主要经济指标年均增速不低于全省平均水平)', () =>
    expect(deadlines('“十三五”期间主要经济指标年均增速不低于全省平均水平。', '2016-05-01').length).toBe(1));
});

describe('the day a cited document was issued is no time limit (cited issue day)', () => {
  it.each([
    // 贵州省 (guizhou-guizhousheng-chubeixiangmu.txt); the batch's year after it (2023年首批…评审) names the batch.
    ['为进一步做好中央引导地方科技发展资金项目储备工作,根据2022年11月23日印发的《省科技厅关于开展中央引导地方科技发展资金储备项目申报的通知》(下称“申报通知”)要求,定于2023年首批中央引导地方科技发展资金项目评审后,继续开展储备项目的申报工作,现将有关事项明确如下:', '2023-05-04'],
    // form
    ['按照2024年3月1日发布的“实施细则”执行。', '2024-05-01'],
  ])('%s: none', (s, date) => expect(deadlines(s, date)).toEqual([]));
});

describe('a limit moved to a day is that day; the extension the day restates is none (moved limit)', () => {
  it.each([
    // 海南省 (hainan-hainansheng-gongyesheji.txt)
    ['根据实际情况,现将省级工业设计中心申报和初审时限延长10天,即“海易兑”企业申报时限延至9月20日,市县初审和推荐时限延至9月30日。', '2024-09-09', [['延至9月20日', '2024-09-20'], ['延至9月30日', '2024-09-30']]],
    // form: other verbs
    ['申报截止时间推迟至10月8日。', '2024-09-09', [['推迟至10月8日', '2024-10-08']]],
    ['受理时间顺延至11月15日。', '2024-09-09', [['顺延至11月15日', '2024-11-15']]],
    // an extension with no day after it stays a span
    ['对受影响企业,缴费期限继续延长6个月。', '2024-09-09', [['延长6个月', 'relative']]],
  ])('%s', (s, date, want) => expect(deadlines(s, date)).toEqual(want));
});

describe('a day after a web address’s full stop is read (address stop)', () => {
  it('吉林省 (jilin-jilinsheng-ruguishengji.txt)', () =>
    expect(deadlines('项目申报单位登录“吉林省专项资金项目申报管理系统”申报专项,网址:www.goaw.com.cn.12月18日网络申报关闭。', '2016-12-13')).toEqual([['12月18日', '2016-12-18']]));
  it('a version number is no address', () => expect(deadlines('版本V2.1.12月18日发布。', '2016-12-13')).toEqual([]));
});

describe('a birth date bound is no time limit (birth date)', () => {
  it.each([
    // 北京市 (beijing-beijingshi-kejizhulijingji.txt)
    ['项目负责人为1960年1月1日以后出生。'],
    // form
    ['申请人须为1985年1月1日(含)以后出生。'],
    ['1990年以后出生的青年人才。'],
  ])('%s: none', (s) => expect(deadlines(s, '2020-04-01')).toEqual([]));
});
