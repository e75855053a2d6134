import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A grade reached, then the clause saying it meets a scheme's conditions (…评测达二级及以上,符合政策资助条件): a condition on the applicant,
// min at the grade as written, as a grade an applicant word follows is. It was read only with an applicant, a grant or a qualification after
// it, and a grade in Chinese numerals has no other reader. Found on guangdong-dongguan-shuzihuagaizao2025.txt (round 265).
const grades = (s: string) => extractValues(s).thresholds.map((t) => [t.raw, t.min ?? null, t.max ?? null, t.unit]);

describe('a grade reached that meets the conditions (grade meets conditions)', () => {
  it.each([
    // 广东 东莞 (guangdong-dongguan-shuzihuagaizao2025.txt)
    ['经网上申报、形式审查、项目核查、资格审查、数字化水平评测等流程,共有21个项目通过验收且数字化水平评测达二级及以上,符合政策资助条件。', [['二级及以上', 2, null, '级']]],
    // form: 满足 and 申报条件, 以上 alone
    ['两化融合管理体系评定达到三级以上,满足申报条件的企业可提出申请。', [['三级以上', 3, null, '级']]],
  ])('%s', (s, want) => expect(grades(s)).toEqual(want));
  it.each([
    // valid: a grade with nothing after it that makes it a condition stays none
    ['全市新增二级以上医院3家,符合发展规划。'],
  ])('%s: none', (s) => expect(grades(s)).toEqual([]));
});
