import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';
import { unitRows } from './fixture-table.js';
import { parseNote } from './units.js';

// Classes from round 133 of the national development set (issue 9).
// Sentences are real, from the dev notice named in the comment; "form" marks one written from the class.

const docs = (text: string) => documentsOfPlainText(text);
const deadlines = (s: string, date = '2022-05-17') => extractValues(s, date).deadlines.map((d) => [d.raw, d.date ?? d.kind]);
const bounds = (s: string) => extractValues(s, '2024-01-01').thresholds.map((t) => [t.min, t.max, t.unit]);

describe('a cohort of years joined by 及, the act in quotes or a further condition after a comma, is each year a window (cohort years)', () => {
  it.each([
    // 汕头 (guangdong-shantou-xinshenggui.txt)
    ['对2019及2020年度“新升规”在库工业企业每家给予普惠性奖励10万元。', [['2019', '2019'], ['2020年度', '2020']]],
    ['汕头市2019及2020年度新增上规,且2021年度仍在库的工业企业(见附件1)。', [['2019', '2019'], ['2020年度', '2020']]],
    // forms: one year, the act in quotes; a list joined by 和
    ['对2023年度“新升规”工业企业给予5万元奖励。', [['2023年度', '2023']]],
    ['2022和2023年度新认定的高新技术企业,给予奖励。', [['2022', '2022'], ['2023年度', '2023']]],
    // valid: the year a firm must still be in the register is no window; a year's figure stays none
    ['2021年度仍在库的工业企业。', []],
  ] as [string, unknown][])('%s', (s, want) => expect(deadlines(s)).toEqual(want));
});

describe('当年内, 同年内 name the year of another event, not the notice’s (year of an event)', () => {
  it.each([
    // 成都 (sichuan-chengdu-shoutaitao.txt)
    ['对市级首台(套)产品非关联销售额达100万元、1000万元、1亿元的,按认定当年内实际销售额的10%、5%、2%,分别给予研制单位和应用单位最高500万元的一次性奖励。', []],
    // form: 同年内; valid: the bare 年内 stays the notice's year
    ['项目须在开工同年内完成投资。', []],
    ['年内完成建设。', [['年内', '2022']]],
  ] as [string, unknown][])('%s', (s, want) => expect(deadlines(s)).toEqual(want));
});

describe('a month joined to the month before it by 和/及/与 is a limit as the first is (joined months)', () => {
  it.each([
    // 苏州 (jiangsu-suzhou-renwuxiada2018.txt)
    ['各地、各部门应于7月初和12月初分别组织一次自查活动,完成情况报市发改委汇总后报市政府。', [['于7月初', '2022-07'], ['12月初', '2022-12']]],
    // forms: bare months, 及 with days
    ['3月和9月各开展一次督查。', [['3月', '2022-03'], ['9月', '2022-09']]],
    ['于6月15日及12月15日前报送。', [['于6月15日', '2022-06-15'], ['12月15日前', '2022-12-15']]],
    // valid: months a ranking is based on
    ['根据7月和8月的排名给予奖励。', []],
  ] as [string, unknown][])('%s', (s, want) => expect(deadlines(s)).toEqual(want));
});

describe('an event held in the year, its size the condition after, makes the year a window (event window)', () => {
  it.each([
    // 北京 会展 (beijing-beijingshi-huizhanjiangli2024.txt)
    ['对2024年在本市举办规模达到1万-3万平方米(含)且展览面积较上届增加的展会项目,予以奖励。', [['2024年', '2024']]],
    // valid: a year's figure that conditions a firm, no act, stays none
    ['2024年酒类产业生产规模超过1亿元的企业,给予奖励。', []],
  ] as [string, unknown][])('%s', (s, want) => expect(deadlines(s, '2024-03-01')).toEqual(want));
});

