import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments, extractValues } from './extract.js';

// Classes found on the dev notices of round 87 (twenty-first session: 黔西南, 内江, 云南省, 山东省 金融, 宿城, 浙江省 小麦, 泰州, 广州 物流, 太康,
// 商丘, 监利, 西城, 鄂尔多斯), each with the dev sentence that showed it (file named) and forms from other provinces.

const docsOf = (text: string) => documentsOfPlainText(text);
const clausesOf = (text: string) => extractDocuments(docsOf(text)).flat();
const unitsOf = (item: string) => clausesOf(`关于印发若干措施的通知\n一、主要任务\n${item}\n`).map((c) => c.units);
const amounts = (s: string) => extractValues(s).amounts.map((a) => [a.yuan, a.role]);
const bounds = (s: string) => extractValues(s).thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]);

describe('a line indented with several tabs is text, not a table cell (tab indent)', () => {
  it('西城 (beijing-xicheng-wenhuachanye.txt): a page run onto one indented line is read as items', () => {
    const text = '- \n\t\t\t\n\t\t\t\t\t\t\t\t  北京市西城区推动文化产业高质量发展的若干措施 为全面贯彻习近平文化思想,制定本措施。 第二条 鼓励企业、机构高效发展。 (一)鼓励符合全国文化中心建设产业导向的企业发展。对于首次获评国家级、市级文化产业相关荣誉称号的企业,按照荣誉级别和类别,给予不超过500万元奖励支持;对再次获评上述荣誉的企业,给予不超过100万元的奖励支持。';
    expect(clausesOf(text).flatMap((c) => c.amounts.map((a) => [a.yuan, a.role]))).toEqual([[5000000, 'cap'], [1000000, 'cap']]);
  });
  it('a reader\'s cell line (one tab, then its text) stays a cell', () => {
    const text = '某市项目表\n\n\t项目名称\n\t补助资金(万元)\n\n\t智能工厂改造\n\t50\n';
    expect(docsOf(text)[0].tables.length).toBe(1);
  });
});

describe('a sum\'s role from the words around it (amount roles, round 87)', () => {
  it.each([
    // 广州 (guangdong-guangzhou-wuliugongyinglian.txt): the year's sum shared pro rata is the programme's budget
    ['支持拓展航空货源腹地,专项扶持当年新设且实现安检前置的市外异地货站建设,每年补贴总额300万元,由符合条件的申请人按比例分配资金。', [[3000000, 'total']]],
    // 太康 (henan-taikang-minshengshishi.txt): a project's estimated investment is its goal
    ['启动支农路东延工程,全长1.38公里(西起团结路,东至东环路),投资概算1.45亿元,2020年启动,2021年6月30日前完成。', [[145000000, 'target']]],
    ['实施东环路闭合建设工程,估算投资1.5亿元。', [[150000000, 'target']]],
    // 宿城 (jiangsu-sucheng-shangshiguapai.txt): a figure reached in a 力争 sentence
    ['力争到2022年末,全区境内外上市企业数量达到3家,挂牌企业数量超过18家,新增资本市场股权融资额超过12亿元。', [[1200000000, 'target']]],
    // 云南省 (yunnan-yunnansheng-chuangyeyunnan.txt): loans a programme is to issue
    ['通过创业担保贷款扶持创业12万户以上,发放贷款240亿元以上,带动就业24万人以上。', [[24000000000, 'target']]],
    // stays: a sum per firm, a lender's condition
    ['对企业奖励总额为300万元。', [[3000000, 'fixed']]],
    ['对年发放贷款1亿元以上的银行给予奖励10万元。', [[100000, 'fixed']]],
  ])('%s', (s, want) => expect(amounts(s)).toEqual(want));
  it('the lender\'s condition stays a threshold', () => expect(bounds('对年发放贷款1亿元以上的银行给予奖励10万元。')).toEqual([[100000000, null, '元']]));
});

describe('a contest\'s or prize\'s rank before a grant bounds who gets it (contest rank)', () => {
  it.each([
    // 黔西南 (guizhou-qianxinan-rencaiyinjin.txt)
    ['国家自然科学奖、技术发明奖、科学技术进步奖一等奖前三位完成人、二等奖前两位完成人补贴 100 万元;', [[null, 3, '位'], [null, 2, '位']]],
    ['世界技能大赛入围者、中华技能大赛前 5名,补贴 20 万元;', [[null, 5, '名']]],
    // forms: 竞赛, 的 after the rank
    ['获得省级以上创新创业大赛前三名的项目,给予5万元奖励。', [[null, 3, '名']]],
    ['在全市职业技能竞赛中获得前10名的选手,每人奖励2000元。', [[null, 10, '名']]],
  ])('%s', (s, want) => expect(bounds(s)).toEqual(want));
  it('a contest named with no rank bounds nothing: 举办创新创业大赛,评选优秀项目10个。', () => expect(bounds('举办创新创业大赛,评选优秀项目10个。')).toEqual([]));
});

