import { describe, expect, it } from 'vitest';
import { toCsv } from '../run/output.js';
import { cspContent, cspHash, escapeAttr, escapeHtml, jsonForScript, neutraliseCell, safeHref } from './escape.js';
import { markText } from './page.js';

describe('escapeHtml / escapeAttr', () => {
  it.each([
    ['对<script>alert(1)</script>给予100万元', '对&lt;script&gt;alert(1)&lt;/script&gt;给予100万元'],
    ['<img src=x onerror="alert(1)">', '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'],
    ["区经济信息委、区财政局 & 'A'", '区经济信息委、区财政局 &amp; &#39;A&#39;'],
    ['按不超过投资额度15%给予补助', '按不超过投资额度15%给予补助'],
  ])('%s', (input, out) => {
    expect(escapeHtml(input)).toBe(out);
  });
  it('attributes also escape line breaks and tabs', () => {
    expect(escapeAttr('a"b\nc\td')).toBe('a&quot;b&#10;c&#9;d');
  });
});

describe('jsonForScript', () => {
  it.each([['</script><script>alert(1)</script>'], ['<!-- x -->'], ['a\u2028b\u2029c'], ['&amp; ]]>']])('%j cannot leave the script element and parses back', (s) => {
    const out = jsonForScript({ s });
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual({ s });
  });
});

describe('markText', () => {
  it('marks the exact offsets and escapes around them', () => {
    const text = '对<b>智能工厂</b>给予100万元奖励';
    const i = text.indexOf('100万元');
    expect(markText(text, [{ start: i, end: i + 5, cls: 'hl' }])).toBe(`对&lt;b&gt;智能工厂&lt;/b&gt;给予<mark class="hl" data-start="${i}" data-end="${i + 5}">100万元</mark>奖励`);
  });
  it('drops overlapping or empty ranges instead of nesting them', () => {
    expect(markText('abcdef', [{ start: 1, end: 4, cls: 'x' }, { start: 2, end: 5, cls: 'y' }, { start: 5, end: 5, cls: 'z' }])).toBe('a<mark class="x" data-start="1" data-end="4">bcd</mark>ef');
  });
});

describe('spreadsheet cells', () => {
  it.each([
    ['=HYPERLINK("http://x","点击")', '\'=HYPERLINK("http://x","点击")'],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['对智能工厂给予100万元', '对智能工厂给予100万元'],
    ['100万元=1,000,000元', '100万元=1,000,000元'],
  ])('%j → %j', (input, out) => {
    expect(neutraliseCell(input)).toBe(out);
  });
  it('the CSV writer neutralises too', () => {
    expect(toCsv([['=1+1', '正常']])).toBe("\ufeff'=1+1,正常\r\n");
  });
});

describe('content security policy', () => {
  it('allows nothing from the network and only the hashed inline code', () => {
    const csp = cspContent(['body{}'], ['1']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`style-src ${cspHash('body{}')}`);
    expect(csp).toContain(`script-src ${cspHash('1')}`);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });
  it('links from document text keep only http(s)', () => {
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref(' JAVASCRIPT:alert(1)')).toBeUndefined();
    expect(safeHref('https://www.cq.gov.cn/')).toBe('https://www.cq.gov.cn/');
  });
});
