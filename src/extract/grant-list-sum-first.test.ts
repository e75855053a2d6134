import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';

// An allotment table a cell a line whose 合计 row comes first, right under the header (吉林省 生猪调出大县 2017, round 250): 合计 is a
// row's label, not a column's name, and the rows below it are places with their sums, each a `total`.
const sums = (text: string) =>
  extractDocument(documentsOfPlainText(text)[0])
    .filter((c) => c.amounts.length)
    .map((c) => [c.text.replace(/\s+/g, ''), c.amounts.map((a) => [a.yuan, a.role])]);

describe('a cell-a-line allotment list opening on its sum row (grant list, sum first)', () => {
  it('吉林省 2017 (jilin-jilinsheng-shengzhudiaochu2017.txt): 单位:万元 / 县(市) / 金 额 / 合 计 / 599 / 伊通县 / 100 …', () => {
    const text = '2017年生猪调出大县省级统筹奖励资金分配表\n\n                                单位:万元\n\n县(市)\n\n金 额\n\n合 计\n\n599\n\n伊通县\n\n100\n\n磐石市\n\n90\n';
    expect(sums(text)).toEqual([
      ['合计599', [[5990000, 'total']]],
      ['伊通县100', [[1000000, 'total']]],
      ['磐石市90', [[900000, 'total']]],
    ]);
  });
});
