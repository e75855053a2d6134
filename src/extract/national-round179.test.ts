import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';
import { findMoney } from './money.js';

// Round 179's classes (dev notices 光明 节能循环, 黄埔 风投奖励, 呼和浩特 育儿补贴, 古蔺 托育消费券, 资中 厕所革命, 慈溪 节能奖励):
const v = (text: string, docDate?: string) => extractValues(text, docDate);

describe('round 179 classes', () => {
  it('a rate the thing supported is required to reach (节能率需高于20%(不含20%)) is a condition', () => {
    const r = v('其中,节能且为非生产性质设备类项目的节能率需高于20%(不含20%)。');
    expect(r.rates).toEqual([]);
    expect(r.thresholds.map((t) => [t.min, t.minInclusive, t.unit])).toEqual([[0.2, false, '%']]);
  });
  it('the dates of a window a penalty in would disqualify are none; a window the work falls in stays', () => {
    expect(v('1.2019年12月28日至2021年12月27日期间,在环境保护、安全生产、人力资源、消防、财税等方面受到较大数额罚款以上处罚的严重违法行为或犯罪行为。', '2021-12-02').deadlines).toEqual([]);
    expect(v('申报项目已完工且完工日期在2020年1月1日至2020年12月31日之间。', '2021-12-02').deadlines.map((d) => [d.from, d.date])).toEqual([['2020-01-01', '2020-12-31']]);
  });
  it('a term defined first, then 是指 and its ceilings (…是指…不超过3年…且资产总额不超过2000万元人民币…的企业): conditions', () => {
    const r = v('种子期、初创期民营及中小企业是指自注册设立之日起到与风险投资机构、创业投资机构签订投资协议之日止,不超过3年(属于生物医药领域的,不超过5年),且资产总额不超过2000万元人民币、年销售额或营业额不超过2000万元人民币的企业。');
    expect(r.amounts).toEqual([]);
    expect(r.thresholds.map((t) => [t.max, t.unit])).toEqual([[3, '年'], [5, '年'], [20000000, '元'], [20000000, '元']]);
  });
  it('a ceiling a grant names stays a cap in such a clause', () => {
    expect(v('是指对符合条件的企业给予最高不超过100万元补助的项目。').amounts.map((a) => a.role)).toEqual(['cap']);
  });
  it.each([
    ['2.2025年3月1日之后(含3月1日)合法生育的家庭;', '2025-03-13'],
    ['且在2024年9月30日前未满3岁的婴幼儿(即2021年10月1日及以后出生的婴幼儿)。', '2024-09-27'],
  ])('a birth-date bound is a condition, no deadline: %s', (s, date) => expect(v(s, date).deadlines).toEqual([]));
  it('资中: a grant’s sum per household with no 元, and the programme’s sum 约为', () => {
    expect(findMoney('改建三格化粪池奖补1300/户;奖补标准最高不超过800/户').map((m) => [m.yuan, m.unit])).toEqual([[1300, '元/户'], [800, '元/户']]);
    expect(v('项目补助资金:根据项目任务数(14246户)及奖补标准,概算出项目补助资金约为2300万元。').amounts.map((a) => [a.yuan, a.role])).toEqual([[23000000, 'total']]);
    // invalid: a count per household is no sum
    expect(findMoney('每户3人/户,共计120户。')).toEqual([]);
  });
  it('慈溪: a step of reduction rewarded (按每降低1个百分点,给予5000元奖励), coal with its mark inside the unit, a report’s years', () => {
    const step = v('完成当年节能目标以上的部分,按每降低1个百分点,给予5000元奖励,最高不超过5万元。');
    expect(step.rates).toEqual([]);
    expect(step.thresholds.map((t) => [t.min, t.unit])).toEqual([[0.01, '%']]);
    expect(v('1、奖励对象:本市年综合能耗1000吨(含)标煤以上重点工业用能企业。').thresholds.map((t) => [t.min, t.unit, t.minInclusive])).toEqual([[1000, '吨标煤', true]]);
    expect(v('企业营业执照复印件(原件备查),能源购进、消费与库存年报(前二年)、企业能源消耗情况表(表1-2)。', '2018-10-25').deadlines).toEqual([]);
  });
});
