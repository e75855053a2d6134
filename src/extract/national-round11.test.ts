import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';
import { inConditionList } from './condition-list.js';

// Round 11 of classes (issue 9), values and deadlines half, from the 14 notices of round 11 of the national development set.
// Sentences are real: from a dev notice (file in eval/national/dev named in the comment) or a public page (address in the
// comment, checked against the held-out sources).
const clausesOf = (body: string) =>
  documentsOfPlainText(`各有关单位:\n${body}\n`).flatMap((d) => extractDocument(d));
const thresholdRows = (body: string) =>
  clausesOf(body)
    .flatMap((c) => c.thresholds)
    .map((t) => [t.min, t.max, t.unit]);

describe('an item under a lead-in of conditions: a bounded figure is a condition though no applicant is named', () => {
  it.each([
    // 广东 宝安 (guangdong-baoan-xianjinzhizao.txt): a share, an area, a term, money per area.
    [
      '第一条 鼓励打造战略性新兴产业专业园区。打造战略性新兴产业、未来产业和区域特色优势产业专业园区,将专业园区产生的收益通过一定方式“反哺”园区发展。园区应符合以下条件:\n(一)入驻企业主要属于战略性新兴产业、未来产业和区域特色优势产业,且产业集聚度70%以上。\n(二)建筑面积5万平方米以上。\n(三)以不高于统一发布的租金指导价租赁。\n(四)园区为非自有物业的,剩余租期须5年以上。\n(五)园区年度单位建筑面积产值达到每平方米2万元以上。\n(责任单位:区工业和信息化局、区发展改革局)',
      [[0.7, undefined, '%'], [50000, undefined, '平方米'], [5, undefined, '年'], [20000, undefined, '元/平方米']],
    ],
    // 北京 (https://hackwaw.com/zhengce/mc/zwmcck/csgh/gjkjcxzx/202308/t20230822_3228011.html): 不低于 / 超过 before the figure,
    // money, two shares joined by 且, money per area written after the figure.
    [
      '申报示范园区,应当符合以下条件:\n(一)园区土地或空间依法取得、四至范围明确、空间集中连片的产业集聚区,管理机构应是北京市内合法注册的法人单位或政府部门派出机构,已建立运营管理机制;\n(二)园区年营业收入不低于100亿元;\n(三)先进制造年营业收入占园区年营业收入比重不低于30%,且现代服务年营业收入占园区年营业收入比重不低于30%;\n(四)园区内入驻企业平均单位面积年营业收入超过2万元/平方米;\n(五)园区内主营业务符合北京市两业融合八个重点领域的企业年营业收入占园区年营业收入比重不低于50%。',
      [[10000000000, undefined, '元'], [0.3, undefined, '%'], [0.3, undefined, '%'], [20000, undefined, '元/平方米'], [0.5, undefined, '%']],
    ],
    // 浙江 (https://online.flipbuilder.com/lqaq/vxht/files/basic-html/page338.html, its PDF line breaks joined): a test's
    // standard as the lead-in, areas with 不低于 and spaces around the figures.
    ['第十四条 加工制造型园区确认考核的标准:\n1.园区已取得完备法律手续的土地不低于 500 亩,且已开发面积不低于 250 亩;', [[500, undefined, '亩'], [250, undefined, '亩']]],
    // A 申报条件 label line, in traditional characters (http://ctdf.com.cn/xmsb_show.aspx?id=11): shares with 以上, one item
    // with two (…50%以上;或者…20%以上), an item with none.
    [
      '▌申報條件:\n1、從業人員中具有大專以上學歷的科技人員占20%以上。\n2、擁有專利或者專有技術。\n3、技術性收入和科技成果產業化產品的銷售收入占企業全年營業收入的50%以上;或者技術性收入占全年總營業收入的20%以上。\n4、用於研究開發的經費支出占全年總營業收入的2%以上。',
      [[0.2, undefined, '%'], [0.5, undefined, '%'], [0.2, undefined, '%'], [0.02, undefined, '%']],
    ],
    // 浙江 海曙 (https://cs8.07yf.com/policy/policy-detail.html?policy_id=1076&policy_type=1): a label line, then a section's
    // label (一、基本条件) above the items; money written without 元, a headcount.
    [
      '申报条件:\n一、基本条件\n(一)依托单位必须通过海曙区企业研发机构备案。\n(二)具有较强的技术创新能力和较高的研究开发投入,企业上年度研究开发费用总额占销售收入总额的比例不低于3%(农业类不低于2%),或上年度技术开发费投入超过100万。',
      [[0.03, undefined, '%'], [0.02, undefined, '%'], [1000000, undefined, '元']],
    ],
    // 上海 (http://www.shtic.com/fhzhbw/cxbw/kjxjrgc/sbyq/4997.htm): items marked by a bullet; a range of shares.
    [
      '支持条件:\n· 应拥有自主知识产权(获得授权的专利、软件版权、集成电路布图设计或专有技术以及注册商标或品牌);\n· 企业每年的科研投入经费不低于年销售额的3-5%。',
      [[0.03, 0.05, '%']],
    ],
    // 宝安 in traditional characters (eval --variant traditional): the lead-in is matched on the folded text.
    ['園區應符合以下條件:\n(二)建築面積5萬平方米以上。\n(四)園區爲非自有物業的,剩餘租期須5年以上。', [[50000, undefined, '平方米'], [5, undefined, '年']]],
  ] as [string, unknown[][]][])('%s', (body, want) => {
    expect(thresholdRows(body)).toEqual(want);
  });

  it.each([
    // The same items with no lead-in above them: 建筑面积5万平方米以上。 alone names no condition (宝安, 北京 above).
    ['(二)建筑面积5万平方米以上。', 0],
    ['(二)园区年营业收入不低于100亿元;', 0],
    // A lead-in that ends on the grant opens grants, not conditions (上海 宝山, shanghai-baoshan-zhuanxiangzijin.txt).
    ['从第二年起按以下标准给予奖励:\n(一)建筑面积5万平方米以上。', 0],
  ] as [string, number][])('no lead-in of conditions: %s', (body, n) => {
    expect(thresholdRows(body)).toHaveLength(n);
  });

  it.each([
    // 北京 朝阳 (beijing-chaoyang-fuwujigou.txt): the items under the lead-in; the next section's text is not one.
    ['本办法所称服务机构须同时满足以下条件:\n(一)服务机构须在市场监督、民政、司法行政等部门登记注册。\n(二)引进人才及其管理团队须在朝阳区新设立企业(或机构)', '引进人才', true],
    ['本办法所称服务机构须同时满足以下条件:\n(一)服务机构须在市场监督、民政、司法行政等部门登记注册。\n二、奖励的内容和标准\n(一) 支撑区域经济增长', '支撑区域', false],
    // A list run into one line (宝安's lead-in and items, as a flattened page writes them).
    ['园区应符合以下条件:(一)入驻企业主要属于战略性新兴产业;(二)建筑面积5万平方米以上。', '建筑面积', true],
  ] as [string, string, boolean][])('%s', (text, at, want) => {
    expect(inConditionList(text, text.indexOf(at))).toBe(want);
  });
});

