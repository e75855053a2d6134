import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './deadlines.js';
import { extractValues } from './extract.js';

// Classes found on the dev notices of round 89 (twenty-first session: 义乌, 宿迁, 温江, 连云港, 山东省 and 吉林省 残疾人就业, 乌鲁木齐, 新疆
// 安全生产年, 山西省 消防, 嘉兴 人力资源, 四川省 人力资源, 许昌), each with the dev sentence that showed it (file named) and forms from other
// provinces.

const limits = (s: string, docDate?: string) => extractDeadlines(s, docDate).map((d) => [d.raw, d.kind ?? d.date, d.from ?? null]);
const bounds = (s: string) => extractValues(s).thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]);
const rates = (s: string) => extractValues(s).rates.map((r) => [r.value, r.raw]);

describe('time limits written with parts of months, a year opening the sentence, a recurring report (round 89 deadlines)', () => {
  it.each([
    // 乌鲁木齐 (xinjiang-wulumuqi-qingjiaohuohuan.txt): each month's part named, a span of days with its first 日 left out
    ['“清剿火患”战役时间:2011年9月底到2012年2月底。', [['2011年9月底到2012年2月底', '2012-02', '2011-09']]],
    ['(一)动员部署阶段(2011年9月27-30日)。', [['2011年9月27-30日', '2011-09-30', '2011-09-27']]],
    // 新疆 (xinjiang-xinjiangqu-anquanshengchannian.txt)
    ['2011年5月下旬至11月上旬全面实施;', [['2011年5月下旬至11月上旬', '2011-11', '2011-05']]],
    ['并在每季度结束后的5日内报送上季度工作总结;', [['每季度结束后的5日内', 'ongoing', null]]],
    // 四川省 (sichuan-sichuansheng-renliziyuanfuwu.txt): 年末 in a sentence that opens on its year, as 年内 is
    ['2023年,全省人力资源服务业重回正轨、恢复振兴,力争年末产业收入合计达2200亿元左右、同比增速超10%。', [['2023年', '2023', null], ['年末', '2023-12', null]]],
    // the notice's year where no year opens the sentence
    ['力争年底前完成改造。', [['年底前', '2023-12', null]]],
  ])('%s', (s, want) => expect(limits(s, '2023-03-01')).toEqual(want));
});

describe('a share written as a fraction is a rate (fraction rates; ANNOTATION: 1/4 is 0.25)', () => {
  it.each([
    // 乌鲁木齐 (xinjiang-wulumuqi-qingjiaohuohuan.txt)
    ['公安机关消防机构每天要确保三分之一警力不间断地开展检查。', [[0.333333, '三分之一']]],
    // 江苏省 (jiangsu-jiangsusheng-zhongdianrenwu.txt): a share in figures
    ['大力发展高新技术产业,力争高新技术产业产值超过9000亿元,占全省规模以上工业产值的1/4。', [[0.25, '1/4']]],
    // forms
    ['按其销售额的四分之一给予奖励。', [[0.25, '四分之一']]],
  ])('%s', (s, want) => expect(rates(s)).toEqual(want));
  it.each([['2024/1/15发布'], ['第1/2批项目'], ['四分之五']])('none: %s', (s) => expect(rates(s)).toEqual([]));
});

describe('bounds on what a park or base hosts and on whom a measure is for (round 89 thresholds)', () => {
  it.each([
    // 宿迁 (jiangsu-suqian-dianzishangwu.txt)
    ['对各地新设立的建筑面积达到10000平方米、入驻电子商务企业30家以上、年网络销售额3亿元以上的电子商务集聚区,给予20万元奖励。', [[10000, null, '平方米'], [30, null, '家'], [300000000, null, '元']]],
    // 义乌 (zhejiang-yiwu-zhibodianshang.txt): a base named after the bounds (its first, 超5000㎡, read since the chained condition
    // takes any bound word: thresholds-chained-bound-words.test.ts)
    ['对计容建筑面积超5000㎡、年直播带货超6000场的直播电商基地(非工业用地),经认定,按其实际投资额(不含土建)的50%给予一次性补助,最高500万元。', [[5000, null, '㎡'], [6000, null, '场']]],
    // form
    ['培育入驻企业30家以上的孵化器5个。', [[30, null, '家']]],
  ])('%s', (s, want) => expect(bounds(s)).toEqual(want));
  it('a count of firms brought in is no bound: 新引进企业30家以上。', () => expect(bounds('新引进企业30家以上。')).toEqual([]));
});

describe('what a recipient enjoys is given to it (enjoyed sum)', () => {
  const amounts = (s: string) => extractValues(s).amounts.map((a) => [a.yuan, a.role]);
  it.each([
    // 义乌 (zhejiang-yiwu-zhibodianshang.txt)
    ['年纳税额100万元以上的MCN机构,可推荐1名年直播带货额2000万元以上的独家签约主播,城区统筹安排子女入学、享受40万元购房补助。', [[400000, 'fixed']]],
    // a sum received in all stays a total; a budget allotted to places stays one
    ['全市108家企业符合一季度满负荷生产奖励条件,共获得奖励资金1650万元。', [[16500000, 'total']]],
    ['另安排平安区、循化县各100万元,用于巩固提升项目。', [[1000000, 'total']]],
  ])('%s', (s, want) => expect(amounts(s)).toEqual(want));
});
