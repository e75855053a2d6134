import type Database from 'better-sqlite3';
import type { Clause } from '../types.js';

/**
 * The clauses of one update, staged on disk so an index of millions of clauses is written in
 * bounded memory: the input stream goes to a temporary table (SQLite temp store, a file removed when
 * the connection closes), sources are read back one at a time in the order they first appeared, and
 * the rows each update adds keep their text and jieba cut here until they are embedded.
 */
export class Staging {
  /** Sources in first-seen order (one entry per source, not per clause). */
  private readonly order: string[] = [];
  private readonly seen = new Set<string>();
  private count = 0;

  constructor(private readonly db: Database.Database) {
    db.pragma('temp_store = FILE');
    db.exec(`
      CREATE TEMP TABLE IF NOT EXISTS staging (seq INTEGER PRIMARY KEY, src TEXT NOT NULL, json TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS temp.staging_src ON staging(src, seq);
      CREATE TEMP TABLE IF NOT EXISTS fresh (rowid INTEGER PRIMARY KEY, text TEXT NOT NULL, cut TEXT NOT NULL);
      DELETE FROM temp.staging;
      DELETE FROM temp.fresh;
    `);
  }

  /** Stream the input into the staging table; returns the number of clauses read. */
  async load(clauses: Iterable<Clause> | AsyncIterable<Clause>, keyOf: (c: Clause) => string, onProgress?: (n: number) => void): Promise<number> {
    const ins = this.db.prepare('INSERT INTO temp.staging(src, json) VALUES (?, ?)');
    const flush = this.db.transaction((batch: [string, string][]) => {
      for (const [src, json] of batch) ins.run(src, json);
    });
    let batch: [string, string][] = [];
    for await (const c of clauses) {
      const src = keyOf(c);
      if (!this.seen.has(src)) {
        this.seen.add(src);
        this.order.push(src);
      }
      batch.push([src, JSON.stringify(c)]);
      if (batch.length >= 5000) {
        flush(batch);
        this.count += batch.length;
        batch = [];
        onProgress?.(this.count);
      }
    }
    flush(batch);
    this.count += batch.length;
    return this.count;
  }

  get sources(): readonly string[] {
    return this.order;
  }

  /** One source's clauses, in input order. */
  clausesOf(src: string): Clause[] {
    return (this.db.prepare('SELECT json FROM temp.staging WHERE src = ? ORDER BY seq').raw().all(src) as [string][]).map(([j]) => JSON.parse(j));
  }

  /** A row this update inserted, with what embedding it needs. */
  addFresh(rowid: number, text: string, cut: string): void {
    this.db.prepare('INSERT INTO temp.fresh(rowid, text, cut) VALUES (?, ?, ?)').run(rowid, text, cut);
  }

  freshCount(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM temp.fresh').get() as { n: number }).n;
  }

  /** The next inserted rows after a rowid, in rowid order (paged: no statement stays open across an await). */
  freshAfter(rowid: number, limit: number): [number, string, string][] {
    return this.db.prepare('SELECT rowid, text, cut FROM temp.fresh WHERE rowid > ? ORDER BY rowid LIMIT ?').raw().all(rowid, limit) as [number, string, string][];
  }

  /** Every step-th inserted row's cut (the word-vector sample: spread over the whole update). */
  sampleCuts(step: number): string[][] {
    const out: string[][] = [];
    let i = 0;
    for (const [cut] of this.db.prepare('SELECT cut FROM temp.fresh ORDER BY rowid').raw().iterate() as IterableIterator<[string]>) {
      if (i++ % step === 0) out.push(cut ? cut.split(' ') : []);
    }
    return out;
  }

  close(): void {
    this.db.exec('DROP TABLE IF EXISTS temp.staging; DROP TABLE IF EXISTS temp.fresh;');
  }
}
