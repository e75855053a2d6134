import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { devText as dev } from '../dev-notices.js';
import { extractDocument } from './extract.js';

// A table of conditions and what meeting them brings, a cell a line under its header 种类 / 条件 / 奖励 (冠县's 政策问答, round 282), was run
// into one clause with its header and gave no value at all: a kind column, then a condition column and a benefit column, open a table whose
// cells the cleaner keeps apart, each cell a clause of its own; a cell closed by 的 whose grant opens the next line (年度产值首次突破1亿元(含)、
// …的 / 分别给予5万元、…奖励) is a condition, its figures floors, as a listed condition's are (issue 9).
const clauses = (text: string) => documentsOfPlainText(text).flatMap((d) => extractDocument(d));

describe('a table of conditions and benefits a cell a line (cell table condition columns)', () => {
  it('冠县 2022 (shandong-guanxian-qiyejiangli2022.txt): each cell its values', () => {
    const cs = clauses(dev('shandong-guanxian-qiyejiangli2022.txt'));
    const of = (start: string) => cs.find((c) => c.text.startsWith(start))!;
    expect(of('在库民间及高技术产业投资项目').thresholds.map((t) => [t.min, t.unit])).toEqual([[20000000, '元']]);
    expect(of('单个项目年最高奖励不超过30万元').amounts.map((a) => [a.yuan, a.role])).toEqual([[300000, 'cap']]);
    expect(of('产值达到1亿元以上且同比增长20%以上的').thresholds.map((t) => [t.min, t.unit])).toEqual([[100000000, '元'], [0.2, '%']]);
    expect(of('按照设备金额的10%给予奖补').rates.map((r) => [r.value, r.role])).toEqual([[0.1, 'fixed']]);
    // (a condition cell's figures are floors, no sums: 首次突破…的, 单项设备购置费不低于1万元的)
    const floors = of('年度产值首次突破1亿元');
    expect([floors.amounts.length, floors.thresholds.map((t) => t.min)]).toEqual([0, [1e8, 5e8, 1e9, 3e9, 5e9, 1e10]]);
    expect(of('立项达到500万元及以上的').amounts).toEqual([]);
    expect(cs.filter((c) => /^给予\d万元奖励$/.test(c.text.trim())).map((c) => c.amounts[0].yuan)).toEqual([50000, 30000, 10000, 50000, 30000, 50000]);
  });

  it.each([
    // (a kind column alone over other columns is no such table)
    ['种类', '名称', '金额'],
    ['类别', '条件', '备注'],
  ])('no condition table: %s / %s / %s', (...header) => {
    const text = `${header.join('\n\n')}\n\n制造业\n\n产值达到1亿元以上的\n\n单个企业最高奖励10万元\n`;
    expect(clauses(text).some((c) => c.text.trim() === '单个企业最高奖励10万元')).toBe(false);
  });
});
