import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { isSignedLine, issuerBeforeAbout } from './metadata.js';

// Metadata classes from round 137 of the national development set (issue 9). Sentences are real, from the dev notice named in the
// comment; "form" marks one written from the class.
const doc = (text: string) => documentsOfPlainText(text)[0];

describe('marks of characters a page lost after the signing date are no part of it: the body over it signs (lost marks)', () => {
  it.each([
    // 兴庆 (ningxia-xingqing-fuwuye.txt), traditional: full-width spaces an encoding turned to ? ?
    ['現將《興慶區關于扶持服務業發展的意見(征求意見稿)》廣泛征求社會各界意見和建議,并于7月25日前送至興慶區人民政府辦公室。\n聯 系 人:馬粼源\n聯系電話:6736100\n銀川市興慶區政府辦公室\n2019年6月25日? ?\n???\n興慶區關于扶持服務業發展的意見(征求意見稿)\n為推進興慶區服務業大發展,制定本意見。\n', '銀川市興慶區政府辦公室'],
    // form: the marks full-width, run together
    ['现将《兴庆区关于扶持服务业发展的意见》印发给你们,请认真贯彻执行。\n银川市兴庆区人民政府办公室\n2019年6月25日？？\n兴庆区关于扶持服务业发展的意见\n为推进服务业发展,制定本意见。\n', '银川市兴庆区人民政府办公室'],
  ])('%s', (text, issuer) => {
    const d = doc(text);
    expect(d.issuer).toBe(issuer);
    expect(d.date).toBe('2019-06-25');
  });
});

describe('a two-character county right after the verb of a purpose the notice sets is its place (purpose place)', () => {
  it.each([
    // 嵩县 (henan-songxian-minsu.txt), traditional
    ['為加快推進嵩縣精品民宿建設步伐,促進全域旅游產業轉型升級,實現全域旅游發展目標,出臺獎補扶持精品民宿發展措施\n獎補原則\n(一)規劃先行。發展建設精品民宿,必須堅持“規劃先行,統籌兼顧,協調發展”的指導原則。\n', '嵩县'],
    // form: 促进 before the county
    ['为促进沛县食品产业发展,制定以下措施。\n一、对新建项目给予奖励。\n', '沛县'],
    // valid: a level's word the name's last character opens (推进高县域…) names no county
    ['为加快推进高县域经济发展,制定以下措施。\n一、对新建项目给予奖励。\n', undefined],
  ])('%s', (text, region) => expect(doc(text).region).toBe(region));
});

describe('a body’s name over the site’s breadcrumb is the site’s masthead: the title names the body that issues (masthead over a crumb)', () => {
  // 雁江 (sichuan-yanjiang-fengongfangan.txt)
  const text =
    '雁江区同城化发展工作局\n政府信息公开\n当前位置:首页 > 雁江区同城化发展工作局 > 法定主动公开内容 > 政策文件 > 其他文件\n资阳市雁江区全面融入成渝地区双城经济圈建设暨推进同城化发展领导小组办公室关于印发《资阳市雁江区贯彻落实〈成都都市圈发展规划〉重点任务责任分工方案》\n发布时间:2022-04-09   录入:雁江区同城化发展工作局\n\n经区双圈暨同城化领导小组办公室同意,现将《资阳市雁江区贯彻落实〈成都都市圈发展规划〉重点任务责任分工方案》印发你们,请结合实际认真贯彻落实。\n';
  it('the issuer is the title’s body', () => expect(doc(text).issuer).toBe('资阳市雁江区全面融入成渝地区双城经济圈建设暨推进同城化发展领导小组办公室'));
});

describe('a long body’s name before 关于 starts at its place up to 40 characters back (long body before 关于)', () => {
  it.each([
    // 雁江 (sichuan-yanjiang-fengongfangan.txt)
    ['资阳市雁江区全面融入成渝地区双城经济圈建设暨推进同城化发展领导小组办公室关于印发《资阳市雁江区贯彻落实〈成都都市圈发展规划〉重点任务责任分工方案》', '资阳市雁江区全面融入成渝地区双城经济圈建设暨推进同城化发展领导小组办公室'],
    // 嘉善 (zhejiang-jiashan-qiancunwanzheng.txt): a task force's office
    ['嘉善县实施县城承载能力提升和深化“千村示范、万村整治”工程工作专班办公室关于印发《…》的通知', '嘉善县实施县城承载能力提升和深化“千村示范、万村整治”工程工作专班办公室'],
  ])('%s', (line, issuer) => expect(issuerBeforeAbout(line)).toBe(issuer));
});

describe('a signature with its date on one line is a line of its own under a line that closes no sentence (signed line)', () => {
  it.each([
    // 青田 (zhejiang-qingtian-lvsefazhan.txt): under an attachment's file name, a page's | below it
    ['各有关单位: 根据文件要求,现将资金下达给你。请收到文件后及时办理资金报账,确保专款专用。 附件:青田县农业绿色发展先行示范项目资金拨付表附件.xlsx\n青田县农业农村局 青田县财政局 2021 年 8 月 13 日\n|', '青田县农业农村局青田县财政局', '2021-08-13'],
    // form: one body, 中共 opening it
    ['现将方案印发给你们,请认真贯彻执行。附件:任务分工表.docx\n中共青田县委办公室 2021年8月13日\n', '中共青田县委办公室', '2021-08-13'],
  ])('%s', (text, issuer, date) => {
    const d = doc(text);
    expect(d.issuer).toBe(issuer);
    expect(d.date).toBe(date);
  });
  // valid: a sentence's words before a date are no signature (the body opens with no place)
  it('资金由财政局2021年8月13日前拨付 is no signed line', () => expect(isSignedLine('资金由财政局2021年8月13日')).toBe(false));
});

describe('an office named by its short name (督查办, 金融办) ends a body before 关于 (short office)', () => {
  it.each([
    // 沙坪坝 (chongqing-shapingba-shangbanniantuijin2022.txt)
    ['重庆市沙坪坝区人民政府督查办关于2022年区政府工作报告重点任务上半年推进情况的报告', '重庆市沙坪坝区人民政府督查办'],
    // form: a city's finance office
    ['昆明市金融办关于组织申报2024年企业上市奖励的通知', '昆明市金融办'],
  ])('%s', (line, issuer) => expect(issuerBeforeAbout(line)).toBe(issuer));
});

describe('a service page’s policy field naming one document names its issuer, where nothing else does (policy field)', () => {
  it.each([
    // 云阳 (chongqing-yunyang-wenlvpinpai.txt)
    ['支持文化旅游品牌创建。新创建成功的国家2A、3A、4A、5A级旅游景区给予不超过1000万元的一次性奖励。\n政策来源:《云阳县人民政府办公室关于印发云阳县文化旅游品牌奖励扶持办法的通知》(云阳府办规〔2021〕2号)\n办理期限:每年1次。\n', '云阳县人民政府办公室'],
    // valid: a compilation naming the documents of several bodies names none of them
    ['一、降低用电成本。\n政策依据:《重庆市发展和改革委员会关于实施阶段性降低用电成本措施的通知》\n二、减免房租。\n政策依据:《重庆市国有资产监督管理委员会关于减免房租的通知》\n', undefined],
  ])('%s', (text, issuer) => expect(doc(text).issuer).toBe(issuer));
});
