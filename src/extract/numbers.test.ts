import { describe, expect, it } from 'vitest';
import { parseChinese, parseNumber, yuanPerUnit } from './numbers.js';

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
  // A unit cell of a target table (单位: 亿元) or a target's bracketed unit (完成投资额(亿元)), folded.
  it.each([
    ['元', 1],
    ['千元', 1e3],
    ['万元', 1e4],
    ['百万元', 1e6],
    ['千万元', 1e7],
    ['亿元', 1e8],
    ['万亿元', 1e12],
  ])('money unit %s → %d yuan', (u, n) => expect(yuanPerUnit(u)).toBe(n));
  it.each(['%', '个', '万人', '亿美元', '万元/亩', '元以上'])('%s is no money unit', (u) => expect(yuanPerUnit(u)).toBeUndefined());
});
