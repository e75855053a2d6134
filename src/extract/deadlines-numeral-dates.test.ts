import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A date written wholly in words (二〇二四年十二月三十一日前, 自二〇二四年一月一日起施行), as formal rules write it: its day was lost
// (the month in words was read, 二〇二四年十二月 → 2024-12) and its 起施行 was no effective date.
const deadlines = (text: string, docDate?: string) =>
  extractValues(text, docDate).deadlines.map((d) => {
    expect(text.slice(d.start, d.end)).toBe(d.raw);
    return [d.raw, d.date, d.kind];
  });

describe('a date in words keeps its day (numeral dates)', () => {
  it.each([
    // forms: a limit, an effective date, a day of one, two and three numerals, a circle or 零 for the zero
    ['各地须于二〇二四年十二月三十一日前完成清理工作。', [['于二〇二四年十二月三十一日前', '2024-12-31', undefined]]],
    ['本办法自二〇二四年一月一日起施行。', [['自二〇二四年一月一日起施行', '2024-01-01', 'effective']]],
    ['本细则自二○二三年十月十五日起实施。', [['自二○二三年十月十五日起实施', '2023-10-15', 'effective']]],
    ['有效期至二零二六年六月二十日。', [['至二零二六年六月二十日', '2026-06-20', undefined]]],
    // a month in words without a day stays a month
    ['二〇二四年十二月底前全面完成。', [['二〇二四年十二月底前', '2024-12', undefined]]],
  ])('%s', (s, want) => expect(deadlines(s, '2024-01-01')).toEqual(want));
});
