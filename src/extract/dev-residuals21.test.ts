import { describe, expect, it } from 'vitest';
import { isParagraphEnd } from '../ingest/clean.js';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDeadlines } from './deadlines.js';
import { extractDocuments, extractValues } from './extract.js';

// Classes found on the dev notices added in the twenty-first session (round 86: 南通, 南京, 浙江省, 杭州, 北京, 广东省, 河南省, 十堰, 开封,
// 辽宁省, 中卫), each with the dev sentence that showed it (file named) and forms from other provinces.

/** The clauses of a text read as a notice. */
const clausesOf = (text: string) => extractDocuments(documentsOfPlainText(text)).flat();
const unitsOf = (item: string) => clausesOf(`关于印发若干措施的通知\n一、主要任务\n${item}\n`).map((c) => c.units);

describe('a note with a bracket inside it still ends its paragraph (nested note bracket)', () => {
  it.each([
    // 浙江省 (zhejiang-zhejiangsheng-fuhuaqi.txt): an unnumbered heading below such a note is no wrap of it
    ['…持续擦亮“全球创新、浙里孵化”金名片。(责任单位:省经信厅,相关工作均需各市、县〔市、区〕政府推进,不再单独列出)', '统筹空间规划布局'],
    // forms: another bracket shape inside and outside
    ['…加快建设。（责任单位：市发展改革委、各县（市、区）政府）', '强化要素保障'],
    ['…加快建设。【牵头单位：市商务局；配合单位：各区〔县〕政府】', '优化营商环境'],
  ])('%s | %s', (p, n) => expect(isParagraphEnd(p, n)).toBe(true));
});

describe('a note sentence opened by 相关工作均需 names bodies for every measure (standing bodies)', () => {
  it.each([
    // 浙江省 (zhejiang-zhejiangsheng-fuhuaqi.txt): 推进 closes the bodies as 落实 does
    [
      '1.坚持规划先行,将孵化器建设纳入各地发展规划。(责任单位:省经信厅,相关工作均需各市、县〔市、区〕政府推进,不再单独列出)\n2.支持各地聚焦主导产业统筹建设一批孵化器。(责任单位:省经信厅、省商务厅)',
      [['省经信厅', '各市、县〔市、区〕政府'], ['省经信厅', '省商务厅', '各市、县〔市、区〕政府']],
    ],
    // form: 相关任务均由…落实
    [
      '1.推进数字化改造。(责任单位:市经信局;相关任务均由各区人民政府落实,以下不再列出)\n2.培育专精特新企业。(责任单位:市科技局)',
      [['市经信局', '各区人民政府'], ['市科技局', '各区人民政府']],
    ],
  ])('%s', (items, want) => expect(unitsOf(items)).toEqual(want));
});

describe('bodies that end in an office, a customs branch or a bureau section (body endings)', () => {
  it.each([
    // 广东省 (guangdong-guangdongsheng-jiagongmaoyi.txt, traditional characters): a customs 分署 in an unlabelled note
    ['1.推動海關、檢驗檢疫等監管政策創新,積極發展生產性服務業。(省外經貿廳、科技廳,海關廣東分署,廣東、深圳、珠海檢驗檢疫局。列為首位的為牽頭單位,其余為參與單位,下同)', [['省外經貿廳', '科技廳', '海關廣東分署', '廣東、深圳、珠海檢驗檢疫局']]],
    // 十堰 (hubei-shiyan-sannong.txt): a bureau's section, then a group and 科室 that share one name
    ['1.加强技术培训和指导服务,落实田间管理措施,夯实粮油丰收基础。(责任单位:种植业科、粮食安全责任制考核有关单位、科室)', [['种植业科', '粮食安全责任制考核有关单位、科室']]],
    // forms: sections and 股, 处室
    ['1.做好项目储备。(责任单位:规划科、财务股,局属各处室)', [['规划科', '财务股', '局属各处室']]],
    ['1.加强口岸监管。(责任单位:海关总署广东分署、市商务局)', [['海关总署广东分署', '市商务局']]],
  ])('%s', (item, want) => expect(unitsOf(item)).toEqual(want));
  it.each([
    // a subject or a share is no body
    ['1.加强学科建设,支持本科院校。(责任单位:市教育局)', [['市教育局']]],
  ])('%s', (item, want) => expect(unitsOf(item)).toEqual(want));
});

describe('具体 before a duty word is no part of the last body (duty adverb)', () => {
  it.each([
    // 开封 (henan-kaifeng-daqigongjian.txt)
    ['1.依法依规淘汰落后低效产能。加快落后生产工艺装备淘汰退出。(市工业和信息化局、市发展改革委、市生态环境局按职责分工负责,各县区政府、城乡一体化示范区管委会具体落实)', [['市工业和信息化局', '市发展改革委', '市生态环境局', '各县区政府', '城乡一体化示范区管委会']]],
    // form: 具体负责, 具体实施
    ['1.推进老旧小区改造。(市住建局牵头,各区政府具体负责)', [['市住建局', '各区政府']]],
  ])('%s', (item, want) => expect(unitsOf(item)).toEqual(want));
});

