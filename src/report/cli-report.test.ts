import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The report options of the built CLI (npm test builds first).
const tmp = mkdtempSync(join(tmpdir(), 'pclause-cli-report-'));
// Asynchronous, so a slow machine never blocks the test worker (vitest's worker RPC times out after 60 s).
const run = (...args: string[]) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
    const p = spawn('node', ['dist/cli.js', ...args]);
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('close', (status) => done({ status, stdout, stderr }));
  });
beforeAll(async () => {
  const r = await run('index', 'corpus', '--index', join(tmp, 'index'));
  expect(r.status).toBe(0);
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('cli reports', () => {
  it('query --html --xlsx --in-force --as-of writes a page and a workbook of the rows in force', async () => {
    const html = join(tmp, 'q.html');
    const xlsx = join(tmp, 'q.xlsx');
    const r = await run('query', '哪些区县补贴智能工厂，补贴多少？', '--index', join(tmp, 'index'), '--html', html, '--xlsx', xlsx, '--in-force', '--as-of', '2024-06-30');
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('綦江区'); // its notice is a draft
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('效力按 2024-06-30 判断');
    expect(page.match(/<tbody class="row"/g)).toHaveLength(2); // 渝北区: two measures of one clause
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['渝北区', '说明']);
    expect(wb.getWorksheet('渝北区')!.getCell('B2').value).toBe('现行');
  });

  it('compare --html --xlsx --flat', async () => {
    const html = join(tmp, 'c.html');
    const xlsx = join(tmp, 'c.xlsx');
    const r = await run('compare', '--regions', '渝北区,綦江区', '--index', join(tmp, 'index'), '--html', html, '--xlsx', xlsx, '--flat');
    expect(r.status).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('政策措施对比：渝北区 ↔ 綦江区');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['全部', '说明']);
  });

  it('compare --in-force --as-of keeps measures of documents in force only', async () => {
    const json = async (...extra: string[]) => {
      const r = await run('compare', '--regions', '渝北区,綦江区', '--index', join(tmp, 'index'), '--json', ...extra);
      expect(r.status, r.stderr).toBe(0);
      return JSON.parse(r.stdout) as { pairs: { a: { clauseId: string }; b: { clauseId: string } }[]; onlyA: { clauseId: string; status: string }[]; onlyB: { clauseId: string; status: string }[] };
    };
    const all = await json();
    expect(all.pairs.length).toBeGreaterThan(0);
    // 綦江区's notice is a draft (征求意见稿): as of 2024 its measures drop out and 渝北区's stand alone.
    const kept = await json('--in-force', '--as-of', '2024-06-30');
    expect(kept.pairs).toEqual([]);
    expect(kept.onlyA.map((m) => m.clauseId).sort()).toEqual([...all.pairs.map((p) => p.a.clauseId), ...all.onlyA.map((m) => m.clauseId)].sort());
    expect(kept.onlyB.length).toBeLessThan(all.onlyB.length + all.pairs.length);
    expect(kept.onlyB.every((m) => m.status === 'final')).toBe(true);
    // Before 渝北区's notice of 2021-10-14 took effect nothing of it is in force.
    expect((await json('--in-force', '--as-of', '2021-10-01')).onlyA).toEqual([]);
  });

  it('extract --review --gold --xlsx', async () => {
    const review = join(tmp, 'review.html');
    const r = await run('extract', 'corpus/004_ad92c2df140a72a5.txt', '--out', join(tmp, 'c.jsonl'), '--review', review, '--gold', 'eval/gold', '--xlsx', join(tmp, 'c.xlsx'));
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`review page → ${review} (marked against 1 labelled document(s) in eval/gold)`);
    expect(existsSync(join(tmp, 'c.xlsx'))).toBe(true);
    expect(readFileSync(review, 'utf8')).toContain('误报 0，漏报 0');
  });

  it.each([
    [['extract', 'corpus/004_ad92c2df140a72a5.txt', '--gold', 'eval/gold'], 'error: --gold goes with --review <file>'],
    [['extract', 'corpus/004_ad92c2df140a72a5.txt', '--review', 'x.html', '--gold', 'no/such/dir'], 'error: --gold no/such/dir: no such folder'],
    [['query', '补贴', '--as-of', '2024-13-45'], "error: option '--as-of <date>' argument '2024-13-45' is invalid. expects a day as YYYY-MM-DD, e.g. 2024-06-30"],
  ])('bad input %j → one line', async (args, line) => {
    const r = await run(...args);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(line);
  });

  it('eval --validity scores the labelled documents', async () => {
    const r = await run('eval', '--validity');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('validity of 25 labelled documents: all right 25 (100.0%)');
  });
});
