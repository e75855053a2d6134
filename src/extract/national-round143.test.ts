import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';
import { deadlinePairs, unitRows } from './fixture-table.js';

// Classes from round 143 of the national development set (issue 9).
// Sentences are real, from the dev notice named in the comment; "form" marks one written from the class.

const docs = (text: string) => documentsOfPlainText(text);

describe('a span is a short number, never a year (延续实施2021年底… is no span of 2021 years: span not a year)', () => {
  it.each([
    // 温州 2022 (zhejiang-wenzhou-shukunjianfu.txt)
    // (…and the year's end a policy expires at is due though the notice is later, ANNOTATION round 76)
    ['延续实施2021年底到期的支持小微企业和个体工商户的减税降费措施,完善研发费用加计扣除政策,加大增值税留抵退税力度,促进制造业企业科技创新和更新改造。', [['2021年底', '2021-12']]],
    // valid: a deferral's span
    ['部分税费延缓缴纳政策延续实施6个月。', [['延续实施6个月', 'relative']]],
  ] as [string, unknown][])('%s', (s, want) => expect(deadlinePairs(s, '2022-01-30')).toEqual(want));
});

describe('a relief’s object between the relief and its span is read as words, not characters (免征农业特产税3年: relief object words)', () => {
  it.each([
    // 贵州省 1998 (guizhou-guizhousheng-fangkuanzhengce.txt): 产 alone is no 投产
    ['在非耕地上开发应税农业特产品,从取得收入的当年起免征农业特产税3年。', [['3年', 'relative']]],
    ['外商及外省投资企业利用非耕地资源兴办农业开发项目,从取得收入的当年起免征农业税3至5年,具体适用年限由同级财政部门确定;', [['3至5年', 'relative']]],
    // valid: a figure the applicant has reached stays none
    ['对投产满3年的企业给予奖励', []],
  ] as [string, unknown][])('%s', (s, want) => expect(deadlinePairs(s, '1998-01-24')).toEqual(want));
});

describe('the five-year plans before the 十一五, in quotes, are periods too (“九五”期间: older plan period)', () => {
  it.each([
    // 云南省 1996 (yunnan-yunnansheng-hengxianglianhe.txt)
    ['“九五”期间,省财政每年拿出3000万元,建立1.5亿元横向经济联合与协作专项基金,主要用于重大联合协作项目贷款的贴息或扶持效益好的联合协作项目。', '1996-09-13', [['“九五”期间', '2000']]],
    // 开封 2005 (henan-kaifeng-fenjieluoshi.txt): the plan's end, that year
    ['全面完成“十五”末高速公路通车里程目标;', '2005-03-01', [['“十五”末', '2005']]],
    // valid: 十五 unquoted is a count
    ['本办法共十五条,自发布之日起施行。', '2005-03-01', [['自发布之日起施行', 'effective']]],
  ] as [string, string, unknown][])('%s', (s, date, want) => expect(deadlinePairs(s, date)).toEqual(want));
});

describe('a term written right after its name, no 为, and terms shared with 均 are relative spans (term without 为)', () => {
  it.each([
    // 温州 2022 (zhejiang-wenzhou-shukunjianfu.txt)
    ['缓缴自2021年11月1日起实施,延缓期限3个月。', [['自2021年11月1日起实施', '2021-11-01'], ['3个月', 'relative']]],
    // 杭州 2020 (zhejiang-hangzhou-fugongfuchan.txt, traditional)
    ['對受疫情影響、繳存住房公積金確有困難的企業,可申請降低住房公積金繳存比例最低至3%,或申請緩繳住房公積金,期限均不超過12個月。', [['不超過12個月', 'relative']]],
    // form
    ['贴息期限1年。', [['1年', 'relative']]],
  ] as [string, unknown][])('%s', (s, want) => expect(deadlinePairs(s, '2022-01-30')).toEqual(want));
});

describe('a day before which a published rate is read names the rate, no limit (published rate day)', () => {
  it.each([
    // 大连 (liaoning-dalian-waimaotizhi.txt): the loans' window stays
    ['对我市2022年出口额5000万元人民币(含)以上的企业在2022年度发生的银行贷款(计算时间为2022年1月1日零时起至2022年12月31日24时止)产生的利息给予支持(扶持利息按照贷款合同约定的实际利率计算。实际利率高于2022年12月31日前中国人民银行公布的最近一期人民币一年期贷款市场报价利率(LPR)的,按照2022年12月31日前中国人民银行公布的最近一期人民币一年期贷款市场报价利率(LPR)计算)。', [['2022年1月1日零时起至2022年12月31日', '2022-12-31']]],
    // valid: a limit for filing stays
    ['请于2022年12月31日前报送材料。', [['于2022年12月31日前', '2022-12-31']]],
  ] as [string, unknown][])('%s', (s, want) => expect(deadlinePairs(s, '2024-06-01')).toEqual(want));
});

describe('near years restated in a bracket, remarks before the bounded figure, are the span measured (near years with remarks)', () => {
  it.each([
    // 中山 (guangdong-zhongshan-kuajingshifansheng.txt)
    ['(4)园区入驻企业近一年(即2022年7月1日至2023年6月30日)跨境电商交易总额(包含第三方平台和独立站交易数据)1亿元以上,其中海关监管数据占比不低于50%。', []],
    // valid: near years before a grant's span stay none too; a window the act falls in stays a deadline
    ['对2022年7月1日至2023年6月30日新认定的企业给予10万元奖励。', [['2022年7月1日至2023年6月30日', '2023-06-30']]],
  ] as [string, unknown][])('%s', (s, want) => expect(deadlinePairs(s, '2023-07-25')).toEqual(want));
});

