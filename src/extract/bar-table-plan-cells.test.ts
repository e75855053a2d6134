import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments } from './extract.js';
import { devText as dev } from '../dev-notices.js';

// A bar-drawn task table whose plan column has a long name (工作举措及实施计划) and whose plan cells hold numbered items (| 1.婴幼儿照护
// 服务成长驿站:3月底前…;… 2.…): the plan column was not read as one (its name's prefix was capped at four characters), and a row whose
// plan cell held "。|1." was split there as if a heading opened, losing the row's bodies. Found on zhejiang-linan-minshengshishi.txt.
const clauses = (text: string) => extractDocuments(documentsOfPlainText(text)).flat();

describe('a plan cell’s numbered items are the row’s clauses with its bodies (bar plan cells)', () => {
  const LINAN = dev('zhejiang-linan-minshengshishi.txt');
  const ROW2 = ['卫生健康局', '财政局', '教育局', '规划和自然资源分局', '医疗保障分局', '民政局', '妇联', '各镇(街道)'];
  it('临安 row 2: every sentence of its plan cell carries its eight bodies', () => {
    const got = clauses(LINAN);
    for (const start of ['新建成婴幼儿照护服务成长驿站7家', '6月底前新建成2家', '9月底前完成500个托位', '11月底前完成胃肠癌联合筛查工作']) {
      expect(got.find((c) => c.text.includes(start))?.units).toEqual(ROW2);
    }
  });
  it.each([
    ['工作举措及实施计划'],
    ['月度工作计划'],
    ['年度重点工作推进计划'],
  ])('form: a plan column named %s', (name) => {
    const got = clauses(`某区2022年民生实事项目\n序号 | 实事项目 | ${name} | 责任单位 |\n1 | 新建成驿站7家。 | 1.驿站:3月底前新建成2家;6月底前新建成5家。2.托位:9月底前完成。 | 卫生健康局 |\n`);
    expect(got.filter((c) => c.units.length).map((c) => c.text)).toEqual(['新建成驿站7家。', '驿站:3月底前新建成2家;', '6月底前新建成5家。', '托位:9月底前完成。']);
  });
});