describe('a goal figure in another currency is no condition (foreign goal)', () => {
  const values = (s: string) => {
    const v = extractValues(s);
    return { amounts: v.amounts.length, thresholds: v.thresholds.map((t) => [t.min ?? null, t.unit]) };
  };
  it.each([
    // 广东省 (guangdong-guangdongsheng-jiagongmaoyi.txt)
    ['2013-2015年,全省加工贸易深加工结转总额力争达到1800亿美元。'],
    // forms: 到…年 and 目标
    ['到2025年,全市实际利用外资达到30亿美元。'],
    ['目标:外贸进出口总额突破100亿美元。'],
  ])('%s', (s) => expect(values(s)).toEqual({ amounts: 0, thresholds: [] }));
  it.each([
    // a bound on the applicant stays one, and a standard per unit
    ['对进出口额达到1000万美元的企业给予10万元奖励。', [[10000000, '美元']]],
    ['投资强度不低于100万元/亩。', [[1000000, '元/亩']]],
  ])('a condition still: %s', (s, want) => expect(values(s).thresholds).toEqual(want));
});

describe('a score bound before whoever meets it, after a comma, is a condition (met bound)', () => {
  const bounds = (s: string) => extractValues(s).thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]);
  it.each([
    // 北京 (beijing-beijingshi-shangquanpinzhi.txt)
    ['由北京市商务局组织专家评定总得分95分(含)以上,对符合条件的更新提升型商业步行街单个项目奖励资金不超过200万元;', [[95, null, '分']]],
    // forms: 经认定符合条件的, 满足要求的
    ['经第三方机构评审得分80分以上,经认定符合条件的,给予一次性奖励10万元。', [[80, null, '分']]],
    ['年接待游客10万人次以上,对满足要求的景区给予20万元奖励。', [[100000, null, '人次']]],
  ])('%s', (s, want) => expect(bounds(s)).toEqual(want));
  it('a goal with no one meeting it stays none: 力争全年接待游客100万人次以上,推动文旅融合。', () => expect(bounds('力争全年接待游客100万人次以上,推动文旅融合。')).toEqual([]));
});

describe('a sentence opening on its year that says how the year\'s work is done sets that year (year of the work)', () => {
  const years = (s: string, docDate?: string) => extractDeadlines(s, docDate).map((d) => [d.raw, d.date]);
  it.each([
    // 十堰 (hubei-shiyan-sannong.txt)
    ['2024年全市“三农”工作坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神', [['2024年', '2024']]],
    // forms: 要, 紧紧围绕, 聚焦
    ['2024年全县工业工作要紧紧围绕“工业强县”目标,推动制造业高质量发展', [['2024年', '2024']]],
    ['2025年全区招商引资工作聚焦主导产业', [['2025年', '2025']]],
  ])('%s', (s, want) => expect(years(s, '2024-01-01')).toEqual(want));
  it.each([
    // a year the sentence names inside, not opening it; a past year's work
    ['做好2024年全市工作坚持以人民为中心'],
    ['2020年全市工作坚持以人民为中心,取得显著成效'],
  ])('none: %s', (s) => expect(years(s, '2024-01-01')).toEqual([]));
});

describe('a span a basis phrase measures a figure over is no time limit (measured span)', () => {
  const limits = (s: string) => extractDeadlines(s, '2021-06-01').map((d) => d.raw);
  it.each([
    // 南通 (jiangsu-nantong-chuangxinxingchengshi.txt)
    ['对获得国家、省重点研发类计划立项支持的市外项目,在我市设立独立法人企业并产业化的,根据国家、省资助及三年内对地方经济贡献情况,给予最高1000万元奖励。', []],
    // forms: 按照…内…投资额, 依据…内纳税
    ['按照两年内实际完成投资额的5%给予奖励。', []],
    ['依据企业三年内纳税情况分档给予支持。', []],
    // a span that is a limit stays one
    ['三年内实现营业收入1亿元以上。', ['三年内']],
    ['项目须在一年内开工建设。', ['一年内']],
  ])('%s', (s, want) => expect(limits(s)).toEqual(want));
});

describe('a capacity bound on installations a measure phases out is a condition on them (phase-out bound)', () => {
  const bounds = (s: string) => extractValues(s).thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]);
  it.each([
    // 开封 (henan-kaifeng-daqigongjian.txt)
    ['加快退出5家11条6000万标砖/年以下、城市规划区内的烧结砖及烧结空心砌块生产线,涉及祥符区4家、通许县1家。', [[null, 60000000, '标砖/年']]],
    ['持续推动生物质小锅炉关停整合,2025年9月底前,兰考县、尉氏县分别完成2蒸吨及以下生物质锅炉淘汰', [[null, 2, '蒸吨']]],
    // forms: per hour, 万吨 per year, full-width slash
    ['全面淘汰35蒸吨/小时及以下燃煤锅炉。', [[null, 35, '蒸吨/小时']]],
    ['依法关停10万吨／年以下的小型煤矿。', [[null, 100000, '吨/年']]],
  ])('%s', (s, want) => expect(bounds(s)).toEqual(want));
  it.each([
    // a capacity built, not phased out, or no installation named
    ['新建年产10万吨以上的生产线。'],
    ['淘汰落后产能,全年压减粗钢产量50万吨以下。'],
  ])('none: %s', (s) => expect(bounds(s)).toEqual([]));
});
