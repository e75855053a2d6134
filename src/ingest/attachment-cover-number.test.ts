import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// 永嘉's payout table (round 277), attached under 永嘉县民政局's notice numbered 永民〔2023〕301号, took its cover's number and, naming no place
// and speaking at no level, was read as a page block carrying the number: its region became 永州市, what the bare abbreviation 永 reads as.
// A part is such a block only where its own text carries the number; an attachment that took its cover's keeps its cover's region (issue 9).
describe('an attachment that took its cover\'s number (attachment cover number)', () => {
  it('永嘉 2023 (zhejiang-yongjia-gaolingjintie2023.txt): the table is 永嘉县\'s, as its cover is', () => {
    const docs = documentsOfPlainText(dev('zhejiang-yongjia-gaolingjintie2023.txt'));
    expect(docs.map((d) => [d.title, d.region])).toEqual([
      ['关于发放2023年12月份高龄津贴的通知', '永嘉县'],
      ['2023年12月份高龄老人数和金额汇总表', '永嘉县'],
    ]);
  });
});
