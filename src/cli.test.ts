import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// These run the built CLI (npm test builds first): what a user types, what they see.
const tmp = mkdtempSync(join(tmpdir(), 'pclause-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const run = (...args: string[]) => spawnSync('node', ['dist/cli.js', ...args], { encoding: 'utf8' });

describe('cli', () => {
  it('a bad single file: one line naming the file and the reason, exit code 1, no stack trace', () => {
    const r = run('ingest', 'fixtures/bad/encrypted.pdf', '--out', join(tmp, 'docs'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('✗ encrypted.pdf: encrypted PDF (password required)');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it('a batch goes on past bad files and lists them at the end', () => {
    const out = join(tmp, 'batch.jsonl');
    const r = run('extract', 'corpus/004_ad92c2df140a72a5.txt', 'fixtures/bad', '--out', out);
    expect(r.status).toBe(1);
    expect(readFileSync(out, 'utf8').trim().split('\n').length).toBeGreaterThan(50);
    const failed = r.stderr.split('\n').filter((l) => l.includes('✗'));
    expect(failed.map((l) => l.trim().split(':')[0])).toEqual(['✗ binary.txt', '✗ empty.txt', '✗ encrypted.pdf', '✗ notazip.docx', '✗ scanned.pdf', '✗ truncated.pdf']);
    expect(r.stderr).not.toContain('\r'); // no progress bar when not on a terminal
  });
  it('re-running gives byte-identical output, in worker threads or not', () => {
    const a = join(tmp, 'a.jsonl');
    const b = join(tmp, 'b.jsonl');
    expect(run('extract', 'corpus', '--out', a, '--workers', '2').status).toBe(0);
    expect(run('extract', 'corpus', '--out', b, '--workers', '1').status).toBe(0);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  });
  it('CSV opens in Excel: UTF-8 BOM, CRLF, Chinese headers on request', () => {
    const f = join(tmp, 'c.csv');
    expect(run('extract', 'corpus/004_ad92c2df140a72a5.txt', '--out', f, '--format', 'csv', '--zh').status).toBe(0);
    const buf = readFileSync(f);
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = buf.toString('utf8');
    expect(text.slice(1).startsWith('编号,文件,地区,发文机关,文件标题,')).toBe(true);
    expect(text).toContain('\r\n');
    expect(text).toContain('最高 5000万元（智能工厂建设）');
  });
  it('eval --check passes at the floors and fails under them', () => {
    expect(run('eval', '--check', 'eval/floors.json').status).toBe(0);
    const hard = join(tmp, 'floors.json');
    writeFileSync(hard, JSON.stringify({ units: 1.01 }));
    const r = run('eval', '--check', hard);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('units 1.000 < 1.01');
  });
  it('eval on a malformed gold file names the file and line', () => {
    const g = join(tmp, 'gold');
    spawnSync('mkdir', ['-p', g]);
    writeFileSync(join(g, 'x.jsonl'), '{"doc":"004_ad92c2df140a72a5.txt"}\n{"quote":"这句话不在文件里"}\n');
    const r = run('eval', '--gold', g, '--docs', 'corpus');
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('error: x.jsonl:2: quote not found in 004_ad92c2df140a72a5.txt: "这句话不在文件里"');
  });
  it('index, query --json and compare work end to end', () => {
    const idx = join(tmp, 'index');
    expect(run('index', 'corpus/004_ad92c2df140a72a5.txt', 'corpus/000_1783c25a94a31d5b.txt', '--index', idx).status).toBe(0);
    const q = run('query', '哪些区县补贴智能工厂，补贴多少？', '--index', idx, '--json');
    expect(q.status).toBe(0);
    const regions = JSON.parse(q.stdout).regions.map((g: { region: string }) => g.region);
    expect(regions.sort()).toEqual(['渝北区', '綦江区']);
    const c = run('compare', '--regions', '渝北区,綦江区', '--index', idx);
    expect(c.status).toBe(0);
    expect(c.stdout).toContain('两地都有的措施');
    const bad = run('compare', '--regions', '渝北区,黄浦区', '--index', idx);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^error: region 黄浦区 is not in the index/);
    // A paraphrase and a city for its districts: the parsed question says why the rows are there.
    const p = run('query', '重庆各区县技术改造项目补助比例', '--index', idx, '--json');
    expect(p.status).toBe(0);
    const a = JSON.parse(p.stdout);
    expect(a.question.concepts.map((x: { name: string }) => x.name)).toEqual(['技术改造']);
    expect(a.question.regions).toEqual(expect.arrayContaining(['重庆市', '渝北区', '綦江区']));
    const rows = a.regions.flatMap((g: { rows: { rate?: number; concept?: string }[] }) => g.rows);
    expect(rows.some((r: { rate?: number }) => r.rate === 0.15)).toBe(true);
    expect(rows.every((r: { concept?: string }) => r.concept === '技术改造')).toBe(true);
    const text = run('query', '重庆各区县技术改造项目补助比例', '--index', idx).stdout;
    expect(text).toContain('概念：技术改造（问：技术改造项目） ≡ 技改');
    expect(text).toContain('地区：重庆市（含下辖');
  });
  it('concepts lists the thesaurus; --mine proposes candidates for review', () => {
    const l = run('concepts');
    expect(l.status).toBe(0);
    expect(l.stdout.trim().split('\n').length).toBeGreaterThanOrEqual(60);
    expect(l.stdout).toMatch(/^升规 ≡ 上规、入规、小升规/m);
    const m = run('concepts', '--mine', 'corpus/004_ad92c2df140a72a5.txt', '--json');
    expect(m.status).toBe(0);
    expect(JSON.parse(m.stdout).every((c: { evidence: string[] }) => c.evidence.length > 0)).toBe(true);
    const none = run('concepts', '--mine');
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/^error: --mine needs clauses/);
  });
});
