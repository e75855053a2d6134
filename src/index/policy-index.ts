import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ConceptMatcher } from './concept-features.js';
import { countDf, DEFAULT_DIM, features, SemanticEmbedder, TfidfEmbedder, type Embedder } from './embedder.js';
import { WordVectors } from './word-vectors.js';
import { crashAt, failWrite } from './faults.js';
import { hasLegacyLayout, nextGeneration, readCurrent, removeLegacy, removeStale, switchCurrent } from './generation.js';
import { LockError, WriterLock, type LockHolder } from './lock.js';
import { cosine, norm, SegmentWriter, type SegmentInfo } from './segments.js';
import { IvfReader, writeIvf } from './ivf.js';
import { VectorStore } from './vector-store.js';
import { ClauseStore, type ClauseFilter } from './store.js';
import { Staging } from './staging.js';
import { Attributes, saveAttributes } from './attributes.js';
import { warmTokenizer, words } from './tokenize.js';
import { TransformersEmbedder } from './transformers.js';
import { writeAtomic } from '../run/atomic.js';
import type { Clause, ConceptLexicon } from '../types.js';

export type EmbedderKind = 'tfidf' | 'transformers';

export interface IndexOptions {
  embedder?: EmbedderKind;
  /** transformers: hub id or local model directory. */
  model?: string;
  /** TF-IDF vector size. */
  dim?: number;
  /** Build a new generation beside the live one and switch to it. */
  rebuild?: boolean;
  /**
   * tfidf: the concept thesaurus whose concepts become vector features (the CLI and the library API
   * pass dict/concepts.json). Saved with the index at its first build and used from then on.
   */
  lexicon?: ConceptLexicon;
  /** tfidf: fit PPMI word vectors on the corpus (default true); false gives the plain TF-IDF vectors. */
  wordVectors?: boolean;
  offline?: boolean;
  /** Vectors kept outside the inverted file (searched exactly) before it is rewritten. */
  tailMax?: number;
  onProgress?: (stage: string, done: number, total: number) => void;
}

export interface UpdateReport {
  sources: number;
  added: number;
  replaced: number;
  unchanged: number;
  /** Sources whose content is already in the index under another path: stored once. */
  duplicates: { source: string; sameAs: string }[];
  clausesAdded: number;
  clausesRemoved: number;
  total: number;
  embedder: string;
  generation: string;
  /** Whether the vectors' inverted file was rewritten (else new vectors went to an appended segment only). */
  graphRewritten: boolean;
  /** The previous writer died holding the lock; its lock was taken over. */
  tookOverLock?: LockHolder;
}

export class IndexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IndexError';
  }
}

export { LockError };

export const DB_FILE = 'clauses.sqlite';
const DB = DB_FILE;
/** Bumped when the store's layout changes; an older index must be rebuilt. */
export const SCHEMA_VERSION = '4';
const TAIL_MAX = 20000;

/** Where a clause comes from: its resolved path when known, else its file name (clause files from older versions). */
export function sourceKey(c: Clause): string {
  return c.sourcePath ?? c.source;
}

function sourceHash(clauses: Clause[]): string {
  const h = createHash('sha1');
  for (const c of clauses) h.update(c.id).update(JSON.stringify(c.amounts)).update(c.region ?? '').update(c.status);
  return h.digest('hex');
}

