import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { blankMarkup } from './markup.js';
import { devText as dev } from '../dev-notices.js';

// A text file that holds a page's HTML markup as saved (山西省, shanxi-shanxisheng-zhongdianqunti.txt, round 97).

describe('HTML markup saved into a text file is blanked, offsets kept (saved markup)', () => {
  it('blanks tags to the same length, a block tag a line break', () => {
    const text = '<p>各市、县人民政府:</p><p style="text-align: right;"> 山西省人民政府</p><p> <strong>一、指导思想</strong></p>';
    const { text: out, blanked } = blankMarkup(text);
    expect(blanked).toBe(true);
    expect(out.length).toBe(text.length);
    expect(out.replace(/\s+/g, '|')).toBe('|各市、县人民政府:|山西省人民政府|一、指导思想|');
  });
  it('leaves a text with a stray tag or two alone', () => {
    const text = '对年营业收入2000万元以上的企业<br>给予奖励。';
    expect(blankMarkup(text)).toEqual({ text, blanked: false });
  });
  it('山西省: the signing date under the tags dates the notice; the reader is told', () => {
    const warnings: string[] = [];
    const docs = documentsOfPlainText(dev('shanxi-shanxisheng-zhongdianqunti.txt'), 'x.txt', (w) => warnings.push(w));
    expect(docs[0].date).toBe('2018-03-27');
    expect(docs[0].issuer).toBe('山西省人民政府');
    expect(warnings.some((w) => /HTML markup/.test(w))).toBe(true);
  });
});