describe('an item that sets a goal is no condition, listed or not', () => {
  it.each([
    // 宁夏 (ningxia-ningxiasheng-xinxinggongye.txt): 到2027年 sets the figures; read as if under a lead-in of conditions.
    ['到2027年,规模以上工业增加值达到2800亿元以上', [[280000000000, undefined, 'target']], []],
    ['到2027年,规模以上工业企业中有研发活动的企业占比达到45%以上', [], []],
  ] as [string, unknown[][], unknown[][]][])('%s', (text, amounts, thresholds) => {
    const v = extractValues(text, undefined, true);
    expect([v.amounts.map((a) => [a.yuan, a.yuanMax, a.role]), v.thresholds.map((t) => [t.min, t.max, t.unit])]).toEqual([amounts, thresholds]);
  });
});

describe('money per a measure written before the figure keeps that measure in a threshold’s unit', () => {
  it.each([
    // 广东 宝安 (guangdong-baoan-xianjinzhizao.txt), with the applicant its list gives.
    ['园区年度单位建筑面积产值达到每平方米2万元以上。', true, [[20000, '元/平方米']]],
    // 北京 (address above): the unit written after the figure, as before.
    ['园区内入驻企业平均单位面积年营业收入超过2万元/平方米;', true, [[20000, '元/平方米']]],
  ] as [string, boolean, unknown[][]][])('%s', (text, listed, want) => {
    expect(extractValues(text, undefined, listed).thresholds.map((t) => [t.min, t.unit])).toEqual(want);
  });
});

