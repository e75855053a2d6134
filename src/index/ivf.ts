import { closeSync, fsyncSync, openSync } from 'node:fs';
import hnswlib from 'hnswlib-node';
import { forEachRecord, norm, readFully, sha256File, writeFully } from './segments.js';
import { seededRandom } from '../seeded-random.js';

/**
 * The vectors' inverted file (IVF): the committed vectors grouped into lists around centroids, each
 * vector stored as int8 codes with one scale (a quarter of its float size). A reader loads only the
 * centroids and the lists a question probes, so opening a million-clause index reads about a
 * megabyte, not a graph of a gigabyte, and a writer's memory does not grow with the index: the lists
 * are written in place from two streaming passes over the append-only segments.
 *
 * Layout, little-endian: "PCIVF01\n", dim u32, nlist u32, count u32, record bytes u32, 8 bytes zero;
 * centroids nlist × dim f32; list starts (nlist + 1) × u32; count records (label u32, scale f32,
 * dim × i8, padding to 4) grouped by list; count × (label u32, ordinal u32) sorted by label, where the
 * ordinal is the vector's place in the segments taken in order (its exact float vector is there).
 */
const MAGIC = Buffer.from('PCIVF01\n', 'latin1');
const HEADER = 32;
const { HierarchicalNSW } = hnswlib;

export interface IvfInfo {
  count: number;
  nlist: number;
  bytes: number;
  sha256: string;
}

/** A segment as the inverted file sees it: its file and record count, in commit order. */
export interface SegmentFile {
  file: string;
  count: number;
}

/** √n lists (at most 4,096); one list, scanned whole, for small indexes where that is exact and fast. */
export function listCount(n: number): number {
  return n <= 20000 ? 1 : Math.min(4096, Math.round(Math.sqrt(n)));
}

function recordBytes(dim: number): number {
  return 8 + Math.ceil(dim / 4) * 4;
}

function normalize(v: Float32Array): Float32Array {
  const n = norm(v);
  for (let i = 0; i < v.length; i++) v[i] /= n;
  return v;
}


/** Nearest centroid of a vector: hnswlib over the centroids once they are many, else a plain scan. */
class Assigner {
  private readonly graph?: InstanceType<typeof HierarchicalNSW>;
  constructor(
    private readonly centroids: Float32Array,
    private readonly nlist: number,
    private readonly dim: number,
  ) {
    if (nlist > 64) {
      this.graph = new HierarchicalNSW('ip', dim);
      this.graph.initIndex({ maxElements: nlist, m: 16, efConstruction: 100, randomSeed: 7 });
      for (let c = 0; c < nlist; c++) this.graph.addPoint(Array.from(centroids.subarray(c * dim, (c + 1) * dim)), c);
      this.graph.setEf(32);
    }
  }

  nearest(v: Float32Array): number {
    if (this.nlist === 1) return 0;
    if (this.graph) return this.graph.searchKnn(Array.from(v), 1).neighbors[0];
    let best = 0;
    let bestDot = -Infinity;
    for (let c = 0; c < this.nlist; c++) {
      let d = 0;
      const o = c * this.dim;
      for (let i = 0; i < this.dim; i++) d += v[i] * this.centroids[o + i];
      if (d > bestDot) {
        bestDot = d;
        best = c;
      }
    }
    return best;
  }
}

/** Spherical k-means on a sample (cosine is what the index ranks by), a few rounds: lists need not be optimal. */
function train(sample: Float32Array[], nlist: number, dim: number, rounds = 6): Float32Array {
  const rnd = seededRandom(42);
  const centroids = new Float32Array(nlist * dim);
  const order = sample.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  for (let c = 0; c < nlist; c++) centroids.set(sample[order[c % order.length]], c * dim);
  for (let r = 0; r < rounds; r++) {
    const a = new Assigner(centroids, nlist, dim);
    const sums = new Float64Array(nlist * dim);
    const counts = new Uint32Array(nlist);
    for (const v of sample) {
      const c = a.nearest(v);
      counts[c]++;
      for (let i = 0, o = c * dim; i < dim; i++) sums[o + i] += v[i];
    }
    for (let c = 0; c < nlist; c++) {
      const o = c * dim;
      // An empty list takes a random sample vector: every list keeps a place in the space.
      if (!counts[c]) centroids.set(sample[Math.floor(rnd() * sample.length)], o);
      else for (let i = 0; i < dim; i++) centroids[o + i] = sums[o + i];
      normalize(centroids.subarray(o, o + dim));
    }
  }
  return centroids;
}

