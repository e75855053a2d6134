import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments } from './extract.js';
import { unitRows, valueTable } from './fixture-table.js';

// Round 212 (issue 9): a note that says which body leads before naming standing bodies, 超 right before a share, a count that
// opens an item of a list of conditions, a band measuring a product, a share bounded in the 对 phrase before a grant, and an
// attachment's own plan title under its 附件 line.

/** Thresholds of every clause of a text read as a whole document, as [metric, min, max, unit]. */
const docThresholds = (text: string) =>
  extractDocuments(documentsOfPlainText(text))
    .flat()
    .flatMap((c) => c.thresholds.map((t) => [t.metric, t.min ?? null, t.max ?? null, t.unit]));
/** Rates of every clause of a text read as a whole document. */
const docRates = (text: string) =>
  extractDocuments(documentsOfPlainText(text))
    .flat()
    .flatMap((c) => c.rates.map((r) => r.value));

describe('a note that names the lead first and then the standing bodies gives those bodies to every item (lead explained before standing bodies)', () => {
  it.each([
    // 浙江省 (zhejiang-zhejiangsheng-jianzhuye.txt): 以下列第一位的为牵头单位,且均需…落实,不再列出 after the first note's body
    [
      '浙江省人民政府办公厅关于加快推进建筑业高质量发展的若干意见\n二、重点任务\n1.培育建筑业“链主”企业。加快构建设计、生产、施工、运维全产业链协作机制。(责任单位:省建设厅。以下列第一位的为牵头单位,且均需各市、县〔市、区〕政府落实,不再列出)发挥“链主”企业引领作用,建立建筑业“链主”企业培育机制。(责任单位:省经信厅、省建设厅)\n',
      [['省建设厅', '各市、县〔市、区〕政府'], ['省经信厅', '省建设厅', '各市、县〔市、区〕政府']],
    ],
    // valid: the standing sentence with no explanation before it reads as before (湖北省 form: 列第一位的为牵头单位,下同。以下均需…落实)
    [
      '实施方案\n一、重点任务\n1.加强产业基金引导。设立产业基金。(责任单位:市财政局、市科技局,列第一位的为牵头单位,下同。以下均需各县市、区政府落实,不再列出)\n2.优化服务。提升服务水平。(责任单位:市政务办)\n',
      [['市财政局', '市科技局', '各县市、区政府'], ['市政务办', '各县市、区政府']],
    ],
  ])('%s', (text, want) => expect(unitRows(text)).toEqual(want));
});

describe('超 right before a share bounds it from below, as 超过 does (bare 超 before a share)', () => {
  it.each([
    // 广东 光明 (guangdong-guangming-changfangjianshe.txt)
    ['厂房建筑面积占项目总建筑面积比例超70%的,对超出部分按厂房建筑面积1000元/平方米的标准一次性收取', [['厂房建筑面积占项目总建筑面积比例', 0.7, null, '%']]],
    // 江苏 苏州 (jiangsu-suzhou-zhibodianshang.txt)
    ['次年年带货销售额在5000万元以上且年增长超20%的,再给予不超过80万元奖励', [['次年年带货销售额', 50000000, null, '元'], ['年增长', 0.2, null, '%']]],
  ])('%s', (s, want) => expect(valueTable(s).thresholds).toEqual(want));

  it('广州 海珠 (guangdong-haizhu-damoxingduixian.txt): an item of a list of conditions, the share after 或', () => {
    const text =
      '海珠区人工智能大模型应用示范区政策兑现工作申报通知\n二、申报对象\n其中大模型企业业务应与人工智能、大模型的技术、产品、服务领域相关,且应符合以下其中一项条件:\n4.专技人员符合要求:具备人工智能类职业技能等级证书(包括人工智能训练师、人工智能算法测试员等职业技能等级证书)的技术人员达到6人以上,或占企业总人数比例超30%。\n';
    expect(docThresholds(text)).toEqual([['技术人员', 6, null, '人'], ['占企业总人数比例', 0.3, null, '%']]);
    expect(docRates(text)).toEqual([]);
  });

  it('valid: a goal’s growth 超 a share stays a rate (四川省 renliziyuanfuwu.txt)', () => {
    expect(valueTable('力争年末产业收入合计超2500亿元、同比增速超15%').rates).toEqual([0.15]);
  });
});