describe('a note cut off by the excerpt’s end after an item’s sentence leaves the sentence an item, not a heading', () => {
  it('湖北 赤壁 (hubei-chibi-zerenfenjie.txt): the last target keeps its rate', () => {
    const cs = clausesOf('一、2021年经济社会发展主要预期目标\n(四)一般公共预算总收入增长27%。(责任领导:洪金虎;牵头单位:市财政局)\n(五)社会消费品零售总额增长16%。(责任领导:饶自斌;');
    expect(cs.flatMap((c) => c.rates).map((r) => [r.value, r.role])).toEqual([
      [0.27, 'target'],
      [0.16, 'target'],
    ]);
  });
});

const deadlines = (text: string, docDate?: string) =>
  extractValues(text, docDate).deadlines.map((d) => {
    expect(text.slice(d.start, d.end)).toBe(d.raw);
    return d.kind ? [d.raw, d.kind] : d.from ? [d.raw, d.from, d.date] : [d.raw, d.date];
  });

describe('a day or month that names when something was said or visited, cited for the speech or naming the leader, is no deadline', () => {
  it.each([
    // 辽宁 大连 (liaoning-dalian-yingshanghuanjing.txt): a day and a span of days, each before 在 and the meeting or the visit.
    ['为深入贯彻习近平总书记视察东北、辽宁、大连时的重要讲话精神,特别是2024年9月26日在中央政治局工作会议和2025年1月22日至24日在辽宁考察时的重要讲话和指示精神', '2025-03-01', []],
    // 江苏 镇江 (http://szb.jsw.com.cn/ZJRB/PC/content/202307/11/content_260273.html): days without a year, a verb of going there.
    ['习近平总书记7月5日至7日亲临江苏考察,听取江苏工作汇报并发表重要讲话', '2023-07-11', []],
    // 甘肃 (http://www.kmxxf.com/info/1021/1066362.htm, traditional): a subject between the days and the visit.
    ['特別是9月10日至11日,習近平總書記深入天水伏羲廟、花牛蘋果基地和麥積山石窟,視察了解文化遺產保護和特色產業發展工作', '2024-09-18', []],
    // A month, the leader named after it (http://m.leemnaturals.com/html/2022/news/8/327398.html, traditional).
    ['今年6月總書記再次蒞臨四川視察指導', '2022-08-18', []],
    // Events the notice plans, with no speech cited and no leader, stay times (苏州工业园区, jiangsu-suzhougongyeyuanqu-gongzuoyaodian.txt).
    ['4月中旬举办伊朗中国纳米技术中心签约揭牌仪式暨纳米技术企业对接活动,启动纳米技术作品设计大赛', '2015-02-01', [['4月中旬', '2015-04']]],
    ['6月举办中国半导体行业协会MEMS分会市场年会', '2015-02-01', [['6月', '2015-06']]],
    // The same days with no event after them stay times (the 镇江 and 甘肃 sentences cut before their event words).
    ['习近平总书记7月5日至7日亲临江苏,听取江苏工作汇报', '2023-07-11', [['7月5日至7日', '2023-07-05', '2023-07-07']]],
    ['特別是9月10日至11日,習近平總書記深入天水伏羲廟', '2024-09-18', [['9月10日至11日', '2024-09-10', '2024-09-11']]],
  ] as [string, string, unknown[][]][])('%s', (text, docDate, want) => {
    expect(deadlines(text, docDate)).toEqual(want);
  });
});

