import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { hasLegacyLayout, readCurrent } from './generation.js';
import { DB_FILE, IndexError, SCHEMA_VERSION, updateIndex, type EmbedderKind, type IndexOptions, type SegmentRow, type UpdateReport } from './policy-index.js';
import { hashAndLabels, sha256File } from './segments.js';
import { IvfReader } from './ivf.js';
import { ClauseStore } from './store.js';
import { Attributes } from './attributes.js';
import type { Clause } from '../types.js';

export interface CheckReport {
  dir: string;
  generation?: string;
  ok: boolean;
  clauses: number;
  vectors: number;
  segments: number;
  problems: string[];
  /** What to run when there are problems. */
  repair?: string;
}

/**
 * Verify an index: CURRENT names a generation; SQLite's own integrity check; every committed segment
 * is there with its recorded size and sha256; the vectors' inverted file likewise; every clause row has exactly
 * one live vector, and the counts recorded at commit match the rows.
 */
export function checkIndex(dir: string): CheckReport {
  const report: CheckReport = { dir, ok: false, clauses: 0, vectors: 0, segments: 0, problems: [] };
  const repair = `pclause index --repair --index ${dir}`;
  const gen = readCurrent(dir);
  if (!gen) {
    report.problems.push(hasLegacyLayout(dir) ? `${dir}: made by an older version of pclause (no CURRENT)` : `${join(dir, 'CURRENT')}: missing or unreadable — no index here`);
    report.repair = `pclause index <your inputs> --index ${dir} --rebuild`;
    return report;
  }
  report.generation = gen;
  const genDir = join(dir, gen);
  const dbPath = join(genDir, DB_FILE);
  if (!existsSync(dbPath)) {
    report.problems.push(`${dbPath}: missing`);
    report.repair = `pclause index <your inputs> --index ${dir} --rebuild`;
    return report;
  }
  const store = new ClauseStore(dbPath, { readonly: true });
  try {
    store.db.exec('BEGIN');
    const quick = store.db.pragma('quick_check', { simple: true });
    if (quick !== 'ok') report.problems.push(`${dbPath}: SQLite integrity check failed (${quick})`);
    if (store.getMeta('schema') !== SCHEMA_VERSION) report.problems.push(`${dbPath}: schema ${store.getMeta('schema')}, this pclause reads ${SCHEMA_VERSION}`);
    const dim = Number(store.getMeta('dim'));
    const max = (store.db.prepare('SELECT max(rowid) AS m FROM clauses').get() as { m: number | null }).m ?? 0;
    const live = new Uint8Array(max + 1);
    for (const [rowid] of store.db.prepare('SELECT rowid FROM clauses').raw().iterate() as IterableIterator<[number]>) {
      live[rowid] = 1;
      report.clauses++;
    }
    const counted = Number(store.getMeta('count'));
    if (counted !== report.clauses) report.problems.push(`${dbPath}: ${report.clauses} clause rows, ${counted} recorded at commit`);
    const fts = (store.db.prepare('SELECT count(*) AS n FROM fts').get() as { n: number }).n;
    if (fts !== report.clauses) report.problems.push(`${dbPath}: ${fts} BM25 rows for ${report.clauses} clauses`);
    const segments = store.db.prepare('SELECT seq, name, count, bytes, sha256, in_graph FROM segments ORDER BY seq').all() as SegmentRow[];
    report.segments = segments.length;
    const seen = new Uint8Array(max + 1);
    for (const s of segments) {
      const f = join(genDir, s.name);
      if (!existsSync(f)) {
        report.problems.push(`${f}: missing (${s.count} vectors committed)`);
        continue;
      }
      const size = statSync(f).size;
      if (size !== s.bytes) {
        report.problems.push(`${f}: ${size} bytes, ${s.bytes} committed (truncated or overwritten)`);
        continue;
      }
      const { sha256, labels } = hashAndLabels(f, dim, s.count);
      if (sha256 !== s.sha256) {
        report.problems.push(`${f}: checksum mismatch (the bytes changed after commit)`);
        continue;
      }
      for (const label of labels) {
        if (label <= max && live[label]) {
          if (seen[label]) report.problems.push(`${f}: clause row ${label} has a second vector`);
          seen[label] = 1;
          report.vectors++;
        }
      }
    }
    let missing = 0;
    for (let i = 1; i <= max; i++) if (live[i] && !seen[i]) missing++;
    if (missing) report.problems.push(`${genDir}: ${missing} clause row(s) without a vector`);
    // The filter attributes committed beside the rows: one entry for each live row, none for a removed one.
    const attrs = Attributes.load(store);
    let off = 0;
    for (let i = 1; i <= max; i++) if (!!live[i] !== !!attrs.flags[i]) off++;
    if (off) report.problems.push(`${dbPath}: filter attributes disagree with ${off} clause row(s)`);
    const graph = store.getMeta('graph');
    if (!graph) report.problems.push(`${genDir}: no vectors file committed`);
    else {
      const f = join(genDir, graph);
      if (!existsSync(f)) report.problems.push(`${f}: missing`);
      else if (statSync(f).size !== Number(store.getMeta('graph_bytes'))) report.problems.push(`${f}: ${statSync(f).size} bytes, ${store.getMeta('graph_bytes')} committed (truncated)`);
      else if (sha256File(f) !== store.getMeta('graph_sha256')) report.problems.push(`${f}: checksum mismatch (the bytes changed after commit)`);
      else {
        const ivf = IvfReader.open(f);
        if (ivf.count !== Number(store.getMeta('graph_count'))) report.problems.push(`${f}: ${ivf.count} vectors, ${store.getMeta('graph_count')} committed`);
        ivf.close();
      }
    }
    const stray = readdirSync(dir).filter((f) => /^gen-\d+$/.test(f) && f !== gen);
    if (stray.length) report.problems.push(`${dir}: ${stray.join(', ')} left by an interrupted rebuild (harmless; the next write removes them)`);
    store.db.exec('COMMIT');
  } catch (e) {
    report.problems.push(`${dbPath}: ${String((e as Error).message).split('\n')[0]}`);
  } finally {
    store.close();
  }
  report.ok = report.problems.every((p) => p.includes('harmless'));
  if (!report.ok) report.repair = repair;
  return report;
}

