import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processFiles, type FileResult } from '../run/batch.js';
import { clausesToCsv } from '../run/output.js';
import { PolicyIndex, updateIndex } from '../index/policy-index.js';
import { answer } from '../query/answer.js';
import { compare } from '../query/compare.js';
import { answerToCsv, comparisonToCsv } from '../query/render.js';
import { CHROMIUM, type Headless } from './browser.js';
import { answerReport, compareReport } from './html.js';
import { answerRows, clauseReportRows, comparisonRows } from './rows.js';
import { reviewDocs, reviewPage } from './review.js';
import { workbook } from './xlsx.js';
import { launchChromium, openReport } from './testkit.js';

// A notice whose clauses carry markup, script, a javascript: link and a spreadsheet formula, indexed with a
// real notice of another district so that compare has two regions.
const NOTICE = 'fixtures/injection/yubei-injection.txt';
// (The extractor cuts units at spaces and clauses at a colon, so the <img> and javascript: payloads reach clauses in pieces.)
const PAYLOADS = ['<script>window.__pwned="script"</script>', '区经济信息委<img', `onerror="window.__pwned='img'">`, '</script><script>window.__pwned="close"</script>', '<a href="javascript:', '=HYPERLINK("evil.example","点击领取")'];
let dir: string;
let browser: Headless;
let results: FileResult[];
const pages: Record<string, string> = {};
const books: Record<string, string> = {};
const csvs: Record<string, string> = {};

beforeAll(async () => {
  expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install chromium`).toBe(true);
  dir = mkdtempSync(join(tmpdir(), 'pclause-inject-'));
  results = await processFiles([NOTICE, 'corpus/000_1783c25a94a31d5b.txt'], { workers: 1 });
  const clauses = results.flatMap((r) => r.clauses);
  await updateIndex(join(dir, 'index'), clauses);
  const index = await PolicyIndex.open(join(dir, 'index'));
  try {
    const a = await answer(index, '哪些区县补贴智能工厂，补贴多少？', { top: 20 });
    const rows = answerRows(a, index.store);
    const c = await compare(index, '渝北区', '綦江区');
    const crow = comparisonRows(c, index.store);
    pages.report = join(dir, 'report.html');
    writeFileSync(pages.report, answerReport(a, rows));
    pages.compare = join(dir, 'compare.html');
    writeFileSync(pages.compare, compareReport(c, crow));
    pages.review = join(dir, 'review.html');
    writeFileSync(pages.review, reviewPage(reviewDocs(results.flatMap((r) => r.docs), clauses)));
    books.report = join(dir, 'report.xlsx');
    writeFileSync(books.report, await workbook(rows));
    books.compare = join(dir, 'compare.xlsx');
    writeFileSync(books.compare, await workbook(crow, { pair: true, flat: true }));
    books.extract = join(dir, 'extract.xlsx');
    writeFileSync(books.extract, await workbook(clauseReportRows(clauses)));
    csvs.answer = answerToCsv(a);
    csvs.clauses = clausesToCsv(clauses, true);
    csvs.compare = comparisonToCsv(c);
  } finally {
    index.close();
  }
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('untrusted notice text', () => {
  it('the fixture really carries every payload into the extracted clauses', () => {
    const text = results.flatMap((r) => r.clauses.map((c) => `${c.section.join(' ')} ${c.text} ${c.units.join(' ')}`)).join('\n');
    for (const p of PAYLOADS) expect(text).toContain(p);
  });

  for (const name of ['report', 'compare', 'review'] as const) {
    it(`${name} page: no injected code runs, no link or image is made, the text shows as written`, async () => {
      const o = await openReport(browser, pages[name]);
      // Open every row so the clauses are on screen.
      for (const tr of await o.page.$$('tr.main')) await tr.click();
      expect(await o.page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
      expect(o.dialogs).toEqual([]);
      expect(await o.page.$$eval('script', (s) => s.length)).toBe(name === 'review' ? 1 : 2);
      expect(await o.page.$$('img')).toHaveLength(0);
      expect(await o.page.$$('a[href^="javascript"], a[href^="JAVASCRIPT"]')).toHaveLength(0);
      expect(await o.page.$$('[onerror]')).toHaveLength(0);
      const shown = await o.page.evaluate(() => document.body.innerText);
      expect(shown).toContain('对新认定的智能工厂<script>window.__pwned="script"</script>给予100万元一次性奖励。');
      expect(shown).toContain('对</script><script>window.__pwned="close"</script>数字化车间建设项目');
      expect(shown).toContain(name === 'review' ? `<img src=x onerror="window.__pwned='img'">` : '区经济信息委<img');
      expect(shown).toContain(`onerror="window.__pwned='img'">`);
      expect(shown).toContain('=HYPERLINK("evil.example","点击领取")');
      if (name === 'review') expect(shown).toContain(`<a href="javascript:window.__pwned='link'">申报指南</a>`);
      expect(o.errors).toEqual([]);
      expect(o.requests).toEqual([]);
      await o.page.close();
    });
  }

  it('workbooks: no cell is a formula, formula-like text is kept as text with an apostrophe', async () => {
    for (const file of Object.values(books)) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      let strings = 0;
      let hyperlink = 0;
      wb.eachSheet((ws) =>
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
            expect(cell.formula).toBeUndefined();
            if (typeof cell.value === 'string') {
              strings++;
              expect(cell.value).not.toMatch(/^[=+\-@\t\r]/);
              if (cell.value.includes('HYPERLINK')) {
                hyperlink++;
                if (cell.value.startsWith("'")) expect(cell.value.slice(1)).toMatch(/^=HYPERLINK/);
              }
            }
          }),
        ),
      );
      expect(strings).toBeGreaterThan(0);
      expect(hyperlink, file).toBeGreaterThan(0);
    }
    const sheet = await new ExcelJS.Workbook().xlsx.readFile(books.report);
    const ws = sheet.getWorksheet('渝北区')!;
    const sentences = ws.getColumn((ws.getRow(1).values as string[]).indexOf('原文')).values as string[];
    expect(sentences).toContain('\'=HYPERLINK("evil.example","点击领取")对智能工厂项目给予30万元奖励。');
  });

  it('CSV: no cell begins with a formula character', () => {
    for (const [name, csv] of Object.entries(csvs)) {
      expect(csv, name).toContain('HYPERLINK');
      // A cell starts after a line break or a comma, possibly inside quotes.
      expect(csv, name).not.toMatch(/(^|[\n,])"?[=+\-@]/);
      expect(csv, name).toMatch(/(^|[\n,])"?'=HYPERLINK/);
    }
  });

  it('LibreOffice reads the injected workbook as text too', async () => {
    const out = join(dir, 'lo');
    await promisify(execFile)('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', out, books.report], { timeout: 120_000 });
    const csv = readFileSync(join(out, 'report-渝北区.csv'), 'utf8');
    expect(csv).toContain('HYPERLINK');
    expect(csv).not.toContain('点击领取"\n'); // the formula was not evaluated to its display text
    expect(csv).toMatch(/'=HYPERLINK\(""evil\.example"",""点击领取""\)/);
  }, 150_000);
});
