import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentsFromText } from './ingest.js';
import { pageFieldsOf } from './metadata.js';

// Metadata classes from round 99 of the national development set (issue 9).
const dev = (file: string) => readFileSync(new URL(`../../eval/national/dev/${file}`, import.meta.url), 'utf8');

describe('a website named after its body names no body (website source)', () => {
  it.each([
    // 海南省 (hainan-hainansheng-jingjitizhen.txt)
    ['文章来源:海南省人民政府网', undefined],
    // form: a portal
    ['来源:成都市人民政府门户网站', undefined],
    // form: a body as the source stays one
    ['来源:海南省人民政府办公厅', '海南省人民政府办公厅'],
  ])('%s', (line, source) => {
    expect(pageFieldsOf([line]).source).toBe(source);
  });
  it('海南省: the issuer is the body over the title, not the site a repost names (原文链接 a page field)', () => {
    const d = documentsFromText({ text: dev('hainan-hainansheng-jingjitizhen.txt'), format: 'txt', encoding: 'utf-8' }, 'x.txt')[0];
    expect(d.issuer).toBe('海南省人民政府办公厅');
  });
});
