import { extname } from 'node:path';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { decodeHtml, decodeText } from './decode.js';
import { IngestError } from './errors.js';
import { htmlToText } from './html.js';
import type { SourceFormat } from '../types.js';

/** What a reader produces: the file's text before cleaning (tables as tab-separated cells). */
export interface RawText {
  text: string;
  format: SourceFormat;
  encoding: string;
  pages?: number;
  /** Doubts a reader had: bad bytes replaced, mixed encodings, pages that failed to parse. */
  warnings?: string[];
}

const require = createRequire(import.meta.url);

export function formatOf(file: string, buf: Buffer): SourceFormat {
  const ext = extname(file).toLowerCase();
  if (buf.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (buf[0] === 0x50 && buf[1] === 0x4b && (ext === '.docx' || ext === '.doc' || ext === '')) return 'docx';
  if (ext === '.pdf') return 'pdf';
  if (ext === '.docx') return 'docx';
  if (ext === '.html' || ext === '.htm' || ext === '.shtml' || ext === '.xhtml') return 'html';
  return 'txt';
}

export async function readPdf(buf: Buffer, file: string): Promise<RawText> {
  if (!buf.subarray(0, 1024).toString('latin1').includes('%PDF-')) throw new IngestError(file, 'not a PDF (no %PDF header)');
  const { PDFParse } = await import('pdf-parse');
  // Chinese PDFs often use predefined CMaps; point pdf.js at the ones pdfjs-dist ships.
  let cMapUrl: string | undefined;
  try {
    cMapUrl = require.resolve('pdfjs-dist/package.json').replace(/package\.json$/, 'cmaps/');
  } catch {
    cMapUrl = undefined;
  }
  const parser = new PDFParse({ data: new Uint8Array(buf), cMapUrl, cMapPacked: true, verbosity: 0 } as never);
  try {
    let pages: string[];
    let total: number;
    const warnings: string[] = [];
    try {
      const result = await parser.getText();
      pages = result.pages.map((p) => p.text);
      total = result.total;
    } catch (e) {
      const msg = String((e as Error)?.message ?? e);
      if (/password/i.test(msg) || (e as Error)?.name === 'PasswordException' || (e as Error)?.name === 'InvalidPDFException') throw e;
      // Some pages fail: read the others one by one and say how many were read.
      total = (await parser.getInfo()).total;
      pages = [];
      const failed: number[] = [];
      for (let i = 1; i <= total; i++) {
        try {
          pages.push((await parser.getText({ partial: [i] } as never)).pages.map((p) => p.text).join('\n'));
        } catch {
          failed.push(i);
        }
      }
      if (failed.length === total) throw e;
      warnings.push(`read ${total - failed.length} of ${total} pages; page(s) ${failed.slice(0, 10).join(', ')}${failed.length > 10 ? ' …' : ''} failed to parse (${msg.split('\n')[0]})`);
    }
    // Pages joined by a form feed: cleaning treats it as a line break and drops page furniture.
    const text = pages.join('\n\f\n');
    const visible = text.replace(/\s+/g, '');
    if (visible.length === 0) {
      throw new IngestError(file, `no text layer (scanned PDF? ${total} page(s) of images; run OCR first)`);
    }
    return { text, format: 'pdf', encoding: 'pdf', pages: total, ...(warnings.length ? { warnings } : {}) };
  } catch (e) {
    if (e instanceof IngestError) throw e;
    const msg = String((e as Error)?.message ?? e);
    const name = String((e as Error)?.name ?? '');
    if (/password/i.test(msg) || name === 'PasswordException') throw new IngestError(file, 'encrypted PDF (password required)');
    if (/Invalid PDF|bad XRef|Unexpected end|startxref|Invalid XRef|missing|corrupt/i.test(msg) || name === 'InvalidPDFException') {
      throw new IngestError(file, `damaged or truncated PDF (${msg.split('\n')[0]})`);
    }
    throw new IngestError(file, `unreadable PDF (${msg.split('\n')[0]})`);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

export async function readDocx(buf: Buffer, file: string): Promise<RawText> {
  if (!(buf[0] === 0x50 && buf[1] === 0x4b)) throw new IngestError(file, 'not a DOCX (not a zip archive)');
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: buf })).value;
  } catch (e) {
    throw new IngestError(file, `damaged or truncated DOCX (${String((e as Error).message ?? e).split('\n')[0]})`);
  }
  const text = htmlToText(html, { wholeDocument: true });
  if (!text.replace(/\s+/g, '')) throw new IngestError(file, 'DOCX has no text');
  return { text, format: 'docx', encoding: 'docx' };
}

export function readHtml(buf: Buffer, file: string): RawText {
  const { text: html, encoding, warnings } = decodeHtml(buf, file);
  let text: string;
  try {
    text = htmlToText(html, { wholeDocument: false });
  } catch (e) {
    if (e instanceof RangeError) throw new IngestError(file, 'HTML nested too deeply to read (unclosed tags?)');
    throw e;
  }
  if (!text.replace(/\s+/g, '')) throw new IngestError(file, 'HTML page has no body text');
  return { text, format: 'html', encoding, ...(warnings ? { warnings } : {}) };
}

export function readTxt(buf: Buffer, file: string): RawText {
  const { text, encoding, warnings } = decodeText(buf, file);
  if (!text.replace(/\s+/g, '')) throw new IngestError(file, 'file holds only whitespace');
  return { text, format: 'txt', encoding, ...(warnings ? { warnings } : {}) };
}

/** Read any supported file into raw text, or throw an IngestError saying why not. */
export async function readAny(file: string): Promise<RawText> {
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new IngestError(file, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'ERR_FS_FILE_TOO_LARGE' ? 'too large to read' : `cannot read (${code ?? e})`);
  }
  if (buf.length === 0) throw new IngestError(file, 'empty file');
  const format = formatOf(file, buf);
  switch (format) {
    case 'pdf':
      return readPdf(buf, file);
    case 'docx':
      return readDocx(buf, file);
    case 'html':
      return readHtml(buf, file);
    default:
      return readTxt(buf, file); // decodeText refuses binary data
  }
}