describe('a measure kept in force with no end is ongoing (长期实施, 长期执行, 长期有效)', () => {
  it.each([
    // 浙江 嘉兴 (zhejiang-jiaxing-minyingjingji.txt).
    ['符合条件行业企业研发费用税前加计扣除比例提高至100%,作为制度性安排长期实施。', [['长期实施', 'ongoing']]],
    // 长期 naming a span or a kind, no time (dev: henan-kaifeng-wenjin.txt, neimenggu-xinganmeng-zhaoshang.txt, shandong-yantai-jingji.txt).
    ['强化重点产业规划、政策配套,研究制定汽车产业中长期发展规划,明确发展目标', []],
    ['根据企业意愿,推行工业用地“长期租赁、先租后让、租让结合”的标准地供应方式', []],
    ['加快超长期特别国债专项资金发放进度', []],
    // A verb with its object after it names a stance, no time (deadlines.test.ts: 长期坚持以企业为中心的服务理念).
    ['长期坚持以企业为中心的服务理念', []],
  ] as [string, unknown[][]][])('%s', (text, want) => {
    expect(deadlines(text, '2025-01-01')).toEqual(want);
  });
});

describe('a year a loan, investment or contract must be made in, before a grant, is a window (ANNOTATION: window years)', () => {
  it.each([
    // 辽宁 辽阳 (liaoning-liaoyang-fuchizhengce.txt, dated 2023-07-31): the window three years before the notice stays.
    ['对国家、省确定的疫情防控有关生产重点保障企业2020年新增的企业贷款,除中央、省财政给予贴息外,其余部分由市财政给予贴息,贴息期限不超过1年。', '2023-07-31', ['2020']],
    // 湖北 襄阳's compilation of a national notice (https://online.flipbuilder.com/foph/akph/files/basic-html/page13.html), read
    // in a later notice: a longer name of the loan.
    ['对 2020年新增的疫情防控重点保障企业贷款,在人民银行专项再贷款支持金融机构提供优惠利率信贷的基础上,中央财政按人民银行再贷款利率的 50%给予贴息', '2023-07-31', ['2020']],
  ] as [string, string, string[]][])('%s', (text, docDate, want) => {
    expect(extractValues(text, docDate).deadlines.filter((d) => d.date).map((d) => d.date)).toEqual(want);
  });
});

describe('the part of a taxed base a relief applies to is no amount (…不超过200万元部分减半征收)', () => {
  it.each([
    // 浙江 嘉兴 (zhejiang-jiaxing-minyingjingji.txt).
    '对个体工商户年应纳税所得额不超过200万元部分减半征收个人所得税',
    // https://www.bkzs.com.cn/a/590002.html: 的部分, and a band of the base (超过…但不超过…的部分).
    '对小型微利企业年应纳税所得额不超过100万元的部分,减按25%计入应纳税所得额,按20%的税率缴纳企业所得税;',
    '对年应纳税所得额超过100万元但不超过300万元的部分,减按50%计入应纳税所得额,按20%的税率缴纳企业所得税。',
    // http://www.cs-yf.com/mftk/zckjs_sf_1623060.html (traditional).
    '對小型微利企業年應納稅所得額不超過100萬元的部分,減按( )計入應納稅所得額',
  ])('%s', (text) => {
    const v = extractValues(text);
    expect([v.amounts, v.thresholds]).toEqual([[], []]);
  });
});
