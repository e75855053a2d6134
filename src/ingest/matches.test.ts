import { describe, expect, it } from 'vitest';
import { matchesOf } from './matches.js';

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
