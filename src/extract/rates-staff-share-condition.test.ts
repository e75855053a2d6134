import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// The national 创业担保贷款 form's condition on a small firm, a share of its staff its new hires must reach, and the bracket's alternative for
// larger firms (新招用…人员数量达到企业现有在职职工人数25%(超过100人的企业达到15%)并与其签订1年以上劳动合同的,可申请…, 攀枝花 round 288;
// 老河口 round 288; 兴县), was read as rates paid: a count of heads reaching a share of the staff is a condition, each alternative a threshold
// on a rate (ANNOTATION round 288) (issue 9).
const values = (text: string) => {
  const v = extractValues(text, '2024-11-19');
  return [v.rates.map((r) => r.value), v.thresholds.map((t) => [t.min, t.unit])];
};

describe('a share of the staff new hires must reach is a condition (rates staff share condition)', () => {
  it.each([
    // 攀枝花 (sichuan-panzhihua-chuangyedanbaodaikuan2020.txt)
    ['小微企业当年新招用符合创业担保贷款申请条件的人员数量达到企业现有在职职工人数25%(超过100人的企业达到15%)并与其签订1年以上劳动合同的,可申请最高不超过300万元的创业担保贷款。', [[], [[0.25, '%'], [100, '人'], [0.15, '%'], [1, '年']]]],
    // 老河口 (hubei-laohekou-chuangyedanbaodaikuan2024.txt)
    ['小微企业在申请创业担保贷款前1年内新招用符合创业担保贷款申请条件的人数达到企业现有在职职工人数10%(超过100人的企业达到5%),并与其签订1年以上劳动合同。', [[], [[0.1, '%'], [100, '人'], [0.05, '%'], [1, '年']]]],
    // 兴县 (shanxi-xingxian-chuangyedanbao.txt), 职工总数
    ['小微企业当年新招用人员数量达到企业现有在职职工总数15%(超过100人的企业达到8%),并与其签订1年以上劳动合同的,可申请最高不超过300万元的创业担保贷款。', [[], [[0.15, '%'], [100, '人'], [0.08, '%'], [1, '年']]]],
  ])('%s', (text, want) => {
    expect(values(text)).toEqual(want);
  });
});
