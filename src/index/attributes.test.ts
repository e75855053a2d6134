import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFile } from '../ingest/ingest.js';
import { extractDocument } from '../extract/extract.js';
import { PolicyIndex, updateIndex } from './policy-index.js';
import { Attributes } from './attributes.js';
import { ClauseStore } from './store.js';
import { checkIndex } from './check.js';
import { readCurrent } from './generation.js';
import type { Clause } from '../types.js';

let dir: string;
let yubei: Clause[];
let qijiang: Clause[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pclause-attrs-'));
  yubei = (await ingestFile('corpus/004_ad92c2df140a72a5.txt')).flatMap(extractDocument);
  qijiang = (await ingestFile('corpus/000_1783c25a94a31d5b.txt')).flatMap(extractDocument);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The attributes from the committed blob against a scan of the rows (what an index without the blob does). */
async function blobAndScan(d: string): Promise<{ blob: Attributes; scan: Attributes; ids: number[] }> {
  const index = await PolicyIndex.open(d);
  try {
    const blob = Attributes.load(index.store);
    const copy = join(dir, `scan-${Math.random()}.sqlite`);
    index.store.db.exec(`VACUUM INTO '${copy}'`);
    const store = new ClauseStore(copy);
    store.db.exec('DROP TABLE attrs');
    const scan = Attributes.load(store);
    const ids = store.allRowids();
    store.close();
    return { blob, scan, ids };
  } finally {
    index.close();
  }
}

describe('filter attributes kept with the commit', () => {
  it.each([
    ['a new index', async (d: string) => updateIndex(d, yubei)],
    ['a source added', async (d: string) => updateIndex(d, [...yubei, ...qijiang])],
    ['a source replaced (old rows cleared)', async (d: string) => updateIndex(d, [...yubei.map((c, i) => (i === 3 ? { ...c, id: 'ffffffffffffff01', text: `${c.text}（修订）` } : c)), ...qijiang])],
  ])('%s: the blob says what a scan of the rows says', async (_, write) => {
    const d = join(dir, 'i');
    await write(d);
    const { blob, scan, ids } = await blobAndScan(d);
    expect(ids.length).toBeGreaterThan(0);
    const test = (a: Attributes, f: Parameters<Attributes['predicate']>[0]) => a.predicate(f, () => true).test;
    for (const f of [{}, { regions: ['渝北区'] }, { regions: ['綦江区'], withMoney: true }, { kinds: ['subsidy'], status: 'final' as const }]) {
      const b = test(blob, f);
      const s = test(scan, f);
      const all = Array.from({ length: Math.max(...ids) + 5 }, (_, i) => i);
      expect(all.filter(b)).toEqual(all.filter(s));
    }
    expect(blob.few({ regions: ['渝北区'] }, () => true, 1e6)).toEqual(scan.few({ regions: ['渝北区'] }, () => true, 1e6));
  });
  it('--check finds attributes that disagree with the rows', async () => {
    const d = join(dir, 'i');
    expect(checkIndex(d).ok).toBe(true);
    const store = new ClauseStore(join(d, readCurrent(d)!, 'clauses.sqlite'));
    store.db.exec('UPDATE attrs SET flags = zeroblob(length(flags))');
    store.close();
    const r = checkIndex(d);
    expect(r.ok).toBe(false);
    expect(r.problems.join('\n')).toMatch(/filter attributes disagree with \d+ clause row\(s\)/);
  });
});
