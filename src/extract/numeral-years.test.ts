import { describe, expect, it } from 'vitest';
import { extractValues, noticeDate } from './extract.js';
import { foldNumeralYears } from './numbers.js';

// Years written in Chinese numerals digit by digit (二〇二五年, 二O二五年, 二零二五年), as formal notices write them. Found by
// writing dev's years so (374 files): deadlines fell from 0.995 to 0.934; with the fold, 0.979 (the rest are signature dates the
// rewrite made half numeral, half digits, which no notice writes).
describe('a year in Chinese numerals reads as its digits (numeral years)', () => {
  it.each([
    ['二〇二五年', '2025年'],
    ['二O二五年', '2025年'],
    ['二零二六年底前', '2026年底前'],
    ['到 二〇三五 年', '到 2035 年'],
  ])('%s → %s, one character for one', (written, folded) => {
    expect(foldNumeralYears(written)).toBe(folded);
    expect(foldNumeralYears(written)).toHaveLength(written.length);
  });
  it('counts and ordinals are not years (一二三四 without 年, 十一年, 第一二三四)', () => {
    for (const s of ['一二三四', '连续十一年', '二十二年', '第一二三四五年']) expect(foldNumeralYears(s)).toBe(s);
  });
  it('佛山 dev (guangdong-foshan-liudashengji.txt), its year in numerals: 到二〇二六年 → 2026, reported as written', () => {
    const v = extractValues('到二〇二六年,全市规模以上工业企业80%实现数字化智能化转型');
    expect(v.deadlines.map((d) => [d.raw, d.date])).toEqual([['到二〇二六年', '2026']]);
  });
  it('a month without a year takes the notice year a numeral title gives (山东省 dev: 营商环境创新2022年行动计划)', () => {
    expect(noticeDate({ title: '营商环境创新二〇二二年行动计划' })).toBe('2022');
    const v = extractValues('6月底前,探索企业账户账号在线推送模式', '2022');
    expect(v.deadlines.map((d) => d.date)).toEqual(['2022-06']);
  });
});
