import { describe, expect, it } from 'vitest';
import { valueRows } from './fixture-table.js';

// Round 6 of classes (issue 9), values half, from the 7 notices of round 7 of the national development set. Sentences
// are real: from a dev notice or a seed (file named in the comment); where no real sentence was at hand, the comment
// says "form" and the sentence is written from the class.
const values = valueRows;

describe('percentages of an average listed before 分别 grants are conditions (亩产税收在行业平均亩产税收200%…以上的)', () => {
  it.each([
    // 广东 韶关 (guangdong-shaoguan-jiangchengben.txt), traditional script as written.
    ['依據“畝産稅收”等指標實行城鎮土地使用稅財政扶持政策,對畝産稅收在行業平均畝産稅收200%、150%、100%以上的,分別給予繳納城鎮土地使用稅100%、75%、50%的財政支持。',
      [[1, 'fixed'], [0.75, 'fixed'], [0.5, 'fixed']], [[2, undefined, '%'], [1.5, undefined, '%'], [1, undefined, '%']]],
    // Form: the same in simplified script, full-width comma.
    ['对亩产税收在行业平均亩产税收200%、150%、100%以上的，分别给予缴纳城镇土地使用税100%、75%、50%的财政支持。',
      [[1, 'fixed'], [0.75, 'fixed'], [0.5, 'fixed']], [[2, undefined, '%'], [1.5, undefined, '%'], [1, undefined, '%']]],
    // Forms: 达到…平均水平, 平均值 with a mark, one condition before the applicant, a grant 按…给予.
    ['对亩均税收达到全市平均水平150%以上的企业,给予50%的奖励', [[0.5, 'fixed']], [[1.5, undefined, '%']]],
    ['对亩均税收在全县平均值120%(含)以上的企业,按其缴纳城镇土地使用税的80%给予奖励', [[0.8, 'fixed']], [[1.2, undefined, '%']]],
  ] as [string, unknown[], unknown[]][])('%s', (text, rates, thresholds) => {
    const v = values(text);
    expect(v.rates).toEqual(rates);
    expect(v.thresholds).toEqual(thresholds);
  });
  it.each([
    // Not a condition: a share of a standard that is set (韶关, the clause before), an average's growth as a goal.
    ['工業用地稅額標准爲非工業用地稅額標准的50%左右', [[0.5, 'fixed']]],
  ] as [string, unknown[]][])('a rate: %s', (text, rates) => {
    expect(values(text).rates).toEqual(rates);
    expect(values(text).thresholds).toEqual([]);
  });
});

describe('money per a measure (元/平方米, 元/度, 元/吨) is an amount when granted or set as a standard, a threshold when reached', () => {
  it.each([
    // 广东 韶关 (guangdong-shaoguan-jiangchengben.txt): a tax standard set to a range → lower fixed, upper cap (yuanMax).
    ['在國家、省規定的稅額幅度內,全市城鎮土地使用稅稅額標准下調至1—8元/平方米,自2019年1月1日起按標准調整到位。', [[1, 8, 'fixed']]],
    // 四川 宜宾 (sichuan-yibin-gongyejingji.txt): a grant per kWh.
    ['对2024年10月1日至2025年3月31日期间,单季度用电量超2000万度(含)以上的企业,对其增量电量按照0.15元/度给予支持', [[0.15, undefined, 'fixed']]],
    // Forms: other separators and measures, half-width hyphen, 调整为, a grant after the price.
    ['全市城镇土地使用税税额标准下调至1-8元/平方米', [[1, 8, 'fixed']]],
    ['污水处理费收费标准调整为1.2元/吨', [[1.2, undefined, 'fixed']]],
    ['按200元/亩给予补贴', [[200, undefined, 'fixed']]],
    ['种粮大户补助标准为100元/亩', [[100, undefined, 'fixed']]],
    ['将工业用水价格下调至3.2元/立方米', [[3.2, undefined, 'fixed']]],
  ] as [string, unknown[]][])('%s', (text, amounts) => {
    expect(values(text).amounts).toEqual(amounts);
  });
  it.each([
    // A figure per a measure that must be reached is a threshold, not money given:
    // 内蒙古 兴安盟 (neimenggu-xinganmeng-zhaoshang.txt), 新疆 温宿 (xinjiang-wensu-zhaoshang.txt), seed 004.
    ['对固定资产投资1亿元以上、投资强度达到100万元/亩、容积率达到国家规定标准的新建或改扩建新增用地', [[100000000, undefined, '元'], [1000000, undefined, '元/亩']]],
    ['新建工业项目固定资产投资强度不低于100万元/亩', [[1000000, undefined, '元/亩']]],
    ['对用电到户单价超过1元/度的企业提供“一户一策”上门指导服务', [[1, undefined, '元/度']]],
  ] as [string, unknown[]][])('a threshold: %s', (text, thresholds) => {
    expect(values(text).amounts).toEqual([]);
    expect(values(text).thresholds).toEqual(thresholds);
  });
  it.each([
    // A price described, neither set nor granted, is nothing (form).
    '全市平均地价为800元/平方米',
    '2023年全市工业用地平均价格为300元/平方米',
  ])('nothing: %s', (text) => {
    expect(values(text).amounts).toEqual([]);
  });
});

describe('a grade with a bound word heading a reward tier is a threshold (ANNOTATION.md, grades)', () => {
  it.each([
    // 浙江 嵊州 (zhejiang-shengzhou-gongye.txt): AAA级及以上 bounded, AA级(单元级) without a bound word is none.
    ['推进两化融合纵深发展,首次通过工业和信息化部“两化”融合管理体系贯标评定(试点),AAA级及以上的一次性奖励30万元,AA级(单元级)的一次性奖励20万元', [[3, undefined, 'A级']]],
    // Forms: stars, a numbered 级, a grade of a counted thing before 的, a comma before the grant.
    ['评为三星级以上的,给予10万元奖励', [[3, undefined, '星级']]],
    ['智能制造能力成熟度二级及以上的奖励50万元', [[2, undefined, '级']]],
    ['新评定为国家4A级及以上旅游景区的，一次性奖励50万元', [[4, undefined, 'A级']]],
    // None: a grade as a goal (no grant after 的), a grade without a bound word.
    ['争创3A级以上旅游景区2个', []],
    ['AA级(单元级)的一次性奖励20万元', []],
  ] as [string, unknown[]][])('%s', (text, thresholds) => {
    expect(values(text).thresholds).toEqual(thresholds);
  });
});
