import { describe, expect, it } from 'vitest';
import { cleanText } from './clean.js';

const lines = (s: string) => cleanText(s).clean.text.split('\n').filter((l) => l.trim());

// A title's 《 left open before a sentence's end (…和《昆明市实施“春风化雨”发展学前教育三年行动计划(2014-2016)(昆通[2014]7号)精神,…。: 五华 dev,
// yunnan-wuhua-puhuiyoueryuan.txt) held the paragraph open, and the signing bodies and date below ran into the cover's sentence: a title never
// holds a sentence's end, so the stop closes what the mark left open.
describe('a title mark left open before a stop (title mark before stop)', () => {
  it('五华: the signing lines stay lines of their own', () => {
    const text = '为贯彻落实《昆明市实施“春风化雨”发展学前教育三年行动计划(2014-2016)(昆通[2014]7号)精神,结合我区实际,现制定《昆明市五华区普惠性民办幼儿园奖励补助暂行办法》。\n五华区教育局 五华区财政局 五华区发展和改革局\n2015年10月21日\n';
    const got = lines(text);
    expect(got).toContain('2015年10月21日');
  });
  it('a bracket (not a title) still holds a note over its stop', () => {
    const text = '加大支持力度。(责任单位:区经信委、\n区财政局负责。)\n';
    expect(lines(text).length).toBe(1);
  });
});
