import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Round 242 (issue 9, service-sector support and small-firm finance), scored before its rules (deadlines 0.846, one amount role wrong):
// each class of miss with the sentence that showed it (eval/national/dev) and its general forms.
const sums = (s: string) => extractValues(s).amounts.map((a) => [a.yuan, a.role]);
const raws = (s: string) => extractValues(s, '2023-03-01').deadlines.map((d) => d.raw);

describe('a fund’s whole size written 总规模 after the fund the sentence sets up is a total (fund total size)', () => {
  it.each([
    // 肇庆高新区 (guangdong-zhaoqinggaoxinqu-yingjizhuandai.txt)
    ['区管委会已设立“高新区中小微企业应急转贷资金”(以下简称“区应急转贷资金”),总规模为2亿元,转贷资金的注入由区财政局会同相关部门共同研究确定。', [200000000, 'total']],
    // 重庆市 (chongqing-chongqingshi-jichengdianlu2018.txt): a 基金 (its first phase after, 一期规模为200亿元, is still read as a target: left)
    ['设立重庆市半导体产业发展基金,总规模为500亿元,一期规模为200亿元。', [50000000000, 'total']],
  ])('%s', (s, want) => expect(sums(s)).toContainEqual(want));
  it.each([
    // valid: an industry's size a goal sets names no fund
    ['到2025年,数字经济产业总规模达到3000亿元。', [[300000000000, 'target']]],
  ])('valid: %s', (s, want) => expect(sums(s)).toEqual(want));
});

describe('a year naming the economy a sentence sets out to turn round is described, no deadline (year of the economy)', () => {
  it.each([
    // 四川省 (sichuan-sichuansheng-caijinzijinshenbao2023.txt): in the preamble's purpose and in a principle's aim
    ['聚焦高质量发展首要任务,全力以赴拼经济,推动全省2023年经济运行整体好转,切实做好有关财政金融政策资金申报兑付工作,现将有关事项通知如下:'],
    ['着力助企纾困稳增长稳市场主体稳就业,改善社会心理预期、提振发展信心,推动2023年经济运行整体好转。'],
    // form: a review of the year's economy
    ['2022年经济运行总体平稳。'],
  ])('%s', (s) => expect(raws(s)).toEqual([]));
  it.each([
    // valid: a year a measure runs to stays
    ['本政策执行至2023年12月31日,推动经济运行整体好转。', ['至2023年12月31日']],
  ])('valid: %s', (s, want) => expect(raws(s)).toEqual(want));
});

describe('transactions counted in 笔 are a quantity a bound may set (笔 counted)', () => {
  const bounds = (s: string) => extractValues(s, '2025-04-01', true).thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]);
  it.each([
    // 四川省 (sichuan-sichuansheng-yingjizhuandai2025.txt): an item of the 支持条件 list
    ['应急转贷资金池依法合规运行,应急转贷业务开展对象须为工业企业,在2024年10月1日至2025年3月31日期间实际发放贷款并完成5笔(含)以上应急转贷业务。', [[5, null, '笔']]],
    // form: the applicant after 的, the grant after the comma
    ['当年发放首贷50笔以上的银行,给予奖励10万元。', [[50, null, '笔']]],
  ])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('the year whose record a cohort is judged on is the period measured, no deadline (year of a record)', () => {
  // (no notice date: the doc of 慈溪 prints none, so a past year is not dropped as looking back)
  const raws = (s: string) => extractValues(s).deadlines.map((d) => d.raw);
  it.each([
    // 慈溪 (zhejiang-cixi-chukouxinbao2015.txt)
    ['2014年无出口实绩企业,按照最高不超过200万美元的出口额确定投保方案;'],
    ['2014年度有出口实绩的企业,按照最高不超过2014年度实际出口额确定投保方案;'],
    // form: 业绩, 没有
    ['2023年没有经营业绩的企业,不予支持。'],
  ])('%s', (s) => expect(raws(s)).toEqual([]));
  it.each([
    // valid: a year the act must fall in stays
    ['2023年新认定的专精特新中小企业,给予奖励。', ['2023年']],
  ])('valid: %s', (s, want) => expect(raws(s)).toEqual(want));
});