function readAll(fd: number, buf: Buffer, at: number, file: string): void {
  if (readFully(fd, buf, at) < buf.length) throw new Error(`${file}: ends before byte ${at + buf.length} (truncated)`);
}

/**
 * Write the inverted file of the live vectors of `segments` (labels in `dead` left out) to `out`.
 * `centroids` from the previous file keep its lists (an update only places the new vectors); without
 * them a sample is clustered. Memory: a list number per vector and the sample, never the vectors.
 */
export function writeIvf(out: string, segments: SegmentFile[], dim: number, dead: Set<number>, opts: { centroids?: Float32Array; onProgress?: (done: number, total: number) => void } = {}): IvfInfo {
  const total = segments.reduce((n, s) => n + s.count, 0);
  let live = 0;
  const each = (fn: (label: number, v: Float32Array, ordinal: number) => void) => {
    let base = 0;
    for (const s of segments) {
      forEachRecord(s.file, dim, s.count, (label, v, i) => {
        if (!dead.has(label)) fn(label, v, base + i);
      });
      base += s.count;
    }
  };
  each(() => live++);
  // The previous lists are kept while their number still suits the index (within a factor of two).
  const had = opts.centroids && opts.centroids.length % dim === 0 ? opts.centroids.length / dim : 0;
  const fit = listCount(live);
  const reuse = had && (had === fit || (had > 1 && fit > 1 && had * 2 >= fit && had <= fit * 2)) ? opts.centroids : undefined;
  const nlist = reuse ? had : fit;
  let centroids: Float32Array;
  if (reuse) centroids = reuse;
  else if (nlist === 1) centroids = new Float32Array(dim);
  else {
    // Reservoir sample of about 32 vectors a list (at most 65,536).
    const want = Math.min(live, Math.max(nlist * 32, 1), 65536);
    const sample: Float32Array[] = [];
    const rnd = seededRandom(1);
    let seen = 0;
    each((_, v) => {
      seen++;
      if (sample.length < want) sample.push(normalize(Float32Array.from(v)));
      else {
        const j = Math.floor(rnd() * seen);
        if (j < want) sample[j] = normalize(Float32Array.from(v));
      }
    });
    centroids = train(sample, nlist, dim);
  }
  // Pass 1: each live vector's list.
  const assigner = new Assigner(centroids, nlist, dim);
  const listOf = new Int32Array(total).fill(-1);
  const counts = new Uint32Array(nlist);
  const unit = new Float32Array(dim);
  let done = 0;
  each((_, v, ordinal) => {
    unit.set(v);
    const c = assigner.nearest(normalize(unit));
    listOf[ordinal] = c;
    counts[c]++;
    if (++done % 65536 === 0) opts.onProgress?.(done, live * 2);
  });
  const starts = new Uint32Array(nlist + 1);
  for (let c = 0; c < nlist; c++) starts[c + 1] = starts[c] + counts[c];
  const rec = recordBytes(dim);
  const recordsAt = HEADER + nlist * dim * 4 + (nlist + 1) * 4;
  const byLabelAt = recordsAt + live * rec;
  const fd = openSync(out, 'wx');
  try {
    const head = Buffer.alloc(HEADER);
    MAGIC.copy(head, 0);
    head.writeUInt32LE(dim, 8);
    head.writeUInt32LE(nlist, 12);
    head.writeUInt32LE(live, 16);
    head.writeUInt32LE(rec, 20);
    writeFully(fd, head, 0);
    writeFully(fd, Buffer.from(centroids.buffer, centroids.byteOffset, nlist * dim * 4), HEADER);
    writeFully(fd, Buffer.from(starts.buffer, starts.byteOffset, (nlist + 1) * 4), HEADER + nlist * dim * 4);
    // Pass 2: records written at their list's place, through a small buffer per list.
    const per = 16;
    // A list's pending records, with an int8 view of the same bytes for the codes.
    const buffers = new Map<number, { b: Buffer; bytes: Int8Array }>();
    const filled = new Uint32Array(nlist);
    const written = new Uint32Array(nlist);
    const flush = (c: number) => {
      const pending = buffers.get(c);
      if (!pending || !filled[c]) return;
      writeFully(fd, pending.b.subarray(0, filled[c] * rec), recordsAt + (starts[c] + written[c]) * rec);
      written[c] += filled[c];
      filled[c] = 0;
    };
    const labels = new Uint32Array(live);
    const ordinals = new Uint32Array(live);
    let k = 0;
    let sorted = true;
    each((label, v, ordinal) => {
      const c = listOf[ordinal];
      let pending = buffers.get(c);
      if (!pending) {
        const b = Buffer.alloc(per * rec);
        buffers.set(c, (pending = { b, bytes: new Int8Array(b.buffer, b.byteOffset, b.length) }));
      }
      const { b, bytes } = pending;
      const at = filled[c] * rec;
      unit.set(v);
      normalize(unit);
      let m = 0;
      for (let i = 0; i < dim; i++) m = Math.max(m, Math.abs(unit[i]));
      const scale = m / 127 || 1;
      b.writeUInt32LE(label, at);
      b.writeFloatLE(scale, at + 4);
      for (let i = 0; i < dim; i++) bytes[at + 8 + i] = Math.round(unit[i] / scale);
      if (++filled[c] === per) flush(c);
      if (k && labels[k - 1] > label) sorted = false;
      labels[k] = label;
      ordinals[k++] = ordinal;
      if (++done % 65536 === 0) opts.onProgress?.(done, live * 2);
    });
    for (let c = 0; c < nlist; c++) flush(c);
    // Labels in rowid order (they usually are already), for finding a clause's exact vector.
    let order: Uint32Array | undefined;
    if (!sorted) {
      order = new Uint32Array(live);
      for (let i = 0; i < live; i++) order[i] = i;
      order.sort((a, b) => labels[a] - labels[b]);
    }
    const page = Buffer.alloc(8 * 65536);
    for (let i = 0; i < live; i += 65536) {
      const n = Math.min(65536, live - i);
      for (let j = 0; j < n; j++) {
        const x = order ? order[i + j] : i + j;
        page.writeUInt32LE(labels[x], j * 8);
        page.writeUInt32LE(ordinals[x], j * 8 + 4);
      }
      writeFully(fd, page.subarray(0, n * 8), byLabelAt + i * 8);
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return { count: live, nlist, bytes: byLabelAt + live * 8, sha256: sha256File(out) };
}

/** A list as read: its records in place (codes at record × rec + 8), labels and scales unpacked. */
interface List {
  labels: Uint32Array;
  scales: Float32Array;
  codes: Int8Array;
}

/**
 * A reader of an inverted file: centroids at open, lists read when probed and kept under a byte
 * budget (the warm lists of a session stay in memory), the label table read on the first lookup.
 */
export class IvfReader {
  readonly dim: number;
  readonly nlist: number;
  readonly count: number;
  private readonly rec: number;
  private readonly centroids: Float32Array;
  private readonly starts: Uint32Array;
  private readonly recordsAt: number;
  private readonly cache = new Map<number, List>();
  private cached = 0;
  private byLabel?: Uint32Array;

  private constructor(
    readonly file: string,
    private readonly fd: number,
    private readonly budget: number,
  ) {
    const head = Buffer.alloc(HEADER);
    readAll(fd, head, 0, file);
    if (!head.subarray(0, 8).equals(MAGIC)) throw new Error(`${file}: not a pclause vectors file`);
    this.dim = head.readUInt32LE(8);
    this.nlist = head.readUInt32LE(12);
    this.count = head.readUInt32LE(16);
    this.rec = head.readUInt32LE(20);
    const c = Buffer.alloc(this.nlist * this.dim * 4);
    readAll(fd, c, HEADER, file);
    this.centroids = new Float32Array(c.buffer, c.byteOffset, this.nlist * this.dim);
    const s = Buffer.alloc((this.nlist + 1) * 4);
    readAll(fd, s, HEADER + this.nlist * this.dim * 4, file);
    this.starts = new Uint32Array(s.buffer, s.byteOffset, this.nlist + 1);
    this.recordsAt = HEADER + this.nlist * this.dim * 4 + (this.nlist + 1) * 4;
    if (this.starts[this.nlist] !== this.count) throw new Error(`${file}: lists hold ${this.starts[this.nlist]} vectors, the header says ${this.count}`);
  }

  static open(file: string, opts: { cacheBytes?: number } = {}): IvfReader {
    const fd = openSync(file, 'r');
    try {
      return new IvfReader(file, fd, opts.cacheBytes ?? 256 << 20);
    } catch (e) {
      closeSync(fd);
      throw e;
    }
  }

  close(): void {
    closeSync(this.fd);
  }

  /** The centroids, for an update that keeps the lists. */
  centroidTable(): Float32Array {
    return Float32Array.from(this.centroids);
  }

  private list(c: number): List {
    const hit = this.cache.get(c);
    if (hit) {
      this.cache.delete(c);
      this.cache.set(c, hit);
      return hit;
    }
    const n = this.starts[c + 1] - this.starts[c];
    const buf = Buffer.alloc(n * this.rec);
    readAll(this.fd, buf, this.recordsAt + this.starts[c] * this.rec, this.file);
    const labels = new Uint32Array(n);
    const scales = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      labels[i] = buf.readUInt32LE(i * this.rec);
      scales[i] = buf.readFloatLE(i * this.rec + 4);
    }
    const list = { labels, scales, codes: new Int8Array(buf.buffer, buf.byteOffset, buf.length) };
    this.cache.set(c, list);
    this.cached += n * (this.rec + 8);
    for (const [k, l] of this.cache) {
      if (this.cached <= this.budget || k === c) break;
      this.cache.delete(k);
      this.cached -= l.labels.length * (this.rec + 8);
    }
    return list;
  }

  /** Lists by how close their centroid is to the (unit) query. */
  private ranked(q: Float32Array): number[] {
    if (this.nlist === 1) return [0];
    const sims = new Float32Array(this.nlist);
    for (let c = 0; c < this.nlist; c++) {
      let d = 0;
      for (let i = 0, o = c * this.dim; i < this.dim; i++) d += q[i] * this.centroids[o + i];
      sims[c] = d;
    }
    const order = Array.from({ length: this.nlist }, (_, i) => i);
    return order.sort((a, b) => sims[b] - sims[a]);
  }

  /**
   * Approximate cosine top-k: the nearest `probe` lists, more while fewer than k vectors pass the test
   * and the test still lets a useful share through (a filter that rejects nearly everything near the
   * question leaves the rest to BM25, once something passed).
   */
  search(query: ArrayLike<number>, k: number, probe: number, test?: (label: number) => boolean): { rowid: number; similarity: number }[] {
    if (!this.count || k <= 0) return [];
    const q = normalize(Float32Array.from(query));
    const order = this.ranked(q);
    const top: { rowid: number; similarity: number }[] = [];
    let floor = -Infinity;
    let scanned = 0;
    let passed = 0;
    const dim = this.dim;
    const rec = this.rec;
    for (let p = 0; p < order.length; p++) {
      if (p >= probe) {
        if (top.length >= k || !test) break;
        if (p >= probe * 4 && top.length && passed < scanned * 0.05) break;
      }
      const { labels, scales, codes } = this.list(order[p]);
      for (let i = 0; i < labels.length; i++) {
        const label = labels[i];
        scanned++;
        if (test && !test(label)) continue;
        passed++;
        let d = 0;
        for (let j = 0, o = i * rec + 8; j < dim; j++) d += q[j] * codes[o + j];
        const s = d * scales[i];
        if (top.length >= k && s <= floor) continue;
        top.push({ rowid: label, similarity: s });
        if (top.length > k * 2) {
          top.sort((a, b) => b.similarity - a.similarity || a.rowid - b.rowid);
          top.length = k;
          floor = top[k - 1].similarity;
        }
      }
    }
    top.sort((a, b) => b.similarity - a.similarity || a.rowid - b.rowid);
    return top.slice(0, k);
  }

  /** The vector's place in the segments (its exact float vector), or undefined when not in this file. */
  ordinalOf(label: number): number | undefined {
    if (!this.byLabel) {
      const buf = Buffer.alloc(this.count * 8);
      readAll(this.fd, buf, this.recordsAt + this.count * this.rec, this.file);
      this.byLabel = new Uint32Array(buf.buffer, buf.byteOffset, this.count * 2);
    }
    const t = this.byLabel;
    let lo = 0;
    let hi = this.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const l = t[mid * 2];
      if (l === label) return t[mid * 2 + 1];
      if (l < label) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}
