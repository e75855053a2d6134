import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';
import { deadlineRows } from './fixture-table.js';
import { splitUnitList } from './units.js';

// Round 56 classes (twelfth session), each with the dev sentence that showed it (ANNOTATION round 56) and forms of other provinces.
const clauses = (text: string) =>
  extractDocument(documentsOfPlainText(text)[0]).map((c) => ({
    text: c.text,
    rates: c.rates.map((r) => r.value),
    deadlines: c.deadlines.map((d) => d.date ?? d.raw),
  }));

describe('a first paragraph of sentences taken for the title, no title end in it (run-on paragraph)', () => {
  it.each([
    // 云南 (yunnan-yunnansheng-wenzhuxiaolu.txt): a page that starts at a measure's sentences
    [
      '切实稳住农业“基本盘”。大力支持特色农业重点产业发展,强化要素保障,确保农业投资增速30%以上。确保2022年粮食播种面积、产量稳定在6287万亩、1930万吨以上,增加杂交稻和玉米大豆带状复合种植各50万亩。\n支持农村一二三产业融合发展。',
      '确保农业投资增速30%以上',
      { rates: [0.3], deadlines: [] },
    ],
    [
      '切实稳住农业“基本盘”。大力支持特色农业重点产业发展,强化要素保障,确保农业投资增速30%以上。确保2022年粮食播种面积、产量稳定在6287万亩、1930万吨以上,增加杂交稻和玉米大豆带状复合种植各50万亩。\n支持农村一二三产业融合发展。',
      '确保2022年粮食播种面积',
      { rates: [], deadlines: ['2022'] },
    ],
    // 上海 浦东 (shanghai-pudong-cutouzi.txt): a page whose title, date and notice ran into one line
    [
      '2024年度浦东新区促投资提能级-鼓励企业加大投资力度专项申报工作增加网上申报时间政务2024-11-02 19:44上海区科经委于2024年10月21日至10月25日组织实施了申报工作。网上申报的受理时间为2024年10月31日9:00时至2024年11月4日9:00时。2024年11月4日09时起系统关闭,不再受理申报。',
      '2024年11月4日09时起系统关闭',
      { rates: [], deadlines: ['2024-11-04'] },
    ],
  ])('%s', (text, inClause, want) => {
    const c = clauses(text).find((x) => x.text.includes(inClause));
    expect(c && { rates: c.rates, deadlines: c.deadlines }).toEqual(want);
  });

  it('a title on a line of its own is no clause', () => {
    expect(clauses('关于印发支持制造业高质量发展若干措施的通知\n对新入规的工业企业给予每户一次性奖励10万元。').map((c) => c.text)).toEqual(['对新入规的工业企业给予每户一次性奖励10万元。']);
  });
});

describe('a year that opens a programme’s fund, no level named (programme fund)', () => {
  it.each([
    // 青海 海东 (qinghai-haidong-xiezuozijin.txt): an allocation notice
    ['现将江苏省追加的2018年东西部扶贫协作资金分配情况公告如下:', []],
    ['江苏省追加2018年东西部扶贫协作专项资金4000万元。', []],
    // a sum set for the year with a budget verb, or funds that must arrive, keep the year
    ['2023年全县拟安排资金19.56亿元。', ['2023']],
    ['2024年完成专项资金拨付。', ['2024']],
    ['2024年底前东西部协作资金全部拨付到位。', ['2024-12']],
  ])('%s', (s, want) => expect(deadlineRows(s, '2018-11-01')).toEqual(want));
});

describe('a page that lost its sentence ends, items after commas (comma-joined items)', () => {
  // 海南 澄迈 (hainan-chengmai-shenggui.txt): one line, the notice's items joined with commas and colons
  const text =
    '澄迈县工业信息化和科学技术局关于开展2023年澄迈县工业企业首次升规纳统奖励资金申报工作的通知各有关企业:根据《中共澄迈县委办公室澄迈县人民政府办公室关于印发〈澄迈县统筹疫情防控和提振经济工作方案〉的通知》(澄办字〔2022〕20号)要求,现就有关申报工作通知如下:一、奖励对象(一)在澄迈注册生产经营的工业企业,(二)申报单位于2022年首次升规纳入海南省统计,二、奖励标准对2022年首次升规并纳入统计部门联网直报的工业企业给予其管理团队10万元奖励,三、其他要求(一)奖励资金的申报在海南省惠企政策兑现服务系统上操作,(二)请符合条件的申报单位于6月16日前在系统中进行申报,附件:操作手册澄迈县工业信息化和科学技术局2023年6月14日(联系人:陈惠。';
  it.each([
    ['申报单位于2022年首次升规', ['2022']],
    ['给予其管理团队10万元奖励', ['2022']],
    ['于6月16日前在系统中进行申报', ['2023-06-16']],
  ])('%s', (inClause, want) => {
    const c = clauses(text).filter((x) => x.text.includes(inClause));
    expect(c.map((x) => x.deadlines)).toEqual([want]);
  });
  it('a line that keeps its sentence ends is not cut at a comma', () => {
    const t = '关于印发若干措施的通知\n对新认定的企业,分别给予一次性奖励100万元、30万元,(一)类企业另行奖励。其他企业按规定执行。\n';
    expect(clauses(t).map((c) => c.text)).toEqual(['对新认定的企业,分别给予一次性奖励100万元、30万元,(一)类企业另行奖励。', '其他企业按规定执行。']);
  });
});

