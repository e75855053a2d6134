import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { devText as dev } from '../dev-notices.js';
import { extractDocument } from './extract.js';

// A task table a cell a line that opens the page's text, nothing printed above its header (序号 / 名称 / 来源 / 总额 / (万元) / … / 主管部门 / … /
// 1 / 公益性岗位补贴 / …, 五通桥 round 285), lost its first row: before the body, a line under eight characters is taken for a line of the title
// block, and the row's first text cell (公益性岗位补贴) was skipped, so its unit cell found no row. A table's header opens the body (issue 9).
describe('a table header opens the body (line table header opens body)', () => {
  it('五通桥 2023 (sichuan-wutongqiao-huiminhuinong2023.txt): the first row\'s cells carry its unit', () => {
    const cs = documentsOfPlainText(dev('sichuan-wutongqiao-huiminhuinong2023.txt')).flatMap((d) => extractDocument(d));
    const of = (start: string) => cs.find((c) => c.text.startsWith(start))!;
    expect(of('按463个人,每人每月400元').units).toEqual(['区人力资源和社会保障局']);
    expect(of('竹根镇1.32万元').units).toEqual(['区人力资源和社会保障局']);
    expect(of('蔡金镇2.28万元').units).toEqual(['区人力资源和社会保障局']);
  });
});
