import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { extractDocuments } from '../extract/extract.js';
import { devText as dev } from '../dev-notices.js';

// Round 185 (issue 9): a page's one-column layout table flattened to lines (| / | / 乾安县2024年度…的通告 | / 2024-9-29 |) ran the bars into the
// title, its date and the first sentence; and a division whose name the character fold changes (乾安县 → 干安县: 乾 is also read as the
// traditional form of 干) was never found in folded text. Found on jilin-qianan-nongjibutie.txt; 乾县 (陕西) shares the second class.
const docs = (text: string) => documentsOfPlainText(text);

describe('a layout column of bars, and names the fold changes (layout bars, folded names)', () => {
  it('乾安 (jilin-qianan-nongjibutie.txt): title, date and region', () => {
    const d = docs(dev('jilin-qianan-nongjibutie.txt'))[0];
    expect([d.title, d.date, d.region]).toEqual(['乾安县2024年度购置补贴机具信息录入的通告', '2024-09-29', '乾安县']);
  });
  it.each([
    ['乾安县2024年度农机购置补贴实施方案\n按照文件精神,现将下步补贴事宜通告如下:\n一、补贴对象为从事农业生产的农民。\n', '乾安县'],
    ['乾县人民政府关于促进消费的若干措施\n为促进消费,结合我县实际,制定如下措施。\n一、对新开业商户给予1万元奖励。\n', '乾县'],
  ])('form: %s', (text, region) => expect(docs(text)[0].region).toBe(region));
  it('valid: a table drawn a cell a line, each cell closed by its bar, keeps its cells (楚雄)', () => {
    const clauses = extractDocuments(docs(dev('yunnan-chuxiong-gaobiaozhunnongtian.txt'))).flat();
    expect(clauses.some((c) => c.amounts.some((a) => a.yuan === 44625000))).toBe(true);
  });
});
