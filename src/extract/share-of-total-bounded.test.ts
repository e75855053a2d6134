import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A share of a named total that a part must stay within or pass, closed by 的 right after its bound: which part a measure is for, a
// threshold in %, no share paid (ANNOTATION round 259).
const read = (s: string) => {
  const v = extractValues(s);
  return { rates: v.rates.map((r) => [r.value, r.role]), bounds: v.thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]) };
};

describe('a share of a named total bounded as a condition (share of total bounded)', () => {
  it.each([
    // (嵊州, 浙江: a 房票's balance bought back by how much of the ticket it is)
    [
      '余额在房票总额5%以内的房票中心以房票原有价值回购,超出房票总额5%的以房票原有价值90%的额度回购且不得享受相关奖补;',
      { rates: [[0.9, 'fixed']], bounds: [[null, 0.05, '%'], [0.05, null, '%']] },
    ],
    // (那曲, 西藏: the national 稳岗返还 form, read before this class, kept)
    ['裁员率不超过参保职工总数的20%的', { rates: [], bounds: [[null, 0.2, '%']] }],
    // (抚顺, 辽宁: the ceiling of a grant named after 的 stays a share paid)
    ['在获得省级不超过项目投资总额50%的资金补助基础上,再给予10%的补助', { rates: [[0.5, 'cap'], [0.1, 'fixed']], bounds: [] }],
  ])('%s', (s, expected) => expect(read(s)).toEqual(expected));
});
