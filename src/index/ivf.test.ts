import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IvfReader, listCount, writeIvf } from './ivf.js';
import { SegmentWriter } from './segments.js';

const dir = mkdtempSync(join(tmpdir(), 'pclause-ivf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Clustered vectors (as clause vectors are: topics), deterministic. */
function vectors(n: number, dim: number, seed: number): Float32Array[] {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) >>> 0) / 4294967296) - 0.5;
  const centres = Array.from({ length: 40 }, () => Float32Array.from({ length: dim }, rnd));
  return Array.from({ length: n }, (_, i) => Float32Array.from(centres[i % 40], (x) => x + rnd() * 0.6));
}

function segment(name: string, labels: number[], vs: Float32Array[], dim: number): { file: string; count: number } {
  const w = new SegmentWriter(join(dir, name), name, dim, labels.length);
  labels.forEach((l, i) => w.append(l, vs[i]));
  w.finish();
  return { file: join(dir, name), count: labels.length };
}

function exact(q: Float32Array, vs: Float32Array[], labels: number[], k: number, skip = new Set<number>()): number[] {
  const cos = (a: Float32Array, b: Float32Array) => {
    let d = 0, na = 0, nb = 0;
    for (let i = 0; i < a.length; i++) (d += a[i] * b[i]), (na += a[i] * a[i]), (nb += b[i] * b[i]);
    return d / Math.sqrt(na * nb);
  };
  return labels
    .map((l, i) => ({ l, s: cos(q, vs[i]) }))
    .filter((x) => !skip.has(x.l))
    .sort((a, b) => b.s - a.s)
    .slice(0, k)
    .map((x) => x.l);
}

describe('inverted file of the vectors', () => {
  const dim = 24;
  const all = vectors(30000, dim, 7);
  const labels = all.map((_, i) => i + 1);
  const segs = [segment('a.vec', labels.slice(0, 20000), all.slice(0, 20000), dim), segment('b.vec', labels.slice(20000), all.slice(20000), dim)];
  const dead = new Set([5, 77, 20001]);

  it('lists: one for a small index (searched whole), about √n for a large one', () => {
    expect([listCount(1907), listCount(20000), listCount(30000), listCount(1_000_000), listCount(50_000_000)]).toEqual([1, 1, 173, 1000, 4096]);
  });

  it('holds every live vector once, leaves removed ones out, and finds each by its label', () => {
    const info = writeIvf(join(dir, 'all.ivf'), segs, dim, dead);
    expect(info).toMatchObject({ count: 30000 - dead.size, nlist: 173 });
    const r = IvfReader.open(join(dir, 'all.ivf'));
    expect(r.count).toBe(30000 - dead.size);
    // The ordinal is the vector's place in the segments taken in order.
    expect([r.ordinalOf(1), r.ordinalOf(20000), r.ordinalOf(20002), r.ordinalOf(30000)]).toEqual([0, 19999, 20001, 29999]);
    expect([r.ordinalOf(5), r.ordinalOf(20001), r.ordinalOf(99999)]).toEqual([undefined, undefined, undefined]);
    r.close();
  });

  it('finds what an exact search finds (recall of the top 10 over 50 questions, probing 8 of 173 lists)', () => {
    const r = IvfReader.open(join(dir, 'all.ivf'));
    const qs = vectors(50, dim, 99);
    let hit = 0;
    for (const q of qs) {
      const want = exact(q, all, labels, 10, dead);
      const got = new Set(r.search(q, 30, 8).map((h) => h.rowid));
      hit += want.filter((l) => got.has(l)).length;
    }
    expect(hit / 500).toBeGreaterThan(0.9);
    r.close();
  });

  it('one list is an exact scan (up to the codes\' rounding): the same top 10 as the floats', () => {
    const small = segment('s.vec', labels.slice(0, 2000), all.slice(0, 2000), dim);
    writeIvf(join(dir, 's.ivf'), [small], dim, new Set());
    const r = IvfReader.open(join(dir, 's.ivf'));
    expect(r.nlist).toBe(1);
    for (const q of vectors(10, dim, 3)) {
      const want = exact(q, all.slice(0, 2000), labels.slice(0, 2000), 10);
      const got = r.search(q, 20, 1).map((h) => h.rowid);
      expect(want.filter((l) => got.includes(l)).length).toBe(10);
    }
    r.close();
  });

  it('a filter is applied inside the lists; more lists are probed until enough pass', () => {
    const r = IvfReader.open(join(dir, 'all.ivf'));
    const q = vectors(1, dim, 5)[0];
    const even = (l: number) => l % 2 === 0;
    const hits = r.search(q, 10, 8, even);
    expect(hits).toHaveLength(10);
    expect(hits.every((h) => even(h.rowid))).toBe(true);
    // Few pass (1 in 1,000, all in one far cluster): the search widens beyond its 8 lists rather than
    // answer with nothing.
    const rare = (l: number) => l % 1000 === 0;
    const few = r.search(q, 3, 8, rare);
    expect(few.length).toBeGreaterThan(0);
    expect(few.every((h) => rare(h.rowid))).toBe(true);
    r.close();
  });

  it('an update keeps the previous centroids: the same lists, the new vectors placed in them', () => {
    const r = IvfReader.open(join(dir, 'all.ivf'));
    const c = r.centroidTable();
    r.close();
    const more = vectors(500, dim, 11);
    const seg = segment('c.vec', more.map((_, i) => 30001 + i), more, dim);
    writeIvf(join(dir, 'next.ivf'), [...segs, seg], dim, dead, { centroids: c });
    const n = IvfReader.open(join(dir, 'next.ivf'));
    expect(n.count).toBe(30500 - dead.size);
    expect(Buffer.compare(Buffer.from(n.centroidTable().buffer), Buffer.from(c.buffer))).toBe(0);
    expect(n.ordinalOf(30500)).toBe(30499);
    n.close();
  });

  it('a file that is not an inverted file, or whose lists disagree with its header, is refused', () => {
    writeFileSync(join(dir, 'bad.ivf'), 'not vectors at all, just some text here');
    expect(() => IvfReader.open(join(dir, 'bad.ivf'))).toThrow(/not a pclause vectors file/);
    const b = readFileSync(join(dir, 'all.ivf'));
    b.writeUInt32LE(12345, 16); // the count in the header
    writeFileSync(join(dir, 'lie.ivf'), b);
    expect(() => IvfReader.open(join(dir, 'lie.ivf'))).toThrow(/lists hold 29997 vectors, the header says 12345/);
  });
});
