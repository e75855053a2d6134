import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments } from './extract.js';
import { deadlinePairs, unitRows, valueTable } from './fixture-table.js';

// Round 210 (issue 9): a payout record's sums worked out from its standard per unit, and a page with no title whose first paragraph
// opens as a notice's first sentence.

describe('a payout’s sum after the standard per unit it is worked out from is a total (payout sum from a standard)', () => {
  it.each([
    // 宁夏 盐池 (ningxia-yanchi-mucaobuzhu.txt): 共计补助 and its parts in brackets
    ['按照补助标准脱贫户30元/亩和一般户20元/亩,共计补助2036774.69元(其中脱贫户1009933.89元,一般户1026840.8元),盐池县农业农村局负责确保公平。', [[30, 'fixed'], [20, 'fixed'], [2036774.69, 'total'], [1009933.89, 'total'], [1026840.8, 'total']]],
    // 重庆 铜梁 (chongqing-tongliang-shengtaibuchang2023.txt): the sum named as 补偿金额, 兑付金额
    ['非国有林生态保护补偿个人自主管护面积69513.419亩,补偿标准每亩16元,补偿对象为农户,涉及补偿农户26180户,补偿金额1112214.71元;', [[16, 'fixed'], [1112214.71, 'total']]],
    ['森林管护费管护面积171511.15亩,兑付标准每亩3元,兑付对象为天保护林员,涉及兑付护林员人数292人,兑付金额514533.47元,现予以公示。', [[3, 'fixed'], [514533.47, 'total']]],
    // 上海 庙镇 (shanghai-miaozhen-shuidaobutie.txt): 合计补贴资金, as before
    ['根据中央财政补贴15元/亩的标准,一次性补贴面积为32772.78亩,合计补贴资金491591.7元。', [[15, 'fixed'], [491591.7, 'total']]],
    // valid: a grant's amount with no standard before it stays what it was
    ['对认定的企业,补助金额50万元。', [[500000, 'fixed']]],
  ])('%s', (s, want) => expect(valueTable(s).amounts).toEqual(want));
});

describe('a page with no title whose first paragraph opens on its basis and runs on is body, not a title (preamble paragraph as title)', () => {
  it('盐池 (ningxia-yanchi-mucaobuzhu.txt, on 查策网): one paragraph joined with commas; its sums are read', () => {
    const text =
      '根据《盐池县2024年巩固拓展脱贫攻坚成果同乡村振兴有效衔接实施方案》的通知(盐党农发〔2024〕1号)精神,现将盐池县一年生牧草种植(第二批)补助资金予以公示,现在青山乡、高沙窝镇等八个乡镇3466户共种植85006.503亩,按照补助标准脱贫户30元/亩和一般户20元/亩,共计补助2036774.69元,盐池县农业农村局负责确保公平、公正、公开,本次公示期为10日,公示时间为2024年10月9日-10月18日,附件:1.盐池县2024年一年生牧草种植(第二批)补助资金汇总表盐池县农业农村局2024年10月9日。\n';
    const [doc] = documentsOfPlainText(text);
    expect(doc.title).toBe('');
    const amounts = extractDocuments([doc]).flat().flatMap((c) => c.amounts.map((a) => a.yuan));
    expect(amounts).toEqual(expect.arrayContaining([30, 20, 2036774.69]));
  });

  it('valid: a title line that opens with 关于 stays the title', () => {
    const [doc] = documentsOfPlainText('关于做好2024年一年生牧草种植补助资金发放工作的通知\n各乡镇:\n根据有关规定,现将有关事项通知如下。\n');
    expect(doc.title).toBe('关于做好2024年一年生牧草种植补助资金发放工作的通知');
  });
});

