import { describe, expect, it } from 'vitest';
import { parseChinese, parseNumber } from './numbers.js';

describe('numbers', () => {
  it.each([
    ['一千万', 1e7],
    ['两亿', 2e8],
    ['三十', 30],
    ['十五', 15],
    ['一百二十', 120],
    ['三千五百万', 3.5e7],
    ['一亿二千万', 1.2e8],
  ])('%s → %d', (s, n) => expect(parseChinese(s)).toBe(n));
  it('reads Arabic numbers with thousands separators and decimals', () => {
    expect(parseNumber('1,500')).toBe(1500);
    expect(parseNumber('1.5')).toBe(1.5);
  });
  it('refuses what is not a numeral', () => expect(parseChinese('智能')).toBeNaN());
});
