import { describe, expect, it } from 'vitest';
import { PER_UNIT, UNIT_DOT } from './money-words.js';

// The loader of dict/money-words.json: the lists become patterns that match what they list, and nothing else.
describe('money words (dict/money-words.json)', () => {
  it('UNIT_DOT matches every dot a page sets between a per-unit and its time, one character, and no other', () => {
    const dot = new RegExp(`^${UNIT_DOT}$`);
    for (const c of ['·', '・', '•', '‧', '∙', '⋅', '.']) expect(dot.test(c), c).toBe(true);
    for (const c of ['、', '/', '。', 'a', '']) expect(dot.test(c), c).toBe(false);
  });

  it('PER_UNIT matches a unit it lists whole', () => {
    const unit = new RegExp(`^(?:${PER_UNIT})$`);
    for (const u of ['亩', '平方米', '人', '小时', '千瓦时']) expect(unit.test(u), u).toBe(true);
    expect(unit.test('具')).toBe(false);
  });
});
