import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processFiles } from '../run/batch.js';
import { expandInputs } from '../run/files.js';
import { PolicyIndex, updateIndex } from '../index/policy-index.js';
import { answer, clauseRows, mergeSplitMeasures, withArticleCaps } from './answer.js';
import { compare } from './compare.js';
import { parseQuestion } from './parse.js';
import { renderAnswer, renderComparison, renderDocs, widest } from './render.js';
import { listDocuments } from './docs.js';

let dir: string;
let index: PolicyIndex;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pclause-query-'));
  const results = await processFiles(expandInputs(['corpus']).files, { workers: 1 });
  await updateIndex(dir, results.flatMap((r) => r.clauses));
  index = await PolicyIndex.open(dir);
});
afterAll(() => {
  index.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('parseQuestion', () => {
  it('reads topics, keywords, regions and what is asked', () => {
    const q = parseQuestion('渝北和綦江哪些区县补贴智能工厂，最高补贴多少？', ['渝北区', '綦江区', '黔江区']);
    expect(q).toMatchObject({ regions: ['渝北区', '綦江区'], topics: ['智能制造'], keywords: ['智能工厂'], wantsMoney: true, wantsCap: true });
    expect(parseQuestion('征求意见稿里的研发补贴比例').status).toBe('draft');
  });
});

describe('answer', () => {
  it('哪些区县补贴智能工厂，补贴多少？ → one row per measure, tiers inside the row, with date and number', async () => {
    const a = await answer(index, '哪些区县补贴智能工厂，补贴多少？');
    const rows = Object.fromEntries(a.regions.map((g) => [g.region, g.rows.map((r) => [r.measure, r.value])]));
    expect(rows['渝北区']).toEqual([
      ['数字化装备、数字化车间投资补助', '最高 30%（投资金额）；最高 数字化装备普及 1500万元 / 数字化车间 1500万元 / 智能工厂建设 5000万元'],
      ['市级数字化车间、智能工厂认定奖励', '定额 数字化车间 50万元 / 智能工厂 100万元（一次性）'],
    ]);
    expect(rows['綦江区']).toEqual([['市级智能工厂、数字化车间认定奖励', '定额 市级智能工厂 40万元 / 市级数字化车间 20万元']]);
    const yb = a.regions.find((g) => g.region === '渝北区')!.rows[0];
    expect([yb.docDate, yb.docNumber]).toEqual(['2021-10-14', '渝北府发〔2021〕13号']);
    expect(a.regions.flatMap((g) => g.rows).every((r) => r.concept === '智能工厂')).toBe(true);
    const qj = a.regions.find((g) => g.region === '綦江区')!.rows[0];
    expect(qj.status).toBe('draft');
    expect(qj.sentence).toContain('分别给予40万元、20万元的认定奖励');
    const text = renderAnswer(a);
    expect(text).toContain('■ 綦江区（1 项措施，其中征求意见稿 1 项）');
    expect(text).toContain('概念：智能工厂 ⊃ 数字化车间');
    expect(text).toContain('原文：对数字化装备普及、数字化车间和智能工厂建设的项目');
  });
  it('at 80 columns no line of an answer, a document list or a comparison is wider than 80', async () => {
    for (const q of ['哪些区县补贴智能工厂，补贴多少？', '企业研发投入按什么比例补贴，最高多少？', '绿色工厂奖励多少？']) {
      const a = await answer(index, q);
      const wide = renderAnswer(a);
      const narrow = renderAnswer(a, { width: 80 });
      expect(widest(narrow)).toBeLessThanOrEqual(80);
      expect(widest(wide)).toBeGreaterThan(80);
      // Nothing is cut (wrapped instead): no ellipsis, and as many characters as the full table.
      expect(narrow).not.toContain('…');
      const chars = (t: string) => t.replace(/[\s─]/g, '').length;
      expect(chars(narrow)).toBe(chars(wide));
    }
    expect(widest(renderDocs(listDocuments(index), { width: 80 }))).toBeLessThanOrEqual(80);
    expect(widest(renderComparison(await compare(index, '渝北区', '綦江区'), { width: 80 }))).toBeLessThanOrEqual(80);
  });
  it('docs lists every document with region, issuer, number, date and status', () => {
    const docs = listDocuments(index);
    expect(docs.length).toBe(new Set(docs.map((d) => d.docId)).size);
    expect(docs.find((d) => d.title === '支持制造业高质量发展若干政策措施')).toMatchObject({ region: '渝北区', issuer: '重庆市渝北区人民政府', docNumber: '渝北府发〔2021〕13号', date: '2021-10-14', status: 'final', source: '004_ad92c2df140a72a5.txt' });
    expect(listDocuments(index, { status: 'draft' }).every((d) => d.status === 'draft')).toBe(true);
    expect(listDocuments(index, { regions: ['黔江区'] }).map((d) => d.region)).toEqual(Array(listDocuments(index, { regions: ['黔江区'] }).length).fill('黔江区'));
  });
  it('rates and their cap written in separate sentences of one article are one row', async () => {
    const a = await answer(index, '企业研发投入按什么比例补贴，最高多少？');
    const rows = a.regions.find((g) => g.region === '渝北区')!.rows;
    expect(rows.map((r) => [r.measure, r.value])).toContainEqual(['研发投入补贴', '按 5%（当年研发投入区内报核总额）；按 30%（当年增长额）；最高 1000万元（每家企业）']);
    // No row holds only a cap while a rate row of the same article stands apart.
    expect(rows.filter((r) => !r.rates.length && r.amounts.every((x) => x.role === 'cap'))).toEqual([]);
  });
  it('the cap a later sentence of the article writes joins a rate row whose cap retrieval did not rank (article caps)', () => {
    // A larger index (the national dev notices) pushed 单个企业当年补贴最高不超过1000万元 out of the candidates: the rate row stood capless.
    const doc = listDocuments(index).find((d) => d.title === '支持制造业高质量发展若干政策措施')!;
    const rate = index.store.docClauses(doc.docId).find((c) => c.text.includes('按当年增长额的30%'))!;
    const merged = mergeSplitMeasures(withArticleCaps([{ clause: rate, rows: clauseRows(rate, 1) }], (id) => index.store.docClauses(id), []));
    expect(merged.map((x) => x.row.value)).toEqual(['按 30%（当年增长额）；最高 1000万元（每家企业）']);
    // A cap already among the hits is not added twice.
    const cap = index.store.docClauses(doc.docId).find((c) => c.text.includes('单个企业当年补贴最高不超过1000万元'))!;
    const both = [rate, cap].map((c) => ({ clause: c, rows: clauseRows(c, 1) }));
    expect(withArticleCaps(both, (id) => index.store.docClauses(id), []).map((x) => x.clause.id)).toEqual([rate.id, cap.id]);
  });
  it('a region filter keeps one region', async () => {
    const a = await answer(index, '绿色工厂奖励多少？', { regions: ['綦江区'] });
    expect(a.regions.map((g) => g.region)).toEqual(['綦江区']);
  });
  it.each([
    // a paraphrase: the question says 技术改造, the clause 技改扩能 (corpus/004)
    ['企业技术改造项目按什么比例补助', '渝北区', 0.15],
    // 上规 in the question, 升规 in 綦江's draft (corpus/000)
    ['企业上规奖励', '綦江区', 50000],
    ['企业上规奖励', '渝北区', 150000],
    // a city names its districts: 重庆 → 渝北区
    ['重庆各区县数字化车间奖励多少', '渝北区', 500000],
  ])('%s finds %s %s through its concept', async (q, region, value) => {
    const a = await answer(index, q);
    const rows = a.regions.find((g) => g.region === region)?.rows ?? [];
    expect(rows.some((r) => r.yuan === value || r.rate === value)).toBe(true);
  });
  it('leaves out rows about another concept: a 绿色制造 award is not a 技改 answer', async () => {
    const a = await answer(index, '技改项目补助比例');
    const rows = a.regions.flatMap((g) => g.rows);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => /绿色/.test(r.measure))).toBe(false);
    expect(rows.every((r) => r.concept === '技术改造')).toBe(true);
  });
});

describe('compare', () => {
  it('pairs similar money measures of two regions and lists the rest', async () => {
    const c = await compare(index, '渝北区', '綦江区');
    expect(c.pairs.length).toBeGreaterThan(0);
    expect(c.pairs.some((p) => p.a.sentence.includes('智能工厂') && p.b.sentence.includes('智能工厂'))).toBe(true);
    // Paired by what they reward: 首次上规 (渝北) with 年度升规 (綦江), never across unrelated concepts.
    const upgrade = c.pairs.find((p) => p.a.sentence.includes('首次上规'))!;
    expect(upgrade.b.sentence).toContain('对年度升规的工业企业给予5万元/户的奖励');
    expect(upgrade.label).toBe('相似措施');
    expect(c.pairs.find((p) => p.a.sentence.includes('一般技改扩能'))).toBeUndefined();
    expect((await compare(index, '渝北区', '綦江区', { status: 'final' })).pairs).toEqual([]);
    const all = c.pairs.length + c.onlyA.length;
    expect(all).toBe(index.store.allRowids({ regions: ['渝北区'], withMoney: true, kinds: ['subsidy'] }).length);
  });
});
