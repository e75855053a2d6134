import { describe, expect, it } from 'vitest';
import { footerFields } from './metadata.js';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// A page's source printed under its text in brackets, its editors after it, maybe run onto the end of the last line by the cleaner
// ((来源:麻江县人力资源和社会保障局,编辑:杨昌艳,审核:顾华业)): the source, as 来源:X alone on the last line is.
describe('a bracketed source under the text (footer source bracketed)', () => {
  it.each([
    // 麻江 (guizhou-majiang-chuangyebutie.txt): run onto the contact list's last line
    [['县政务大厅人社窗口:0855-3881841县就业局:0855-3881835(来源:麻江县人力资源和社会保障局,编辑:杨昌艳,审核:顾华业)'], '麻江县人力资源和社会保障局'],
    // (its own line, no editors)
    [['(来源:麻江县人力资源和社会保障局)'], '麻江县人力资源和社会保障局'],
    // 重庆市: read before this class, kept — the label opening its own line
    [['来源:重庆市人力资源和社会保障局', '发布:1999-09-29'], '重庆市人力资源和社会保障局'],
  ] as [string[], string][])('%s', (lines, want) => expect(footerFields(lines).source).toBe(want));
  it('麻江: the page names no other issuer, so the source issues it', () =>
    expect(documentsOfPlainText(dev('guizhou-majiang-chuangyebutie.txt'))[0].issuer).toBe('麻江县人力资源和社会保障局'));
});
