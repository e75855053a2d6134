import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { devText as dev } from '../dev-notices.js';
import { extractDocument } from './extract.js';

// A 合计 row whose first cells are merged, a figure column that is not money among the rest (合计 | 2100 | 105.0 | under 序号 | 所属镇街 |
// 基地名称 | 完成面积 | 拟补助资金, 余杭 round 285), gave the area as the sum: the merged row's figures were read in order from the first money
// column. Right-aligned, each figure under the column its place from the end gives, the total is 105.0万元 (issue 9).
const clauses = (text: string) => documentsOfPlainText(text).flatMap((d) => extractDocument(d));

describe('a merged 合计 row reads its figures from the right (bar table merged total right)', () => {
  it('余杭 2024 (zhejiang-yuhang-yecaiyingji2024.txt): the rows and their total', () => {
    const cs = clauses(dev('zhejiang-yuhang-yecaiyingji2024.txt'));
    const sums = cs.filter((c) => c.text.includes('|')).flatMap((c) => c.amounts.map((a) => [a.yuan, a.role]));
    expect(sums).toEqual([[207500, 'fixed'], [566500, 'fixed'], [77500, 'fixed'], [75000, 'fixed'], [93500, 'fixed'], [30000, 'fixed'], [1050000, 'total']]);
  });

  it.each([
    // (two money columns, a place's row, the merged row's figures under both: as before, in order)
    [['序号 | 乡镇 | 项目名称 | 中央资金(万元) | 省级资金(万元) |', '1 | 甲镇 | 道路硬化项目 | 30 | 20 |', '合计 | 30 | 20 |'], [[300000, 'total'], [200000, 'total'], [300000, 'total'], [200000, 'total']]],
  ])('%j', (lines, want) => {
    expect(clauses(`${lines.join('\n')}\n`).flatMap((c) => c.amounts.map((a) => [a.yuan, a.role]))).toEqual(want);
  });
});
