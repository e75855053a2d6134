import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFile } from '../ingest/ingest.js';
import { extractDocument } from '../extract/extract.js';
import { PolicyIndex, updateIndex } from './policy-index.js';
import { checkIndex } from './check.js';
import type { Clause } from '../types.js';

let dir: string;
let yubei: Clause[];
let qijiang: Clause[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pclause-index-'));
  yubei = (await ingestFile('corpus/004_ad92c2df140a72a5.txt')).flatMap(extractDocument);
  qijiang = (await ingestFile('corpus/000_1783c25a94a31d5b.txt')).flatMap(extractDocument);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('index', () => {
  it('builds, then adds a new source without touching the old one', async () => {
    const first = await updateIndex(join(dir, 'a'), yubei);
    expect(first).toMatchObject({ added: 1, replaced: 0, unchanged: 0, clausesAdded: yubei.length, total: yubei.length, embedder: 'tfidf-hash-128+ppmi32' });
    const second = await updateIndex(join(dir, 'a'), [...yubei, ...qijiang]);
    expect(second).toMatchObject({ added: 1, replaced: 0, unchanged: 1, clausesAdded: qijiang.length, clausesRemoved: 0, total: yubei.length + qijiang.length });
  });
  it('a changed source replaces its old clauses', async () => {
    const changed = yubei.map((c, i) => (i === 5 ? { ...c, id: 'ffffffffffffffff', text: `${c.text}（修订）` } : c));
    const r = await updateIndex(join(dir, 'a'), changed);
    expect(r).toMatchObject({ replaced: 1, clausesRemoved: yubei.length, clausesAdded: yubei.length, total: yubei.length + qijiang.length });
    const index = await PolicyIndex.open(join(dir, 'a'));
    try {
      const hits = await index.search('修订', { k: 3, mode: 'bm25' });
      expect(hits.map((h) => h.clause.id)).toContain('ffffffffffffffff');
      expect(index.store.count()).toBe(yubei.length + qijiang.length);
      // The counts a writer carries forward (added minus removed) are what a full count gives.
      const full = index.store.db.prepare('SELECT region, count(*) AS n FROM clauses WHERE region IS NOT NULL GROUP BY region ORDER BY n DESC, region').all();
      expect(index.store.regions()).toEqual(full);
      expect(index.store.regions().map((r) => r.region).sort()).toEqual(['渝北区', '綦江区']);
      expect((index.store.db.prepare('SELECT count(*) AS n FROM clauses').get() as { n: number }).n).toBe(index.store.count());
    } finally {
      index.close();
    }
  });
  it('finds the 智能工厂 measures by hybrid search, with filters', async () => {
    const index = await PolicyIndex.open(join(dir, 'a'));
    try {
      const hits = await index.search('智能工厂 补贴', { k: 5 });
      expect(hits.some((h) => h.clause.text.includes('智能工厂'))).toBe(true);
      const drafts = await index.search('智能工厂', { k: 5, filter: { status: 'draft' } });
      expect(drafts.length).toBeGreaterThan(0);
      expect(drafts.every((h) => h.clause.region === '綦江区' && h.clause.status === 'draft')).toBe(true);
      const money = await index.search('奖励', { k: 10, filter: { regions: ['渝北区'], withMoney: true, amountRole: 'cap' } });
      expect(money.every((h) => h.clause.amounts.some((a) => a.role === 'cap'))).toBe(true);
    } finally {
      index.close();
    }
  });
  it('refuses to mix embedders and says to re-index', async () => {
    await expect(updateIndex(join(dir, 'a'), yubei, { embedder: 'transformers', model: 'fixtures/tiny-model' })).rejects.toThrow(/built with the tfidf embedder.*re-index with --rebuild/);
  });
  it('a failed update leaves the previous index as it was', async () => {
    const before = await PolicyIndex.open(join(dir, 'a'));
    const n = before.store.count();
    before.close();
    // A source whose clauses repeat an id cannot be stored: the update fails as a whole.
    const broken = [0, 1, 2].map((i) => ({ ...qijiang[i], id: 'eeeeeeeeeeeeeeee', source: 'new.txt' }));
    await expect(updateIndex(join(dir, 'a'), broken)).rejects.toThrow(/UNIQUE/);
    const after = await PolicyIndex.open(join(dir, 'a'));
    try {
      expect(after.store.count()).toBe(n);
      // The interrupted write's segment was removed: only committed ones remain.
      expect(checkIndex(join(dir, 'a'))).toMatchObject({ ok: true, problems: [] });
    } finally {
      after.close();
    }
  });
  it('--rebuild swaps in a new index built beside the old one', async () => {
    const r = await updateIndex(join(dir, 'a'), yubei, { rebuild: true });
    expect(r.total).toBe(yubei.length);
    expect(readdirSync(dir).filter((f) => f.startsWith('a.'))).toEqual([]);
  });
  it('transformers.js embedder end to end with the tiny model fixture (offline)', async () => {
    const r = await updateIndex(join(dir, 't'), yubei, { embedder: 'transformers', model: 'fixtures/tiny-model', offline: true });
    expect(r.embedder).toBe('transformers:fixtures/tiny-model');
    const index = await PolicyIndex.open(join(dir, 't'));
    try {
      expect(index.embedder.dim).toBe(16);
      const hits = await index.search('智能工厂', { k: 3 });
      expect(hits.length).toBe(3);
    } finally {
      index.close();
    }
  });
  it('opening a missing index says what to do', async () => {
    await expect(PolicyIndex.open(join(dir, 'nothing'))).rejects.toThrow(/no index in .*run "pclause index <files>" first/);
  });
});

