import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments, extractValues } from './extract.js';

// Classes found on the dev notices added in the twentieth session (round 85: 荆州, 龙湾, 吕梁, 山东省), each with the dev sentence that
// showed it (file named) and forms from other provinces.

/** The clauses of a text read as a notice. */
const clausesOf = (text: string) => extractDocuments(documentsOfPlainText(text)).flat();

describe('a bracket of bodies set right before the stop of its target, one of them levelled, is its note (unlabelled inner note)', () => {
  const units = (item: string) => clausesOf(`关于分解落实《政府工作报告》的通知\n一、主要工作目标\n${item}\n`).map((c) => c.units);
  it.each([
    // 荆州 (hubei-jingzhou-renwufenjie2009.txt): a zone named by its place joins the levelled bodies, parted by ,
    ['1、地区生产总值增长11%(市发改委,市政府相关部门,各县市区政府,荆州开发区)。', ['市发改委', '市政府相关部门', '各县市区政府', '荆州开发区']],
    ['10、万元生产总值综合能耗下降4.8%(市发改委、市经委、荆州供电公司,各县市区政府,荆州开发区)。', ['市发改委', '市经委', '荆州供电公司', '各县市区政府', '荆州开发区']],
    // forms: full-width brackets and commas; all levelled (闵行, as before)
    ['2、固定资产投资增长10%（区发改委，各街道，张江高科技园区管委会）。', ['区发改委', '各街道', '张江高科技园区管委会']],
    ['3、推进政务服务的场景应用(区市场局、区行政服务中心)。', ['区市场局', '区行政服务中心']],
  ])('%s', (item, want) => expect(units(item)).toEqual([want]));
  it.each([
    // a remark naming one place-named body alone, or things that are no bodies
    ['1、建成2家国家重点实验室(荆州开发区)。'],
    ['2、引进重点企业(含外资企业)。'],
  ])('not a note: %s', (item) => expect(units(item)).toEqual([[]]));
});

describe('a figure with its floor that a goal sentence or a year-opened phrase sets is a target amount, not a condition (goal floor)', () => {
  const money = (s: string) => {
    const v = extractValues(s);
    return { amounts: v.amounts.map((a) => [a.yuan, a.role]), thresholds: v.thresholds.map((t) => t.min ?? null) };
  };
  it.each([
    // 龙湾 (zhejiang-longwan-gaozhiliang2023.txt): 确保 governs the phrases after it, as 力争 does
    ['争取国家、省、市各类专项资金支持重大项目建设,确保2023年累计储备专项债券项目资金需求60亿元以上。', [[6000000000, 'target']]],
    // 龙湾: a phrase that opens on its year
    ['做好设备更新改造项目储备和贷款投放,更好承接国家政策性开发性金融工具政策,2023年使用国家政策性开发性金融工具资金1亿元以上,争取投放政策性开发性银行中长期项目贷款100亿元以上。', [[100000000, 'target'], [10000000000, 'target']]],
    // forms
    ['强化要素保障,确保全年新增贷款投放50亿元以上。', [[5000000000, 'target']]],
  ])('%s', (s, want) => expect(money(s)).toEqual({ amounts: want, thresholds: [] }));
  it.each([
    // an applicant after the floor stays a condition
    ['确保政策落地,对2023年完成投资1000万元以上的企业给予奖励。'],
    ['2023年,对新增贷款1亿元以上的企业给予贴息。'],
  ])('a condition still: %s', (s) => expect(money(s).thresholds.length).toBe(1));
});

describe('figures of a list whose points are named once, after the last, are each a rate (shared points)', () => {
  const rates = (s: string) => extractValues(s).rates.map((r) => [r.value, r.role]);
  it.each([
    // 吕梁 (shanxi-lvliang-shebeigengxin.txt)
    ['重点行业主要用能设备能效基本达到节能水平,环保绩效达到A级水平的产能比例显著提升,较2023年分别增长15个、13个百分点以上。', [[0.15, 'target'], [0.13, 'target']]],
    // forms: the measure word once, 和 between, a decimal
    ['城镇和农村居民收入占比分别提高2、3个百分点。', [[0.02, 'target'], [0.03, 'target']]],
    ['研发投入强度和数字经济占比分别提高0.5个和1个百分点。', [[0.005, 'target'], [0.01, 'target']]],
    ['占比提高3个百分点。', [[0.03, 'target']]],
  ])('%s', (s, want) => expect(rates(s)).toEqual(want));
  it('a count before a list of points is no rate: 新增2个、3个项目', () => expect(rates('分别新增2个、3个项目。')).toEqual([]));
});

describe('年内 in a sentence that opens on its year is that year (opening year)', () => {
  const dl = (s: string, date?: string) => extractValues(s, date).deadlines.map((d) => [d.raw, d.date ?? null]);
  it.each([
    // 龙湾 (zhejiang-longwan-gaozhiliang2023.txt): a page that gives no date of its own
    ['2023年,完成征迁清零面积1000亩以上,启动经营性土地做地1500亩以上,年内用地出让500亩以上。', undefined, [['2023年', '2023'], ['年内', '2023']]],
    // the sentence's year wins over the notice's
    ['2024年,新建5G基站300个,年内实现重点园区全覆盖。', '2023-12-20', [['2024年', '2024'], ['年内', '2024']]],
    // no year opening the sentence: the notice's
    ['力争年内新培育高新技术企业4家。', '2023-03-01', [['年内', '2023']]],
    // 本年度内 is 年内 written with 度 (綦江 corpus 000, outside the seed's labelled scope)
    ['本年度内完成全部项目验收。', '2021-06-01', [['本年度内', '2021']]],
  ])('%s', (s, date, want) => expect(dl(s, date)).toEqual(want));
});
