import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A voucher named by its spend floor and its cut (满10元减3元券): the cut is the voucher's value, `fixed`, and the floor a threshold
// (ANNOTATION: a voucher's spend floor is a threshold, its cut a `fixed` amount), as 满100元减20元 is without 券. A sum right before 券 was
// taken for a voucher's name alone (20元券在消费满100元时使用), which a cut after 满…减 is not. Found on guizhou-guizhousheng-huanlegou2025.txt
// (round 267).
const values = (s: string) => {
  const v = extractValues(s);
  return [v.amounts.map((a) => [a.yuan, a.role]), v.thresholds.map((t) => [t.min ?? null, t.unit])];
};

describe("a voucher's cut named with its floor (voucher cut named)", () => {
  it.each([
    // 贵州省 (guizhou-guizhousheng-huanlegou2025.txt): the tiers in quotes
    ['设计“满10元减3元券、满20元减5元券、满50元减10元券、满100元减20元券、满200元减40元券、满300元减60元券”6个档次。', [
      [[3, 'fixed'], [5, 'fixed'], [10, 'fixed'], [20, 'fixed'], [40, 'fixed'], [60, 'fixed']],
      [[10, '元'], [20, '元'], [50, '元'], [100, '元'], [200, '元'], [300, '元']],
    ]],
    // forms: no 元 after the floor, 立减, 消费券
    ['发放满100减20元消费券、满200立减50元消费券。', [[[20, 'fixed'], [50, 'fixed']], [[100, '元'], [200, '元']]]],
  ])('%s', (s, want) => expect(values(s)).toEqual(want));
  it.each([
    // valid: a voucher named by its face value alone stays its name
    ['20元券在消费满100元时使用。', [[], [[100, '元']]]],
  ])('%s', (s, want) => expect(values(s)).toEqual(want));
});
