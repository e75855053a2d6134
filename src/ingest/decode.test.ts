import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeHtml, decodeText } from './decode.js';

const text = '对市级认定的数字化车间和智能工厂项目分别给予50万、100万一次性奖励。';

describe('decoding', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeText(Buffer.from(text), 'a.txt')).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'a.txt')).toEqual({ text, encoding: 'utf-8-bom' });
  });
  it('reads UTF-16 with a BOM and without one', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]), 'a.txt').text).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]), 'a.txt').text).toBe(text);
    expect(decodeText(iconv.encode(`${text}\nabc 2021`, 'utf-16le'), 'a.txt')).toEqual({ text: `${text}\nabc 2021`, encoding: 'utf-16le' });
  });
  it('reads GBK/GB18030', () => {
    expect(decodeText(iconv.encode(text, 'gbk'), 'a.txt')).toEqual({ text, encoding: 'gb18030' });
  });
  it('refuses an empty file and binary data with the file name', () => {
    expect(() => decodeText(Buffer.alloc(0), 'empty.txt')).toThrow('empty.txt: empty file');
    expect(() => decodeText(Buffer.from([0x00, 0x01, 0x02, 0x03, 0x89, 0x50, 0x4e, 0x47]), 'x.txt')).toThrow(/x\.txt: binary data/);
  });
  it('honours a GBK charset declared in HTML', () => {
    const html = iconv.encode(`<html><head><meta charset="gb2312"></head><body><p>${text}</p></body></html>`, 'gbk');
    expect(decodeHtml(html, 'a.html').text).toContain(text);
  });
});

describe('decoding decided per file, with validation', () => {
  const long = text.repeat(5);
  it('UTF-8 with a few bad bytes stays UTF-8, with U+FFFD and the byte offsets', () => {
    const buf = Buffer.concat([Buffer.from(long), Buffer.from([0xff]), Buffer.from(long)]);
    const d = decodeText(buf, 'a.txt');
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe(`${long}\ufffd${long}`);
    expect(d.warnings).toEqual([`1 invalid UTF-8 byte(s) replaced by U+FFFD at byte offset(s) ${Buffer.byteLength(long)}`]);
  });
  it.each([
    ['utf-16le without BOM, Chinese only', iconv.encode(long, 'utf-16le'), 'utf-16le'],
    ['utf-16be without BOM, Chinese only', iconv.encode(long, 'utf-16be'), 'utf-16be'],
    ['GBK', iconv.encode(long, 'gbk'), 'gb18030'],
    ['Big5 (traditional)', iconv.encode('對市級認定的數字化車間和智慧工廠項目分別給予50萬、100萬一次性獎勵。'.repeat(3), 'big5'), 'big5'],
  ])('%s', (_, buf, encoding) => {
    const d = decodeText(buf as Buffer, 'a.txt');
    expect(d.encoding).toBe(encoding);
    expect(d.warnings).toBeUndefined();
  });
  it('a file half UTF-8, half GBK is decoded with a warning', () => {
    const buf = Buffer.concat([Buffer.from(text), iconv.encode(long, 'gbk')]);
    const d = decodeText(buf, 'mixed.txt');
    expect(d.warnings?.[0]).toMatch(/^mixed encodings: \d+ valid UTF-8 character\(s\) and \d+ invalid byte\(s\).*decoded as/);
  });
  it('bytes that are no Chinese encoding are refused with the file name', () => {
    expect(() => decodeText(Buffer.from(Array.from({ length: 300 }, (_, i) => 0x80 + ((i * 37) % 0x7f))), 'noise.txt')).toThrow(/^noise\.txt: undecodable text/);
  });
});
