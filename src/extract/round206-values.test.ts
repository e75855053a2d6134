import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';
import { deadlinePairs, unitRows, valueTable } from './fixture-table.js';

// Round 206 (issue 9): listed rates sharing one base, a range whose lower end writes its own measure, the month a payment covers, the
// year a place was listed by a standard named between, and the calendar year a relief's span falls in.

describe('a percentage listed after the first with no base of its own shares the first\'s base (listed rates share a base)', () => {
  const bases = (s: string) => extractValues(s).rates.map((r) => [r.value, r.base ?? null]);
  it.each([
    // 四川 成华 (sichuan-chenghua-fangzubutie.txt)
    ['自企业注册之日起3年内年度经济贡献首次达到1000元/平方米(含)以上的,逐年按实际所支付房屋租金总额的100%、80%、60%给予3年补贴。', [[1, '实际所支付房屋租金总额'], [0.8, '实际所支付房屋租金总额'], [0.6, '实际所支付房屋租金总额']]],
    // form: a tax share's base
    ['按照当年实缴税款地方留成部分的50%、30%、20%给予奖励。', [[0.5, '当年实缴税款地方留成部分'], [0.3, '当年实缴税款地方留成部分'], [0.2, '当年实缴税款地方留成部分']]],
  ])('%s', (s, want) => expect(bases(s)).toEqual(want));
  it('valid: a percentage with its own base keeps it', () =>
    expect(bases('按设备投资额的10%、研发投入的20%给予补助。')).toEqual([[0.1, '设备投资额'], [0.2, '研发投入']]));
});

describe('a range whose lower end writes its own measure is one band (range with the measure at both ends)', () => {
  const bands = (s: string) => valueTable(s).thresholds;
  it.each([
    // 四川 成华 (sichuan-chenghua-fangzubutie.txt)
    ['自企业注册之日起3年内年度经济贡献首次达到500元/平方米(含)~1000元/平方米的,逐年按实际所支付房屋租金总额的80%给予补贴。', 500, 1000, '元/平方米'],
    // form: 至 between, and a per-mu price
    ['亩均税收达到10万元/亩至20万元/亩的企业,给予奖励。', 100000, 200000, '元/亩'],
  ])('%s', (s, min, max, unit) => expect(bands(s).map((t) => t.slice(1))).toEqual([[min, max, unit]]));
});

describe('the month whose benefit a payment covers is no limit (month a payment covers)', () => {
  it.each([
    // 上海 (shanghai-shanghaishi-jiagelinshibutie2020.txt)
    ['对本市城乡低保家庭成员、特困供养人员及享受因病支出型贫困家庭生活救助的对象发放2020年2月份价格临时补贴。', []],
    // form: a month's rent with its year, as 西城's month alone
    ['出租方减半收取其2022年2月份房租。', []],
    // valid: a month the payment is made in stays a limit
    ['2023年6月补贴资金下达到各区。', [['2023年6月', '2023-06']]],
    ['2023年6月份补贴发放到位。', [['2023年6月份', '2023-06']]],
  ])('%s', (s, want) => expect(deadlinePairs(s)).toEqual(want));
});

describe('a year a place was listed, a standard named between, and the year a relief\'s span falls in are none (relief year and listed area)', () => {
  it.each([
    // 四川 成华 (sichuan-chenghua-fangzubutie.txt), no notice date
    ['对非国有小微企业和个体工商户,若承租的上述房产位于2022年依据国家标准被划定为疫情中高风险地区范围内的,2022年减免6个月房租,其他区域减免3个月房租。', [['6个月', 'relative'], ['3个月', 'relative']]],
    ['对生产经营暂时有困难的非国有中型企业,2022年减免3个月房租;', [['3个月', 'relative']]],
    // valid: a year with no relief span after it is read
    ['2022年底前完成房租减免工作。', [['2022年底前', '2022-12']]],
  ])('%s', (s, want) => expect(deadlinePairs(s)).toEqual(want));
});

describe('a group\'s bracket listing the named bodies it includes is no part of its name (group remark without 含)', () => {
  it.each([
    // 浙江 湖州 (zhejiang-huzhou-zerenfenjie2023.txt)
    ['1.坚持并完善“第一议题”等学习制度,推动工作。\n责任单位:市政府办公室、市级其他有关单位、各区县政府(南太湖新区、长合区管委会)(列第一位的为工作牵头单位或汇总单位,下同)', [['市政府办公室', '市级其他有关单位', '各区县政府']]],
    // valid: a bracket of kind words is part of the group's name
    ['1.加快推进项目建设。(责任单位:市发展改革委、各县、区政府(管委会))', [['市发展改革委', '各县、区政府(管委会)']]],
    ['1.加快推进项目建设。(责任单位:县农业农村局、各镇(街道、园区))', [['县农业农村局', '各镇(街道、园区)']]],
  ])('%s', (s, want) => expect(unitRows(s)).toEqual(want));
});

describe('a relief\'s span after the relief given as a verb is its span, the thing relieved after it (relief verb given)', () => {
  it.each([
    // 广东 陆河 (guangdong-luhe-changfangzujin.txt)
    ['企业在成长为规模以上工业企业(主营业务收入达2000万元以上)后,减免一年厂房使用租金,次年主营业务收入同比增长10%以上的,继续给予减免一年厂房使用租金。', [['一年', 'relative'], ['一年', 'relative']]],
    // form: 给予免收, two years
    ['对入驻的企业给予免收两年厂房租金。', [['两年', 'relative']]],
    // valid: a grant with its object between stays unread (给予50年的土地出让年限)
    ['给予50年的土地出让年限。', []],
  ])('%s', (s, want) => expect(deadlinePairs(s, '2025-12-31').map((r) => [r[0], r[1]])).toEqual(want));
});
