import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// A joint letterhead, the bodies a line each over the notice's 关于 title (海南省人力资源和社会保障厅 / 海南省财政厅 / 海南省扶贫办, spaced out
// on the page), gave no issuer: only one body's line right over the title was read, and only a body whose name the narrow pattern knew
// (a 厅 or a province's 扶贫办 was not). Every body line right over the title now issues, joined with 、 (round 273, issue 9).
describe('the bodies of a joint letterhead over the title issue the notice (issuer joint letterhead)', () => {
  it('海南省 2018 (hainan-hainansheng-jiuyefupin2018.txt): three bodies, each on its line', () => {
    expect(documentsOfPlainText(dev('hainan-hainansheng-jiuyefupin2018.txt'))[0].issuer).toBe('海南省人力资源和社会保障厅、海南省财政厅、海南省扶贫办');
  });
  it('a sentence line over the title is no body', () => {
    const text = '现将有关事项通知如下。\n关于落实九条特殊措施进一步做好就业扶贫工作的通知\n各市、县人民政府:\n为贯彻落实…,现提出九条特殊措施。\n';
    expect(documentsOfPlainText(text)[0].issuer).toBeUndefined();
  });
});
