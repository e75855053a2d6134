import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Classes from round 162 of the national development set (issue 9, forty-first session).
// Sentences are real, from the dev notice named in the comment; composed forms are marked "form".

describe('a price per a time and a measure, the time written first, is a sum (time-first price)', () => {
  const sums = (s: string) => extractValues(s, '2025-01-14').amounts.map((a) => [a.yuan, a.raw]);
  it.each([
    // 温州海经区 (zhejiang-wenzhouhaijingqu-fuhuaqijiangli.txt)
    ['根据通过市级科技部门备案的入孵企业实际使用面积,按照15元/月·平方米标准按比例给予运营单位租金奖励(奖励总额=完成任务数比例*补贴标准)。', [[15, '15元/月·平方米']]],
    // form: the measure first, as before
    ['按照15元/平方米·月的标准给予租金补贴。', [[15, '15元/平方米·月']]],
    ['按照500元/月的标准给予补贴。', [[500, '500元/月']]],
  ] as [string, unknown[][]][])('%s', (s, want) => expect(sums(s)).toEqual(want));
});

describe('a bounded share, then after a comma a second bounded condition closed by 的 and the grant, is a condition (bound then bounded condition)', () => {
  it('简阳 (sichuan-jianyang-jiatingnongchang.txt): 间套种面积比例达50%及以上,折成净作实际利用面积在10亩以上的蔬菜给予50元/亩的补贴', () => {
    const v = extractValues('对3年以下幼龄园林地间作套种蔬菜,间套种面积比例达50%及以上,折成净作实际利用面积在10亩以上的蔬菜给予50元/亩的补贴。', '2020-12-04');
    expect(v.rates).toEqual([]);
    // (…and the age of the land the clause opens on, 对3年以下幼龄园林地, a condition too since round 180, as the dev gold labels it)
    expect(v.thresholds.map((t) => [t.min ?? t.max, t.unit])).toEqual([[3, '年'], [0.5, '%'], [10, '亩']]);
  });
  it('(form) a share of revenue, then a sum of revenue with 的 and the applicant: both conditions', () => {
    const v = extractValues('对企业研发投入占比达3%以上,年营业收入在5000万元以上的企业给予10万元奖励。');
    expect(v.rates).toEqual([]);
    expect(v.thresholds.map((t) => [t.min, t.unit])).toEqual([[0.03, '%'], [5e7, '元']]);
  });
  it('(form, valid) a grant’s share bounded, then a bounded condition: the share stays a rate', () => {
    expect(extractValues('补助比例不低于30%,单个项目在100万元以上的给予奖励。').rates.map((r) => [r.value, r.role])).toEqual([[0.3, 'min']]);
  });
});

describe('a range of a quantity that sizes a thing the applicant builds, a remark in brackets after it, is a condition (range sizing a thing)', () => {
  it('简阳 (sichuan-jianyang-jiatingnongchang.txt): 对拟建设存栏100-1000头标准化圈舍(含粪污综合利用达标)的家庭农场', () => {
    const v = extractValues('对拟建设存栏100-1000头标准化圈舍(含粪污综合利用达标)的家庭农场,获得圈舍建设用地审批、环保备案后,按照每头生猪1平方米计算,对新建圈舍按每平方米200元,最多不超过20万元给予一次性补助。', '2020-12-04');
    expect(v.thresholds.map((t) => [t.min, t.max, t.unit])).toEqual([[100, 1000, '头']]);
    expect(v.amounts.map((a) => [a.yuan, a.role])).toEqual([[200, 'fixed'], [200000, 'cap']]);
  });
  it('龙井 (jilin-longjing-fupinjiangbu.txt), an older dev miss: 女年满16周岁至50周岁人员', () => {
    const v = extractValues('吸纳龙井市建档立卡贫困劳动力(贫困劳动力指我市建档立卡贫困人员中男年满16周岁至60周岁,女年满16周岁至50周岁人员)就业的企业、合作社等用工单位。');
    expect(v.thresholds.map((t) => [t.min, t.max, t.unit])).toContainEqual([16, 50, '周岁']);
  });
});
