import { describe, expect, it } from 'vitest';
import { guardedPatterns, matchesOf, needing } from './matches.js';

// corpus/004_ad92c2df140a72a5.txt
const TEXT = '对打造工业互联网创新示范应用和智能制造新模式应用的项目,按不超过总投资的30%给予补助,最多不超过2000万元。补贴标准按首批重大技术装备采购实际支付金额的20%计算，最高不超过200万元。';
const plain = (ms: RegExpMatchArray[]) => ms.map((m) => [m.index, ...m]);

describe('matchesOf', () => {
  it.each([
    [/(\d+)万元/g, TEXT],
    [/(\d{4})年/g, '2023年至2025年'],
    [/(\d+)%/g, TEXT],
    [/x*/g, '给予x补助'], // empty matches step one character on
    [/(?:)/gu, '𠀀年'], // under u an empty match steps over a surrogate pair
    [/亿元/g, TEXT], // none
  ])('gives what matchAll gives: %s', (re, text) => {
    expect(plain(matchesOf(text, re))).toEqual(plain([...text.matchAll(new RegExp(re.source, re.flags))]));
  });
  it('starts from the beginning whatever the regex was used for before', () => {
    const re = /(\d+)万元/g;
    re.test(TEXT); // leaves lastIndex after the first match
    expect(matchesOf(TEXT, re).map((m) => m[1])).toEqual(['2000', '200']);
  });
  it('refuses a regex without the g flag, as matchAll does', () => {
    expect(() => matchesOf(TEXT, /万元/)).toThrow(TypeError);
  });
});

describe('needing', () => {
  // A guard is trusted: marked with one its matches need not hold, the pattern is skipped (this one is wrong on purpose).
  const re = needing(/(\d+)万元/g, /亿/);
  it('skips the scan of a text without a match of the guard', () => {
    expect(matchesOf(TEXT, re)).toEqual([]);
  });
  it('scans a text the guard finds something in as before', () => {
    const text = `总投资1亿元,${TEXT}`;
    expect(plain(matchesOf(text, re))).toEqual(plain([...text.matchAll(/(\d+)万元/g)]));
  });
  it('lists the pattern with its guard', () => {
    expect(guardedPatterns()).toContainEqual([re, /亿/]);
  });
  it('refuses a guard that keeps lastIndex (g or y), whose test would start where the last one stopped', () => {
    expect(() => needing(/年/g, /月/g)).toThrow(TypeError);
    expect(() => needing(/年/g, /月/y)).toThrow(TypeError);
  });
});
