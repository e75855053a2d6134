import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Classes round 234's notices showed (ANNOTATION round 234), each with the sentence that showed it and its general forms.
const bounds = (text: string) => extractValues(text).thresholds.map((t) => [t.raw, t.min ?? null, t.max ?? null, t.unit]);

// The grade of a qualification the applicant holds, its name right after the grade and the applicant past a comma (随州 2020: 对取得三级以上
// 菌种生产经营资质,年生产销售菌种规模100万公斤以上的企业 — the grade had been no bound, only the size read): a threshold in 级, as a grade an
// applicant holds is.
describe('the grade of a qualification held (graded qualifications)', () => {
  it.each([
    // 随州 (hubei-suizhou-xianggu.txt)
    ['对取得三级以上菌种生产经营资质,年生产销售菌种规模100万公斤以上的企业,市财政每年奖励10万元。', [['三级以上', 3, null, '级'], ['100万公斤以上', 1000000, null, '公斤']]],
    // forms: 及以上, a figure, a 资格证书, traditional characters
    ['具有二级及以上施工资质,年产值达到1亿元以上的建筑企业,给予10万元奖励。', [['二级及以上', 2, null, '级'], ['1亿元以上', 100000000, null, '元']]],
    ['取得3级以上职业资格证书,在本区就业的,给予2000元补贴。', [['3级以上', 3, null, '级']]],
    ['對取得三級以上菌種生產經營資質,年生產銷售菌種規模100萬公斤以上的企業,給予獎勵。', [['三級以上', 3, null, '级'], ['100萬公斤以上', 1000000, null, '公斤']]],
  ])('%s', (text, want) => {
    expect(bounds(text)).toEqual(want);
  });
});

// Bags of substrate bounded (随州 2020: 推广种植规模达到500万袋以上的实体, 新建10万袋以上的…香菇种植基地): a threshold in 袋, as 棒 (菌棒) is.
describe('bags bounded (bag units)', () => {
  it.each([
    // 随州 (hubei-suizhou-xianggu.txt)
    ['对研发的菌种按规定获得登记备案,具有自主知识产权且在本市推广种植规模达到500万袋以上的实体,每研发一个新品种市财政一次性奖励20万元;', [['500万袋', 5000000, null, '袋']]],
    // form: traditional characters
    ['對推廣種植規模達到500萬袋以上的實體,給予20萬元獎勵。', [['500萬袋以上', 5000000, null, '袋']]],
  ])('%s', (text, want) => {
    expect(bounds(text)).toEqual(want);
  });
});