describe('a range written with its magnitude on each end, or once on the upper, before a second condition (range magnitude)', () => {
  it.each([
    // 北京 会展 (beijing-beijingshi-huizhanjiangli2024.txt)
    ['对2024年在本市举办规模达到1万-3万平方米(含)且展览面积较上届增加的展会项目,予以奖励。', [[10000, 30000, '平方米']]],
    // forms: the magnitude once, on the upper end; digits with no magnitude
    ['对规模达到1-3万平方米(含)且展览面积较上届增加的展会项目,予以奖励。', [[10000, 30000, '平方米']]],
    ['对规模达到10000-30000平方米(含)且展览面积较上届增加的展会项目,予以奖励。', [[10000, 30000, '平方米']]],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('a bracketed remark inside a chained condition counts as one step of it (remark in a condition)', () => {
  it.each([
    // 北京 会展 (beijing-beijingshi-huizhanjiangli2024.txt)
    ['对全球知名国际展会,展览面积达到1万平方米(含)以上,国际参展商(含台、港、澳地区和外商投资及合资企业)租用展览面积占总展览面积比例达到20%及以上的项目,给予项目单位不超过100万元奖励。', [[10000, undefined, '平方米'], [0.2, undefined, '%']]],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('a step in a measure is a threshold also after its comma or before 递增 (quantity step)', () => {
  it.each([
    // 北京 会展 (beijing-beijingshi-huizhanjiangli2024.txt)
    ['对2024年在本市新举办的展会项目展览面积达到1万平方米(含)以上,给予项目单位50万元奖励,每增加1万平方米递增30万元奖励,最高奖励不超过100万元。', [[10000, undefined, '平方米'], [10000, undefined, '平方米']]],
    ['其中,本届规模达到1万平方米(含)以上的展会项目,展览面积较上届每增加5000平方米,给予项目单位20万元奖励,最高奖励不超过80万元;', [[10000, undefined, '平方米'], [5000, undefined, '平方米']]],
    // valid: a step of one is a price, no condition
    ['每增加1头牛补助3000元。', []],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('bounded conditions listed with commas, the grant set on a basis after them, are each a condition (basis before the grant)', () => {
  it.each([
    // 余姚 (zhejiang-yuyao-xiandainongye.txt)
    ['对连片30亩及以上高效笋竹两用示范基地,重修剪连片30亩及以上茶园,新发展连片种植面积10亩及以上水果、茶叶等名优新特品种基地,新发展连片种植面积10亩及以上林药林菌基地,以种植面积、种植农产品类别为依据分类分档给予补助。', [[30, undefined, '亩'], [30, undefined, '亩'], [10, undefined, '亩'], [10, undefined, '亩']]],
    // form: one condition, the grant by a standard's basis
    ['对连片50亩以上的示范基地,按照实际种植面积为基数给予补助。', [[50, undefined, '亩']]],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('a figure of a year gone by is a condition, not a goal, whatever verb reaches it (past figure)', () => {
  const values = (s: string) => {
    const v = extractValues(s, '2020-04-15');
    return [v.amounts.map((a) => [a.yuan, a.role]), v.thresholds.map((t) => t.min)];
  };
  it.each([
    // 龙泉驿 (sichuan-longquanyi-chuangxinsheji.txt)
    ['(2)上年度(或连续12个月)实现项目销售收入500万元以上;', [[], [5000000]]],
    // valid: a goal to reach stays a target
    ['力争实现营业收入500万元以上。', [[[5000000, 'target']], []]],
  ] as [string, unknown][])('%s', (s, want) => expect(values(s)).toEqual(want));
});

describe('the level a rate is raised from, its name and a remark in brackets before the verb, is no rate (rate raised from)', () => {
  const rates = (s: string) => extractValues(s, '2024-01-01').rates.map((r) => [r.value, r.role]);
  it.each([
    // 辽宁省 (liaoning-liaoningsheng-yijincuwen.txt)
    ['对上述项目由不超过项目建设相关投资额15%的支持比例(参考辽财经规〔2023〕11号,第7条),提高到20%,单项补助最高1000万元。', [[0.2, 'target']]],
    // valid: the plain form
    ['稳岗返还标准由实际缴费的50%提高至100%。', [[1, 'target']]],
  ] as [string, unknown][])('%s', (s, want) => expect(rates(s)).toEqual(want));
});

describe('a standing note that says every later list includes a body (均包含…,不再列出) gives it to each later clause (standing includes)', () => {
  it.each([
    // 贵州省 航空产业 (guizhou-guizhousheng-hangkongchanye.txt)
    [
      '若干政策措施\n(一)“一企一策”支持中航贵飞改革发展,不断提升先进航空装备研制能力。(责任单位:省委军民融合办、省科技厅,安顺市人民政府。以下措施责任单位均包含安顺市人民政府,不再列出)\n(二)加快培育壮大通用航空制造产业,予以支持。(责任单位:民航贵州监管局、省财政厅)\n',
      [['省委军民融合办', '省科技厅', '安顺市人民政府'], ['民航贵州监管局', '省财政厅', '安顺市人民政府']],
    ],
  ] as [string, unknown][])('%s', (text, want) => expect(unitRows(text)).toEqual(want));
});

describe('an organ (机关) ends a body’s name: a list of bodies splits after it (organ)', () => {
  it.each([
    // 成都 (sichuan-chengdu-shoutaitao.txt)
    ['牵头单位:市国资委,责任单位:市纪委监委机关、市审计局', ['市国资委', '市纪委监委机关', '市审计局']],
    // form: 市直机关工委 stays one
    ['责任单位:市直机关工委、市财政局', ['市直机关工委', '市财政局']],
  ] as [string, unknown][])('%s', (s, want) => expect(parseNote(s, 0).units.map((u) => u.name)).toEqual(want));
});