describe('a procedure’s time cut to a span, capped, or listed step by step is a relative deadline (procedure spans)', () => {
  it.each([
    // 山西 大同 (shanxi-datong-qiyekaiban2018.txt): a remark in brackets before 内; a cap; each step's days after the cap
    ['2018年10月起将企业开办的主要流程精简至企业登记、公章刻制、申领发票3个环节,推行各环节并联办理、全面实现企业开办5天(指工作日,下同)内办结,其中企业登记不超过3天、公章刻制1天、申领发票1天。', [['2018年10月起', '2018-10'], ['5天(指工作日,下同)内', 'relative'], ['不超过3天', 'relative'], ['1天', 'relative'], ['1天', 'relative']]],
    // 四川 成都 (sichuan-chengdu-qiyekaiban2018.txt): 压减至 a span
    ['2018年12月底前实现全市范围内企业开办时间压减至5个工作日,其中,3个工作日内办理工商注册登记。', [['2018年12月底前', '2018-12'], ['5个工作日', 'relative'], ['3个工作日内', 'relative']]],
    // 海南 海口 (hainan-haikou-yingshanghuanjing.txt, relabelled by round 125's 压减至半天以内 decision): 压缩至, and each step's days before 办结
    ['企业开办时间压缩至3个工作日,其中企业设立登记2个工作日办结,印章刻制和新办企业首次申领发票1个工作日办结。', [['3个工作日', 'relative'], ['2个工作日', 'relative'], ['1个工作日', 'relative']]],
    // 西藏 (xizang-xizangqu-shichangzhuti.txt, relabelled so)
    ['将企业登记、公章刻制、涉税服务等开办必备环节压缩至4个工作日。', [['4个工作日', 'relative']]],
    // valid: a firm's age bounded with its inclusion mark before 以内 is no span (海淀)
    ['对成立时间在3年(含)以内的企业,给予补贴。', []],
  ])('%s', (s, want) => expect(deadlinePairs(s, '2018-08-28')).toEqual(want));
});

// Round 211 (issue 9): a bare group closing a note's list with 和单位, and a line of bodies alone under a note line.
describe('等(各)有关部门和单位 ends a note’s list; it names no unit (bare group with 和单位)', () => {
  it.each([
    // 江苏省 (jiangsu-jiangsusheng-shuzizhengfu2022.txt)
    ['江苏省数字政府建设2022年工作要点\n一、大力开展云网升级攻坚行动\n1.打造“苏服办”总门户。6月底前,制定发布《“苏服办”总门户建设管理规范》。(责任单位:省政务办等各有关部门和单位,各设区市人民政府)\n', ['省政务办', '各设区市人民政府']],
    // 云南 (a dev note of the same form without 各)
    ['实施方案\n一、重点任务\n1.加快项目建设。推进一批重点项目。(责任单位:省工业和信息化厅、省财政厅、省自然资源厅等有关部门和单位,各州、市人民政府)\n', ['省工业和信息化厅', '省财政厅', '省自然资源厅', '各州、市人民政府']],
  ])('%#', (text, units) => expect(unitRows(text)[0]).toEqual(units));
});

describe('a line of bodies alone under a note line continues the note (bodies line under a note)', () => {
  it('浚县 (henan-xunxian-shuiwuranfangzhi2018.txt): 配合单位:… / 各乡镇(街道)、黎阳建管办', () => {
    const text =
      '浚县2018年水污染防治攻坚战实施方案\n三、工作任务\n1. 深入开展城市黑臭水体整治。2018年10月底前,县城建成区全面消除黑臭水体。\n牵头单位:县住建局\n配合单位:县发改委、环保局、水利局、农业局\n各乡镇(街道)、黎阳建管办\n2. 加强工业污染防治。全面排查工业企业。\n牵头单位:县环保局\n';
    expect(unitRows(text)).toEqual([['县住建局', '县发改委', '环保局', '水利局', '农业局', '各乡镇(街道)', '黎阳建管办'], ['县环保局']]);
  });
  it('valid: a label alone at a cut excerpt’s end names no body (海城, liaoning-haicheng-zerenfengong.txt)', () => {
    const text = '任务分工\n(一)千方百计保障企业运行\n8.精准把握国家、省市政策导向,确保政策效应更好更快传导到企业。\n牵头单位:市发展和改革局\n责任单位\n';
    expect(unitRows(text)).toEqual([['市发展和改革局']]);
  });
});