describe('the span a goal word sets before what is to be done (goal span)', () => {
  it.each([
    // 山西 (shanxi-shanxisheng-tizhengxiaofei.txt)
    ['开展百行百业职业技能提升行动,通过市场引导和政府支持,力争3年组织各类培训240万人次以上。', ['relative']],
    ['争取两年实现全覆盖。', ['relative']],
    ['经过3年努力,培训240万人次。', ['relative']],
    // a year after the goal word is a year
    ['力争2025年实现全覆盖。', ['2025']],
    // a span after which something happens is no goal's span
    ['争取3年后再申报。', []],
  ])('%s', (s, want) => expect(deadlineRows(s, '2025-06-18')).toEqual(want));
});

describe('a cohort item with no 的 between the act and what it made (cohort item)', () => {
  it.each([
    // 浙江 宁波前湾 (zhejiang-qianwanxinqu-kejichuangxin.txt): 申报条件 of a call
    ['2022年度新认定区、市、省、国家级企业工程(技术)中心;', ['2022']],
    ['2022年新认定的国家级科技创新平台。', ['2022']],
    // the year's count of what is new, no act and no cohort: none
    ['2022年新增规上企业;', []],
  ])('%s', (s, want) => expect(deadlineRows(s, '2023-01-10')).toEqual(want));
});

describe('a meeting whose outcome the sentence reports (meeting reported)', () => {
  it.each([
    // 新疆 焉耆 (xinjiang-yanqi-xianjiezijin.txt)
    ['县委农村工作领导小组于5月30日组织各乡镇、各行业部门召开专题会议,对项目进行审核,现将审核意见反馈如下:', []],
    // a meeting set for later keeps its day
    ['定于5月30日召开专题会议,现将有关情况通知如下:', ['2025-05-30']],
    ['于5月30日前召开专题会议,现将审核意见反馈如下:', ['2025-05-30']],
  ])('%s', (s, want) => expect(deadlineRows(s, '2025-07-01')).toEqual(want));
});

describe('a year inside a township’s project name (township project)', () => {
  it.each([
    // 新疆 焉耆 (xinjiang-yanqi-xianjiezijin.txt)
    ['五号渠乡2025年小型水利建设项目346万元、北大渠乡北渠村五组蓄水池建设项目131万元。', []],
    ['各乡镇2025年完成项目建设。', ['2025']],
    ['永宁镇2025年建成项目3个。', ['2025']],
  ])('%s', (s, want) => expect(deadlineRows(s, '2025-07-01')).toEqual(want));
});

describe('the funds of a half year (period funds)', () => {
  it.each([
    // 山东 德州 (shandong-dezhouyunhe-xiaofeiji.txt)
    ['各区直单位工会将2020年上半年工会经费全部用于购买购物券作为福利发放给职工;', []],
    ['2020年上半年完成专项资金审核。', ['2020-01..2020-06']],
  ])('%s', (s, want) => expect(deadlineRows(s, '2020-04-01')).toEqual(want));
});

describe('a unit label that names supervising or assessing bodies (supervising label)', () => {
  const units = (text: string) => extractDocument(documentsOfPlainText(text)[0]).map((c) => c.units);
  it.each([
    // 四川 旌阳 (sichuan-jingyang-renwufenjie.txt) heads its unit column 监考单位; the note forms of other labels of the class
    ['关于印发若干措施的通知\n加强食品安全抽检。(督查单位:区政府督查室,监管单位:区市场监管局)\n', [['区政府督查室', '区市场监管局']]],
    ['关于印发若干措施的通知\n地区生产总值增长7%。(考核单位:区统计局)\n', [['区统计局']]],
    ['关于印发若干措施的通知\n地区生产总值增长7%。(监考单位:区发改局、区统计局)\n', [['区发改局', '区统计局']]],
  ])('%s', (text, want) => expect(units(text)).toEqual(want));
});

