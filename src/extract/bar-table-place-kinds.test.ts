import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { PLACE_COLUMN } from '../ingest/cell-lines.js';
import { devText as dev } from '../dev-notices.js';
import { extractDocument } from './extract.js';

// 舟山's allotment table (round 275) gave none of its six sums: its place column joined two kinds of place (县(区)、街道), its money column
// wrote its unit after a slash (耕地地力保护补贴资金/万元), and its area column's name opened with the year its figures are of (2024年…面积/亩),
// so the header read as no header. A place column may join two kinds (、, /, 及, 和), 县(区) and 市(区) are kinds, a unit may follow a slash,
// and a year opening a column's name is no figure in it. Where two place columns are named (县(区) | 乡镇(街道), 临翔), the rows are the
// finer's; and a 合计 row's figure under a column of a sum per a thing stays that standard, `fixed` (issue 9).
const sums = (text: string) =>
  documentsOfPlainText(text)
    .flatMap((d) => extractDocument(d))
    .filter((c) => c.amounts.length)
    .map((c) => [c.text.replace(/\s+/g, '').slice(0, 10), c.amounts.map((a) => [a.yuan, a.role])]);

describe('place columns of two kinds, units after a slash (bar table place kinds)', () => {
  it.each([
    ['县(区)、街道', true],
    ['县(区)', true],
    ['区县/街道', true],
    ['乡镇(街道)', true],
    // (no place: a project's name, a recipient)
    ['项目名称', false],
    ['县(区)补助资金', false],
  ])('%s', (name, place) => {
    expect(PLACE_COLUMN.test(name)).toBe(place);
  });

  it('舟山 2024 (zhejiang-zhoushan-gengdidili2024.txt): 县(区)、街道 | 2024年…面积/亩 | 耕地地力保护补贴资金/万元 |', () => {
    const text = dev('zhejiang-zhoushan-gengdidili2024.txt');
    expect(sums(text).slice(1).map((r) => r[1])).toEqual([
      [[7163800, 'total']],
      [[3619500, 'total']],
      [[2493600, 'total']],
      [[260200, 'total']],
      [[383000, 'total']],
      [[407500, 'total']],
    ]);
  });

  it('临翔 2025 (yunnan-linxiang-shengtaihulinyuan2025.txt): 县(区) / 乡镇(街道) / 补助金额 (元) / 补助标准 (元/人/月), a cell a line', () => {
    const rows = sums(dev('yunnan-linxiang-shengtaihulinyuan2025.txt'));
    expect(rows.find((r) => String(r[0]).startsWith('合计'))?.[1]).toEqual([[260200, 'total'], [700, 'fixed']]);
    expect(rows.find((r) => String(r[0]).startsWith('凤翔街道'))?.[1]).toEqual([[23100, 'total']]);
    expect(rows.find((r) => String(r[0]).startsWith('平村乡'))?.[1]).toEqual([[18900, 'total']]);
  });
});
