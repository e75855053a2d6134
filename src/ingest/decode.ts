import iconv from 'iconv-lite';
import { IngestError } from './errors.js';
import { commonShare } from './hanzi.js';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';
  /** Doubts about the decoding: bad bytes (with offsets), mixed encodings. */
  warnings?: string[];
}

/** Where a buffer is not UTF-8: the byte offsets of invalid sequences, and how many valid multi-byte characters it holds. */
export function utf8Scan(buf: Buffer): { invalid: number[]; multibyte: number; run: number } {
  const invalid: number[] = [];
  let multibyte = 0;
  // Longest stretch of 3-byte characters (CJK in UTF-8) with no invalid byte between: bytes of
  // another encoding almost never form eight in a row, real UTF-8 text always does.
  let run = 0;
  let cur = 0;
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0 && i + need < buf.length;
    if (ok) {
      for (let k = 1; k <= need; k++) {
        const c = buf[i + k];
        if (c === undefined || (c & 0xc0) !== 0x80) ok = false;
      }
      // Overlong and surrogate forms are invalid too.
      if (ok && b === 0xe0 && buf[i + 1] < 0xa0) ok = false;
      if (ok && b === 0xed && buf[i + 1] >= 0xa0) ok = false;
      if (ok && b === 0xf0 && buf[i + 1] < 0x90) ok = false;
      if (ok && b === 0xf4 && buf[i + 1] >= 0x90) ok = false;
    }
    if (ok) {
      multibyte++;
      if (need === 2) run = Math.max(run, ++cur);
      i += need + 1;
    } else {
      invalid.push(i);
      cur = 0;
      i++;
    }
  }
  return { invalid, multibyte, run };
}

/** UTF-16 without a BOM: most code units are CJK, CJK punctuation, full-width forms or plain ASCII. */
function utf16Guess(buf: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(buf.length, 8192) & ~1;
  if (n < 4 || buf.length % 2) return undefined;
  const score = (le: boolean) => {
    let good = 0;
    for (let i = 0; i < n; i += 2) {
      const u = le ? buf[i] | (buf[i + 1] << 8) : (buf[i] << 8) | buf[i + 1];
      if ((u >= 0x20 && u < 0x7f) || u === 9 || u === 10 || u === 13 || (u >= 0x4e00 && u <= 0x9fff) || (u >= 0x3000 && u <= 0x303f) || (u >= 0xff00 && u <= 0xffef) || (u >= 0x2000 && u <= 0x206f)) good++;
    }
    return good / (n / 2);
  };
  const le = score(true);
  const be = score(false);
  if (le >= 0.95 && le > be) return 'utf-16le';
  if (be >= 0.95 && be > le) return 'utf-16be';
  return undefined;
}

function offsets(list: number[]): string {
  const shown = list.slice(0, 8).join(', ');
  return list.length > 8 ? `${shown} … (${list.length} in all)` : shown;
}

/**
 * Decode bytes of a text document, deciding per file with validation: BOMs; UTF-8 (a few invalid
 * bytes stay UTF-8, replaced by U+FFFD, with a warning naming their offsets); UTF-16 without a BOM;
 * GB18030/GBK or Big5 only when they decode cleanly into plausible Chinese. Refuses (rather than
 * producing mojibake) when nothing fits; warns when a file looks mixed.
 */
export function decodeText(buf: Buffer, file: string): Decoded {
  if (buf.length === 0) throw new IngestError(file, 'empty file');
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    const body = buf.subarray(3);
    const { invalid } = utf8Scan(body);
    const out: Decoded = { text: body.toString('utf8'), encoding: 'utf-8-bom' };
    if (invalid.length) out.warnings = [`${invalid.length} invalid UTF-8 byte(s) replaced by U+FFFD at byte offset(s) ${offsets(invalid.map((o) => o + 3))}`];
    return out;
  }
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const u16 = utf16Guess(buf);
  if (u16) return { text: iconv.decode(buf, u16), encoding: u16 };
  if (looksBinary(buf)) throw new IngestError(file, 'binary data, not a text document');
  const { invalid, multibyte, run } = utf8Scan(buf);
  const mixed = run >= 8;
  if (!invalid.length) return { text: buf.toString('utf8'), encoding: 'utf-8' };
  // Mostly UTF-8 with a few bad bytes (a truncated copy, one corrupted sector): keep it UTF-8.
  if (multibyte >= 20 * invalid.length) {
    return { text: buf.toString('utf8'), encoding: 'utf-8', warnings: [`${invalid.length} invalid UTF-8 byte(s) replaced by U+FFFD at byte offset(s) ${offsets(invalid)}`] };
  }
  const candidates = (['gb18030', 'big5'] as const).map((encoding) => {
    const text = iconv.decode(buf, encoding);
    const bad = (text.match(/\ufffd/g) ?? []).length;
    return { encoding, text, bad, ...commonShare(text) };
  });
  const clean = candidates.filter((c) => c.bad === 0 && c.cjk > 0).sort((a, b) => b.share - a.share);
  const best = clean[0];
  if (mixed && (!best || multibyte >= invalid.length / 2)) {
    return { text: buf.toString('utf8'), encoding: 'utf-8', warnings: [`mixed encodings: ${multibyte} valid UTF-8 character(s) and ${invalid.length} invalid byte(s) (first at offset ${invalid[0]}); decoded as UTF-8, the rest replaced by U+FFFD`] };
  }
  if (!best) {
    const g = candidates[0];
    if (g.cjk === 0) throw new IngestError(file, 'undecodable text: non-ASCII bytes that decode to no Chinese characters');
    throw new IngestError(file, `undecodable text: not UTF-8 (${invalid.length} invalid bytes, first at offset ${invalid[0]}), nor clean GB18030 (${g.bad} invalid sequences) or Big5`);
  }
  // Random high bytes are valid GBK pairs too: they decode "cleanly" into rare characters only.
  if (!mixed && best.cjk >= 20 && best.share < 0.12) {
    throw new IngestError(file, `undecodable text: not UTF-8 (${invalid.length} invalid bytes, first at offset ${invalid[0]}); as ${best.encoding} only ${Math.round(best.share * 100)}% of its characters are common ones (noise or an unknown encoding)`);
  }
  const warnings: string[] = [];
  if (mixed) warnings.push(`mixed encodings: ${multibyte} valid UTF-8 character(s) and ${invalid.length} invalid byte(s); decoded as ${best.encoding}, part of the text may be garbled`);
  else if (best.cjk >= 20 && best.share < 0.3) warnings.push(`doubtful encoding: decoded as ${best.encoding}, but only ${Math.round(best.share * 100)}% of its Chinese characters are common ones`);
  return { text: best.text, encoding: best.encoding, ...(warnings.length ? { warnings } : {}) };
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
    if (!utf8Scan(buf).invalid.length && /[\u4e00-\u9fff]/.test(buf.toString('utf8'))) {
      // Declared GBK but really UTF-8 (a frequent mistake when pages are re-saved): trust the bytes.
      return { text: buf.toString('utf8'), encoding: 'utf-8' };
    }
    return { text: iconv.decode(buf, 'gb18030'), encoding: 'gb18030' };
  }
  if (cs && /^big5/.test(cs)) return { text: iconv.decode(buf, 'big5'), encoding: 'big5' };
  return decodeText(buf, file);
}