describe('a bar-drawn progress table: a period’s target column, a long report column, the excerpt’s cut last row (progress table)', () => {
  // 浙江 柯桥 (zhejiang-keqiao-minshengshishi.txt), shortened; its header names the report column at length
  const text =
    '发布时间:2023-11-16 16:38\n2023年度省政府民生实事涉我区工作任务一季度进展情况\n序号 | 工作任务 | 责任单位 | 一季度目标 | 进展情况、存在问题及下一步打算 | 目标完成情况 |\n1 | 新改扩建公办中小学校1所 | 教体局 | 室内安装、装修及场外施工 | 进展情况:场外工程完成70%。 | 顺利推进 |\n3 | 符合条件的义务教育段随迁子女在家长常住地100%保障入学 | 教体局 | 公布随迁子女入(转)学政策 | 进展情况:3月26日已公布随迁子女入(转)学政策。';
  const units = (t: string) => extractDocument(documentsOfPlainText(t)[0]).map((c) => [c.text, c.units, c.deadlines.map((d) => d.date)]);
  it('each task and target sentence with the row’s body, the target column’s quarter as its time', () => {
    expect(units(text)).toEqual([
      ['新改扩建公办中小学校1所', ['教体局'], []],
      ['室内安装、装修及场外施工', ['教体局'], ['2023-03']],
      ['符合条件的义务教育段随迁子女在家长常住地100%保障入学', ['教体局'], []],
      ['公布随迁子女入(转)学政策', ['教体局'], ['2023-03']],
    ]);
  });
});

describe('a record whose task field comes before its unit field (task field first)', () => {
  // 辽宁 大连 (liaoning-dalian-minshengshixiang.txt): 项目内容: / 责任单位: a record each item
  const text =
    '一、城市安居项目\n(一)启动首批配售型保障性住房建设\n项目内容:规划配售型保障性住房2170套,2024年启动首批项目建设。\n责任单位:市住房城乡建设局、市自然资源局,甘井子区政府。\n(二)实施12000平方米城市危房改造\n项目内容:启动实施12000平方米直管公房危房修缮改造工作。\n责任单位:市住房城乡建设局,中山区政府。\n';
  it('each clause is the field’s text with its record’s bodies', () => {
    expect(extractDocument(documentsOfPlainText(text)[0]).map((c) => [c.text, c.units])).toEqual([
      ['规划配售型保障性住房2170套,2024年启动首批项目建设。', ['市住房城乡建设局', '市自然资源局', '甘井子区政府']],
      ['启动实施12000平方米直管公房危房修缮改造工作。', ['市住房城乡建设局', '中山区政府']],
    ]);
  });
});

describe('a quantity bound in brackets after what it qualifies (bracketed bound)', () => {
  const quantities = (s: string) => extractValues(s, '2025-01-01').thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]);
  it.each([
    // 浙江 温州 (zhejiang-wenzhou-xiangcunzhenxing.txt)
    ['支持开设“瓯越鲜风”形象店、专营店、专营柜,对专营店(30平方米以上)连续两年每年分别补助10万元。', [[30, null, '平方米']]],
    ['对专营店(面积30平方米以上的)给予补助10万元。', [[30, null, '平方米']]],
    // a size in brackets with no grant after it is a description
    ['建设标准厂房(5000平方米以上)。', []],
  ])('%s', (s, want) => expect(quantities(s)).toEqual(want));
});

describe('bands of a quantity listed before one grant, each maybe marked (band list)', () => {
  const bands = (s: string) => extractValues(s, '2025-01-01').thresholds.map((t) => [t.metric, t.min ?? null, t.max ?? null, t.unit]);
  it.each([
    // 福建 思明 (fujian-siming-huizhan.txt, dev)
    ['展览面积6000-8000平方米(不含8000平方米)、8000-10000平方米(不含10000平方米)的,每届分别给予20万元、25万元奖补。', [['展览面积', 6000, 8000, '平方米'], ['展览面积', 8000, 10000, '平方米']]],
    ['展览面积6000-8000平方米的,每届给予20万元奖补。', [['展览面积', 6000, 8000, '平方米']]],
    // the same in land, another province's form
    ['用地面积10-50亩、50-100亩的,分别给予10万元、20万元奖励。', [['用地面积', 10, 50, '亩'], ['用地面积', 50, 100, '亩']]],
    // a span of years or a count of events is no band
    ['力争3-5年内建成。', []],
    ['每年组织3-5场活动,给予补助。', []],
  ])('%s', (s, want) => expect(bands(s)).toEqual(want));
});

