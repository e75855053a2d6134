import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestFile } from './ingest.js';
import { readAny } from './readers.js';

const norm = (s: string) => s.replace(/\s+/g, '');
const text = async (f: string) => (await ingestFile(f)).map((d) => d.text).join('\n');

// Fixtures made by scripts/make_fixtures.py from the texts in fixtures/src/.
describe('readers: fixtures ingest to the text they were made from', () => {
  it('PDF (multi-page, CJK, running header and — N — page numbers)', async () => {
    const raw = await readAny('corpus/chongqing-green-plan.pdf');
    expect(raw.pages).toBeGreaterThan(1);
    expect(raw.text).toContain('重庆市人民政府公报');
    const t = await text('corpus/chongqing-green-plan.pdf');
    expect(t).not.toContain('重庆市人民政府公报');
    expect(t).not.toMatch(/— \d+ —/);
    expect(norm(t)).toBe(norm(readFileSync('fixtures/src/green-plan.txt', 'utf8')));
  });
  it('DOCX with a table: rows come back as tab-separated cells with named columns', async () => {
    const docs = await ingestFile('corpus/qianjiang-targets.docx');
    expect(norm(docs.map((d) => d.text).join(''))).toBe(norm(readFileSync('fixtures/src/qianjiang-targets.tsv', 'utf8')));
    const table = docs[0].tables[0];
    expect(table.columns).toEqual(['工作类别', '目标名称', '单位', '2020年', '2025年']);
    expect(table.rows[0].cells).toEqual(['产业链条建设行动（产业集群达规模）', '规上工业总产值', '亿元', '109.43', '350']);
  });
  it('HTML page in GBK: navigation, breadcrumb, share box and footer are dropped', async () => {
    const raw = await readAny('corpus/chongqing-leader-plan.html');
    expect(raw.encoding).toBe('gb18030');
    const t = await text('corpus/chongqing-leader-plan.html');
    for (const chrome of ['首页', '当前位置', '分享到', '版权所有', 'ICP']) expect(t).not.toContain(chrome);
    expect(norm(t)).toBe(norm(readFileSync('fixtures/src/leader-plan.txt', 'utf8')));
  });
  it('GB18030 text with CRLF line ends', async () => {
    const raw = await readAny('corpus/qijiang-green-gbk.txt');
    expect(raw.encoding).toBe('gb18030');
    // The source still has its page number line (— 35 —); cleaning drops it.
    const source = readFileSync('fixtures/src/qijiang-green.txt', 'utf8').replace(/^— \d+ —$/m, '');
    expect(norm(await text('corpus/qijiang-green-gbk.txt'))).toBe(norm(source));
  });
});

describe('readers: bad inputs give one clear line naming the file', () => {
  it.each([
    ['fixtures/bad/empty.txt', 'empty.txt: empty file'],
    ['fixtures/bad/binary.txt', 'binary.txt: binary data, not a text document'],
    ['fixtures/bad/scanned.pdf', 'scanned.pdf: no text layer (scanned PDF? 1 page(s) of images; run OCR first)'],
    ['fixtures/bad/encrypted.pdf', 'encrypted.pdf: encrypted PDF (password required)'],
    ['fixtures/bad/notazip.docx', 'notazip.docx: not a DOCX (not a zip archive)'],
    ['fixtures/bad/missing.txt', 'missing.txt: no such file'],
  ])('%s', async (file, message) => {
    await expect(ingestFile(file)).rejects.toThrow(message);
  });
  it('truncated PDF', async () => {
    await expect(ingestFile('fixtures/bad/truncated.pdf')).rejects.toThrow(/^truncated\.pdf: damaged or truncated PDF/);
  });
});
