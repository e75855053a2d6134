import { ConceptMatcher } from './concept-features.js';
import { fold } from '../ingest/clean.js';
import { bigrams, words } from './tokenize.js';
import type { WordVectors } from './word-vectors.js';

/** Turns clause texts into unit-length vectors. */
export interface Embedder {
  readonly kind: 'tfidf' | 'transformers';
  /** Identity written into the index: a different id means vectors are not comparable. */
  readonly id: string;
  readonly dim: number;
  embed(texts: string[]): Promise<Float32Array[]>;
}

/** FNV-1a, 32 bit: a stable hash so the same feature always lands in the same dimensions. */
function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Features of a text: jieba words (weight 1) and character bigrams (weight 0.5). Pass words already cut to save a second jieba pass. */
export function features(text: string, cut: string[] = words(text)): Map<string, number> {
  const f = new Map<string, number>();
  for (const w of cut) f.set(`w:${w}`, (f.get(`w:${w}`) ?? 0) + 1);
  for (const b of bigrams(text)) f.set(`b:${b}`, (f.get(`b:${b}`) ?? 0) + 0.5);
  return f;
}

/** 128 dimensions keep a million-clause HNSW graph fast to build and small; retrieval on the seed questions is unchanged. */
export const DEFAULT_DIM = 128;

/** Document frequencies of features, counted into `df` (a writer adds source after source to one map). */
export function countDf(featureLists: Iterable<Map<string, number>>, df = new Map<string, number>()): Map<string, number> {
  for (const f of featureLists) for (const k of f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  return df;
}

/**
 * The offline default: TF-IDF over jieba words and character bigrams, projected to a dense vector
 * by signed feature hashing (each feature spreads over two dimensions). IDF is fitted on the
 * indexed corpus and saved with the index; no download, fully deterministic.
 */
export class TfidfEmbedder implements Embedder {
  readonly kind = 'tfidf' as const;
  readonly id: string;

  constructor(
    readonly dim: number,
    /** Number of texts the IDF was fitted on. */
    readonly n: number,
    /** Document frequency of a feature (a Map when fitting, a store lookup when querying). */
    readonly df: (feature: string) => number | undefined,
  ) {
    this.id = `tfidf-hash-${dim}`;
  }

  static fit(featureLists: Map<string, number>[], dim = DEFAULT_DIM): TfidfEmbedder {
    const df = countDf(featureLists);
    return new TfidfEmbedder(dim, featureLists.length, (k) => df.get(k));
  }

  idf(feature: string): number {
    return Math.log((this.n + 1) / ((this.df(feature) ?? 0) + 1)) + 1;
  }

  vector(f: Map<string, number>): Float32Array {
    const v = new Float32Array(this.dim);
    for (const [k, tf] of f) {
      const w = (1 + Math.log(tf + (tf < 1 ? 0.5 : 0))) * this.idf(k);
      const h1 = fnv1a(k);
      const h2 = fnv1a(k, 0x9747b28c);
      v[h1 % this.dim] += (h1 & 0x80000000 ? -1 : 1) * w;
      v[h2 % this.dim] += (h2 & 0x80000000 ? -1 : 1) * w * 0.7;
    }
    let norm = 0;
    for (let i = 0; i < v.length; i++) norm += v[i] * v[i];
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < v.length; i++) v[i] /= norm;
    return v;
  }

  async embed(texts: string[]): Promise<Float32Array[]> {
    return texts.map((t) => this.vector(features(t)));
  }
}

/** Sizes of the semantic embedder's parts. */
export const CONCEPT_DIM = 48;

/**
 * The offline default with a semantic layer: the TF-IDF vector, plus concept features (each
 * thesaurus concept a clause names, hashed into CONCEPT_DIM signed dimensions: 技改扩能 and 技术改造
 * light up the same ones) and the idf-weighted mean of PPMI word vectors fitted on the indexed
 * corpus. Each part is normalised, weighted, and the whole made unit length. The thesaurus and the
 * word vectors are saved with the index, so queries embed exactly as the clauses were.
 */
export class SemanticEmbedder implements Embedder {
  readonly kind = 'tfidf' as const;
  readonly id: string;
  readonly dim: number;
  /** Weights of the TF-IDF, concept and word-vector parts. */
  static readonly WEIGHTS = [1, 0.9, 0.5] as const;

  constructor(
    readonly tfidf: TfidfEmbedder,
    readonly concepts?: ConceptMatcher,
    readonly wordVectors?: WordVectors,
  ) {
    const c = concepts ? CONCEPT_DIM : 0;
    const w = wordVectors?.words.length ? wordVectors.dim : 0;
    this.dim = tfidf.dim + c + w;
    this.id = `${tfidf.id}${c ? `+concepts${c}` : ''}${w ? `+ppmi${w}` : ''}`;
  }

  /** Embed a text whose jieba cut is known (the index build cuts each clause once). */
  vectorOf(text: string, cut: string[] = words(text)): Float32Array {
    const out = new Float32Array(this.dim);
    const [wa, wc, ww] = SemanticEmbedder.WEIGHTS;
    out.set(this.tfidf.vector(features(text, cut)).map((x) => x * wa), 0);
    let at = this.tfidf.dim;
    if (this.concepts) {
      const part = new Float32Array(CONCEPT_DIM);
      // (named as the words are, read folded: 智能工廠 names 智能工厂)
      for (const name of this.concepts.concepts(fold(text))) {
        const h = fnv1a(`c:${name}`);
        part[h % CONCEPT_DIM] += h & 0x80000000 ? -1 : 1;
      }
      addNormalised(out, part, at, wc);
      at += CONCEPT_DIM;
    }
    const wv = this.wordVectors;
    if (wv?.words.length) {
      const part = new Float32Array(wv.dim);
      for (const w of cut) {
        const v = wv.get(w);
        if (!v) continue;
        const idf = this.tfidf.idf(`w:${w}`);
        for (let i = 0; i < wv.dim; i++) part[i] += v[i] * idf;
      }
      addNormalised(out, part, at, ww);
    }
    let n = 0;
    for (const x of out) n += x * x;
    n = Math.sqrt(n) || 1;
    for (let i = 0; i < out.length; i++) out[i] /= n;
    return out;
  }

  async embed(texts: string[]): Promise<Float32Array[]> {
    return texts.map((t) => this.vectorOf(t));
  }
}

function addNormalised(out: Float32Array, part: Float32Array, at: number, weight: number): void {
  let n = 0;
  for (const x of part) n += x * x;
  if (!n) return;
  n = Math.sqrt(n);
  for (let i = 0; i < part.length; i++) out[at + i] = (part[i] / n) * weight;
}
