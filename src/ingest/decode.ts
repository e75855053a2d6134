import iconv from 'iconv-lite';
import { IngestError } from './errors.js';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

/** Strict UTF-8 validity check: a GBK file almost never passes it. */
function isValidUtf8(buf: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

/** Share of zero bytes at even/odd positions: UTF-16 text of CJK/ASCII has many. */
function utf16Guess(buf: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZero++;
    if (buf[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.3 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.3 && oddZero / pairs < 0.05) return 'utf-16be';
  return undefined;
}

const CJK = /[\u4e00-\u9fff]/g;

/**
 * Decode bytes of a text document: BOMs, UTF-16 without BOM, UTF-8, GBK/GB18030.
 * Refuses (rather than producing mojibake) when no encoding gives plausible text.
 */
export function decodeText(buf: Buffer, file: string): Decoded {
  if (buf.length === 0) throw new IngestError(file, 'empty file');
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: buf.subarray(3).toString('utf8'), encoding: 'utf-8-bom' };
  }
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const u16 = utf16Guess(buf);
  if (u16) return { text: iconv.decode(buf, u16), encoding: u16 };
  if (looksBinary(buf)) throw new IngestError(file, 'binary data, not a text document');
  if (isValidUtf8(buf)) return { text: buf.toString('utf8'), encoding: 'utf-8' };
  const text = iconv.decode(buf, 'gb18030');
  const bad = (text.match(/\ufffd/g) ?? []).length;
  const cjk = (text.match(CJK) ?? []).length;
  if (bad > 0 && bad * 50 > text.length) {
    throw new IngestError(file, `undecodable text: neither UTF-8 nor GBK/GB18030 (${bad} invalid sequences)`);
  }
  if (cjk === 0 && /[\x80-\xff]/.test(buf.toString('latin1'))) {
    throw new IngestError(file, 'undecodable text: non-ASCII bytes that decode to no Chinese characters');
  }
  return { text, encoding: 'gb18030' };
}

/** Control bytes other than tab/newline/CR/form feed/escape point to a binary file. */
export function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8192);
  let ctl = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) ctl++;
  }
  return ctl / n > 0.05;
}

/** The charset an HTML page declares in a meta tag, if any. */
export function declaredHtmlCharset(buf: Buffer): string | undefined {
  const head = buf.subarray(0, 4096).toString('latin1');
  const m = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i);
  return m ? m[1].toLowerCase() : undefined;
}

/** Decode HTML bytes honouring the declared charset (gb2312/gbk pages are common on government sites). */
export function decodeHtml(buf: Buffer, file: string): Decoded {
  const cs = declaredHtmlCharset(buf);
  if (cs && /^(gb2312|gbk|gb18030|x-gbk)$/.test(cs)) {
    if (isValidUtf8(buf) && /[\u4e00-\u9fff]/.test(buf.toString('utf8'))) {
      // Declared GBK but really UTF-8 (a frequent mistake when pages are re-saved): trust the bytes.
      return { text: buf.toString('utf8'), encoding: 'utf-8' };
    }
    return { text: iconv.decode(buf, 'gb18030'), encoding: 'gb18030' };
  }
  return decodeText(buf, file);
}