describe('whom a bound applies to: a large grower (applicant words)', () => {
  it.each([
    // 浙江省 (zhejiang-zhejiangsheng-xiaomaibaoxian.txt)
    ['种植面积10亩以上(含10亩)的种植大户可单独投保;', [[10, null, '亩']]],
    ['种植面积未达到10亩的农户,可以通过专业合作组织参加保险。', [[null, 10, '亩']]],
    // form
    ['存栏生猪500头以上的养殖大户,每户补助1万元。', [[500, null, '头']]],
  ])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('unit notes and actors (round 87)', () => {
  it.each([
    // 商丘 (henan-shangqiu-yunshujiegou.txt): 按职责推进实施 closes the first list
    ['1.加快重点项目建设。加快商合杭铁路(河南段)建设。\n责任单位:市铁路办、市发展改革委按职责推进实施,有关县(区)政府(管委会)负责落实', [['市铁路办', '市发展改革委', '有关县(区)政府(管委会)']]],
    // 监利 (hubei-jianli-renwufenjie.txt): township levels share the body named after them
    ['1.地区生产总值增长10%左右。(牵头单位:市发改局;责任单位:市统计局,各乡、镇人民政府,人民大垸、荒湖管理区,监利经济开发区)', [['市发改局', '市统计局', '各乡、镇人民政府', '人民大垸、荒湖管理区', '监利经济开发区']]],
    // 内江 (sichuan-neijiang-jiuyechuangye.txt, traditional): kinds of department an actor acts with are one unit
    ['(一)建立聯動機制。各級發展改革部門要會同人社、財稅、金融、經信等部門,建立評價機制。(市發展改革委、市統計局等負責,列第一位者為牽頭單位,下同)', [['各級發展改革部門', '人社、財稅、金融、經信等部門', '市發展改革委', '市統計局']]],
    // form: bodies named in full are each one
    ['(一)建立机制。市财政局要会同市税务局、市人社局等部门,做好资金保障。(责任单位:市财政局)', [['市财政局', '市税务局', '市人社局']]],
  ])('%s', (item, want) => expect(unitsOf(item)).toEqual(want));
});

describe('the head of a page: a garbled date line, a purpose sentence citing a body, a title repeated under the page\'s stamp', () => {
  it('监利 (hubei-jianli-renwufenjie.txt): a signing date with a garbled run after it is no deadline', () => {
    const text = '监利市人民政府办公室关于分解落实《政府工作报告》2022年重点工作的通知\n各乡、镇人民政府,市政府各部门:\n经市政府同意,现将2022年重点工作任务进行责任分解并印发给你们,请认真抓好贯彻落实。\n2021年11月22日????????\n一、主要预期目标\n1.地区生产总值增长10%左右。(牵头单位:市发改局)';
    expect(clausesOf(text).flatMap((c) => c.deadlines.map((d) => d.raw))).not.toContain('2021年11月22日');
  });
  it('云南省 (yunnan-yunnansheng-chuangyeyunnan.txt): a sentence opening on its purpose is no issuer and title', () => {
    const text = '“创业云南”建设三年行动计划\n为贯彻落实省人民政府关于创业云南建设要求,充分发挥创业创造财富、促进就业、引领创新作用,特制定本三年行动。\n一、主要目标\n力争到2026年,全省创业政策机制更加健全。';
    expect(docsOf(text).length).toBe(1);
  });
  it('云南省: the title repeated under the page\'s stamp, its period on a line of its own, gives the term to the body\'s first clause', () => {
    const text = '《“创业云南”建设三年行动计划(2024—2026年)》\n2024-11-15 17:27\n“创业云南”建设三年行动计划\n(2024—2026年)\n为贯彻落实省人民政府关于创业云南建设要求,特制定本三年行动。\n一、主要目标\n力争到2026年,全省创业政策机制更加健全。';
    expect(clausesOf(text).map((c) => [c.text.slice(0, 6), c.deadlines.map((d) => d.raw)])).toEqual([
      ['为贯彻落实省', ['2024—2026年']],
      ['力争到202', ['到2026年']],
    ]);
  });
});
