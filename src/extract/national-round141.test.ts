import { describe, expect, it } from 'vitest';
import { deadlinePairs, valueRows } from './fixture-table.js';

// Classes from round 141 of the national development set (issue 9).
// Sentences are real, from the dev notice named in the comment; "form" marks one written from the class.

const bounds = (s: string) => valueRows(s).thresholds;

describe('a date or window bounding who was born (…出生的, …之后符合政策生育二孩) is a condition, no deadline (birth window)', () => {
  it.each([
    // 沙市区 (hubei-shashi-shengyubutie.txt): the filing limit after it stays
    ['2023年7月24日零时至2024年6月2日出生的新生儿家庭,申报时限至2025年6月2日截止;', [['至2025年6月2日', '2025-06-02']]],
    ['2024年6月3日零时之后出生的新生儿家庭,在新生儿出生1年内申报。', [['1年内', 'relative']]],
    // 兴县 (shanxi-xingxian-shengyubutie.txt, traditional)
    ['2.2025年1月1日之后(包含1月1日)符合政策生育一孩、二孩、三孩的家庭。', []],
    // valid: a window with its hours, nobody born in it
    ['活动时间为2025年1月1日零时至2025年1月31日24时', [['2025年1月1日零时至2025年1月31日', '2025-01-31']]],
  ] as [string, unknown][])('%s', (s, want) => expect(deadlinePairs(s, '2024-06-13')).toEqual(want));
});

describe('a quantity’s ceiling written as who is left out sets a floor, as a sum’s does (left out below)', () => {
  it.each([
    // 沙市区 (hubei-shashi-tuoyubuzhu.txt)
    ['在托时间不足30天的婴幼儿,不予发放。', [[30, undefined, '天']]],
    // valid: a band of those counted together, nobody left out
    ['在托时间超过30天、不足3个月的婴幼儿,可将各婴幼儿在托时间合并计算;', [[30, undefined, '天'], [undefined, 3, '个月']]],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('a bound inside a cited title names that document, no one the notice is for (bound in a title)', () => {
  it.each([
    // 沙市区 (hubei-shashi-tuoyubuzhu.txt)
    ['省级示范性托育机构创建按照《湖北省 3 岁以下婴幼儿照护服务省级示范性机构创建工作方案》(鄂卫办通〔2022〕55号)要求执行。', []],
    // valid: the same age outside a title
    ['每个3岁以下婴幼儿一年内核算一次。', [[undefined, 3, '岁']]],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('an age with 以内 is a ceiling, as 以下 is; a span’s 以内 stays a time limit (age within)', () => {
  it.each([
    // 兴县 (shanxi-xingxian-shengyubutie.txt, traditional)
    ['當年未申報的,原則上可在該孩子三周歲以內申請補發,逾期未申請的視為放棄。', [[undefined, 3, '周岁']]],
    // form
    ['3周岁以内的婴幼儿', [[undefined, 3, '周岁']]],
    // valid
    ['成立时间在3年以内的企业', []],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('a band joined by a dash, its top closed by 以内, is one band (dash band within)', () => {
  it.each([
    // 龙华区 (hainan-longhuaqu-qichexiaofei.txt)
    ['第一档,购车发票(含税)金额为10万元(含10万元)以上-20万元(含20万元)以内,补贴325辆,补贴标准为燃油乘用车新车补贴3000元/辆,新能源乘用车新车补贴4000元/辆;', [[100000, 200000, '元']]],
    ['第二档,购车发票(含税)金额为20万元(不含20万元)以上-30万元(含30万元)以内的,补贴325辆,补贴标准为燃油乘用车新车补贴5000元/辆,新能源乘用车新车补贴6000元/辆;', [[200000, 300000, '元']]],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('a size of growth points counted after it is a floor, as other counted things’ are (counted growth points)', () => {
  // 下陆区 (hubei-xialuqu-gongzuojihua.txt)
  it('实现新增产值2000万以上工业增长点7个', () => {
    expect(bounds('实现新增产值2000万以上工业增长点7个;')).toEqual([[20000000, undefined, '元']]);
    expect(valueRows('实现新增产值2000万以上工业增长点7个;').amounts).toEqual([]);
  });
});

describe('an internship’s term, a range of months, is a relative period (internship term)', () => {
  it.each([
    // 长治 (shanxi-changzhi-jiuyejianxi.txt, traditional)
    ['就業見習期限為3—12個月,最長不超過12個月。', [['3—12個月', 'relative'], ['最長不超過12個月', 'relative']]],
    // form: simplified, one figure
    ['就业见习期限为6个月。', [['6个月', 'relative']]],
  ] as [string, unknown][])('%s', (s, want) => expect(deadlinePairs(s, '2025-04-09')).toEqual(want));
});

describe('a year an act must fall in stays a window with a place after it, a project carried out, or the grant far on (window act)', () => {
  it.each([
    // 昌平 (beijing-changping-xianjinzhizao.txt)
    ['对2023年新获批北京市产业创新中心、企业技术中心、高精尖产业设计中心、工程研究中心、智能制造标杆称号等资质的企业,新获得绿色工厂、绿色供应链管理体系、单项冠军示范企业、单项冠军产品相关认证的企业,给予50万元一次性奖励。', [['2023年', '2023']]],
    ['对2023年度与科研院所、高校开展产业链协同创新合作项目且创新项目合同额大于500万元的企业,按照企业实际支付研发费用(发票)的20%给予奖励,最高不超过200万元。', [['2023年度', '2023']]],
    // valid: a project's name its place and year open (偃师 form, round 96)
    ['2022年偃师区大口镇董村道路提升项目', []],
  ] as [string, unknown][])('%s', (s, want) => expect(deadlinePairs(s, '2024-01-31')).toEqual(want));
});

describe('the year of the plans a lead-in hands down, written 年度, is that year (plans handed down)', () => {
  it.each([
    // 松阳 (zhejiang-songyangxian-touzijihua.txt)
    ['为全面贯彻落实县委、县政府决策部署,确保高质量完成2025年固定资产投资目标任务,现将2025年度各单位固定资产投资计划、县重点及重大前期项目计划下达如下:', [['2025年', '2025'], ['2025年度', '2025']]],
  ] as [string, unknown][])('%s', (s, want) => expect(deadlinePairs(s, '2025-04-23')).toEqual(want));
});
