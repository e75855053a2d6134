import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A tier's label before a colon whose sum the tier's own sentence writes again (满50元享7折优惠:对在商户单笔消费满50元的个人消费者给予该笔消费额
// 30%的补贴…): the label names the tier, its sum and its discount no values (ANNOTATION: a figure that names a tier is the tier's name, as
// 满150元—299元档: is). Read as written, the label gave a second floor and a 0.7 rate beside the sentence's 30%. Found on
// yunnan-chuxiong-xiaofeiquan2025.txt (round 267).
const values = (s: string) => {
  const v = extractValues(s);
  return [v.amounts.map((a) => [a.yuan, a.role]), v.rates.map((r) => [r.value, r.role]), v.thresholds.map((t) => [t.min ?? null, t.unit])];
};

describe("a tier's label its sentence restates (tier label restated)", () => {
  it.each([
    // 云南 楚雄 (yunnan-chuxiong-xiaofeiquan2025.txt)
    ['满50元享7折优惠:对在商户单笔消费满50元的个人消费者给予该笔消费额30%的补贴,单笔补贴150元封顶。', [[[150, 'cap']], [[0.3, 'fixed']], [[50, '元']]]],
    ['满50元享7.5折优惠:对在商户单笔消费满50元的个人消费者给予该笔消费额25%的补贴,单笔补贴150元封顶。', [[[150, 'cap']], [[0.25, 'fixed']], [[50, '元']]]],
    // form: a full-width colon, the tier's heading glued before the label
    ['专项消费券面额满100元享8折优惠：对单笔消费满100元的消费者给予消费额20%的补贴，单笔补贴200元封顶。', [[[200, 'cap']], [[0.2, 'fixed']], [[100, '元']]]],
  ])('%s', (s, want) => expect(values(s)).toEqual(want));
  it.each([
    // valid: a label whose sum the sentence does not restate keeps its values (a field's value)
    ['奖励标准:对营业收入首次突破1亿元的企业给予50万元奖励。', [[[500000, 'fixed']], [], [[100000000, '元']]]],
  ])('%s', (s, want) => expect(values(s)).toEqual(want));
});
