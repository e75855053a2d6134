import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { pageLabelLength } from './metadata.js';
import { devText as dev } from '../dev-notices.js';

// A news page's photo credit the cleaner ran into the letterhead under it (资料图 王海欣 摄北京市人民政府办公厅, a repost of 北京's
// measures for small firms) was read as the issuer, credit and all: a photo credit (dict/document-meta.json photoCredits, then the
// photographer's name and 摄) opens the line the way a site's tab label does, and the body is named from after it (issue 9).
describe('a photo credit run into the letterhead is no part of the issuer (issuer photo credit)', () => {
  it.each([
    ['资料图 王海欣 摄北京市人民政府办公厅', 9],
    ['资料图王海欣摄北京市人民政府办公厅', 7],
    // (not a reporter's sentence that names a body: no name and 摄 before it)
    ['记者从北京市人民政府办公厅获悉', 0],
    ['北京市人民政府办公厅', 0],
  ])('%s', (line, length) => {
    expect(pageLabelLength(line)).toBe(length);
  });

  it('beijing-beijingshi-zhongxiaoweiqiye2020.txt', () => {
    const d = documentsOfPlainText(dev('beijing-beijingshi-zhongxiaoweiqiye2020.txt')).find((x) => x.title.includes('中小微企业持续健康发展'))!;
    expect([d.region, d.issuer, d.date]).toEqual(['北京市', '北京市人民政府办公厅', '2020-02-06']);
  });
});
