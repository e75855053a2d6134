import { createHash, type Hash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { failWrite } from './faults.js';

/**
 * Vector segments: append-only files of (label, vector) records. A segment is written and synced before
 * the SQLite transaction that lists it (name, count, bytes, sha256) commits, so a segment nobody lists
 * is garbage from an interrupted write, and a listed one is complete.
 *
 * Layout: "PCVSEG1\n", dim u32, count u32, then count × (label u32, dim × f32), little-endian.
 */
const MAGIC = Buffer.from('PCVSEG1\n', 'latin1');
const HEADER = 16;

export interface SegmentInfo {
  name: string;
  count: number;
  bytes: number;
  sha256: string;
}

export interface Segment {
  labels: Uint32Array;
  vectors: Float32Array;
  dim: number;
}

export function segmentBytes(dim: number, count: number): number {
  return HEADER + count * (4 + dim * 4);
}

/** Streams one segment to disk; the count is known up front so the checksum is computed as it goes. */
export class SegmentWriter {
  private readonly fd: number;
  private readonly hash = createHash('sha256');
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private written = 0;
  private bytes = 0;

  constructor(
    readonly file: string,
    readonly name: string,
    readonly dim: number,
    readonly count: number,
  ) {
    failWrite('segment', file);
    this.fd = openSync(file, 'wx');
    const head = Buffer.alloc(HEADER);
    MAGIC.copy(head, 0);
    head.writeUInt32LE(dim, 8);
    head.writeUInt32LE(count, 12);
    this.push(head);
  }

  private push(b: Buffer): void {
    this.pending.push(b);
    this.pendingBytes += b.length;
    if (this.pendingBytes >= 1 << 20) this.flush();
  }

  private flush(): void {
    if (!this.pendingBytes) return;
    const buf = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    this.hash.update(buf);
    writeFully(this.fd, buf);
    this.bytes += buf.length;
  }

  append(label: number, v: Float32Array): void {
    if (v.length !== this.dim) throw new Error(`vector of ${v.length} dimensions in a ${this.dim}-dimension segment`);
    const rec = Buffer.alloc(4 + this.dim * 4);
    rec.writeUInt32LE(label, 0);
    Buffer.from(v.buffer, v.byteOffset, this.dim * 4).copy(rec, 4);
    this.push(rec);
    this.written++;
  }

  /** Flush and sync; returns what the commit records about the segment. */
  finish(): SegmentInfo {
    if (this.written !== this.count) throw new Error(`segment ${this.name}: ${this.written} vectors written, ${this.count} announced`);
    this.flush();
    fsyncSync(this.fd);
    closeSync(this.fd);
    return { name: this.name, count: this.count, bytes: this.bytes, sha256: this.hash.digest('hex') };
  }

  abort(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
  }
}

/** Write all of buf, at a position or (without one) where the file stands. */
export function writeFully(fd: number, buf: Uint8Array, at?: number): void {
  let off = 0;
  while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off, at === undefined ? null : at + off);
}

/** Read into all of buf from a position; returns the bytes read, fewer only where the file ends. */
export function readFully(fd: number, buf: Uint8Array, at: number): number {
  let got = 0;
  while (got < buf.length) {
    const r = readSync(fd, buf, got, buf.length - got, at + got);
    if (!r) break;
    got += r;
  }
  return got;
}

/** A vector's Euclidean length (1 for a zero vector, so cosine stays defined). */
export function norm(v: ArrayLike<number>): number {
  let n = 0;
  for (let i = 0; i < v.length; i++) n += v[i] * v[i];
  return Math.sqrt(n) || 1;
}

/** A file's sha256, read in 8 MB pieces (a million vectors are 836 MB). */
export function sha256File(file: string): string {
  const h = createHash('sha256');
  const fd = openSync(file, 'r');
  try {
    hashRest(h, fd, Buffer.alloc(8 << 20), 0);
  } finally {
    closeSync(fd);
  }
  return h.digest('hex');
}

/** Feed the file from `at` to its end into the hash, a buffer at a time. */
function hashRest(h: Hash, fd: number, buf: Buffer, at: number): void {
  for (let got; (got = readFully(fd, buf, at)); at += got) h.update(buf.subarray(0, got));
}

/**
 * The sha256 of a segment and the labels of its first `count` records, from one sequential read (`--check`
 * hashed every segment and then read it again for the labels).
 */
export function hashAndLabels(file: string, dim: number, count: number): { sha256: string; labels: Uint32Array; complete: boolean } {
  const h = createHash('sha256');
  const rec = 4 + dim * 4;
  const per = Math.max(1, Math.floor((8 << 20) / rec));
  const buf = Buffer.alloc(Math.max(HEADER, per * rec));
  const labels = new Uint32Array(count);
  let complete = true;
  const fd = openSync(file, 'r');
  try {
    let at = readFully(fd, buf.subarray(0, HEADER), 0);
    h.update(buf.subarray(0, at));
    for (let i = 0; i < count && complete; i += per) {
      const n = Math.min(per, count - i);
      const got = readFully(fd, buf.subarray(0, n * rec), at);
      h.update(buf.subarray(0, got));
      at += got;
      for (let j = 0; j < Math.floor(got / rec); j++) labels[i + j] = buf.readUInt32LE(j * rec);
      if (got < n * rec) complete = false;
    }
    // Whatever follows the records is hashed too (a segment has nothing there; the checksum says if it does).
    hashRest(h, fd, buf, at);
  } finally {
    closeSync(fd);
  }
  return { sha256: h.digest('hex'), labels, complete };
}

