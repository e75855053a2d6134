/**
 * Word vectors fitted on the indexed corpus: positive PMI of words seen near each other in the
 * same clause, reduced by a truncated eigendecomposition (the PPMI matrix is symmetric). Words used
 * in the same contexts (技改 and 技术改造, 升规 and 入规) get near vectors without any download.
 */
export interface WordVectorOptions {
  /** Most frequent words kept. */
  vocab?: number;
  dim?: number;
  /** Words on each side counted as context. */
  window?: number;
  minCount?: number;
  /** Clauses used for fitting at most (taken evenly through the corpus). */
  sample?: number;
}

/** A small deterministic generator, so the same corpus gives the same vectors. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32 - 0.5;
  };
}

/** Orthonormalise the columns of a V×d matrix (row-major) in place (modified Gram-Schmidt). */
function orthonormalise(m: Float64Array, rows: number, d: number): void {
  for (let j = 0; j < d; j++) {
    for (let k = 0; k < j; k++) {
      let dot = 0;
      for (let i = 0; i < rows; i++) dot += m[i * d + j] * m[i * d + k];
      for (let i = 0; i < rows; i++) m[i * d + j] -= dot * m[i * d + k];
    }
    let n = 0;
    for (let i = 0; i < rows; i++) n += m[i * d + j] ** 2;
    n = Math.sqrt(n) || 1;
    for (let i = 0; i < rows; i++) m[i * d + j] /= n;
  }
}

/** Eigenvalues and vectors of a small symmetric matrix (cyclic Jacobi). */
function jacobi(a: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q] ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q];
        if (Math.abs(apq) < 1e-30) continue;
        const theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p];
          const akq = a[k * n + q];
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k];
          const aqk = a[q * n + k];
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p];
          const vkq = v[k * n + q];
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = a[i * n + i];
  return { values, vectors: v };
}

export class WordVectors {
  private readonly index = new Map<string, number>();

  constructor(
    readonly words: string[],
    readonly dim: number,
    /** words.length × dim, row-major, each row unit length (or zero). */
    readonly data: Float32Array,
  ) {
    words.forEach((w, i) => this.index.set(w, i));
  }

  get(word: string): Float32Array | undefined {
    const i = this.index.get(word);
    return i === undefined ? undefined : this.data.subarray(i * this.dim, (i + 1) * this.dim);
  }

  /** Fit on word sequences (jieba cuts of clauses). */
  static fit(cuts: string[][], opts: WordVectorOptions = {}): WordVectors {
    const V = opts.vocab ?? 6000;
    const d = opts.dim ?? 32;
    const win = opts.window ?? 4;
    const step = Math.max(1, Math.floor(cuts.length / (opts.sample ?? 60000)));
    const freq = new Map<string, number>();
    for (let k = 0; k < cuts.length; k += step) for (const w of cuts[k]) freq.set(w, (freq.get(w) ?? 0) + 1);
    const words = [...freq.entries()]
      .filter(([, n]) => n >= (opts.minCount ?? 2))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, V)
      .map(([w]) => w);
    const n = words.length;
    if (n < d + 2) return new WordVectors([], d, new Float32Array(0));
    const id = new Map(words.map((w, i) => [w, i]));
    // Co-occurrence within the window, weighted by 1/distance, symmetric.
    const co = new Map<number, number>();
    for (let k = 0; k < cuts.length; k += step) {
      const ids = cuts[k].map((w) => id.get(w) ?? -1);
      for (let i = 0; i < ids.length; i++) {
        if (ids[i] < 0) continue;
        for (let j = i + 1; j <= i + win && j < ids.length; j++) {
          if (ids[j] < 0 || ids[j] === ids[i]) continue;
          const w = 1 / (j - i);
          const a = ids[i] * n + ids[j];
          const b = ids[j] * n + ids[i];
          co.set(a, (co.get(a) ?? 0) + w);
          co.set(b, (co.get(b) ?? 0) + w);
        }
      }
    }
    const row = new Float64Array(n);
    let total = 0;
    for (const [key, c] of co) {
      row[Math.floor(key / n)] += c;
      total += c;
    }
    // Context distribution smoothed by ^0.75 (as in word2vec), so rare contexts do not dominate.
    const ctx = row.map((r) => r ** 0.75);
    const ctxTotal = ctx.reduce((a, b) => a + b, 0);
    const ri: number[] = [];
    const ci: number[] = [];
    const vals: number[] = [];
    for (const [key, c] of co) {
      const i = Math.floor(key / n);
      const j = key % n;
      const pmi = Math.log((c / total) / ((row[i] / total) * (ctx[j] / ctxTotal)));
      if (pmi > 0) {
        ri.push(i);
        ci.push(j);
        vals.push(pmi);
      }
    }
    const mul = (q: Float64Array): Float64Array => {
      const out = new Float64Array(n * d);
      for (let e = 0; e < vals.length; e++) {
        const i = ri[e] * d;
        const j = ci[e] * d;
        const v = vals[e];
        for (let t = 0; t < d; t++) out[i + t] += v * q[j + t];
      }
      return out;
    };
    // Subspace iteration for the leading eigenvectors of the (symmetric) PPMI matrix.
    const r = rng(42);
    let q: Float64Array = new Float64Array(n * d).map(() => r());
    orthonormalise(q, n, d);
    for (let it = 0; it < 8; it++) {
      q = mul(q);
      orthonormalise(q, n, d);
    }
    const mq = mul(q);
    const t = new Float64Array(d * d);
    for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += q[i * d + a] * mq[i * d + b];
      t[a * d + b] = s;
    }
    const { values, vectors } = jacobi(t, d);
    const data = new Float32Array(n * d);
    for (let i = 0; i < n; i++) {
      let norm = 0;
      for (let c = 0; c < d; c++) {
        let s = 0;
        for (let k = 0; k < d; k++) s += q[i * d + k] * vectors[k * d + c];
        const x = s * Math.sqrt(Math.max(values[c], 0));
        data[i * d + c] = x;
        norm += x * x;
      }
      norm = Math.sqrt(norm) || 1;
      for (let c = 0; c < d; c++) data[i * d + c] /= norm;
    }
    return new WordVectors(words, d, data);
  }

  /** Saved with the index (meta table) as JSON with the numbers in base64. */
  serialize(): string {
    return JSON.stringify({ dim: this.dim, words: this.words, data: Buffer.from(this.data.buffer, this.data.byteOffset, this.data.byteLength).toString('base64') });
  }

  static deserialize(s: string): WordVectors {
    const o = JSON.parse(s) as { dim: number; words: string[]; data: string };
    const buf = Buffer.from(o.data, 'base64');
    const data = new Float32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
    return new WordVectors(o.words, o.dim, data);
  }

  /** Cosine of two words (tests, mining). */
  similarity(a: string, b: string): number | undefined {
    const x = this.get(a);
    const y = this.get(b);
    if (!x || !y) return undefined;
    let s = 0;
    for (let i = 0; i < this.dim; i++) s += x[i] * y[i];
    return s;
  }

  /** The nearest words to a word (mining candidates for the thesaurus). */
  nearest(word: string, k = 10): { word: string; similarity: number }[] {
    const x = this.get(word);
    if (!x) return [];
    const out: { word: string; similarity: number }[] = [];
    for (let i = 0; i < this.words.length; i++) {
      if (this.words[i] === word) continue;
      let s = 0;
      for (let c = 0; c < this.dim; c++) s += x[c] * this.data[i * this.dim + c];
      out.push({ word: this.words[i], similarity: s });
    }
    return out.sort((a, b) => b.similarity - a.similarity).slice(0, k);
  }
}
