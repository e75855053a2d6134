import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManifest } from './manifest.js';
import { processFiles } from './batch.js';

const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
const write = (name: string, text: string) => {
  const f = join(dir, name);
  mkdirSync(join(f, '..'), { recursive: true });
  writeFileSync(f, text);
  return f;
};

describe('readManifest', () => {
  it('reads the project manifest itself (TSV: file, address, issuer, date, province, level, region)', () => {
    const m = readManifest('eval/national/sources.tsv');
    expect(m.rows).toBeGreaterThan(40);
    expect(m.lookup('eval/national/dev/jiangsu-nanjing-zhizaoye.txt')).toEqual({ address: 'http://antespace.com/962.html', issuer: '市政府', region: '南京市' });
  });
  it.each([
    ['m.csv', 'file,url,地区,日期\n"a,1.txt",http://x.cn/a,南京市,2017-06-05\n', 'a,1.txt', { address: 'http://x.cn/a', region: '南京市', date: '2017-06-05' }],
    ['m.json', JSON.stringify([{ file: 'sub/b.txt', region: '江宁区', issuer: '江宁区人民政府' }]), 'sub/b.txt', { region: '江宁区', issuer: '江宁区人民政府' }],
    ['k.json', JSON.stringify({ 'c.txt': { region: '仙桃市' } }), 'c.txt', { region: '仙桃市' }],
  ])('%s', (name, text, file, meta) => {
    const m = readManifest(write(name, text));
    expect(m.lookup(join(dir, file))).toEqual(meta);
    // a file elsewhere with the same name, named by one row only
    expect(m.lookup(join('/elsewhere', file.split('/').pop()!))).toEqual(meta);
  });
  it.each([
    ['nofile.csv', 'region,issuer\n南京市,市政府\n', /no file column/],
    ['baddate.csv', 'file,date\na.txt,2017年6月\n', /baddate\.csv:2: date "2017年6月" is not YYYY-MM-DD/],
    ['bad.json', '{"a.txt": ', /not valid JSON/],
    ['missing.csv', null, /cannot read the manifest \(ENOENT\)/],
  ])('%s → one-line error', (name, text, msg) => {
    const f = text === null ? join(dir, name) : write(name, text);
    expect(() => readManifest(f)).toThrow(msg);
  });
});

describe('a batch with a manifest and defaults', () => {
  it('the manifest row outranks the text; --region fills a file whose text names none', async () => {
    const named = write('batch/named.txt', '南京市人民政府关于加快发展先进制造业的意见\n一、择优支持一批产业高端化项目,分别给予不超过1000万元补助。\n');
    const bare = write('batch/bare.txt', '关于加快发展先进制造业的意见\n一、择优支持一批产业高端化项目,分别给予不超过1000万元补助。\n');
    const m = readManifest(write('batch/m.csv', 'file,region,address\nnamed.txt,江宁区,http://x.cn/n\n'));
    const results = await processFiles([named, bare], { workers: 1, declared: (f) => m.lookup(f), defaults: { region: '苏州市' } });
    const [a, b] = results.map((r) => r.clauses[0]);
    expect(a).toMatchObject({ region: '江宁区', address: 'http://x.cn/n' });
    expect(b).toMatchObject({ region: '苏州市' });
    expect(results[0].warnings).toContain('named.txt: the text reads region 南京市; using the declared 江宁区');
  });
});
