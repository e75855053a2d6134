import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';

// An item's first sentence that states a sum, in brackets or not, is a clause of its own, as a heading line that states one is (round 94);
// a short first sentence with no figure stays the item's heading.
const clauses = (text: string) =>
  documentsOfPlainText(text)
    .flatMap((d) => extractDocument(d))
    .map((c) => [c.text.replace(/\s+/g, ''), c.amounts.map((a) => a.yuan)]);

describe('an item\'s first sentence that states a sum (heading sentence sum)', () => {
  it('利通 (宁夏): the fund\'s sum in brackets after its name is read', () => {
    const text =
      '一、涉及调整资金来源\n本调整方案涉及资1113.067431万元。具体资金来源为:\n(一)结余中央衔接资金(109.842431万元)。一是农业农村局退回2024年结余资金34.883192万元、2023年结余资金1.0103万元。\n(二)结余自治区衔接资金(972.114万元)。一是农业农村局退回2024年结余资金852万元。\n';
    expect(clauses(text).flatMap(([, sums]) => sums)).toEqual([11130674.31, 1098424.31, 348831.92, 10103, 9721140, 8520000]);
  });
  it('a first sentence naming the item with no figure stays its heading (开展产业链再造行动。)', () => {
    const text = '二、重点任务\n(一)开展产业链再造行动。对新引进的链主企业,给予最高100万元奖励。\n';
    expect(clauses(text)).toEqual([['对新引进的链主企业,给予最高100万元奖励。', [1000000]]]);
  });
});
