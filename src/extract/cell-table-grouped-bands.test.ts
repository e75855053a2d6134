import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { groupedColumns } from '../ingest/cell-lines.js';
import { devText as dev } from '../dev-notices.js';
import { extractDocument } from './extract.js';

// 永嘉's payout of 高龄津贴 (round 277) tabled each town's heads and money under four age bands, a cell a line: 乡镇 / (街道) / 80-89周岁 /
// 90-94周岁 / 95-99周岁 / 100周岁以上 / 人数(个) / 金额 / (元) / … and rows 1 / 桥头镇 / 1769 / 106140 / 265 / 53000 …. No header was read (the
// bands are no column names, the place column wrapped its bracket), so the cleaner ran the cells together and none of the 36 sums was
// found. A header whose bands each head the same columns is read as such: a row is its place and a figure a column, the money columns'
// sums each a `total` allotted to the place, and the header to its last band a clause whose bands are thresholds (issue 9).
const lines = (s: string) => {
  const l = s.split(' / ');
  return (j: number) => l[j];
};

describe('columns grouped under bands (cell table grouped bands)', () => {
  it.each([
    // (永嘉: the place column's bracket wrapped, a money column's unit wrapped)
    ['(街道) / 80-89周岁 / 90-94周岁 / 95-99周岁 / 100周岁以上 / 人数(个) / 金额 / (元) / 人数(个) / 金额 / (元) / 人数(个) / 金额(元) / 人数(个) / 金额 / (元) / 1 / 桥头镇', 4, ['人数(个)', '金额(元)']],
    // (the bands in another dash and unit, the money column first)
    ['80岁—89岁 / 90岁及以上 / 金额(万元) / 人数 / 金额(万元) / 人数 / 1 / 城关镇', 2, ['金额(万元)', '人数']],
  ])('%s', (header, bands, sub) => {
    const g = groupedColumns(lines(header))!;
    expect(g.bands.length).toBe(bands);
    expect(g.sub).toEqual(sub);
  });

  it.each([
    // (no bands: a plain header)
    '人数(个) / 金额(元) / 1 / 桥头镇',
    // (one band only)
    '80-89周岁 / 人数(个) / 金额(元) / 1',
    // (the columns under the bands do not repeat)
    '80-89周岁 / 90-94周岁 / 人数(个) / 金额(元) / 户数 / 金额(元) / 1',
    // (no money column among them)
    '80-89周岁 / 90-94周岁 / 人数(个) / 户数(户) / 人数(个) / 户数(户) / 1',
  ])('no grouped header: %s', (header) => {
    expect(groupedColumns(lines(header))).toBeUndefined();
  });

  it('永嘉 2023 (zhejiang-yongjia-gaolingjintie2023.txt): each town\'s four sums, the bands on the header', () => {
    const clauses = documentsOfPlainText(dev('zhejiang-yongjia-gaolingjintie2023.txt')).flatMap((d) => extractDocument(d));
    const rows = clauses.filter((c) => /^[\u4e00-\u9fff]{2,4}镇\s/.test(c.text)).map((c) => [c.text.split(/\s+/)[0], c.amounts.map((a) => [a.yuan, a.role])]);
    expect(rows.slice(0, 3)).toEqual([
      ['桥头镇', [[106140, 'total'], [53000, 'total'], [18000, 'total'], [800, 'total']]],
      ['桥下镇', [[127260, 'total'], [64400, 'total'], [18600, 'total'], [6400, 'total']]],
      ['岩头镇', [[124200, 'total'], [71000, 'total'], [20100, 'total'], [6400, 'total']]],
    ]);
    // (the excerpt cuts the tenth row off after its number: nine rows)
    expect(rows.length).toBe(9);
    const header = clauses.find((c) => c.text.replace(/\s+/g, '') === '乡镇(街道)80-89周岁90-94周岁95-99周岁100周岁以上')!;
    expect(header.thresholds.map((t) => [t.min, t.max, t.unit])).toEqual([[80, 89, '周岁'], [90, 94, '周岁'], [95, 99, '周岁'], [100, undefined, '周岁']]);
  });
});
