import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import hnswlib from 'hnswlib-node';
import { ConceptMatcher } from './concept-features.js';
import { countDf, DEFAULT_DIM, features, SemanticEmbedder, TfidfEmbedder, type Embedder } from './embedder.js';
import { WordVectors } from './word-vectors.js';
import { ClauseStore, type ClauseFilter } from './store.js';
import { words } from './tokenize.js';
import { TransformersEmbedder } from './transformers.js';
import { writeAtomic } from '../run/atomic.js';
import type { Clause, ConceptLexicon } from '../types.js';

const { HierarchicalNSW } = hnswlib;
type HNSW = InstanceType<typeof HierarchicalNSW>;

export type EmbedderKind = 'tfidf' | 'transformers';

export interface IndexOptions {
  embedder?: EmbedderKind;
  /** transformers: hub id or local model directory. */
  model?: string;
  /** TF-IDF vector size. */
  dim?: number;
  /** Drop what is there and build anew. */
  rebuild?: boolean;
  /**
   * tfidf: the concept thesaurus whose concepts become vector features (the CLI and the library API
   * pass dict/concepts.json). Saved with the index at its first build and used from then on.
   */
  lexicon?: ConceptLexicon;
  /** tfidf: fit PPMI word vectors on the corpus (default true); false gives the plain TF-IDF vectors. */
  wordVectors?: boolean;
  offline?: boolean;
  onProgress?: (stage: string, done: number, total: number) => void;
}

export interface UpdateReport {
  sources: number;
  added: number;
  replaced: number;
  unchanged: number;
  clausesAdded: number;
  clausesRemoved: number;
  total: number;
  embedder: string;
}

export class IndexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IndexError';
  }
}

const DB = 'clauses.sqlite';
/** Bumped when the store's tables change; an older index must be rebuilt. */
const SCHEMA_VERSION = '2';

function vectorFile(dir: string, token: string): string {
  return join(dir, `vectors-${token}.hnsw`);
}

function toArray(v: Float32Array): number[] {
  return Array.from(v);
}

/** Clauses by source file, in first-seen order. */
function bySource(clauses: Clause[]): Map<string, Clause[]> {
  const m = new Map<string, Clause[]>();
  for (const c of clauses) {
    const list = m.get(c.source) ?? [];
    list.push(c);
    m.set(c.source, list);
  }
  return m;
}

function sourceHash(clauses: Clause[]): string {
  const h = createHash('sha1');
  for (const c of clauses) h.update(c.id).update(JSON.stringify(c.amounts)).update(c.region ?? '').update(c.status);
  return h.digest('hex');
}

/** Search tokens of a clause: its words plus its heading's, its topics and region, so filters by name also match lexically. */
export function searchTokens(c: Clause, cut: string[] = words(c.text), headings?: Map<string, string[]>): string[] {
  const h = c.section[c.section.length - 1] ?? '';
  let hw = headings?.get(h);
  if (!hw) {
    hw = words(h);
    headings?.set(h, hw);
  }
  return [...cut, ...hw, ...c.topics, ...(c.region ? [c.region] : [])];
}

async function makeEmbedder(store: ClauseStore, kind: EmbedderKind, opts: IndexOptions): Promise<Embedder> {
  if (kind === 'transformers') {
    const model = opts.model ?? store.getMeta('model');
    if (!model) throw new IndexError('--embedder transformers needs --model <hub id or local model dir>');
    return TransformersEmbedder.load(model, { offline: opts.offline });
  }
  const n = Number(store.getMeta('tfidf_n') ?? 0);
  const tfidf = new TfidfEmbedder(Number(store.getMeta('tfidf_dim') ?? store.getMeta('dim') ?? opts.dim ?? DEFAULT_DIM), n, store.dfLookup());
  const lexicon = store.getMeta('lexicon');
  const wv = store.getMeta('wordvec');
  return new SemanticEmbedder(tfidf, lexicon ? new ConceptMatcher(JSON.parse(lexicon)) : undefined, wv ? WordVectors.deserialize(wv) : undefined);
}

/**
 * Build or update an index folder: the clause store (SQLite + FTS5) and the HNSW vectors.
 * A source whose clauses did not change is left alone; a changed one replaces its old clauses.
 * The SQLite transaction and a vectors file named by a fresh token commit together: a crash at any
 * point leaves the previous index readable.
 */
