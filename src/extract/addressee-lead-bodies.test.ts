import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments } from './extract.js';
import { devText as dev } from '../dev-notices.js';

// The addressees a notice's first sentence runs on from may be stations, centres or project owners (各镇街畜牧兽医站,有关项目业主:为促进…):
// the clause starts after their colon, as it does after 各有关单位:. Found on chongqing-dazu-zhongcaoyangyang.txt (round 183), a page
// flattened to one line, whose first sum then lay in a clause opening before the labelled scope.
const clauses = (text: string) => extractDocuments(documentsOfPlainText(text)).flat();

describe('addressees that are stations or project owners (addressee lead bodies)', () => {
  it('大足 (chongqing-dazu-zhongcaoyangyang.txt): 各镇街畜牧兽医站,有关项目业主:', () => {
    const c = clauses(dev('chongqing-dazu-zhongcaoyangyang.txt')).find((x) => x.text.includes('拟安排15万元'));
    expect(c?.text.startsWith('为促进大足黑山羊持续快速发展')).toBe(true);
  });
  it.each([
    ['各乡镇农业服务中心,各有关公司:为加快农业发展,对新建基地给予5万元奖励。', '为加快农业发展'],
    ['各有关合作社:现将2024年补助标准通知如下:每亩补贴100元。', '现将2024年补助标准通知如下'],
  ])('form: %s', (text, start) => {
    expect(clauses(text).find((x) => x.amounts.length)?.text.startsWith(start)).toBe(true);
  });
});
