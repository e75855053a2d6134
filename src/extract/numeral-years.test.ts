import { describe, expect, it } from 'vitest';
import { extractValues, noticeDate } from './extract.js';
import { foldNumeralYears, foldWordPercents, numeralBeforeYear } from './numbers.js';

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
  // The check that lets a clause skip the fold: true wherever the fold could change something (a superset), false for the common
  // clause whose years are digits.
  it.each([
    ['到二〇二六年', true],
    ['到 二〇三五 年', true],
    ['二O二五年', true],
    ['第一二三四五年', true],
    ['到2025年,全市规模以上工业企业80%实现数字化智能化转型', false],
    ['2023年度新认定的企业', false],
    ['给予一次性奖励', false],
  ])('numeralBeforeYear(%s) is %s', (s, found) => {
    expect(numeralBeforeYear(s)).toBe(found);
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

// Percentages in words (百分之十, 百分之二十五, 百分之百), as legal-style notices write them. Found by writing dev's whole-number
// percentages so (420 files): rates fell 1.000→0.990 and thresholds 0.998→0.990, growth conditions read as subsidies; now
// rates 0.996 (a page that ran three percentages together with no separator) and thresholds 0.998.
describe('a percentage in words reads as its figure (word percents)', () => {
  it.each([
    ['百分之十', '010%'],
    ['百分之二十五', '00025%'],
    ['百分之百', '100%'],
    ['百分之五', '005%'],
    ['百分之一百', '0100%'],
  ])('%s → %s, one character for one', (written, folded) => {
    expect(foldWordPercents(written)).toBe(folded);
    expect(foldWordPercents(written)).toHaveLength(written.length);
  });
  it('not a fraction or a word list (百分之零点五, 百分之一二)', () => {
    for (const s of ['百分之零点五', '百分之一二']) expect(foldWordPercents(s)).toBe(s);
  });
  it('贵阳 dev (guizhou-guiyang-ruanjian.txt) in words: growth conditions are thresholds, the subsidy a rate, objects as written', () => {
    const v = extractValues('对上年度营业收入1亿元以上且同比增长百分之十、百分之二十、百分之三十以上的企业,按照其上年度营业收入新增部分的百分之一给予奖励');
    expect(v.thresholds.map((t) => [t.min, t.unit, t.raw])).toEqual([[100000000, '元', '1亿元以上'], [0.1, '%', '百分之十'], [0.2, '%', '百分之二十'], [0.3, '%', '百分之三十']]);
    expect(v.rates.map((r) => [r.value, r.raw])).toEqual([[0.01, '百分之一']]);
  });
  it('宜宾 dev (sichuan-yibin-gongyejingji.txt) in words: a range of growth', () => {
    const v = extractValues('单季度生产规模比上年同期增长百分之十—百分之二十的,给予20万元奖励');
    expect(v.thresholds.map((t) => [t.min, t.max, t.unit])).toEqual([[0.1, 0.2, '%']]);
    expect(v.amounts.map((a) => a.yuan)).toEqual([200000]);
  });
});