/** Read a segment, checking it against what the commit recorded. Throws a one-line reason. */
export function readSegment(file: string, info: { count: number; bytes: number }, dim: number): Segment {
  const buf = readFileSync(file);
  if (buf.length !== info.bytes) throw new Error(`${file}: ${buf.length} bytes, the index recorded ${info.bytes} (truncated or overwritten)`);
  if (!buf.subarray(0, 8).equals(MAGIC) || buf.readUInt32LE(8) !== dim || buf.readUInt32LE(12) !== info.count) {
    throw new Error(`${file}: header does not match the index (dim ${buf.readUInt32LE(8)}, count ${buf.readUInt32LE(12)})`);
  }
  const count = info.count;
  const labels = new Uint32Array(count);
  const vectors = new Float32Array(count * dim);
  const bytes = new Uint8Array(vectors.buffer);
  const rec = 4 + dim * 4;
  for (let i = 0; i < count; i++) {
    const at = HEADER + i * rec;
    labels[i] = buf.readUInt32LE(at);
    bytes.set(buf.subarray(at + 4, at + rec), i * dim * 4);
  }
  return { labels, vectors, dim };
}

/**
 * Stream a segment's records without holding the file: (label, vector, index in the segment). The vector
 * is a view into a reused chunk, valid only during the call. A million-vector segment is 836 MB.
 */
export function forEachRecord(file: string, dim: number, count: number, fn: (label: number, v: Float32Array, i: number) => void): void {
  const rec = 4 + dim * 4;
  const per = Math.max(1, Math.floor((4 << 20) / rec));
  const chunk = Buffer.alloc(per * rec);
  const aligned = new ArrayBuffer(dim * 4);
  const v = new Float32Array(aligned);
  const vb = new Uint8Array(aligned);
  const fd = openSync(file, 'r');
  try {
    for (let i = 0; i < count; i += per) {
      const n = Math.min(per, count - i);
      const got = readFully(fd, chunk.subarray(0, n * rec), HEADER + i * rec);
      if (got < n * rec) throw new Error(`${file}: ends after ${i + Math.floor(got / rec)} of ${count} vectors (truncated)`);
      for (let j = 0; j < n; j++) {
        vb.set(chunk.subarray(j * rec + 4, (j + 1) * rec));
        fn(chunk.readUInt32LE(j * rec), v, i + j);
      }
    }
  } finally {
    closeSync(fd);
  }
}

/** One record of a segment by its index, read in place (a reader never loads a graph-sized file whole). */
export function readRecord(fd: number, dim: number, index: number): { label: number; vector: Float32Array } {
  const rec = 4 + dim * 4;
  const buf = Buffer.alloc(rec);
  if (readFully(fd, buf, HEADER + index * rec) < rec) throw new Error(`vector ${index} is past the end of its segment (truncated)`);
  const vector = new Float32Array(dim);
  new Uint8Array(vector.buffer).set(buf.subarray(4));
  return { label: buf.readUInt32LE(0), vector };
}

/**
 * Vectors not yet in the inverted file (the tail): searched exactly, one dot product each, and merged
 * with the inverted file's results, as Lucene searches each segment and merges. The inverted file is
 * rewritten only when the tail grows past a bound, so adding a few clauses never rewrites it.
 */
export class Tail {
  private readonly rows = new Map<number, Float32Array>();
  constructor(readonly dim: number) {}

  add(seg: Segment, dead: Set<number>): void {
    for (let i = 0; i < seg.labels.length; i++) {
      const label = seg.labels[i];
      if (dead.has(label)) continue;
      this.rows.set(label, seg.vectors.subarray(i * seg.dim, (i + 1) * seg.dim));
    }
  }

  get size(): number {
    return this.rows.size;
  }

  get(label: number): Float32Array | undefined {
    return this.rows.get(label);
  }

  entries(): IterableIterator<[number, Float32Array]> {
    return this.rows.entries();
  }

  /** Exact cosine top-k among the tail vectors passing the test. */
  knn(query: number[], k: number, test?: (label: number) => boolean): { rowid: number; similarity: number }[] {
    if (!this.rows.size || k <= 0) return [];
    const qn = norm(query);
    const out: { rowid: number; similarity: number }[] = [];
    for (const [label, v] of this.rows) {
      if (test && !test(label)) continue;
      out.push({ rowid: label, similarity: cosine(query, qn, v) });
    }
    out.sort((a, b) => b.similarity - a.similarity || a.rowid - b.rowid);
    return out.slice(0, k);
  }
}

export function cosine(q: ArrayLike<number>, qn: number, v: ArrayLike<number>): number {
  let dot = 0;
  let vn = 0;
  for (let i = 0; i < v.length; i++) {
    dot += q[i] * v[i];
    vn += v[i] * v[i];
  }
  return dot / (qn * (Math.sqrt(vn) || 1));
}
