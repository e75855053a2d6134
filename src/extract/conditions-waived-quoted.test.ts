import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A condition quoted to waive it for some (该类企业可放宽“…不少于3个”的条件限制) is no threshold again: the bound stands where the text first set
// it. Found on guangdong-nansha-zongbujingji2023.txt (round 221, scored before its rules: thresholds 0.909), where the sentence is an item
// of a list of conditions (符合下列条件、标准之一:): read here as such an item (`listed`).
const thresholds = (s: string, listed = true) => extractValues(s, undefined, listed).thresholds.map((t) => [t.raw, t.min ?? null, t.max ?? null, t.unit]);

describe('a condition quoted to waive it is no threshold (conditions waived quoted)', () => {
  it.each([
    // 南沙 2023
    ['该类企业可放宽“申请奖励的上一年度在中国境内外投资或授权管理的企业(子公司或分公司)不少于3个”的条件限制。'],
    // form: 不受, half-width quotes, a sum
    ['经认定的重点项目不受"固定资产投资不低于5000万元"的限制。'],
    // form: 豁免, the condition's 要求, outside a list
    ['对引进的龙头企业豁免“年营业收入1亿元以上”等要求。'],
  ])('%s', (s) => expect(thresholds(s)).toEqual([]));

  it('keeps the condition where the text sets it', () =>
    expect(thresholds('以及申请奖励的上一年度在中国境内外投资或授权管理的企业(子公司或分公司)不少于3个,并对所属企业行使集中运营管理等总部职能的企业。')).toEqual([['3个', 3, null, '个']]));
});
