import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { numeralDateLine } from './metadata.js';

// Round 12 of dev notices: classes of document metadata, each with the dev line that showed it.
describe('numeral_signing_dates: a date in Chinese numerals, zero written any way, bracketed or not', () => {
  it.each([
    // 上海 宝山区 (dev, shanghai-baoshan-zhongdiangongzuo.txt): bracketed under the page head, a letter O for zero
    ['(二O一四年二月十四日)', '2014-02-14'],
    ['（二〇二三年八月二十四日）', '2023-08-24'],
    // a digit 0 or a full-width Ｏ typed for zero
    ['二0一四年二月十四日', '2014-02-14'],
    ['二ＯＯ五年一月十三日', '2005-01-13'],
    ['二○○七年二月八日', '2007-02-08'],
    // not a date line: a sentence, or a date in Arabic digits (read elsewhere)
    ['二〇一四年是全面深化改革的第一年', undefined],
    ['2014年2月14日', undefined],
  ])('%s → %s', (line, want) => expect(numeralDateLine(line)).toBe(want));
  it('the bracketed date is the notice date (宝山区)', () => {
    const text = '(二O一四年二月十四日)\n宝府〔2014〕21号\n各镇人民政府,各街道办事处,区政府各委、办、局:\n现将《2014年区政府重点工作安排》印发给你们,请认真按照执行。\n特此通知\n';
    expect(documentsOfPlainText(text, 'baoshan.txt')[0].date).toBe('2014-02-14');
  });
});