describe('an item’s title alone on its line is no clause, a technical name’s digits in it (title with IPv6, 5G)', () => {
  it('湖北省 (hubei-hubeisheng-shuzizhengfu2019.txt): 2.加快IPv6应用及融合。 takes no note of its own item into the item above', () => {
    const text =
      '湖北省推进数字政府建设实施方案\n一、基础设施集约化支撑\n1.提速宽带网络。\n加快推进网络强省建设。到2020年底,建设网络强省的目标初步实现。(牵头单位:省经信厅;责任单位:省广播电视局)\n2.加快IPv6应用及融合。\n部署基于IPv6的下一代互联网。(牵头单位:省通信管理局;责任单位:省直各部门)\n';
    const clauses = extractDocuments(documentsOfPlainText(text)).flat();
    expect(clauses.some((c) => c.text.startsWith('加快IPv6应用及融合'))).toBe(false);
  });
  it('valid: an item’s first sentence run on with others stays a clause (武汉, hubei-wuhan-shuzijingji.txt)', () => {
    const text = '武汉市数字经济发展工作方案\n(一)夯实数字新基建\n1.建设“双千兆城市”,实现5G高质量覆盖。加快武汉人工智能计算中心二期扩建。(责任单位:市经信局、各区人民政府)\n';
    expect(unitRows(text)[0]).toEqual(['市经信局', '各区人民政府']);
    expect(extractDocuments(documentsOfPlainText(text)).flat()[0].text.startsWith('建设“双千兆城市”')).toBe(true);
  });
});

describe('a span recently done keeps its 内; an honour received in it is a record; on the spot is a span (recent span, on the spot)', () => {
  it.each([
    // 广州 (guangdong-guangzhou-boshihoujidi.txt): an act the applicant did in the span, its 内 kept in the raw
    ['近3年内与高等院校、科研院所合作开展创新理论或技术合作研究;', [['近3年内', 'relative']]],
    // …and an award received in it, a record (广州; 黄陂 hubei-huangpi-qingnianrencai.txt had the same form)
    ['建有市级以上研发或技术中心,承担国家或省级重点项目,或近3年获得市级以上科技奖励;', []],
    // 慈溪 (round 20): a sanction's span stays
    ['近三年内不得转让。', [['近三年内', 'relative']]],
    // 海珠 (guangdong-haizhu-jiazhuangdianti.txt): a procedure done on the spot, as 当日予以备案 is
    ['申请材料齐全的,街道办事处当场予以受理。', [['当场', 'relative']]],
  ])('%s', (s, want) => expect(deadlinePairs(s, '2024-01-01')).toEqual(want));
});

describe('至少 bounds a count from below, as 不少于 does; a count of conditions met is none (至少 as a floor)', () => {
  const floors = (s: string) => valueTable(s).thresholds.map((t) => [t[1], t[2], t[3]]);
  it.each([
    // 广州 (guangdong-guangzhou-boshihoujidi.txt), in its conditions list
    ['其中与申报专业方向一致的专职研发人员不少于10人,且至少有1人具有高级职称或博士学位的企业,给予资助。', [[10, null, '人'], [1, null, '人']]],
    // 江苏 南通 (jiangsu-nantong-lvxingshejiangbu.txt): 至少 a count of sights
    ['南通人跨区县旅游须游览两个(含)以上景点,其中至少一个收费景点的旅行社,给予奖励。', [[2, null, '个'], [1, null, '个']]],
    // valid: the conditions an applicant meets are no quantity of it (广州)
    ['申请单位应当具备以下基本条件,并符合至少一项推荐条件:', []],
  ])('%s', (s, want) => expect(floors(s)).toEqual(want));
});
