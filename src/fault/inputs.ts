import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import JSZip from 'jszip';

/** What a malformed input must end as: refused with a one-line message naming it, or read (perhaps with a warning). */
export type Expect = 'fail' | 'any';

export interface BadInput {
  name: string;
  expect: Expect;
}

/** A small deterministic generator, so a failing case can be reproduced from its name. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x100000000;
  };
}

/**
 * Write the malformed inputs of the fault suite into `dir` (generated at test time, never committed):
 * broken encodings, truncated and corrupted PDF/DOCX/HTML, binary noise, oversize and nested files,
 * special files and bad links. Returns each input with its expected outcome.
 */
export async function writeBadInputs(dir: string, corpus: string, opts: { maxFileMb: number }): Promise<BadInput[]> {
  mkdirSync(dir, { recursive: true });
  const out: BadInput[] = [];
  const put = (name: string, data: Buffer | string, expect: Expect) => {
    writeFileSync(join(dir, name), data);
    out.push({ name, expect });
  };
  const notice = readFileSync(join(corpus, '004_ad92c2df140a72a5.txt'));
  const pdf = readFileSync(join(corpus, 'chongqing-green-plan.pdf'));
  const docx = readFileSync(join(corpus, 'qianjiang-targets.docx'));
  const r = rng(12);

  // Text: empty, blank, binary, noise, truncations, corruptions, encodings.
  put('empty.txt', '', 'fail');
  put('blank.txt', ' \n\t\n   \r\n', 'fail');
  put('nul.txt', Buffer.alloc(4096), 'fail');
  for (let i = 0; i < 8; i++) put(`binary-${i}.txt`, Buffer.from(Array.from({ length: 2048 + i * 500 }, () => Math.floor(r() * 256))), 'fail');
  for (let i = 0; i < 5; i++) put(`latin1-noise-${i}.txt`, Buffer.from(Array.from({ length: 600 }, () => 0x80 + Math.floor(r() * 0x7f))), 'fail');
  for (let i = 0; i < 12; i++) put(`utf8-cut-${i}.txt`, notice.subarray(0, Math.floor(notice.length * (i + 1) / 13) | 1), 'any');
  for (let i = 0; i < 12; i++) {
    const b = Buffer.from(notice);
    for (let k = 0; k <= i; k++) b[Math.floor(r() * b.length)] = Math.floor(r() * 256);
    put(`utf8-flips-${i}.txt`, b, 'any');
  }
  const text = notice.toString('utf8');
  put('gbk-cut.txt', iconv.encode(text, 'gbk').subarray(0, 5001), 'any');
  put('utf16le-odd.txt', iconv.encode(text, 'utf-16le').subarray(0, 4001), 'any');
  put('utf16be-nobom.txt', iconv.encode(text, 'utf-16be'), 'any');
  put('mixed-utf8-gbk.txt', Buffer.concat([notice.subarray(0, 3000), iconv.encode(text.slice(2000, 4000), 'gbk')]), 'any');
  put('big5.txt', iconv.encode('對市級認定的數字化車間和智慧工廠項目分別給予50萬、100萬一次性獎勵。'.repeat(20), 'big5'), 'any');
  put('one-long-line.txt', text.replace(/\s+/g, '').repeat(3), 'any');
  put('controls.txt', Buffer.from(Array.from({ length: 3000 }, (_, i) => (i % 3 ? 0x41 : 0x01))), 'fail');
  put('bom-only.txt', Buffer.from([0xef, 0xbb, 0xbf]), 'fail');
  put('oversize.txt', Buffer.alloc(Math.ceil((opts.maxFileMb + 0.5) * 1048576), 'a'), 'fail');

  // HTML: nesting, unclosed tags, no body, scripts only, wrong charset.
  for (const depth of [2000, 20000, 100000]) put(`deep-${depth}.html`, `<html><body>${'<div>'.repeat(depth)}对企业给予补贴100万元。`, 'any');
  for (const depth of [5000, 50000]) put(`deep-spans-${depth}.html`, `<html><body>${'<span><b><i>'.repeat(depth)}文本`, 'any');
  put('no-body.html', '<html><head><title>x</title></head></html>', 'fail');
  put('script-only.html', `<html><body><script>${'var a=1;'.repeat(5000)}</script></body></html>`, 'fail');
  put('tags-only.html', '<'.repeat(50000), 'any');
  put('gbk-declared-noise.html', Buffer.concat([Buffer.from('<html><head><meta charset="gbk"></head><body>'), Buffer.from(Array.from({ length: 3000 }, () => 0x81 + Math.floor(r() * 0x7e)))]), 'any');
  put('binary.html', Buffer.from(Array.from({ length: 3000 }, () => Math.floor(r() * 256))), 'fail');
  for (let i = 0; i < 4; i++) put(`html-cut-${i}.html`, `<html><body><table><tr><td>${text.slice(0, 500 * (i + 1))}`, 'any');

  // PDF: header only, truncations, corruptions, noise.
  put('header-only.pdf', '%PDF-1.7\n', 'fail');
  put('not-a.pdf', text, 'fail');
  put('noise.pdf', Buffer.from(Array.from({ length: 5000 }, () => Math.floor(r() * 256))), 'fail');
  for (let i = 0; i < 10; i++) put(`pdf-cut-${i}.pdf`, pdf.subarray(0, Math.floor(pdf.length * (i + 1) / 11)), 'any');
  for (let i = 0; i < 10; i++) {
    const b = Buffer.from(pdf);
    for (let k = 0; k < 20 * (i + 1); k++) b[Math.floor(r() * b.length)] = Math.floor(r() * 256);
    put(`pdf-flips-${i}.pdf`, b, 'any');
  }
  put('pdf-bad-xref.pdf', Buffer.concat([pdf.subarray(0, pdf.length - 200), Buffer.from('startxref\n999999999\n%%EOF\n')]), 'any');

  // DOCX: not a zip, truncated zips, corrupted, zips without a document, a compression bomb.
  put('not-a-zip.docx', text, 'fail');
  put('zip-header-only.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04]), 'fail');
  for (let i = 0; i < 8; i++) put(`docx-cut-${i}.docx`, docx.subarray(0, Math.floor(docx.length * (i + 1) / 9)), 'any');
  for (let i = 0; i < 6; i++) {
    const b = Buffer.from(docx);
    for (let k = 0; k < 10 * (i + 1); k++) b[200 + Math.floor(r() * (b.length - 200))] = Math.floor(r() * 256);
    put(`docx-flips-${i}.docx`, b, 'any');
  }
  const empty = new JSZip();
  empty.file('hello.txt', 'not a word document');
  put('zip-not-docx.docx', await empty.generateAsync({ type: 'nodebuffer' }), 'fail');
  const bomb = new JSZip();
  const para = '<w:p><w:r><w:t>对企业给予补贴</w:t></w:r></w:p>';
  bomb.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  bomb.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  bomb.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${para.repeat(400000)}</w:body></w:document>`);
  put('bomb.docx', await bomb.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } }), 'any');

  // Things that are not files: links and specials, and a name that is not UTF-8.
  const special = (name: string, make: () => void) => {
    try {
      make();
      out.push({ name, expect: 'fail' });
    } catch {
      // not supported on this filesystem
    }
  };
  special('dangling.txt', () => symlinkSync('nowhere.txt', join(dir, 'dangling.txt')));
  special('loop-a.txt', () => {
    symlinkSync('loop-b.txt', join(dir, 'loop-a.txt'));
    symlinkSync('loop-a.txt', join(dir, 'loop-b.txt'));
  });
  out.push({ name: 'loop-b.txt', expect: 'fail' });
  special('fifo.txt', () => execFileSync('mkfifo', [join(dir, 'fifo.txt')]));
  special('dev-zero.txt', () => symlinkSync('/dev/zero', join(dir, 'dev-zero.txt')));
  special('self', () => symlinkSync('.', join(dir, 'self')));
  special('bad\ufffd.txt', () => writeFileSync(Buffer.from(join(dir, 'bad').concat('\xff.txt'), 'latin1'), text));

  // A good file among them: the rest of the batch must be processed.
  put('good.txt', notice, 'any');
  return out;
}
