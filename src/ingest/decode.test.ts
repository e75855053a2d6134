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