describe('how long an applicant has worked in its field, and the day it is measured at (field duration)', () => {
  const held = (s: string) => extractValues(s, '2024-03-01').thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]);
  it.each([
    // 江苏 武进 (jiangsu-wujin-zhuanjingtexin.txt), and the national 专精特新 wording other provinces copy
    ['截至2023年末,从事特定细分市场一年半以上;', [[1.5, null, '年']], []],
    ['从事特定细分市场时间达到2年以上;', [[2, null, '年']], []],
    ['企业从事特定细分市场时间原则上达到2年以上。', [[2, null, '年']], []],
    // a 截至 day before a grant stays a deadline
    ['截至2024年6月30日,获评“全国示范步行街”的,再奖励300万元。', [], ['2024-06-30']],
  ])('%s', (s, thresholds, dates) => {
    expect(held(s)).toEqual(thresholds);
    expect(deadlineRows(s, '2024-03-01')).toEqual(dates);
  });
});

describe('a record of fields whose unit field names the body’s head, its period in a field of its own (record with head)', () => {
  // 河南 中原区 (henan-zhongyuan-xianjiezijin.txt)
  const text =
    '三、资金项目分配情况表\n大李村科文创加工项目\n实施地点:郑州市建设西路民悦街大李安置房6号楼东二楼。\n建设内容:车间建设及设备器材。\n资金预算:50万元\n建设期限:2023年6月5日-2023年12月31日\n项目实施单位及责任人:中原区乡村振兴局  李泽强\n';
  it('every field line takes the body, not the person, and the record’s period', () => {
    const got = extractDocument(documentsOfPlainText(text)[0]).map((c) => [c.text, c.units, c.deadlines.map((d) => d.date)]);
    expect(got).toContainEqual(['建设内容:车间建设及设备器材。', ['中原区乡村振兴局'], ['2023-12-31']]);
    expect(got).toContainEqual(['资金预算:50万元', ['中原区乡村振兴局'], ['2023-12-31']]);
    expect(got.flatMap((g) => g[1])).not.toContain('李泽强');
  });
});

describe('a limit in the year after a recurring event; a hedged bound after a grant’s sum (recurring limit, hedged span)', () => {
  it.each([
    // 山东省 (shandong-shandongsheng-daxueshengkeji.txt)
    ['奖励资金于大学生科技创新大赛次年5月底前拨付到各有关高校。', ['ongoing']],
    ['于次年3月底前完成申报。', ['ongoing']],
    // 海南省 (hainan-hainansheng-lvyouzhuanxiang.txt)
    ['对企业新增贷款当年产生的利息(续贷、展期视同新增)进行补贴,补贴金额不超过项目贷款实际支付的利息总额,且一般不超过两年;', ['relative']],
    // a bound on the applicant stays none
    ['企业成立时间,且一般不超过两年的企业。', []],
  ])('%s', (s, want) => expect(deadlineRows(s, '2020-05-27')).toEqual(want));
});

describe('an allocation table whose unit is on its title line; a bare sum before the document that allotted it (allocation forms)', () => {
  // 河南 瀍河 (henan-chanhe-xianjiezijin.txt)
  it('the money column takes the title line’s 万元', () => {
    const text =
      '三、财政衔接推进乡村振兴补助资金分配情况表\n瀍河回族区2024年第二批财政衔接推进乡村振兴补助资金分配情况表 单位:万元 | |||||\n序号 | 项目名称 | 建设地点 | 建设内容 | 投资规模 | 责任单位 |\n1 | “雨露计划”2024年春季学期职业教育培训补助项目 | 白马寺镇 | 对脱贫户、监测户职业教育培训进行补助。 | 9.45 | 农业农村局 |\n';
    const got = extractDocument(documentsOfPlainText(text)[0]).flatMap((c) => c.amounts.map((a) => a.yuan));
    expect(got).toEqual([94500]);
  });
  it.each([
    ['2024年市级财政衔接推进乡村振兴补助资金(巩固拓展脱贫攻坚成果和乡村振兴任务)剩余未分配资金48.5万(洛财农【2023】78号);', [485000]],
    // a count before a document's number stays a count
    ['培训人员48.5万(洛财农【2023】78号);', []],
  ])('%s', (s, want) => expect(extractValues(s, '2024-06-01').amounts.map((a) => a.yuan)).toEqual(want));
});