export async function updateIndex(dir: string, clauses: Clause[], opts: IndexOptions = {}): Promise<UpdateReport> {
  if (opts.rebuild && existsSync(dir)) {
    // Build beside, then swap, so the old index stays usable until the new one is complete.
    const tmp = `${dir}.rebuild-${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    const report = await updateIndex(tmp, clauses, { ...opts, rebuild: false });
    const old = `${dir}.old-${process.pid}`;
    renameSync(dir, old);
    renameSync(tmp, dir);
    rmSync(old, { recursive: true, force: true });
    return report;
  }
  mkdirSync(dir, { recursive: true });
  const store = new ClauseStore(join(dir, DB));
  try {
    const existing = store.getMeta('embedder');
    if (existing && store.getMeta('schema') !== SCHEMA_VERSION) {
      throw new IndexError(`the index in ${dir} was made by an older version of pclause; re-index with --rebuild`);
    }
    const kind: EmbedderKind = opts.embedder ?? (existing as EmbedderKind) ?? 'tfidf';
    if (existing && existing !== kind) {
      throw new IndexError(`the index in ${dir} was built with the ${existing} embedder (${store.getMeta('embedder_id')}, dim ${store.getMeta('dim')}); re-index with --rebuild to use ${kind}`);
    }
    const groups = bySource(clauses);
    const changed: Clause[] = [];
    const changedSources: string[] = [];
    let unchanged = 0;
    let replaced = 0;
    for (const [source, list] of groups) {
      const h = sourceHash(list);
      const old = store.sourceHash(source);
      if (old === h) {
        unchanged++;
        continue;
      }
      if (old) replaced++;
      changed.push(...list);
      changedSources.push(source);
    }
    const fresh = !existing;
    // jieba cuts each clause once, for both BM25 and TF-IDF; the cut is kept as one string (memory stays
    // small at a million clauses) and feature maps live only while a clause is counted or embedded.
    const cuts = changed.map((c, i) => {
      if (i % 5000 === 0) opts.onProgress?.('tokenize', i, changed.length);
      return words(c.text).join(' ');
    });
    const cutOf = (i: number) => (cuts[i] ? cuts[i].split(' ') : []);
    let embedder: Embedder;
    let df: Map<string, number> | undefined;
    let wordVectors: WordVectors | undefined;
    if (kind === 'tfidf' && fresh) {
      df = countDf((function* () {
        for (let i = 0; i < changed.length; i++) yield features(changed[i].text, cutOf(i));
      })());
      const fitted = df;
      const tfidf = new TfidfEmbedder(opts.dim ?? DEFAULT_DIM, changed.length, (k) => fitted.get(k));
      if (opts.wordVectors !== false) {
        opts.onProgress?.('word vectors', 0, changed.length);
        const step = Math.max(1, Math.floor(changed.length / 60000));
        const sample: string[][] = [];
        for (let i = 0; i < changed.length; i += step) sample.push(cutOf(i));
        wordVectors = WordVectors.fit(sample);
      }
      embedder = new SemanticEmbedder(tfidf, opts.lexicon ? new ConceptMatcher(opts.lexicon) : undefined, wordVectors);
    } else {
      embedder = await makeEmbedder(store, kind, opts);
      if (existing && store.getMeta('embedder_id') !== embedder.id) {
        throw new IndexError(`the index in ${dir} holds ${store.getMeta('embedder_id')} vectors (dim ${store.getMeta('dim')}), not ${embedder.id} (dim ${embedder.dim}); re-index with --rebuild`);
      }
    }
    const embedChunk = async (from: number, to: number): Promise<Float32Array[]> =>
      embedder instanceof SemanticEmbedder ? changed.slice(from, to).map((c, k) => embedder.vectorOf(c.text, cutOf(from + k))) : embedder.embed(changed.slice(from, to).map((c) => c.text));
    // Vectors: load the current file, drop replaced clauses, add new ones.
    const oldToken = store.getMeta('vectors');
    const hnsw: HNSW = new HierarchicalNSW('cosine', embedder.dim);
    if (oldToken && existsSync(vectorFile(dir, oldToken))) hnsw.readIndexSync(vectorFile(dir, oldToken), true);
    // M 12 / efConstruction 48: recall stays high on clause-sized texts, and a million points build in minutes.
    else hnsw.initIndex({ maxElements: Math.max(16, changed.length), m: 12, efConstruction: 48, randomSeed: 42, allowReplaceDeleted: true });
    const token = randomBytes(6).toString('hex');
    let removed = 0;
    let added = 0;
    store.db.exec('BEGIN');
    try {
      for (const s of changedSources) {
        for (const id of store.removeSource(s)) {
          try {
            hnsw.markDelete(id);
          } catch {
            // a label the vectors never had
          }
          removed++;
        }
      }
      const need = hnsw.getCurrentCount() + changed.length;
      if (need > hnsw.getMaxElements()) hnsw.resizeIndex(Math.max(need, Math.ceil(hnsw.getMaxElements() * 1.5)));
      // Embed, store and add vectors chunk by chunk, all inside the one transaction.
      const chunk = 2048;
      const headingWords = new Map<string, string[]>(); // many clauses share a heading
      for (let from = 0; from < changed.length; from += chunk) {
        opts.onProgress?.('index', from, changed.length);
        const to = Math.min(changed.length, from + chunk);
        const vectors = await embedChunk(from, to);
        const ids = store.insert(changed.slice(from, to), changed.slice(from, to).map((c, k) => searchTokens(c, cutOf(from + k), headingWords)));
        ids.forEach((id, k) => hnsw.addPoint(toArray(vectors[k]), id, true));
        added += ids.length;
      }
      for (const s of changedSources) store.setSourceHash(s, sourceHash(groups.get(s)!));
      if (df) {
        store.saveDf(df);
        store.setMeta('tfidf_n', String(changed.length));
      }
      if (embedder instanceof SemanticEmbedder && fresh) {
        store.setMeta('tfidf_dim', String(embedder.tfidf.dim));
        if (embedder.concepts && opts.lexicon) store.setMeta('lexicon', JSON.stringify(opts.lexicon));
        if (wordVectors?.words.length) store.setMeta('wordvec', wordVectors.serialize());
      }
      store.setMeta('schema', SCHEMA_VERSION);
      store.setMeta('embedder', kind);
      store.setMeta('embedder_id', embedder.id);
      store.setMeta('dim', String(embedder.dim));
      if (embedder instanceof TransformersEmbedder) store.setMeta('model', embedder.model);
      hnsw.writeIndexSync(vectorFile(dir, token));
      store.setMeta('vectors', token);
      store.invalidate();
      store.setMeta('count', String(store.count()));
      store.setMeta('regions', JSON.stringify(store.countRegions()));
      store.db.exec('COMMIT');
    } catch (e) {
      store.db.exec('ROLLBACK');
      rmSync(vectorFile(dir, token), { force: true });
      throw e;
    }
    // Old vector files are garbage now.
    for (const f of readdirSync(dir)) if (/^vectors-.*\.hnsw$/.test(f) && f !== `vectors-${token}.hnsw`) rmSync(join(dir, f), { force: true });
    const total = store.count();
    writeAtomic(join(dir, 'index.json'), JSON.stringify({ embedder: kind, embedderId: embedder.id, dim: embedder.dim, model: store.getMeta('model'), clauses: total, sources: groups.size }, null, 2) + '\n');
    return { sources: groups.size, added: changedSources.length - replaced, replaced, unchanged, clausesAdded: added, clausesRemoved: removed, total, embedder: embedder.id };
  } finally {
    store.close();
  }
}

export interface Hit {
  rowid: number;
  clause: Clause;
  score: number;
  vectorRank?: number;
  lexicalRank?: number;
  similarity?: number;
}

export type SearchMode = 'hybrid' | 'vector' | 'bm25';

/** An opened index: hybrid search (BM25 ⊕ vectors by reciprocal rank fusion) with structured filters. */
const KINDS = ['subsidy', 'target', 'task', 'requirement', 'other'];

/**
 * Per-clause attributes held in memory for fast filtering: region, kind, status, has money.
 * Filtering a million clauses by these is an array lookup, not an SQL scan.
 */
class Attributes {
  readonly region: Uint16Array;
  readonly flags: Uint8Array;
  readonly regionCode = new Map<string, number>();
  /** Clause rowids of each region code. */
  readonly byRegion = new Map<number, number[]>();

  constructor(store: ClauseStore) {
    const max = (store.db.prepare('SELECT max(rowid) AS m FROM clauses').get() as { m: number | null }).m ?? 0;
    this.region = new Uint16Array(max + 1);
    this.flags = new Uint8Array(max + 1);
    const rows = store.db.prepare('SELECT rowid, region, kind, status, has_money FROM clauses').raw().iterate() as IterableIterator<[number, string | null, string, string, number]>;
    for (const [rowid, region, kind, status, money] of rows) {
      if (region) {
        let c = this.regionCode.get(region);
        if (c === undefined) this.regionCode.set(region, (c = this.regionCode.size + 1));
        this.region[rowid] = c;
        const list = this.byRegion.get(c) ?? [];
        list.push(rowid);
        this.byRegion.set(c, list);
      }
      // bit 0: exists, bit 1: money, bit 2: draft, bits 3-5: kind
      this.flags[rowid] = 1 | (money ? 2 : 0) | (status === 'draft' ? 4 : 0) | (Math.max(0, KINDS.indexOf(kind)) << 3);
    }
  }

  /** With a region filter: the rowids that pass the in-memory part, few enough to score one by one. */
  few(f: ClauseFilter, test: (id: number) => boolean, limit: number): number[] | undefined {
    if (!f.regions?.length) return undefined;
    const ids: number[] = [];
    for (const r of f.regions) {
      for (const id of this.byRegion.get(this.regionCode.get(r) ?? -1) ?? []) {
        if (!test(id)) continue;
        ids.push(id);
        if (ids.length > limit) return undefined;
      }
    }
    return ids;
  }

  /** A predicate for the parts of a filter held in memory, and whether SQL must check the rest. */
  predicate(f: ClauseFilter): { test: (rowid: number) => boolean; rest: ClauseFilter | undefined } {
    const regions = f.regions?.length ? new Set(f.regions.map((r) => this.regionCode.get(r) ?? -1)) : undefined;
    const kinds = f.kinds?.length ? new Set(f.kinds.map((k) => KINDS.indexOf(k))) : undefined;
    const { regions: _r, kinds: _k, status, withMoney, ...rest } = f;
    const test = (id: number) => {
      const fl = this.flags[id];
      if (!fl) return false;
      if (withMoney && !(fl & 2)) return false;
      if (status && (status === 'draft') !== !!(fl & 4)) return false;
      if (kinds && !kinds.has(fl >> 3)) return false;
      if (regions && !regions.has(this.region[id])) return false;
      return true;
    };
    return { test, rest: ClauseStore.isEmpty(rest) ? undefined : rest };
  }
}

export class PolicyIndex {
  private attrs?: Attributes;

  private constructor(
    readonly dir: string,
    readonly store: ClauseStore,
    readonly hnsw: HNSW,
    readonly embedder: Embedder,
  ) {}

  private attributes(): Attributes {
    return (this.attrs ??= new Attributes(this.store));
  }

  static async open(dir: string, opts: { model?: string; offline?: boolean } = {}): Promise<PolicyIndex> {
    const dbPath = join(dir, DB);
    if (!existsSync(dbPath)) throw new IndexError(`no index in ${dir}: run "pclause index <files>" first`);
    const store = new ClauseStore(dbPath, { readonly: true });
    if (store.getMeta('schema') !== SCHEMA_VERSION) {
      store.close();
      throw new IndexError(`the index in ${dir} was made by an older version of pclause; re-index with --rebuild`);
    }
    const kind = store.getMeta('embedder') as EmbedderKind | undefined;
    const token = store.getMeta('vectors');
    if (!kind || !token || !existsSync(vectorFile(dir, token))) {
      store.close();
      throw new IndexError(`the index in ${dir} is incomplete; re-index with --rebuild`);
    }
    const embedder = await makeEmbedder(store, kind, { model: opts.model, offline: opts.offline });
    if (embedder.id !== store.getMeta('embedder_id')) {
      store.close();
      throw new IndexError(`the index in ${dir} holds ${store.getMeta('embedder_id')} vectors; ${embedder.id} cannot query it: re-index with --rebuild`);
    }
    const hnsw: HNSW = new HierarchicalNSW('cosine', embedder.dim);
    hnsw.readIndexSync(vectorFile(dir, token));
    hnsw.setEf(96);
    return new PolicyIndex(dir, store, hnsw, embedder);
  }

  close(): void {
    this.store.close();
  }

  async vector(text: string): Promise<number[]> {
    return toArray((await this.embedder.embed([text]))[0]);
  }

  /** Nearest clauses to a vector, optionally within an allowed set. */
  nearest(vec: number[], k: number, allowed?: Set<number> | ((id: number) => boolean)): { rowid: number; similarity: number }[] {
    const n = this.store.count();
    if (!n || (allowed instanceof Set && !allowed.size)) return [];
    const kk = Math.min(k, allowed instanceof Set ? allowed.size : n);
    const test = allowed instanceof Set ? (label: number) => allowed.has(label) : allowed;
    this.hnsw.setEf(Math.max(96, kk));
    const res = this.hnsw.searchKnn(vec, kk, test);
    return res.neighbors.map((rowid, i) => ({ rowid, similarity: 1 - res.distances[i] }));
  }

  /**
   * Candidates under a filter. Region, kind, status and money are tested in memory (inside the HNSW
   * search, and on BM25 candidates); other conditions (topics, issuer, dates, amounts) by SQL on the
   * candidates, widening the net when too few pass.
   */
  private filtered<T extends { rowid: number }>(pool: number, filter: ClauseFilter | undefined, run: (k: number, test?: (id: number) => boolean) => T[]): T[] {
    if (!filter || ClauseStore.isEmpty(filter)) return run(pool);
    const { test, rest } = this.attributes().predicate(filter);
    if (!rest) return run(pool, test);
    for (const widen of [4, 32]) {
      const cand = run(pool * widen, test);
      const ok = this.store.passing(cand.map((c) => c.rowid), rest);
      const kept = cand.filter((c) => ok.has(c.rowid));
      if (kept.length >= pool || cand.length < pool * widen) return kept.slice(0, pool);
    }
    const allowed = this.store.filterIds(filter) ?? new Set<number>();
    return run(pool, (id) => allowed.has(id));
  }

  /**
   * HNSW with a filter callback slows down as the filter gets narrow (a region and money: a few
   * hundredths of the index); then scoring the few passing vectors one by one is faster and exact.
   */
  private nearestFiltered(vec: number[], k: number, filter: ClauseFilter | undefined, test?: (id: number) => boolean): { rowid: number; similarity: number }[] {
    const few = filter && test ? this.attributes().few(filter, test, 6000) : undefined;
    if (!few) return this.nearest(vec, k, test);
    let qn = 0;
    for (const x of vec) qn += x * x;
    qn = Math.sqrt(qn) || 1;
    const scored = few.map((id) => {
      const p = this.hnsw.getPoint(id);
      let dot = 0;
      let pn = 0;
      for (let i = 0; i < p.length; i++) {
        dot += p[i] * vec[i];
        pn += p[i] * p[i];
      }
      return { rowid: id, similarity: dot / (qn * (Math.sqrt(pn) || 1)) };
    });
    scored.sort((a, b) => b.similarity - a.similarity || a.rowid - b.rowid);
    return scored.slice(0, k);
  }

  /** The index's own segmentation (jieba with the policy dictionary), for callers building BM25 terms. */
  words(text: string): string[] {
    return words(text);
  }

  /**
   * Region names AND-ed into the FTS5 query narrow it when they are few; a province's twenty
   * districts covering most of the index would make FTS5 merge their long posting lists instead,
   * so then the in-memory region test alone filters.
   */
  private selectiveRegions(regions: string[] | undefined): string[] {
    if (!regions?.length) return [];
    const counts = new Map(this.store.regions().map((r) => [r.region, r.n]));
    const covered = regions.reduce((n, r) => n + (counts.get(r) ?? 0), 0);
    return covered <= this.store.count() * 0.1 ? regions : [];
  }

  /**
   * extraTerms: more BM25 tokens (a token with spaces is a phrase: "智能化 改造"); vectorText: what
   * the vector side embeds instead of the query (the question with its concept words).
   */
  async search(query: string, opts: { k?: number; filter?: ClauseFilter; mode?: SearchMode; extraTerms?: string[]; vectorText?: string } = {}): Promise<Hit[]> {
    const k = opts.k ?? 10;
    const mode = opts.mode ?? 'hybrid';
    const pool = Math.max(50, k * 5);
    const fused = new Map<number, { score: number; vectorRank?: number; lexicalRank?: number; similarity?: number }>();
    const rrf = 60;
    if (mode !== 'bm25') {
      const vec = await this.vector(opts.vectorText ?? query);
      this.filtered(pool, opts.filter, (kk, test) => this.nearestFiltered(vec, kk, opts.filter, test)).forEach((h, i) => {
        fused.set(h.rowid, { score: 1 / (rrf + i + 1), vectorRank: i + 1, similarity: h.similarity });
      });
    }
    if (mode !== 'vector') {
      const toks = [...words(query), ...(opts.extraTerms ?? [])];
      this.filtered(pool, opts.filter, (kk, test) => this.store.bm25(toks, kk, test, this.selectiveRegions(opts.filter?.regions))).forEach((h, i) => {
        const e = fused.get(h.rowid) ?? { score: 0 };
        e.score += 1 / (rrf + i + 1);
        e.lexicalRank = i + 1;
        fused.set(h.rowid, e);
      });
    }
    const ranked = [...fused.entries()].sort((a, b) => b[1].score - a[1].score || a[0] - b[0]).slice(0, k);
    const clauses = this.store.get(ranked.map(([id]) => id));
    return ranked.filter(([id]) => clauses.has(id)).map(([rowid, s]) => ({ rowid, clause: clauses.get(rowid)!, ...s }));
  }
}
