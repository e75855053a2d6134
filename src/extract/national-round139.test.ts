import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';
import { unitRows, valueRows } from './fixture-table.js';

// Classes from round 139 of the national development set (issue 9).
// Sentences are real, from the dev notice named in the comment; "form" marks one written from the class.

const docs = (text: string) => documentsOfPlainText(text);
const bounds = (s: string) => valueRows(s).thresholds;
const amounts = (s: string) => extractValues(s, '2025-01-01').amounts.map((a) => [a.yuan, a.role]);

describe('a paragraph of sentences under a page’s fields is the text’s first paragraph, no title (untitled page)', () => {
  // 三门峡 (henan-sanmenxia-wengangfanhuan.txt)
  const text =
    '发布时间:2025-12-15 15:05\n文章来源:三门峡人社局\n参保企业足额缴纳失业保险费12个月以上,上年度未裁员或裁员率不高于上年度全国城镇调查失业率控制目标5.5%,30人(含)以下的参保企业裁员率不高于参保职工总数20%的,可以享受稳岗返还政策。大型企业按企业及其职工上年度实际缴纳失业保险费的30%返还,中小微企业按60%返还。政策执行至2025年12月31日。\n咨询电话:0398-2822056\n';
  it('its rates and its deadline are read', () => {
    const clauses = docs(text).flatMap((d) => extractDocument(d));
    expect(clauses.flatMap((c) => c.rates.map((r) => r.value))).toEqual(expect.arrayContaining([0.3, 0.6]));
    expect(clauses.flatMap((c) => c.deadlines.map((d) => d.date))).toContain('2025-12-31');
  });
  // valid: a title under the fields stays the title
  it('a title line under the fields is the title', () => expect(docs('发布时间:2025-12-15 15:05\n文章来源:三门峡人社局\n关于做好2025年稳岗返还工作的通知\n参保企业足额缴纳失业保险费12个月以上的,可以享受稳岗返还政策。\n')[0].title).toBe('关于做好2025年稳岗返还工作的通知'));
});

describe('a bounded quantity heading conditions that close with 的 and a comma before the benefit is a condition (conditions then benefit)', () => {
  it.each([
    // 三门峡 (henan-sanmenxia-wengangfanhuan.txt)
    ['参保企业足额缴纳失业保险费12个月以上,上年度未裁员或裁员率不高于上年度全国城镇调查失业率控制目标5.5%,30人(含)以下的参保企业裁员率不高于参保职工总数20%的,可以享受稳岗返还政策。', [12, undefined, '个月']],
    // form: a bracketless list, 给予 after
    ['连续失业12个月及以上,就业有困难的,给予补贴。', [12, undefined, '个月']],
  ] as [string, unknown][])('%s', (s, first) => expect(bounds(s)[0]).toEqual(first));
  // 小店区 (shanxi-xiaodianqu-shangyejingji.txt): the grant per an event after further bounds
  it('举办三日以上…,每次活动给予', () => expect(bounds('举办三日以上店庆等促销活动,活动期间日均零售额500万以上,每次活动给予运营主体奖励5万元,每年每个运营主体最高奖励30万元。')).toEqual([[3, undefined, '日'], [5000000, undefined, '元']]));
});