describe('a project table whose source-of-funds column a second header row splits, columns after it moved (split money column)', () => {
  // 湖北 大冶 (hubei-daye-xianjiezijin.txt), shortened to its columns' kinds; long column names as written
  const text =
    '附件:\n项目计划安排表\n单位:万元 | ||||||||||\n序号 | 乡镇 | 项目名称 | 建设内容 | 计划投入资金 | 资金来源 | 实施期限(年/月-年/月) | 联农带农富农利益联结机制 | 责任单位 | 责任人 | 备注 | |||\n中央衔接资金 | 省级衔接资金 | 省级财政资金 | 其他 资金 | ||||||||||\n合 计 | 3069.7 | 0 | 1000 | 500 | 1569.7 | ||||||||\n1 | 大箕铺镇 | 果蔬特色产业强链重点工程示范项目 | 蔬菜加工厂房建设,冷链设备采购。 | 3069.7 | 0 | 1000 | 500 | 1569.7 | 2024年6月到12月 | 土地流转、就业务工 | 大箕铺镇政府 | 张世磊 |\n';
  it('sums in yuan (a zero cell none), the unit and time columns found where the rows put them', () => {
    const got = extractDocument(documentsOfPlainText(text)[0]).filter((c) => c.amounts.length);
    expect(got.map((c) => c.amounts.map((a) => a.yuan))).toEqual([
      [30697000, 10000000, 5000000, 15697000],
      [30697000, 10000000, 5000000, 15697000],
    ]);
    expect(got[1].units).toEqual(['大箕铺镇政府']);
    expect(got[1].deadlines.map((d) => d.date)).toEqual(['2024-12']);
  });
});

describe('a unit field whose list is whole ends its line above a line that names no body (unit field end)', () => {
  it.each([
    // 河南 中原区 (henan-zhongyuan-xianjiezijin.txt): a record's last field, the page's contact lines under it
    ['大李村科文创加工项目\n建设内容:车间建设及设备器材。\n项目实施单位及责任人:中原区乡村振兴局  李泽强\n监督电话\n国务院扶贫办监督电话12317\n', [['中原区乡村振兴局']]],
    // a body's name the layout wrapped goes on (重庆 seed form: 区市场监 / 管局)
    ['关于印发若干措施的通知\n推进统一品牌形象建设。(责任单位:区经济信息委、区市场监\n管局)\n', [['区经济信息委', '区市场监管局']]],
  ])('%s', (text, want) => expect(extractDocument(documentsOfPlainText(text)[0]).filter((c) => c.units.length).map((c) => c.units).slice(0, 1)).toEqual(want));
});

describe('a kind alone after a group that 等 ended (kind after 等)', () => {
  it.each([
    // 浙江 北仑 (zhejiang-beilun-renwufenjie.txt)
    ['开发区开发建设综合局、区城市建设投资集团有限公司等部门、单位,大碶街道', ['开发区开发建设综合局', '区城市建设投资集团有限公司', '大碶街道']],
    ['区凤凰城建设指挥部、区国有资产管理中心等部门、单位', ['区凤凰城建设指挥部', '区国有资产管理中心']],
    // a level's group stays one unit (round 37)
    ['市发改委、市直有关部门、单位', ['市发改委', '市直有关部门、单位']],
  ])('%s', (s, want) => expect(splitUnitList(s, 0, false).map((u) => u.name)).toEqual(want));
});

describe('a raise of the standard a grant is paid at (standard raised)', () => {
  const values = (s: string) => {
    const v = extractValues(s, '2019-04-18');
    return { rates: v.rates.map((r) => r.value), thresholds: v.thresholds.map((t) => t.min ?? t.max) };
  };
  it.each([
    // 河南省 (henan-henansheng-nongchanpinjiagong.txt)
    ['对落户产业园并与其功能相关的产业项目,在规定标准上增加50%的奖励。', { rates: [0.5], thresholds: [] }],
    ['在原有奖励标准基础上上浮10%给予奖励。', { rates: [0.1], thresholds: [] }],
    // a growth the applicant must reach stays a condition
    ['对营业收入增加50%的企业给予奖励。', { rates: [], thresholds: [0.5] }],
  ])('%s', (s, want) => expect(values(s)).toEqual(want));
});

describe('a day without its year that starts something (yearless start)', () => {
  it.each([
    // 江苏省 展会 (jiangsu-jiangsusheng-maoyicujin.txt, traditional as the page writes it)
    ['“江蘇省展會扶持資金申報系統”將于4月8日起開放。', ['2025-04-08']],
    ['自4月8日起开放申报。', ['2025-04-08']],
    // an effective date and a window stay what they were
    ['自10月1日起施行。', ['effective']],
    ['自4月8日起至5月8日止。', ['2025-04-08..2025-05-08']],
    ['6月开始施工。', []],
  ])('%s', (s, want) => expect(deadlineRows(s, '2025-05-26')).toEqual(want));
});
