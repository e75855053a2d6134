import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { IvfReader } from './ivf.js';
import { cosine, norm, readRecord, readSegment, Tail } from './segments.js';

/** A committed segment as the reader needs it (a row of the segments table). */
export interface SegmentEntry {
  name: string;
  count: number;
  bytes: number;
  /** 1 when the inverted file holds its vectors, 0 for the tail. */
  in_graph: number;
}

/** Lists probed per question: about 2% of them (at least 8), so a million clauses scan about 20,000 codes. */
export function probesFor(nlist: number): number {
  return nlist <= 1 ? 1 : Math.min(nlist, Math.max(8, Math.ceil(nlist / 50)));
}

/**
 * A reader's vectors: the inverted file (lists read when a question probes them), the tail segments
 * written since (in memory, searched exactly), and the exact float vectors of the segments, read in
 * place to rerank what the int8 codes found and to give a clause's vector.
 */
export class VectorStore {
  private readonly fds = new Map<number, number>();
  /** Where each inverted-file segment starts among the ordinals. */
  private readonly starts: number[] = [];

  private constructor(
    private readonly genDir: string,
    private readonly inFile: SegmentEntry[],
    private readonly ivf: IvfReader,
    readonly tail: Tail,
    private readonly dead: Set<number>,
    readonly dim: number,
  ) {
    let at = 0;
    for (const s of inFile) {
      this.starts.push(at);
      at += s.count;
    }
  }

  /** Open; throws a one-line reason when a file does not match what the commit recorded. */
  static open(genDir: string, ivfName: string, segments: SegmentEntry[], dim: number, dead: Set<number>): VectorStore {
    const ivf = IvfReader.open(join(genDir, ivfName));
    try {
      if (ivf.dim !== dim) throw new Error(`${join(genDir, ivfName)}: ${ivf.dim} dimensions, the index has ${dim}`);
      const tail = new Tail(dim);
      for (const s of segments.filter((x) => !x.in_graph)) tail.add(readSegment(join(genDir, s.name), s, dim), dead);
      return new VectorStore(
        genDir,
        segments.filter((x) => x.in_graph),
        ivf,
        tail,
        dead,
        dim,
      );
    } catch (e) {
      ivf.close();
      throw e;
    }
  }

  close(): void {
    this.ivf.close();
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
  }

  /** The exact vector of a clause, or undefined when it has none (committed after this reader opened). */
  point(label: number): Float32Array | undefined {
    const t = this.tail.get(label);
    if (t) return t;
    const ordinal = this.ivf.ordinalOf(label);
    if (ordinal === undefined) return undefined;
    let s = this.starts.length - 1;
    while (s > 0 && this.starts[s] > ordinal) s--;
    let fd = this.fds.get(s);
    if (fd === undefined) this.fds.set(s, (fd = openSync(join(this.genDir, this.inFile[s].name), 'r')));
    const r = readRecord(fd, this.dim, ordinal - this.starts[s]);
    if (r.label !== label) throw new Error(`${join(this.genDir, this.inFile[s].name)}: vector ${ordinal - this.starts[s]} is row ${r.label}, the inverted file says ${label}`);
    return r.vector;
  }

  /**
   * Cosine top-k over both parts. The codes pick candidates (several times k), their exact vectors
   * order them, so the scores are the floats' and small indexes (one list) are searched exactly.
   */
  nearest(vec: ArrayLike<number>, k: number, test?: (label: number) => boolean): { rowid: number; similarity: number }[] {
    if (k <= 0) return [];
    const dead = this.dead;
    const live = dead.size ? (label: number) => !dead.has(label) && (!test || test(label)) : test;
    const cand = this.ivf.search(vec, Math.max(k * 3, 60), probesFor(this.ivf.nlist), live);
    const qn = norm(vec);
    const exact: { rowid: number; similarity: number }[] = [];
    for (const c of cand) {
      const p = this.point(c.rowid);
      if (p) exact.push({ rowid: c.rowid, similarity: cosine(vec, qn, p) });
    }
    const merged = this.tail.size ? [...exact, ...this.tail.knn(Array.from(vec), k, test)] : exact;
    merged.sort((a, b) => b.similarity - a.similarity || a.rowid - b.rowid);
    return merged.slice(0, k);
  }
}
