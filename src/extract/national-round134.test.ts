import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';

// Classes from round 134 of the national development set (issue 9).
// Sentences are real, from the dev notice named in the comment; "form" marks one written from the class.

const docs = (text: string) => documentsOfPlainText(text);
const bounds = (s: string) => extractValues(s, '2024-01-01').thresholds.map((t) => [t.min, t.max, t.unit]);
const amounts = (s: string) => extractValues(s, '2024-01-01').amounts.map((a) => [a.yuan, a.role]);
const deadlines = (s: string, date = '2018-11-06') => extractValues(s, date).deadlines.map((d) => [d.raw, d.date ?? d.kind]);

describe('不超, 过 left out, is a ceiling as 不超过 is (short ceiling)', () => {
  it.each([
    // 东莞 (guangdong-dongguan-shitijingji.txt)
    ['本办法规定的奖补项目每年奖补金额总额不超3000万元。', [[30000000, 'cap']]],
    // form: a grant's ceiling; valid: 不超标 bounds nothing
    ['单个项目奖励不超50万元。', [[500000, 'cap']]],
    ['对排放不超标的企业给予5万元奖励。', [[50000, 'fixed']]],
  ] as [string, unknown][])('%s', (s, want) => expect(amounts(s)).toEqual(want));
});

describe('a grant paid over years, 分三个年度, keeps its 度 in the span (span in years)', () => {
  it.each([
    // 古蔺 (sichuan-gulin-nongye.txt)
    ['实物补助分三个年度逐年补助,每年按种植面积1000元/亩进行补助。', [['分三个年度', 'relative']]],
    // form: 分3年
    ['奖励资金分3年拨付。', [['分3年', 'relative']]],
  ] as [string, unknown][])('%s', (s, want) => expect(deadlines(s)).toEqual(want));
});

describe('a quarter of each year is a recurring limit, as a month of each year is (yearly quarter)', () => {
  it.each([
    // 湛江 (guangdong-zhanjiang-baoshuiwuliu.txt)
    ['扶持基金每年兑现一次(每年第一季度前结算上一年扶持基金),实行专款专用。', [['每年第一季度前', 'ongoing']]],
    // form: a quarter's end; valid: a quarter of the notice's year stays a date
    ['每年四季度末前报送年度总结。', [['每年四季度末前', 'ongoing']]],
    ['于第一季度前完成。', [['第一季度', '2018-03']]],
  ] as [string, unknown][])('%s', (s, want) => expect(deadlines(s)).toEqual(want));
});