/** What a source says, whatever its name or folder: the same notice saved twice has the same content hash. */
function contentHash(clauses: Clause[]): string {
  const h = createHash('sha1');
  for (const c of clauses) h.update(c.text).update('\u0000');
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

const REPAIR = 'repair with "pclause index --repair --index <dir>" (re-embeds the stored clauses) or re-index your inputs with --rebuild';

/** A write error (ENOSPC, EIO, SQLITE_FULL…) as one line naming the file. */
function writeError(e: unknown, file: string, dir: string): IndexError {
  if (e instanceof IndexError) return e;
  const err = e as NodeJS.ErrnoException & { code?: string };
  const code = String(err?.code ?? '');
  const what: Record<string, string> = {
    ENOSPC: 'no space left on device',
    EDQUOT: 'disk quota exceeded',
    EIO: 'input/output error',
    EROFS: 'read-only file system',
    EACCES: 'permission denied',
    SQLITE_FULL: 'disk full',
    SQLITE_IOERR: 'input/output error',
    SQLITE_READONLY: 'read-only database',
  };
  const reason = what[code] ?? (code.startsWith('SQLITE_IOERR') ? 'input/output error' : undefined);
  const msg = String(err?.message ?? e).split('\n')[0];
  const at = err?.path ?? file;
  return new IndexError(reason ? `cannot write ${at}: ${reason} (${code}); the index in ${dir} is unchanged` : `${msg} (while writing ${at}; the index in ${dir} is unchanged)`);
}

export interface SegmentRow extends SegmentInfo {
  seq: number;
  in_graph: number;
}

/**
 * Build or update an index folder. Under the writer lock: a source (resolved path) whose clauses did
 * not change is left alone, a changed one replaces its old clauses, content already indexed under
 * another path is reported as a duplicate and stored once. New vectors go to an appended segment listed
 * in the same SQLite transaction as the rows; the vectors' inverted file is rewritten only when the
 * segments outside it grow past a bound. --rebuild writes a new generation and switches CURRENT to it.
 */
/** Clauses to index: an array, or a stream (a JSONL reader, a batch of files being extracted). */
export type ClauseSource = Iterable<Clause> | AsyncIterable<Clause>;

export async function updateIndex(dir: string, clauses: ClauseSource, opts: IndexOptions = {}): Promise<UpdateReport> {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw writeError(e, dir, dir);
  }
  const lock = WriterLock.acquire(dir, opts.rebuild ? 'index --rebuild' : 'index');
  try {
    const report = await writeLocked(dir, clauses, opts);
    return { ...report, tookOverLock: lock.tookOver };
  } finally {
    lock.release();
  }
}

async function writeLocked(dir: string, clauses: ClauseSource, opts: IndexOptions): Promise<UpdateReport> {
  const live = readCurrent(dir);
  if (!live && hasLegacyLayout(dir) && !opts.rebuild) throw new IndexError(`the index in ${dir} was made by an older version of pclause; re-index with --rebuild`);
  const gen = opts.rebuild || !live ? nextGeneration(dir) : live;
  // Generations other than the live one are left by interrupted rebuilds: nobody reads them.
  removeStale(dir, live ? [live] : []);
  const genDir = join(dir, gen);
  let report: UpdateReport;
  try {
    mkdirSync(genDir, { recursive: true });
    report = await writeGeneration(dir, genDir, clauses, opts, gen);
  } catch (e) {
    if (gen !== live) rmSync(genDir, { recursive: true, force: true });
    throw writeError(e, genDir, dir);
  }
  if (gen !== live) {
    try {
      switchCurrent(dir, gen);
    } catch (e) {
      rmSync(genDir, { recursive: true, force: true });
      throw writeError(e, join(dir, 'CURRENT'), dir);
    }
    if (live) rmSync(join(dir, live), { recursive: true, force: true });
    removeLegacy(dir);
  }
  try {
    writeAtomic(join(dir, 'index.json'), JSON.stringify({ generation: gen, embedder: report.embedder, clauses: report.total, sources: report.sources }, null, 2) + '\n');
  } catch {
    // a summary for people; the commit above is what counts
  }
  return report;
}