describe('a count opening an item of a list of conditions is what the applicant must have (count opening a listed item)', () => {
  it('深圳 (guangdong-shenzhen-zhibojidi2023.txt): 10家及以上… and 至少10间…', () => {
    const text =
      '2023年电子商务创新发展扶持计划电商直播基地扶持项目\n(二)专项条件:\n2.综合服务类电商直播基地\n(2)建筑面积不低于2000平方米,有至少10间可供使用的公共直播间;\n(4)10家及以上直播相关深圳企业(机构)在基地内经营或与基地合作;\n';
    expect(docThresholds(text)).toEqual([
      ['建筑面积', 2000, null, '平方米'],
      ['有', 10, null, '间'],
      ['直播相关深圳企业', 10, null, '家'],
    ]);
  });

  it('valid: a plan’s count of firms to bring in is no threshold (湖北 咸宁 form)', () => {
    expect(valueTable('引进世界500强、中国500强、上市公司或行业龙头企业投资项目不少于3个。').thresholds).toEqual([]);
  });
});

describe('a band of a product’s sales is a threshold, as a firm’s is (product as the applicant of a band)', () => {
  it.each([
    // 四川 成都 (sichuan-chengdu-gongyewurenji.txt): 的无人机新产品型号 after the band
    ['对上年度销售额2000万元(含)至1亿元(不含)的无人机新产品型号给予100万元的一次性奖励,对上年度销售额1亿元(含)以上的无人机新产品给予300万元的一次性奖励。', [[1000000, 'fixed'], [3000000, 'fixed']], [[20000000, 100000000], [100000000, null]]],
    // valid: a firm's band reads as before
    ['对年销售额2000万元(含)至1亿元(不含)的企业给予10万元奖励。', [[100000, 'fixed']], [[20000000, 100000000]]],
  ])('%s', (s, amounts, bands) => {
    const v = valueTable(s);
    expect(v.amounts).toEqual(amounts);
    expect(v.thresholds.map((t) => [t[1], t[2]])).toEqual(bands);
  });
});

describe('a bounded share in the 对 phrase that opens a clause, a grant later, is a condition (share bounded before a grant)', () => {
  it.each([
    // 上海 青浦 (shanghai-qingpu-louyujingji2024.txt): a further phrase between the bound and the grant
    ['对楼宇内符合青浦区主导产业关联企业聚集度整体空间入驻率区内注册企业租用面积达到60%以上,根据年度经济贡献,经综合评价认定为青浦区特色楼宇,给予楼宇运营管理单位60万元的一次性资金扶持', [], [0.6]],
    // valid: a share paid by 按 after the condition stays a rate
    ['对研发投入占营业收入比例达到5%以上,按研发投入增量的10%给予补助', [0.1], [0.05]],
    // valid: a support ratio's floor is the grant's, no condition (浙江 舟山 zhejiang-zhoushan-kaifangtineng.txt)
    ['对短期出口信用保险保费扶持比例不低于60%,市与县(区)、功能区各承担30%,其中对油品和船舶类企业按实际保费占行业总保费比例进行奖励', [0.6, 0.3], []],
  ])('%s', (s, rates, shares) => {
    const v = valueTable(s);
    expect(v.rates).toEqual(rates);
    expect(v.thresholds.filter((t) => t[3] === '%').map((t) => t[1])).toEqual(shares);
  });
});

describe('an attachment’s own plan title under its 附件 line is a title; its term goes on its body’s first clause (attachment plan title)', () => {
  it('绍兴 (zhejiang-shaoxing-dikongjingji.txt): 附件1: / …七大行动方案(2024—2027年) under a 主文件 line', () => {
    const text =
      '主文件: 绍兴市人民政府关于推进低空经济高质量发展的实施意见\n注:本文为附件\n附件1:\n推进低空经济高质量发展七大行动方案(2024—2027年)\n一、实施临空经济“提能”行动\n(一)提升道路共通能级。加快通往杭绍临空示范区的交通建设。到2027年,实现互通互联。\n责任单位:市发改委、市交通运输局\n';
    const clauses = extractDocuments(documentsOfPlainText(text)).flat();
    expect(clauses.some((c) => c.text.includes('七大行动方案'))).toBe(false);
    expect(clauses.filter((c) => c.deadlines.length).map((c) => [c.text.replace(/\s+/g, ''), c.deadlines.map((d) => d.raw)])).toEqual([
      ['加快通往杭绍临空示范区的交通建设。', ['2024—2027年']],
      ['到2027年,实现互通互联。', ['到2027年']],
    ]);
  });

  it('valid: a sentence under a 附件 line is body', () => {
    const clauses = extractDocuments(documentsOfPlainText('关于开展申报工作的通知\n各单位:\n请按要求申报。\n附件1:\n到2025年,完成项目建设30个,总投资100亿元。\n')).flat();
    expect(clauses.some((c) => c.amounts.some((a) => a.yuan === 10000000000))).toBe(true);
  });
});