describe('a rank among applicants is a condition: 位于…前N位, or 前N名 with the applicant and the yearly grant after it (rank)', () => {
  it.each([
    // 同山镇 (zhejiang-tongshanzhen-jingjifazhan.txt)
    ['当年实缴地方税收超过100万元,且比上年有增长,位于全镇前三位的企业,分别奖3万元、2万元、1万元。', [[1000000, undefined, '元'], [undefined, 3, '位']]],
    // 湛江 (guangdong-zhanjiang-baoshuiwuliu.txt)
    ['对以湛江保税物流中心(B型)为基地,入驻中心进行电商业务,持续经营1年以上,保税货值1000万元以上的前三名企业每年分别给予50、40、30万元的补贴。', [[1, undefined, '年'], [10000000, undefined, '元'], [undefined, 3, '名']]],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('a bound before the bare 奖 of a sum, or before 每亩奖, qualifies the applicant (bare 奖)', () => {
  it.each([
    // 同山镇 (zhejiang-tongshanzhen-jingjifazhan.txt)
    ['对新增樱桃、枇杷、杨梅、高梁基地,连片在50亩以上的,每亩奖100元;连片在100亩以上的每亩奖200元。', [[50, undefined, '亩'], [100, undefined, '亩']]],
    // valid: 奖 not before a sum
    ['连片在50亩以上的,奖品另发。', []],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('a step in money, its currency named after it and a remark in brackets before the grant, is a threshold (step with remark)', () => {
  it.each([
    // 同山镇 (zhejiang-tongshanzhen-jingjifazhan.txt)
    ['当年引进镇外资金在同山投资办厂的,每引进500万元人民币(实际投资,以财务报表为准),奖励5000元,最高奖励不超过3万元。', [[5000000, undefined, '元']]],
    // form: 每引资 with no remark
    ['每引资1000万元,奖励1万元。', [[10000000, undefined, '元']]],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('how long a thing has run or been used, 半年 alone, is a condition in years (half a year)', () => {
  it.each([
    // 古蔺 (sichuan-gulin-nongye.txt)
    ['新建水果保鲜库的经营主体,建成并正常运营半年及以上的,按容量100元/立方米标准给予补助;', [[0.5, undefined, '年']]],
    ['承包经营面积达到500亩以上的企业购置全新冷链运输车并正常使用半年及以上的,按购车款的40%给予补助', [[500, undefined, '亩'], [0.5, undefined, '年']]],
    // valid: a use with no bound
    ['设备正常使用半年后进行验收。', []],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('a range whose lower end carries a long remark in brackets is still one range (range remark)', () => {
  it.each([
    // 濮阳 (henan-puyang-zhaoshangyouhui2009.txt)
    ['固定资产在3000万元(含3000万元,外汇投入按当时汇率折算;下同)-5000万元的,支持60%;', [[30000000, 50000000, '元']]],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('a short line of words at the text’s top, nothing or a page’s stamp above it, over a paragraph of sentences, is a line of its own (top heading)', () => {
  const firstClause = (text: string) => docs(text).flatMap((d) => extractDocument(d))[0]?.text;
  it.each([
    // 古蔺 (sichuan-gulin-nongye.txt)
    ['农业扶持政策\n发布时间:2020-06-03 10:25:32\n\n政策扶持产业\n\n县级财政统筹安排四大农业特色产业发展专项基金 1 亿元,主要用于基地建设、产品加工、品牌创建、龙头培育等环节扶持,专项资金按《古蔺县四大农业特色产业发展专项基金使用管理办法(暂行)》管理使用。\n', '县级财政统筹安排四大农业特色产业发展专项基金1亿元,主要用于基地建设、产品加工、品牌创建、龙头培育等环节扶持,专项资金按《古蔺县四大农业特色产业发展专项基金使用管理办法(暂行)》管理使用。'],
    // 辽宁省 (liaoning-liaoningsheng-yijincuwen.txt): the page's section name first
    ['行业动态\n支持产业创新重点攻关任务“揭榜挂帅”、省级以上制造业创新中心等创新能力建设项目,支持工业母机产业集群补短板、锻长板。对上述项目单项补助最高1000万元。(责任单位:省工业和信息化厅等)\n', '支持产业创新重点攻关任务“揭榜挂帅”、省级以上制造业创新中心等创新能力建设项目,支持工业母机产业集群补短板、锻长板。'],
    // the page's stamp in full-width figures or with spaced separators is the same stamp (stamps.ts)
    ['农业扶持政策\n发布时间：２０２０－０６－０３　１０：２５：３２\n\n政策扶持产业\n\n县级财政统筹安排四大农业特色产业发展专项基金 1 亿元,主要用于基地建设、产品加工、品牌创建、龙头培育等环节扶持,专项资金按《古蔺县四大农业特色产业发展专项基金使用管理办法(暂行)》管理使用。\n', '县级财政统筹安排四大农业特色产业发展专项基金1亿元,主要用于基地建设、产品加工、品牌创建、龙头培育等环节扶持,专项资金按《古蔺县四大农业特色产业发展专项基金使用管理办法(暂行)》管理使用。'],
    ['农业扶持政策\n发布日期: 2020 / 6 / 3\n\n政策扶持产业\n\n县级财政统筹安排四大农业特色产业发展专项基金 1 亿元,主要用于基地建设、产品加工、品牌创建、龙头培育等环节扶持,专项资金按《古蔺县四大农业特色产业发展专项基金使用管理办法(暂行)》管理使用。\n', '县级财政统筹安排四大农业特色产业发展专项基金1亿元,主要用于基地建设、产品加工、品牌创建、龙头培育等环节扶持,专项资金按《古蔺县四大农业特色产业发展专项基金使用管理办法(暂行)》管理使用。'],
  ] as [string, unknown][])('%s', (text, want) => expect(firstClause(text)).toBe(want));
  // valid: a title wrapped over two lines stays one title
  it('关于印发… / …的通知 over the addressees stays one title', () => {
    expect(docs('关于印发古蔺县农业扶持政策\n的通知\n各乡镇人民政府:\n现将政策印发给你们,请认真贯彻执行。\n')[0].title).toBe('关于印发古蔺县农业扶持政策的通知');
  });
});