async function writeGeneration(dir: string, genDir: string, clauses: ClauseSource, opts: IndexOptions, gen: string): Promise<UpdateReport> {
  const store = new ClauseStore(join(genDir, DB));
  try {
    const existing = store.getMeta('embedder');
    if (existing && store.getMeta('schema') !== SCHEMA_VERSION) {
      throw new IndexError(`the index in ${dir} was made by an older version of pclause; re-index with --rebuild`);
    }
    const kind: EmbedderKind = opts.embedder ?? (existing as EmbedderKind) ?? 'tfidf';
    if (existing && existing !== kind) {
      throw new IndexError(`the index in ${dir} was built with the ${existing} embedder (${store.getMeta('embedder_id')}, dim ${store.getMeta('dim')}); re-index with --rebuild to use ${kind}`);
    }
    // Files of this generation that no commit lists were left by an interrupted write.
    const listed = new Set((store.db.prepare('SELECT name FROM segments').all() as { name: string }[]).map((r) => r.name));
    const graphName = store.getMeta('graph');
    for (const f of readdirSync(genDir)) {
      if ((/^seg-.*\.vec$/.test(f) && !listed.has(f)) || (/^ivf-.*\.ivf$/.test(f) && f !== graphName)) rmSync(join(genDir, f), { force: true });
    }

    // The input, however large, is staged on disk first; sources are then read back one at a time.
    const staging = new Staging(store.db);
    const read = await staging.load(clauses, sourceKey, (n) => opts.onProgress?.('read', n, 0));
    const changedSources: string[] = [];
    const duplicates: { source: string; sameAs: string }[] = [];
    const seenContent = new Map<string, string>();
    let unchanged = 0;
    let replaced = 0;
    const fresh = !existing;
    let df: Map<string, number> | undefined = kind === 'tfidf' && fresh ? new Map() : undefined;
    let wordVectors: WordVectors | undefined;
    let embedder: Embedder | undefined;
    const segments = store.db.prepare('SELECT seq, name, count, bytes, sha256, in_graph FROM segments ORDER BY seq').all() as SegmentRow[];
    const seq = (segments[segments.length - 1]?.seq ?? 0) + 1;
    const segName = `seg-${String(seq).padStart(6, '0')}-${randomBytes(3).toString('hex')}.vec`;
    const newGraph = `ivf-${String(seq).padStart(6, '0')}-${randomBytes(3).toString('hex')}.ivf`;
    let rewritten = false;
    let writer: SegmentWriter | undefined;
    let removed = 0;
    let added = 0;
    store.db.exec('BEGIN IMMEDIATE');
    try {
      // Rows first, source by source: a source whose clauses did not change is skipped, content already
      // stored under another path is a duplicate, a changed source replaces its old rows. jieba cuts each
      // clause once, for BM25 here and for the vectors below (the cut waits in the staging table).
      const tomb = store.db.prepare('INSERT OR IGNORE INTO tombstones(rowid) VALUES (?)');
      const removedRowids: number[] = [];
      const firstRowid = ((store.db.prepare('SELECT max(rowid) AS m FROM clauses').get() as { m: number | null }).m ?? 0) + 1;
      const headingWords = new Map<string, string[]>(); // many clauses share a heading
      // The per-region counts change by what is added and removed; recounting a million rows at every
      // commit cost a small update 0.25 s.
      const regionDelta = new Map<string, number>();
      let done = 0;
      for (const source of staging.sources) {
        const list = staging.clausesOf(source);
        done += list.length;
        const content = contentHash(list);
        const sameAs = seenContent.get(content) ?? store.sameContent(content, source);
        if (sameAs) {
          duplicates.push({ source, sameAs });
          continue;
        }
        seenContent.set(content, source);
        const h = sourceHash(list);
        const old = store.sourceHash(source);
        if (old === h) {
          unchanged++;
          continue;
        }
        // Two sources sharing a clause id (same name, same text at the same place) cannot both be stored.
        const clash = store.holderOf(list.map((c) => c.id), source);
        if (clash) {
          duplicates.push({ source, sameAs: clash });
          continue;
        }
        for (const id of store.removeSource(source, regionDelta)) {
          tomb.run(id);
          removedRowids.push(id);
          removed++;
        }
        if (old) replaced++;
        changedSources.push(source);
        store.setSourceHash(source, h, content);
        if (headingWords.size > 50000) headingWords.clear();
        const cuts = list.map((c) => words(c.text));
        const ids = store.insert(list, list.map((c, k) => searchTokens(c, cuts[k], headingWords)), sourceKey);
        ids.forEach((id, k) => staging.addFresh(id, list[k].text, cuts[k].join(' ')));
        if (df) countDf(list.map((c, k) => features(c.text, cuts[k])), df);
        added += ids.length;
        for (const c of list) if (c.region) regionDelta.set(c.region, (regionDelta.get(c.region) ?? 0) + 1);
        opts.onProgress?.('tokenize', done, read);
      }

      // The embedder: fitted on what was just stored for a new index, else the index's own.
      if (df) {
        const fitted = df;
        const tfidf = new TfidfEmbedder(opts.dim ?? DEFAULT_DIM, added, (k) => fitted.get(k));
        if (opts.wordVectors !== false) {
          opts.onProgress?.('word vectors', 0, added);
          wordVectors = WordVectors.fit(staging.sampleCuts(Math.max(1, Math.floor(added / 60000))));
        }
        embedder = new SemanticEmbedder(tfidf, opts.lexicon ? new ConceptMatcher(opts.lexicon) : undefined, wordVectors);
      } else {
        embedder = await makeEmbedder(store, kind, opts);
        if (existing && store.getMeta('embedder_id') !== embedder.id) {
          throw new IndexError(`the index in ${dir} holds ${store.getMeta('embedder_id')} vectors (dim ${store.getMeta('dim')}), not ${embedder.id} (dim ${embedder.dim}); re-index with --rebuild`);
        }
      }
      const emb = embedder;
      const dim = emb.dim;
      const tailCount = segments.filter((s) => !s.in_graph).reduce((n, s) => n + s.count, 0);
      const graphCount = Number(store.getMeta('graph_count') ?? 0);
      const tailMax = opts.tailMax ?? (Number(process.env.PCLAUSE_TAIL_MAX) || Math.max(TAIL_MAX, Math.floor(graphCount * 0.02)));
      // The inverted file is rewritten on a fresh build, or when the vectors outside it would pass the bound.
      const rewrite = fresh || !graphName || tailCount + added > tailMax;
      // Vectors of the new rows, in pages of the staging table, appended to one segment.
      if (added) writer = new SegmentWriter(join(genDir, segName), segName, dim, added);
      let after = 0;
      let embedded = 0;
      for (;;) {
        const page = staging.freshAfter(after, 2048);
        if (!page.length) break;
        opts.onProgress?.('index', embedded, added);
        const vectors = emb instanceof SemanticEmbedder ? page.map(([, text, cut]) => emb.vectorOf(text, cut ? cut.split(' ') : [])) : await emb.embed(page.map(([, text]) => text));
        for (let k = 0; k < page.length; k++) writer!.append(page[k][0], vectors[k]);
        after = page[page.length - 1][0];
        embedded += page.length;
      }
      let seg: SegmentInfo | undefined;
      if (writer) {
        seg = writer.finish();
        writer = undefined;
        store.db.prepare('INSERT INTO segments(seq, name, count, bytes, sha256, in_graph) VALUES (?, ?, ?, ?, ?, ?)').run(seq, seg.name, seg.count, seg.bytes, seg.sha256, 0);
      }
      crashAt('after-segment');
      if (rewrite) {
        // Every live vector of every segment, in lists around the previous file's centroids when it has some.
        const file = join(genDir, newGraph);
        failWrite('graph', file);
        const all = store.db.prepare('SELECT seq, name, count, bytes, sha256, in_graph FROM segments ORDER BY seq').all() as SegmentRow[];
        const dead = new Set((store.db.prepare('SELECT rowid FROM tombstones').all() as { rowid: number }[]).map((r) => r.rowid));
        let centroids: Float32Array | undefined;
        if (!fresh && graphName && existsSync(join(genDir, graphName))) {
          const old = IvfReader.open(join(genDir, graphName));
          centroids = old.centroidTable();
          old.close();
        }
        const ivf = writeIvf(file, all.map((x) => ({ file: join(genDir, x.name), count: x.count })), dim, dead, { centroids, onProgress: (d, t) => opts.onProgress?.('vectors', d, t) });
        crashAt('after-graph');
        store.db.exec('UPDATE segments SET in_graph = 1');
        store.db.exec('DELETE FROM tombstones');
        store.setMeta('graph', newGraph);
        store.setMeta('graph_bytes', String(ivf.bytes));
        store.setMeta('graph_sha256', ivf.sha256);
        store.setMeta('graph_count', String(ivf.count));
        rewritten = true;
      }
      if (df) {
        store.saveDf(df);
        store.setMeta('tfidf_n', String(added));
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
      // The filter attributes (region, kind, status, money per rowid) as one blob in the same commit.
      saveAttributes(store, removedRowids, firstRowid);
      store.invalidate();
      const countBefore = store.getMeta('count');
      const regionsBefore = store.getMeta('regions');
      if (!fresh && countBefore !== undefined && regionsBefore !== undefined) {
        store.setMeta('count', String(Number(countBefore) + added - removed));
        const counts = new Map((JSON.parse(regionsBefore) as { region: string; n: number }[]).map((r) => [r.region, r.n]));
        for (const [r, d] of regionDelta) counts.set(r, (counts.get(r) ?? 0) + d);
        const list = [...counts].filter(([, n]) => n > 0).map(([region, n]) => ({ region, n }));
        // The order a full count gives: most clauses first (then by name, so it does not depend on history).
        list.sort((a, b) => b.n - a.n || (a.region < b.region ? -1 : a.region > b.region ? 1 : 0));
        store.setMeta('regions', JSON.stringify(list));
      } else {
        store.setMeta('count', String(store.count()));
        store.setMeta('regions', JSON.stringify(store.countRegions()));
      }
      crashAt('before-commit');
      failWrite('commit', join(genDir, DB));
      store.db.exec('COMMIT');
      crashAt('after-commit');
    } catch (e) {
      writer?.abort();
      if (store.db.inTransaction) store.db.exec('ROLLBACK');
      rmSync(join(genDir, segName), { force: true });
      rmSync(join(genDir, newGraph), { force: true });
      throw writeError(e, join(genDir, DB), dir);
    }
    // The previous inverted file is garbage now (a reader that has it open keeps reading it until it closes).
    if (rewritten && graphName) rmSync(join(genDir, graphName), { force: true });
    store.invalidate();
    const total = Number(store.getMeta('count') ?? store.count());
    return {
      sources: staging.sources.length,
      added: changedSources.length - replaced,
      replaced,
      unchanged,
      duplicates,
      clausesAdded: added,
      clausesRemoved: removed,
      total,
      embedder: embedder!.id,
      generation: gen,
      graphRewritten: rewritten,
    };
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

export class PolicyIndex {
  private attrs?: Attributes;

  private constructor(
    readonly dir: string,
    readonly store: ClauseStore,
    private readonly vectors: VectorStore,
    readonly embedder: Embedder,
    readonly generation: string,
  ) {}

  /** The exact vector of a clause (compare.ts pairs clauses by it), or undefined when it has none. */
  vectorOf(rowid: number): Float32Array | undefined {
    return this.vectors.point(rowid);
  }

  private attributes(): Attributes {
    return (this.attrs ??= Attributes.load(this.store));
  }

  /**
   * Open the live generation. A rebuild switching CURRENT while we read it makes the files we were
   * about to open vanish: read CURRENT again and retry.
   */
  static async open(dir: string, opts: { model?: string; offline?: boolean } = {}): Promise<PolicyIndex> {
    for (let attempt = 0; ; attempt++) {
      const gen = readCurrent(dir);
      if (!gen) {
        if (hasLegacyLayout(dir)) throw new IndexError(`the index in ${dir} was made by an older version of pclause; re-index with --rebuild`);
        throw new IndexError(`no index in ${dir}: run "pclause index <files>" first`);
      }
      try {
        return await PolicyIndex.openGeneration(dir, gen, opts);
      } catch (e) {
        if (attempt < 3 && readCurrent(dir) !== gen) continue;
        throw e;
      }
    }
  }

  private static async openGeneration(dir: string, gen: string, opts: { model?: string; offline?: boolean }): Promise<PolicyIndex> {
    const genDir = join(dir, gen);
    const dbPath = join(genDir, DB);
    if (!existsSync(dbPath)) throw new IndexError(`the index in ${dir} is damaged: ${dbPath} is missing; ${REPAIR.replace('--repair --index <dir>', '--rebuild')}`);
    const store = new ClauseStore(dbPath, { readonly: true });
    try {
      // One read transaction: the rows, segments and graph named here belong to one commit.
      store.db.exec('BEGIN');
      const schema = store.getMeta('schema');
      const kind = store.getMeta('embedder') as EmbedderKind | undefined;
      const graphName = store.getMeta('graph');
      const graphBytes = Number(store.getMeta('graph_bytes') ?? 0);
      const segments = store.db.prepare('SELECT seq, name, count, bytes, sha256, in_graph FROM segments ORDER BY seq').all() as SegmentRow[];
      const dead = new Set((store.db.prepare('SELECT rowid FROM tombstones').all() as { rowid: number }[]).map((r) => r.rowid));
      store.db.exec('COMMIT');
      if (schema !== SCHEMA_VERSION) throw new IndexError(`the index in ${dir} was made by an older version of pclause; re-index with --rebuild`);
      if (!kind || !graphName) throw new IndexError(`the index in ${dir} is incomplete; re-index with --rebuild`);
      const damaged = (what: string) => new IndexError(`the index in ${dir} is damaged: ${what}; check with "pclause index --check --index ${dir}", ${REPAIR.replace('<dir>', dir)}`);
      const size = (f: string) => (existsSync(f) ? statSync(f).size : -1);
      for (const s of segments) {
        const n = size(join(genDir, s.name));
        if (n !== s.bytes) throw damaged(n < 0 ? `vectors segment ${join(genDir, s.name)} is missing` : `vectors segment ${join(genDir, s.name)} has ${n} bytes, ${s.bytes} committed (truncated)`);
      }
      const gn = size(join(genDir, graphName));
      if (gn !== graphBytes) throw damaged(gn < 0 ? `vectors file ${join(genDir, graphName)} is missing` : `vectors file ${join(genDir, graphName)} has ${gn} bytes, ${graphBytes} committed (truncated)`);
      // The inverted file opens with its centroids only (about a megabyte at a million clauses); lists
      // are read when a question probes them.
      let vectors: VectorStore;
      try {
        vectors = VectorStore.open(genDir, graphName, segments, Number(store.getMeta('dim')), dead);
      } catch (e) {
        throw damaged(String((e as Error).message).split('\n')[0]);
      }
      let embedder: Embedder;
      try {
        warmTokenizer();
        embedder = await makeEmbedder(store, kind, { model: opts.model ?? undefined, offline: opts.offline });
      } catch (e) {
        vectors.close();
        throw e;
      }
      if (embedder.id !== store.getMeta('embedder_id') || embedder.dim !== Number(store.getMeta('dim'))) {
        vectors.close();
        throw new IndexError(`the index in ${dir} holds ${store.getMeta('embedder_id')} vectors; ${embedder.id} cannot query it: re-index with --rebuild`);
      }
      return new PolicyIndex(dir, store, vectors, embedder, gen);
    } catch (e) {
      if (store.db.inTransaction) store.db.exec('ROLLBACK');
      store.close();
      throw e;
    }
  }

  close(): void {
    this.vectors.close();
    this.store.close();
  }

  async vector(text: string): Promise<number[]> {
    return Array.from((await this.embedder.embed([text]))[0]);
  }

  /** Nearest clauses to a vector, optionally within an allowed set: the inverted file's and the tail's, merged. */
  nearest(vec: number[], k: number, allowed?: Set<number> | ((id: number) => boolean)): { rowid: number; similarity: number }[] {
    if (!this.store.count() || (allowed instanceof Set && !allowed.size)) return [];
    const test = allowed instanceof Set ? (label: number) => allowed.has(label) : allowed;
    return this.vectors.nearest(vec, k, test);
  }

  /**
   * Candidates under a filter. Region, kind, status and money are tested in memory (inside the HNSW
   * search, and on BM25 candidates); other conditions (topics, issuer, dates, amounts) by SQL on the
   * candidates, widening the net when too few pass.
   */
  private filtered<T extends { rowid: number }>(pool: number, filter: ClauseFilter | undefined, run: (k: number, test?: (id: number) => boolean) => T[]): T[] {
    if (!filter || ClauseStore.isEmpty(filter)) return run(pool);
    const { test, rest } = this.attributes().predicate(filter, ClauseStore.isEmpty);
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
   * A filtered search of the lists slows down as the filter gets narrow (a region and money: a few
   * hundredths of the index); then scoring the few passing vectors one by one is faster and exact.
   */
  private nearestFiltered(vec: number[], k: number, filter: ClauseFilter | undefined, test?: (id: number) => boolean): { rowid: number; similarity: number }[] {
    const few = filter && test ? this.attributes().few(filter, test, 2000) : undefined;
    if (!few) return this.nearest(vec, k, test);
    const qn = norm(vec);
    const scored: { rowid: number; similarity: number }[] = [];
    for (const id of few) {
      const p = this.vectors.point(id);
      if (!p) continue; // committed after this reader opened
      scored.push({ rowid: id, similarity: cosine(vec, qn, p) });
    }
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
