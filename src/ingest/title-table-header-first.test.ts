import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// A page that prints only its table, its header's first cell opening the text (序号 / 名称 / 来源 / …, 五通桥 round 285), had 序号 for its title:
// a table's header is no title; the page has none (issue 9).
describe('a table header opening the text is no title (title table header first)', () => {
  it('五通桥 2023 (sichuan-wutongqiao-huiminhuinong2023.txt)', () => {
    const [d] = documentsOfPlainText(dev('sichuan-wutongqiao-huiminhuinong2023.txt'));
    expect([d.title, d.region, d.issuer, d.date]).toEqual(['', '五通桥区', '中共五通桥区委农村工作领导小组办公室', '2023-09-27']);
    expect(d.text.startsWith('序号')).toBe(true);
  });
});
