import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { devText as dev } from '../dev-notices.js';
import { extractDocument } from './extract.js';

// A task or fund table a cell a line whose row holds a sum alone in a text column (序号 / 名称 / 来源 / 总额(万元) / 发放标准及方式 / 主管部门 over
// 1 / 公益性岗位补贴 / 中央、省、级就业创业补助资金 / 5.84万元 / 146个人,… / 区人力资源和社会保障局, 五通桥 round 280) lost the sum: a short cell
// without bodies was skipped as a leader's name, and the row's unit cell was then taken for its last text column. A sum's cell, or a fund's
// name alone (中央省市困难群众补助资金), is the row's text while the header has text columns left; and the row's parts a column past its units
// lists (分配情况: 1.竹根镇0.28万元,涉及7人次; …) take the row's units, as sub-rows do (issue 9).
const sums = (name: string) =>
  documentsOfPlainText(dev(name))
    .flatMap((d) => extractDocument(d))
    .filter((c) => c.amounts.length)
    .map((c) => [c.text.trim(), c.amounts.map((a) => a.yuan), c.units]);

describe('a sum alone in a row\'s text cell (line table sum cell)', () => {
  it('五通桥 2026 (sichuan-wutongqiao-xianjiezijin2026.txt): each row\'s 总额, the row\'s unit on its text', () => {
    const rows = sums('sichuan-wutongqiao-xianjiezijin2026.txt');
    expect(rows.filter((r) => /^\d[\d.]*万元$/.test(r[0] as string)).map((r) => r[1]).slice(0, 3)).toEqual([[58400], [3183527], [26040]]);
    expect(rows.find((r) => (r[0] as string).startsWith('146个人'))![2]).toEqual(['区人力资源和社会保障局']);
    // (a fund's name alone in its cell is the row's text too, 中央省市困难群众补助资金: the row's unit cell is still read as one)
    expect(rows.find((r) => (r[0] as string).startsWith('按照每人每月620元'))![2]).toEqual(['区民政局']);
    // (the row's parts listed after its unit cell, 分配情况 over 1.石麟镇500960元,涉及942人;: the row's units)
    expect(rows.filter((r) => /^[\u4e00-\u9fff]{2,3}镇\d/.test(r[0] as string)).slice(0, 9).map((r) => r[2])).toEqual([
      ...Array.from({ length: 7 }, () => ['区人力资源和社会保障局']),
      ['区民政局'],
      ['区民政局'],
    ]);
  });

  it('龙湾 (zhejiang-longwan-zerenfenjie.txt): 10亿元 under its task', () => {
    expect(sums('zhejiang-longwan-zerenfenjie.txt').some((r) => r[0] === '10亿元' && (r[1] as number[])[0] === 1e9)).toBe(true);
  });
});
