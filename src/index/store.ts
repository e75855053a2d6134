import Database from 'better-sqlite3';
import type { Clause } from '../types.js';

/** Filters an analyst can put on a search. */
export interface ClauseFilter {
  regions?: string[];
  topics?: string[];
  kinds?: string[];
  status?: 'draft' | 'final';
  issuer?: string;
  source?: string;
  /** Only clauses that carry money or a rate. */
  withMoney?: boolean;
  amountRole?: string;
  minYuan?: number;
  maxYuan?: number;
  dateFrom?: string;
  dateTo?: string;
}

export interface StoredClause {
  rowid: number;
  clause: Clause;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sources (source TEXT PRIMARY KEY, hash TEXT NOT NULL, content TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS sources_content ON sources(content);
CREATE TABLE IF NOT EXISTS segments (seq INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, count INTEGER NOT NULL, bytes INTEGER NOT NULL, sha256 TEXT NOT NULL, in_graph INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS tombstones (rowid INTEGER PRIMARY KEY);
CREATE TABLE IF NOT EXISTS clauses (
  rowid INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  src_key TEXT NOT NULL,
  doc_id TEXT NOT NULL,
  region TEXT,
  issuer TEXT,
  doc_title TEXT,
  doc_date TEXT,
  status TEXT,
  kind TEXT,
  topics TEXT,
  has_money INTEGER NOT NULL,
  max_yuan REAL,
  json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS clauses_source ON clauses(source);
CREATE INDEX IF NOT EXISTS clauses_src_key ON clauses(src_key);
CREATE INDEX IF NOT EXISTS clauses_region ON clauses(region);
CREATE INDEX IF NOT EXISTS clauses_doc ON clauses(doc_id);
CREATE TABLE IF NOT EXISTS amounts (clause INTEGER NOT NULL, yuan REAL NOT NULL, role TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS amounts_clause ON amounts(clause);
CREATE INDEX IF NOT EXISTS amounts_yuan ON amounts(yuan);
CREATE TABLE IF NOT EXISTS repeals (clause INTEGER NOT NULL, status TEXT, from_day TEXT NOT NULL, title TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS repeals_clause ON repeals(clause);
CREATE TABLE IF NOT EXISTS df (term TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(tokens, tokenize = 'unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE IF NOT EXISTS fts_vocab USING fts5vocab(fts, 'row');
`;

/** The structured clause store: every clause field for filtering, plus the BM25 index (FTS5) over jieba tokens. */
export class ClauseStore {
  readonly db: Database.Database;
  private readonly readonly: boolean;

  constructor(path: string, opts: { readonly?: boolean } = {}) {
    this.readonly = !!opts.readonly;
    this.db = new Database(path, { readonly: !!opts.readonly, fileMustExist: !!opts.readonly });
    if (!opts.readonly) {
      this.db.pragma('journal_mode = WAL');
      // FULL: a commit that returned is on disk, so the vector segments it lists are never ahead of it.
      this.db.pragma('synchronous = FULL');
      this.db.exec(SCHEMA);
    }
  }

  close(): void {
    this.db.close();
  }

  getMeta(key: string): string | undefined {
    return (this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  }

  setMeta(key: string, value: string): void {
    this.db.prepare('INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  sourceHash(source: string): string | undefined {
    return (this.db.prepare('SELECT hash FROM sources WHERE source = ?').get(source) as { hash: string } | undefined)?.hash;
  }

  /** Another source already holding this content (same text under another path), if any. */
  sameContent(content: string, except: string): string | undefined {
    return (this.db.prepare('SELECT source FROM sources WHERE content = ? AND source <> ? LIMIT 1').get(content, except) as { source: string } | undefined)?.source;
  }

  /** Another source already holding one of these clause ids, if any. */
  holderOf(ids: string[], except: string): string | undefined {
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const r = this.db.prepare(`SELECT src_key FROM clauses WHERE id IN (${chunk.map(() => '?').join(',')}) AND src_key <> ? LIMIT 1`).get(...chunk, except) as { src_key: string } | undefined;
      if (r) return r.src_key;
    }
    return undefined;
  }

  /**
   * Remove a source's clauses (by its key: resolved path, or name for older clause files); returns their
   * rowids, and counts them off `regions` (a writer's change to the per-region counts).
   */
  removeSource(source: string, regions?: Map<string, number>): number[] {
    const rows = this.db.prepare('SELECT rowid, region FROM clauses WHERE src_key = ?').all(source) as { rowid: number; region: string | null }[];
    const ids = rows.map((r) => r.rowid);
    if (regions) for (const r of rows) if (r.region) regions.set(r.region, (regions.get(r.region) ?? 0) - 1);
    const delFts = this.db.prepare('DELETE FROM fts WHERE rowid = ?');
    const delAmt = this.db.prepare('DELETE FROM amounts WHERE clause = ?');
    const delRep = this.db.prepare('DELETE FROM repeals WHERE clause = ?');
    for (const id of ids) {
      delFts.run(id);
      delAmt.run(id);
      delRep.run(id);
    }
    this.db.prepare('DELETE FROM clauses WHERE src_key = ?').run(source);
    this.db.prepare('DELETE FROM sources WHERE source = ?').run(source);
    return ids;
  }

  /** Insert clauses with their search tokens; returns the rowids in order. */
  insert(clauses: Clause[], tokens: string[][], keyOf: (c: Clause) => string = (c) => c.source): number[] {
    const ins = this.db.prepare(
      `INSERT INTO clauses(id, source, src_key, doc_id, region, issuer, doc_title, doc_date, status, kind, topics, has_money, max_yuan, json)
       VALUES (@id, @source, @srcKey, @docId, @region, @issuer, @docTitle, @docDate, @status, @kind, @topics, @hasMoney, @maxYuan, @json)`,
    );
    const insFts = this.db.prepare('INSERT INTO fts(rowid, tokens) VALUES (?, ?)');
    const insAmt = this.db.prepare('INSERT INTO amounts(clause, yuan, role) VALUES (?, ?, ?)');
    const insRep = this.db.prepare('INSERT INTO repeals(clause, status, from_day, title) VALUES (?, ?, ?, ?)');
    const ids: number[] = [];
    clauses.forEach((c, k) => {
      const info = ins.run({
        id: c.id,
        source: c.source,
        srcKey: keyOf(c),
        docId: c.docId,
        region: c.region ?? null,
        issuer: c.issuer ?? null,
        docTitle: c.docTitle,
        docDate: c.docDate ?? null,
        status: c.status,
        kind: c.kind,
        topics: `|${c.topics.join('|')}|`,
        hasMoney: c.amounts.length || c.rates.length ? 1 : 0,
        maxYuan: c.amounts.length ? c.amounts.reduce((m, a) => Math.max(m, a.yuan), -Infinity) : null,
        json: JSON.stringify(c),
      });
      const rowid = Number(info.lastInsertRowid);
      ids.push(rowid);
      insFts.run(rowid, tokens[k].join(' '));
      for (const a of c.amounts) insAmt.run(rowid, a.yuan, a.role);
      for (const t of c.validity?.supersedes ?? []) insRep.run(rowid, c.status, c.validity?.from ?? c.docDate ?? '0000-00-00', t);
    });
    return ids;
  }

  /**
   * Titles the indexed documents repeal, with the repealing document's status and first day: kept in
   * their own table at insert, so a query does not scan every clause's JSON for them (2.8 s at 1M).
   */
  repeals(): { status: string | null; from: string; title: string }[] {
    return this.db.prepare('SELECT DISTINCT status, from_day AS "from", title FROM repeals').all() as { status: string | null; from: string; title: string }[];
  }

  setSourceHash(source: string, hash: string, content = ''): void {
    this.db.prepare('INSERT INTO sources(source, hash, content) VALUES (?, ?, ?) ON CONFLICT(source) DO UPDATE SET hash = excluded.hash, content = excluded.content').run(source, hash, content);
  }

  count(): number {
    if (this.total === undefined) {
      const cached = this.readonly ? this.getMeta('count') : undefined;
      this.total = cached ? Number(cached) : (this.db.prepare('SELECT count(*) AS n FROM clauses').get() as { n: number }).n;
    }
    return this.total;
  }

  /** Forget cached counts after writing. */
  invalidate(): void {
    this.total = undefined;
    this.dfCache.clear();
  }

  get(rowids: number[]): Map<number, Clause> {
    const out = new Map<number, Clause>();
    const stmt = this.db.prepare('SELECT json FROM clauses WHERE rowid = ?');
    for (const id of rowids) {
      const r = stmt.get(id) as { json: string } | undefined;
      if (r) out.set(id, JSON.parse(r.json));
    }
    return out;
  }

  /** Clauses by their ids (reports look up the clause behind each answer row). */
  byIds(ids: string[]): Map<string, Clause> {
    const out = new Map<string, Clause>();
    const stmt = this.db.prepare('SELECT json FROM clauses WHERE id = ?');
    for (const id of new Set(ids)) {
      const r = stmt.get(id) as { json: string } | undefined;
      if (r) out.set(id, JSON.parse(r.json));
    }
    return out;
  }

  /** Every clause of one document in text order (a report shows a clause in its document's context). */
  docClauses(docId: string): Clause[] {
    const rows = this.db.prepare('SELECT json FROM clauses WHERE doc_id = ?').all(docId) as { json: string }[];
    return rows.map((r) => JSON.parse(r.json) as Clause).sort((a, b) => a.start - b.start);
  }

  /** SQL condition and parameters for a filter. */
  private where(f: ClauseFilter): { sql: string; params: unknown[] } {
    const parts: string[] = [];
    const params: unknown[] = [];
    if (f.regions?.length) {
      parts.push(`region IN (${f.regions.map(() => '?').join(',')})`);
      params.push(...f.regions);
    }
    if (f.topics?.length) {
      parts.push(`(${f.topics.map(() => 'topics LIKE ?').join(' OR ')})`);
      params.push(...f.topics.map((t) => `%|${t}|%`));
    }
    if (f.kinds?.length) {
      parts.push(`kind IN (${f.kinds.map(() => '?').join(',')})`);
      params.push(...f.kinds);
    }
    if (f.status) {
      parts.push('status = ?');
      params.push(f.status);
    }
    if (f.issuer) {
      parts.push('issuer LIKE ?');
      params.push(`%${f.issuer}%`);
    }
    if (f.source) {
      parts.push('source = ?');
      params.push(f.source);
    }
    if (f.withMoney) parts.push('has_money = 1');
    if (f.dateFrom) {
      parts.push('doc_date >= ?');
      params.push(f.dateFrom);
    }
    if (f.dateTo) {
      parts.push('doc_date <= ?');
      params.push(f.dateTo);
    }
    if (f.amountRole || f.minYuan !== undefined || f.maxYuan !== undefined) {
      const sub: string[] = [];
      if (f.amountRole) {
        sub.push('role = ?');
        params.push(f.amountRole);
      }
      if (f.minYuan !== undefined) {
        sub.push('yuan >= ?');
        params.push(f.minYuan);
      }
      if (f.maxYuan !== undefined) {
        sub.push('yuan <= ?');
        params.push(f.maxYuan);
      }
      parts.push(`rowid IN (SELECT clause FROM amounts WHERE ${sub.join(' AND ')})`);
    }
    return { sql: parts.length ? parts.join(' AND ') : '1', params };
  }

  /** Rowids passing a filter (undefined when the filter is empty: everything passes). */
  filterIds(f: ClauseFilter): Set<number> | undefined {
    const { sql, params } = this.where(f);
    if (sql === '1') return undefined;
    const rows = this.db.prepare(`SELECT rowid FROM clauses WHERE ${sql}`).all(...params) as { rowid: number }[];
    return new Set(rows.map((r) => r.rowid));
  }

  /** Document frequencies looked up so far (a concept-expanded question asks for dozens). */
  private dfCache = new Map<string, number>();

  /** How many clauses hold a token. */
  docFreq(term: string): number {
    let n = this.dfCache.get(term);
    if (n === undefined) {
      n = (this.db.prepare('SELECT doc FROM fts_vocab WHERE term = ?').get(term) as { doc: number } | undefined)?.doc ?? 0;
      if (this.dfCache.size > 100000) this.dfCache.clear();
      this.dfCache.set(term, n);
    }
    return n;
  }

  /**
   * BM25 over jieba tokens (FTS5's bm25, lower is better), best first. Tokens held by more than a
   * tenth of all clauses (补贴, 企业) add little and make FTS5 score most of the table: they are left
   * out, unless nothing else remains; the rest are kept rarest first under a posting budget.
   */
  bm25(tokens: string[], limit: number, allowed?: Set<number> | ((id: number) => boolean), required: string[] = []): { rowid: number; score: number }[] {
    const uniq = [...new Set(tokens.map((t) => t.toLowerCase()))].filter(Boolean);
    if (!uniq.length) return [];
    const n = this.count();
    // A phrase ("智能化 改造") holds in at most as many clauses as its rarest word.
    const dfs = uniq.map((t) => [t, Math.min(...t.split(' ').map((w) => this.docFreq(w)))] as const).filter(([, d]) => d > 0);
    if (!dfs.length) return [];
    let kept = dfs.filter(([, d]) => d <= n * 0.1);
    if (!kept.length) kept = [dfs.reduce((a, b) => (b[1] < a[1] ? b : a))];
    // FTS5 scores every clause a token matches before it sorts: the tokens are taken rarest first until
    // their clauses reach a posting budget (2% of the index, at least 20,000), so a query on a million
    // clauses scores tens of thousands of rows, not hundreds of thousands. An index within the budget
    // keeps every token; the vectors still see the whole question.
    const budget = Math.max(20000, n * 0.02);
    let used = 0;
    kept = [...kept]
      .sort((a, b) => a[1] - b[1])
      .filter(([, d], i) => {
        if (i > 0 && used + d > budget) return false;
        used += d;
        return true;
      });
    const quote = (t: string) => `"${t.replace(/"/g, '""')}"`;
    const terms = kept.map(([t]) => quote(t));
    // Region names are indexed as tokens: AND-ing them lets FTS5 intersect posting lists instead of scoring every match.
    const must = required.length ? ` AND (${required.map(quote).join(' OR ')})` : '';
    const rows = this.db
      .prepare(`SELECT rowid, bm25(fts) AS score FROM fts WHERE fts MATCH ? ORDER BY score LIMIT ?`)
      .all(`(${terms.join(' OR ')})${must}`, allowed ? limit * (must ? 4 : 20) : limit) as { rowid: number; score: number }[];
    const test = allowed instanceof Set ? (id: number) => allowed.has(id) : allowed;
    return (test ? rows.filter((r) => test(r.rowid)) : rows).slice(0, limit);
  }

  /** Document frequencies for the TF-IDF embedder. */
  saveDf(df: Map<string, number>): void {
    this.db.exec('DELETE FROM df');
    const ins = this.db.prepare('INSERT INTO df(term, n) VALUES (?, ?)');
    for (const [t, n] of df) ins.run(t, n);
  }

  /** A document-frequency lookup backed by the store (queries need only their own few features). */
  dfLookup(): (term: string) => number | undefined {
    const stmt = this.db.prepare('SELECT n FROM df WHERE term = ?');
    return (t) => (stmt.get(t) as { n: number } | undefined)?.n;
  }

  /** Regions in the index with their clause counts (cached in meta at each update). */
  regions(): { region: string; n: number }[] {
    const cached = this.getMeta('regions');
    if (cached) return JSON.parse(cached);
    return this.countRegions();
  }

  countRegions(): { region: string; n: number }[] {
    return this.db.prepare('SELECT region, count(*) AS n FROM clauses WHERE region IS NOT NULL GROUP BY region ORDER BY n DESC, region').all() as { region: string; n: number }[];
  }

  /** Total number of clauses (cached in meta at each update). */
  private total?: number;

  /** Which of these rowids pass the filter. */
  passing(ids: number[], f: ClauseFilter): Set<number> {
    if (!ids.length) return new Set();
    const { sql, params } = this.where(f);
    const out = new Set<number>();
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const rows = this.db.prepare(`SELECT rowid FROM clauses WHERE rowid IN (${chunk.map(() => '?').join(',')}) AND ${sql}`).all(...chunk, ...params) as { rowid: number }[];
      for (const r of rows) out.add(r.rowid);
    }
    return out;
  }

  /** Does the filter narrow to a small part of the index (a region, a source, an issuer)? */
  static selective(f: ClauseFilter): boolean {
    return !!(f.regions?.length || f.source || f.issuer || f.dateFrom || f.dateTo || f.minYuan !== undefined || f.maxYuan !== undefined);
  }

  static isEmpty(f: ClauseFilter): boolean {
    return !Object.values(f).some((v) => v !== undefined && !(Array.isArray(v) && !v.length) && v !== false);
  }

  allRowids(f: ClauseFilter = {}): number[] {
    const { sql, params } = this.where(f);
    return (this.db.prepare(`SELECT rowid FROM clauses WHERE ${sql} ORDER BY rowid`).all(...params) as { rowid: number }[]).map((r) => r.rowid);
  }
}
