import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processFiles, type FileResult } from '../run/batch.js';
import { expandInputs } from '../run/files.js';
import { PolicyIndex, updateIndex } from '../index/policy-index.js';
import { answer, type Answer } from '../query/answer.js';
import { compare } from '../query/compare.js';
import { reviewAgainstGold } from '../eval/run.js';
import { CHROMIUM, type Headless } from './browser.js';
import { answerReport, compareReport } from './html.js';
import { answerRows, comparisonRows, type ReportRow } from './rows.js';
import { reviewDocs, reviewPage } from './review.js';
import { launchChromium, openReport } from './testkit.js';
import { answerInForce, validityJudge } from './validity.js';

// These tests need Debian's chromium (.ci/run installs it): without it they fail, they never skip.
const QUESTION = '哪些区县补贴智能工厂，补贴多少？';
let dir: string;
let index: PolicyIndex;
let browser: Headless;
let a: Answer;
let rows: ReportRow[];
let results: FileResult[];

beforeAll(async () => {
  expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install chromium`).toBe(true);
  dir = mkdtempSync(join(tmpdir(), 'pclause-report-'));
  results = await processFiles(expandInputs(['corpus']).files, { workers: 1 });
  await updateIndex(join(dir, 'index'), results.flatMap((r) => r.clauses));
  index = await PolicyIndex.open(join(dir, 'index'));
  a = await answer(index, QUESTION, { top: 8 });
  rows = answerRows(a, index.store);
  writeFileSync(join(dir, 'report.html'), answerReport(a, rows));
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  index?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('query report in Chromium', () => {
  it('shows one row per answer row, by district, with no console error and no request leaving the file', async () => {
    const o = await openReport(browser, join(dir, 'report.html'));
    const shown = await o.page.$$eval('tbody.row', (bs) => bs.map((b) => b.getAttribute('data-region')));
    const expected = a.regions.flatMap((g) => g.rows.map(() => g.region));
    expect(shown).toEqual(expected);
    expect(new Set(shown)).toEqual(new Set(['渝北区', '綦江区']));
    expect(await o.page.textContent('h1')).toBe('政策条款查询报告');
    expect(await o.page.textContent('.question')).toContain(QUESTION);
    expect(await o.page.textContent('#count')).toBe(`显示 ${expected.length} / ${expected.length} 行`);
    expect(o.errors).toEqual([]);
    expect(o.requests).toEqual([]);
    await o.page.close();
  });

  it('opens each row on its clause with the value highlighted at its offsets', async () => {
    const o = await openReport(browser, join(dir, 'report.html'));
    const clauses = index.store.byIds(rows.map((r) => r.clauseId));
    const mains = await o.page.$$('tr.main');
    expect(mains.length).toBe(rows.length);
    for (const [i, tr] of mains.entries()) {
      expect(await o.page.isVisible(`tbody.row[data-i="${i}"] tr.src`)).toBe(false);
      await tr.click();
      const marks = o.page.locator(`tbody.row[data-i="${i}"] tr.src mark.hl`);
      const c = clauses.get(rows[i].clauseId)!;
      // Every value of the row's measure that stands in its clause is marked, and nothing else.
      const own = [...rows[i].spans];
      expect(await marks.count(), `row ${i}`).toBe(own.length);
      if (rows[i].yuan !== undefined || rows[i].rate !== undefined) expect(own.length, `row ${i} has a value marked`).toBeGreaterThan(0);
      for (let k = 0; k < own.length; k++) {
        const mark = marks.nth(k);
        expect(await mark.isVisible()).toBe(true);
        const [text, start, end] = [await mark.textContent(), Number(await mark.getAttribute('data-start')), Number(await mark.getAttribute('data-end'))];
        const value = [...c.amounts, ...c.rates].find((v) => v.start === start && v.end === end)!;
        expect(value, `row ${i}: a value of the clause sits at ${start}–${end}`).toBeDefined();
        expect(text).toBe(value.raw);
        expect(c.text.slice(start, end)).toBe(value.raw);
      }
    }
    expect(o.errors).toEqual([]);
    await o.page.close();
  });

  it('draws one bar per district, as long as its largest amount', async () => {
    const o = await openReport(browser, join(dir, 'report.html'));
    const bars = await o.page.$$eval('svg g.bar', (gs) => gs.map((g) => ({ region: g.getAttribute('data-region'), yuan: Number(g.getAttribute('data-yuan')), w: Number(g.querySelector('rect')!.getAttribute('width')) })));
    expect(bars.map((b) => [b.region, b.yuan])).toEqual([
      ['渝北区', 50_000_000],
      ['綦江区', 400_000],
    ]);
    expect(bars[0].w).toBe(480);
    expect(bars[1].w).toBe(Math.max(2, Math.round((400_000 / 50_000_000) * 480)));
    expect(await o.page.locator('svg g.bar').first().isVisible()).toBe(true);
    await o.page.close();
  });

  it('sorts by a column and filters by text', async () => {
    const o = await openReport(browser, join(dir, 'report.html'));
    const amounts = () => o.page.$$eval('tbody.row tr.main td:nth-child(3)', (tds) => tds.map((td) => td.getAttribute('data-v')));
    await o.page.click('th:has-text("金额/比例")');
    const up = (await amounts()).map(Number);
    expect(up).toEqual([...up].sort((x, y) => x - y));
    await o.page.click('th:has-text("金额/比例")');
    const down = (await amounts()).map(Number);
    expect(down).toEqual([...up].sort((x, y) => y - x));
    expect(await o.page.getAttribute('th:has-text("金额/比例")', 'aria-sort')).toBe('descending');
    await o.page.click('th:has-text("地区")');
    const regions = await o.page.$$eval('tbody.row', (bs) => bs.map((b) => b.getAttribute('data-region')!));
    expect(regions).toEqual([...regions].sort((x, y) => x.localeCompare(y, 'zh-CN')));

    await o.page.fill('#filter', '綦江');
    const visible = await o.page.$$eval('tbody.row', (bs) => bs.filter((b) => !b.hidden).map((b) => b.getAttribute('data-region')));
    expect(visible).toEqual(a.regions.find((g) => g.region === '綦江区')!.rows.map(() => '綦江区'));
    expect(await o.page.textContent('#count')).toBe(`显示 ${visible.length} / ${rows.length} 行`);
    await o.page.fill('#filter', '');
    expect(await o.page.$$eval('tbody.row', (bs) => bs.filter((b) => !b.hidden).length)).toBe(rows.length);
    expect(o.errors).toEqual([]);
    await o.page.close();
  });
});

describe('validity in the report', () => {
  it('shows each row\'s status as of a day, and --in-force keeps only documents in force', async () => {
    const judge = validityJudge(index.store, '2024-06-30');
    const vrows = answerRows(a, index.store, judge.label);
    const file = join(dir, 'validity.html');
    writeFileSync(file, answerReport(a, vrows, { asOf: judge.asOf }));
    const o = await openReport(browser, file);
    const shown = await o.page.$$eval('tbody.row', (bs) => bs.map((b) => [b.getAttribute('data-region'), b.querySelector('tr.main td:nth-child(10)')!.textContent]));
    expect(shown).toEqual(vrows.map((r) => [r.region, r.region === '綦江区' ? '征求意见稿' : '现行']));
    expect(await o.page.textContent('footer')).toContain('2024-06-30');
    await o.page.close();

    const kept = answerInForce(await answer(index, QUESTION, { top: 32 }), judge, 8);
    expect(kept.regions.map((g) => g.region)).toEqual(['渝北区']);
    expect(kept.hits.every((h) => h.clause.status === 'final')).toBe(true);
  });
});

describe('compare report in Chromium', () => {
  it('shows both districts, pairs marked, sources highlighted', async () => {
    const c = await compare(index, '渝北区', '綦江区');
    const crow = comparisonRows(c, index.store);
    const file = join(dir, 'compare.html');
    writeFileSync(file, compareReport(c, crow));
    const o = await openReport(browser, file);
    const shown = await o.page.$$eval('tbody.row', (bs) => bs.map((b) => b.getAttribute('data-region')));
    expect(shown).toEqual(crow.map((r) => r.region));
    expect(shown.indexOf('綦江区')).toBeGreaterThan(shown.lastIndexOf('渝北区'));
    const pairs = await o.page.$$eval('tbody.row tr.main td:last-child', (tds) => tds.map((t) => t.textContent));
    expect(pairs.filter((p) => p!.startsWith('对 1 ·')).length).toBeGreaterThanOrEqual(2);
    const marks = await o.page.$$eval('mark.hl', (ms) => ms.map((m) => [m.textContent, m.getAttribute('data-raw')]));
    expect(marks.length).toBe(crow.reduce((n, r) => n + r.spans.length, 0));
    for (const [text, raw] of marks) expect(text).toBe(raw);
    expect(await o.page.$$eval('svg g.bar', (g) => g.length)).toBe(2);
    expect(o.errors).toEqual([]);
    expect(o.requests).toEqual([]);
    await o.page.close();
  });
});

describe('review page in Chromium', () => {
  it('highlights every value by type at its offsets, parsed value on hover', async () => {
    const clauses = results.flatMap((r) => r.clauses);
    const docs = results.flatMap((r) => r.docs);
    const file = join(dir, 'review.html');
    writeFileSync(file, reviewPage(reviewDocs(docs, clauses)));
    const o = await openReport(browser, file);
    const marks = await o.page.$$eval('.doctext mark', (ms) => ms.map((m) => ({ type: m.getAttribute('data-type'), text: m.textContent, raw: m.getAttribute('data-raw'), title: m.getAttribute('title'), start: Number(m.getAttribute('data-start')), doc: m.closest('section')!.getAttribute('data-doc') })));
    const byType = (t: string) => marks.filter((m) => m.type === t).length;
    expect(byType('amount')).toBe(clauses.reduce((n, c) => n + c.amounts.length, 0));
    expect(byType('rate')).toBe(clauses.reduce((n, c) => n + c.rates.length, 0));
    expect(byType('threshold')).toBeGreaterThan(0);
    expect(byType('unit')).toBeGreaterThan(0);
    expect(byType('deadline')).toBeGreaterThan(0);
    const docText = new Map(docs.map((d) => [d.id, d.text]));
    for (const m of marks) {
      expect(m.text).toBe(m.raw);
      expect(docText.get(m.doc!)!.slice(m.start, m.start + m.text!.length)).toBe(m.text);
    }
    const hundred = marks.find((m) => m.type === 'amount' && m.text === '100万' && m.title!.includes('1,000,000 元'));
    expect(hundred, '100万 reads as 1,000,000 元').toBeDefined();
    expect(await o.page.$$eval('.legend i', (is) => is.map((i) => i.className))).toEqual(['amount', 'rate', 'threshold', 'unit', 'deadline']);
    expect(o.errors).toEqual([]);
    expect(o.requests).toEqual([]);
    await o.page.close();
  });

  it('with gold: a dropped label shows as a false positive, an invented one as a miss', async () => {
    // The extractor matches eval/gold exactly, so the gold is edited: one amount label removed, one added.
    const gold = join(dir, 'gold');
    mkdirSync(gold, { recursive: true });
    const lines = readFileSync('eval/gold/004_ad92c2df140a72a5.jsonl', 'utf8').trim().split('\n');
    const k = lines.findIndex((l, i) => i > 0 && JSON.parse(l).amounts?.length === 1);
    const dropped = JSON.parse(lines[k]);
    const removed = dropped.amounts[0].yuan;
    dropped.amounts = [];
    lines[k] = JSON.stringify(dropped);
    const j = lines.findIndex((l, i) => i > 0 && i !== k && JSON.parse(l).amounts?.length === 0);
    const invented = JSON.parse(lines[j]);
    invented.amounts = [{ yuan: 12345, role: 'fixed' }];
    lines[j] = JSON.stringify(invented);
    writeFileSync(join(gold, '004_ad92c2df140a72a5.jsonl'), lines.join('\n') + '\n');
    copyFileSync('corpus/004_ad92c2df140a72a5.txt', join(gold, '004_ad92c2df140a72a5.txt'));

    const r004 = results.filter((r) => r.file.endsWith('004_ad92c2df140a72a5.txt'));
    const clauses = r004.flatMap((r) => r.clauses);
    const verdicts = await reviewAgainstGold(gold, clauses);
    const file = join(dir, 'review-gold.html');
    writeFileSync(file, reviewPage(reviewDocs(r004.flatMap((r) => r.docs), clauses, verdicts)));
    const o = await openReport(browser, file);
    const fps = await o.page.$$eval('.doctext mark.fp', (ms) => ms.map((m) => [m.getAttribute('data-type'), m.getAttribute('title')]));
    expect(fps).toHaveLength(1);
    expect(fps[0][0]).toBe('amount');
    expect(fps[0][1]).toContain(`${removed.toLocaleString('en-US')} 元`);
    const missed = await o.page.$$eval('li.missed', (ls) => ls.map((l) => l.textContent));
    expect(missed).toHaveLength(1);
    expect(missed[0]).toContain('12345');
    // Two colours: the false positive's outline and the miss's text differ.
    const colours = await o.page.evaluate(() => [getComputedStyle(document.querySelector('.doctext mark.fp')!).outlineColor, getComputedStyle(document.querySelector('li.missed')!).color]);
    expect(colours[0]).not.toBe(colours[1]);
    expect(o.errors).toEqual([]);
    await o.page.close();
  });
});