/** Rebuild the vectors and BM25 from the clause rows the live generation holds (its vectors may be lost). */
export async function repairIndex(dir: string, opts: { model?: string; offline?: boolean } = {}): Promise<UpdateReport> {
  const gen = readCurrent(dir);
  if (!gen) throw new IndexError(`no index in ${dir} to repair; build one with "pclause index <inputs> --index ${dir}"`);
  const store = new ClauseStore(join(dir, gen, DB_FILE), { readonly: true });
  let embedder: EmbedderKind;
  let model: string | undefined;
  let lexicon: IndexOptions['lexicon'];
  let wordVectors = true;
  try {
    embedder = (store.getMeta('embedder') as EmbedderKind) ?? 'tfidf';
    model = store.getMeta('model');
    // The repaired vectors carry the same semantic features as the ones they replace.
    const lex = store.getMeta('lexicon');
    lexicon = lex ? JSON.parse(lex) : undefined;
    wordVectors = embedder !== 'tfidf' || !!store.getMeta('wordvec');
  } catch (e) {
    store.close();
    throw unreadable(e);
  }
  // The rows are streamed from the old generation into the new one: memory does not grow with the index.
  function* clauses(): Generator<Clause> {
    try {
      for (const [json] of store.db.prepare('SELECT json FROM clauses ORDER BY rowid').raw().iterate() as IterableIterator<[string]>) yield JSON.parse(json);
    } catch (e) {
      throw unreadable(e);
    } finally {
      store.close();
    }
  }
  function unreadable(e: unknown): IndexError {
    return new IndexError(`${join(dir, gen!, DB_FILE)}: the clause rows cannot be read (${String((e as Error).message).split('\n')[0]}); re-index your inputs with --rebuild`);
  }
  return updateIndex(dir, clauses(), { rebuild: true, embedder, model: opts.model ?? model, offline: opts.offline, lexicon, wordVectors });
}
