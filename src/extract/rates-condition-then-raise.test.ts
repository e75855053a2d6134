import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A condition on a rate closed by 的 and followed with no comma by the raised rate it earns (国家级和省级基地留用率达到50%的可提高至80%, 龙港
// 就业见习补贴, round 276) was read as two goals, 50% and 80%: 的 before a raise (可提高至, 提升到, 上浮至) closes a condition as 的 before a
// grant does; the raised rate stays the new level, a `target`, as 支持比例提高至50% is (issue 9).
const read = (text: string) => {
  const v = extractValues(text);
  return { rates: v.rates.map((r) => [r.value, r.role]), thresholds: v.thresholds.map((t) => [t.min, t.max, t.unit]) };
};

describe('a rate reached then a raised rate (rates condition then raise)', () => {
  it.each([
    // 龙港 (zhejiang-longgang-jiuyejianxi2023.txt)
    ['国家级和省级基地留用率达到50%的可提高至80%;', { rates: [[0.8, 'target']], thresholds: [[0.5, undefined, '%']] }],
    // (the same with a comma and a grant, as before)
    ['留用率达50%的,给予奖励。', { rates: [], thresholds: [[0.5, undefined, '%']] }],
    // (a goal raised stays a goal)
    ['到2025年,森林覆盖率提高到42%。', { rates: [[0.42, 'target']], thresholds: [] }],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