describe('an age band names whom a measure is for, wherever it stands (age band)', () => {
  it.each([
    // 白山 (jilin-baishan-fupinchejian.txt)
    ['对象范围仅限于扶贫部门掌握的尚未脱贫的在法定劳动年龄内(全市范围内具有劳动能力女性16至55周岁,男性16至60周岁)具有劳动能力的贫困劳动力。', [[16, 55, '周岁'], [16, 60, '周岁']]],
    // form: a dash
    ['年龄18-35岁的返乡创业人员。', [[18, 35, '岁']]],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('aircraft and ships are counted as other things are (架, 艘)', () => {
  it.each([
    // 溧阳 (jiangsu-liyang-dikongjingji.txt)
    ['对获得生产许可证(PC)且产品交付量达到50架以上的eVTOL和飞行汽车,分别给予奖励。', [[50, undefined, '架']]],
    // form: ships
    ['新购置船舶5艘以上的企业,给予补助。', [[5, undefined, '艘']]],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('bodies a note says are units of every measure, not listed again (…均为责任单位,不再列出), join the list; 各单位 names none (bodies-first standing)', () => {
  // 嘉兴 (zhejiang-jiaxing-tizhenxiaofei.txt)
  const text =
    '一、扩大就业\n(一)保障就业稳定。通过精准化分类帮扶、拓展就业渠道等方式,实现城镇新增就业11万人以上。依法严惩恶意欠薪等违法失信行为。(责任单位:市经信局、市公安局、市财政局、市人力社保局、市建设局、市国资委,各单位按职责分工落实,下同;嘉兴经济技术开发区、浙江乍浦经济开发区〔嘉兴港区〕和各县〔市、区〕政府均为责任单位,不再列出)\n';
  it('the listed bodies and the standing ones', () =>
    expect(unitRows(text)[0]).toEqual(['市经信局', '市公安局', '市财政局', '市人力社保局', '市建设局', '市国资委', '嘉兴经济技术开发区', '浙江乍浦经济开发区〔嘉兴港区〕', '各县〔市、区〕政府']));
});

describe('a group after 等 that names its level by 属 is a unit of its own (等市属相关部门)', () => {
  // 楚雄市 (yunnan-chuxiongshi-wenjintizhi.txt)
  const text = '一、持续推动产业提质增效\n(1)抓好已建、在建煤矿稳产保供,推动煤炭产业高质量发展。(责任单位:市工业商务和信息化局、市财政局等市属相关部门)\n';
  it('two units', () => expect(unitRows(text)[0]).toEqual(['市工业商务和信息化局', '市财政局', '市属相关部门']));
});

describe('the total of vouchers a programme issues is a total, a ceiling word or none before it; a face value is none (vouchers issued)', () => {
  it.each([
    // 成都 (sichuan-chengdu-rengongzhineng.txt), traditional
    ['鼓勵優質算力普惠供給,每年發放不超過1億元算力券,用于支持算力服務機構為算力需求方提供高質量算力服務。', [[100000000, 'total']]],
    // 中山 (guangdong-zhongshan-rengongzhineng.txt)
    ['最高面向算力使用单位发放5亿元“算力券”。', [[500000000, 'total']]],
    // valid: a voucher's face value
    ['发放20元券。', []],
  ] as [string, unknown][])('%s', (s, want) => expect(amounts(s)).toEqual(want));
});

describe('a rank right after the measure ranked, no verb between (出口额前6位), is a ceiling as 排名前6位 is (bare rank)', () => {
  it.each([
    // 金华 (zhejiang-jinhua-waijingmao.txt)
    ['对市区汽摩配产品出口额前6位且实绩比上年增长的生产企业,设一等奖1名、二等奖2名、三等奖3名,分别给予30万元、20万元、10万元奖励。', [[undefined, 6, '位']]],
    // form: 名
    ['对年度纳税额前10名的企业,给予表彰奖励。', [[undefined, 10, '名']]],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('price tiers of a thing granted per piece (10至20万元每辆补贴3000元) are conditions, under a grant standard named before them (price tiers)', () => {
  it.each([
    // 山东省 (shandong-shandongsheng-tizhenxiaofei.txt)
    ['有条件的市,补贴标准参考10至20万元每辆补贴3000元、20万元以上每辆补贴6000元执行。', [[100000, 200000, '元'], [200000, undefined, '元']]],
    // form: the thing named, a comma before the grant
    ['对售价10万元至20万元的车辆,每辆补贴3000元。', [[100000, 200000, '元']]],
    // valid: a grant's own range stays money
    ['对新购车辆给予1万元至2万元补贴。', []],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('a quarter whose months a bracket after it sets is that span of months, not the calendar quarter (quarter with its months)', () => {
  const deadlines = (s: string) => extractValues(s, '2022-04-01').deadlines.map((d) => [d.raw, d.from, d.date]);
  it.each([
    // 贵州省 (guizhou-guizhousheng-cuxiaofei2022.txt)
    ['第二季度(5月-7月)|第1名至5名|20|300', [['5月-7月', '2022-05', '2022-07']]],
    ['第四季度(2022年11月-2023年1月)|第1名至5名|20', [['2022年11月-2023年1月', '2022-11', '2023-01']]],
    // valid: a quarter alone stays the quarter
    ['第二季度完成方案设计。', [['第二季度', '2022-04', '2022-06']]],
  ] as [string, unknown][])('%s', (s, want) => expect(deadlines(s)).toEqual(want));
});

describe('a year naming the circumstance a notice takes into account (结合2021年的疫情情况) sets no deadline (circumstance year)', () => {
  it.each([
    // 龙华 (guangdong-longhuaqu-wengangjiuye.txt)
    ['同时,结合2021年的疫情情况,制定措施如下:', []],
    // form: 形势
    ['结合2023年经济形势,制定本方案。', []],
    // valid: a year the work is due in stays
    ['2023年底前完成全部任务。', [['2023年底前', undefined, '2023-12']]],
  ] as [string, unknown][])('%s', (s, want) => expect(extractValues(s, '2021-03-01').deadlines.map((d) => [d.raw, d.from, d.date])).toEqual(want));
});