describe('a year a condition item opens, its bounded figure after any measure, is the period measured (listed period measured)', () => {
  const deadlines = (text: string) => docs(text).flatMap((d) => extractDocument(d)).flatMap((c) => c.deadlines.map((x) => x.raw));
  it.each([
    // 东莞 2022 (guangdong-dongguan-kuajingzongshiqu.txt)
    ['通知\n1、对使用独立站开展跨境电子商务业务的中小型企业,需满足以下条件:\n(1)在东莞注册登记的跨境电商企业;\n(3)2022年该企业独立站年度业务规模达到10万美元或以上。\n', []],
    ['通知\n3、对第三方服务机构或企业,需满足以下条件:\n(3)2022年该企业年度服务相关独立站企业达20家或以上且服务质量优良。\n', []],
    // valid: outside a list of conditions the same words set the year's goal
    ['通知\n2022年全市独立站年度业务规模达到10亿美元以上。\n', ['2022年']],
  ] as [string, unknown][])('%s', (text, want) => expect(deadlines(text)).toEqual(want));
});

describe('the period whose earnings a relief defers names the taxes, no limit (period of the taxes earned)', () => {
  it.each([
    // 温州 2022 (zhejiang-wenzhou-shukunjianfu.txt)
    ['对制造业中小微企业(含个人独资企业、合伙企业、个体工商户)在2021年度第四季度实现的企业所得税、个人所得税(代扣代缴除外)、国内增值税、国内消费税及其附征的城市建设维护税、教育费附加、地方教育附加,按规定享受税费延缓缴纳。', []],
    // valid: a window an act falls in stays
    ['对2022年1-3月份承租国有房屋的企业,依申请给予租金减免20%。', [['2022年1-3月份', '2022-03']]],
  ] as [string, unknown][])('%s', (s, want) => expect(deadlinePairs(s, '2022-02-07')).toEqual(want));
});

describe('the year a call turns to with 现就 names the round, not a limit; a report’s tasks it hands down keep the year (现就 round call)', () => {
  it.each([
    // 中山 (guangdong-zhongshan-kuajingshifansheng.txt): the cited title's year is none too
    ['为推进跨境电商示范省建设,推动跨境电商高质量发展,根据《广东省商务厅关于做好2024年省级促进经济高质量发展专项资金(跨境电商示范省建设事项)申报入库工作的通知》(粤商务电函〔2023〕113号),现就2024年跨境电商示范省建设事项项目入库工作通知如下:', []],
    // valid: 黑龙江省 2013 (heilongjiang-heilongjiangsheng-zerenfengong.txt)
    ['按照省委经济工作会议的部署和省政府第一次常务会议的要求,现就2013年《政府工作报告》确定的重点工作任务提出责任分工意见如下:', [['2013年', '2013']]],
  ] as [string, unknown][])('%s', (s, want) => expect(deadlinePairs(s, s.includes('2013年') ? '2013-02-20' : '2023-07-25')).toEqual(want));
});

describe('a newly formed platform’s year is its cohort’s window, as a newly certified one’s is (formed cohort)', () => {
  const deadlines = (text: string) => docs(text).flatMap((d) => extractDocument(d)).flatMap((c) => c.deadlines.map((x) => [x.raw, x.date]));
  it('郑州 (henan-zhengzhou-gaonengjipingtai.txt)', () =>
    expect(deadlines('关于组织申报2025年郑州市高能级科技创新平台奖补资金的通知\n一、申报范围及对象\n(一)申报范围\n2024年新组建或获得批复的在郑高能级科技创新平台。\n')).toEqual([['2024年', '2024']]));
});

describe('a mark a note sets before bodies, explained in the note (标*为牵头单位), is no part of their names and makes them lead (marked leads)', () => {
  it('温州 2022 (zhejiang-wenzhou-shukunjianfu.txt)', () =>
    expect(
      unitRows('1.实施一季度租金减免。依申请给予租金减免20%。(责任单位:*市国资委、*市财政局、市机关事务管理局、市住建局、市交通运输局等,各区政府;标*为牵头单位,下同)\n'),
    ).toEqual([['市国资委', '市财政局', '市机关事务管理局', '市住建局', '市交通运输局', '各区政府']]));
  it('the marked bodies lead', () => {
    const units = docs('1.实施一季度租金减免。依申请给予租金减免20%。(责任单位:*市国资委、*市财政局、市住建局;标*为牵头单位,下同)\n')
      .flatMap((d) => extractDocument(d))
      .flatMap((c) => c.units.map((u) => [u, c.lead.includes(u)]));
    expect(units).toEqual([['市国资委', true], ['市财政局', true], ['市住建局', false]]);
  });
});

describe('a ceiling whose side below is left out, no applicant named, is a floor (left out, no applicant)', () => {
  const bounds = (s: string) => extractValues(s).thresholds.map((t) => [t.min, t.max, t.unit]);
  it.each([
    // 大连 (liaoning-dalian-waimaotizhi.txt)
    ['单户企业支持上限为50万元人民币,应贴息金额低于5万元人民币的不列入贴息范畴。', [[50000, undefined, '元']]],
    // form
    ['项目投资低于500万元的不予支持。', [[5000000, undefined, '元']]],
    // valid: a cap is no condition
    ['单户企业补助最高不超过50万元。', []],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});
