import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Two alternatives, the first bounded by 达到 alone, the second by 以上, then 的 and the applicant after a longer modifier; a floor counted
// in batches; a small workshop as an applicant (ANNOTATION round 264).
const bounds = (s: string) => extractValues(s).thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]);

describe('alternatives bounded before a named applicant, batches counted (or-bound named applicant)', () => {
  it.each([
    // (兴安盟, 内蒙古: small dairy workshops by milk processed or products made)
    [
      '对已获得小作坊登记证,年加工原奶达到100吨或年产奶食品20吨以上的地方特色奶食品小作坊、合作社、联合体,纳入标准化试点,对每个试点盟级补贴30万元',
      [[100, null, '吨'], [20, null, '吨']],
    ],
    // (兴安盟: a testing service's yearly batches)
    ['对具备资质能够为其他奶食品加工企业、合作社提供检验检测服务扩大产品市场销售范围的机构或企业,年检测量达到2000批次的,一次性奖励20万元。', [[2000, null, '批次']]],
    // (read before this class, kept: 个体工商户 after 或, 通山 湖北)
    ['将从业人员在5人以上或生产经营面积300㎡以上的个体工商户、符合中小型企业标准的企业转为规上企业,给予奖励5万元', [[5, null, '人'], [300, null, '㎡']]],
  ])('%s', (s, expected) => expect(bounds(s)).toEqual(expected));
  // (a batch of a list is an ordinal, no floor)
  it('第一批次奖励10万元 is no bound', () => expect(bounds('第一批次奖励10万元')).toEqual([]));
});
