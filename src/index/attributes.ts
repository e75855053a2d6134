import type { ClauseStore, ClauseFilter } from './store.js';

const KINDS = ['subsidy', 'target', 'task', 'requirement', 'other'];

/** bit 0: exists, bit 1: money, bit 2: draft, bits 3-5: kind. */
function flagsOf(money: number, status: string, kind: string): number {
  return 1 | (money ? 2 : 0) | (status === 'draft' ? 4 : 0) | (Math.max(0, KINDS.indexOf(kind)) << 3);
}

function hasTable(store: ClauseStore): boolean {
  return !!store.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'attrs'").get();
}

interface Stored {
  regions: string[];
  region: Uint16Array;
  flags: Uint8Array;
}

function read(store: ClauseStore): Stored | undefined {
  if (!hasTable(store)) return undefined;
  const row = store.db.prepare('SELECT names, region, flags FROM attrs WHERE id = 1').get() as { names: string; region: Buffer; flags: Buffer } | undefined;
  if (!row) return undefined;
  // Copied into fresh arrays: a Buffer's offset need not be aligned for 16-bit values.
  const region = new Uint16Array(row.region.length / 2);
  new Uint8Array(region.buffer).set(row.region);
  return { regions: JSON.parse(row.names), region, flags: new Uint8Array(row.flags) };
}

/**
 * Keep the filter attributes of every clause (region code and flags, indexed by rowid) as one blob
 * row, updated in the writer's transaction: removed rowids cleared, rows from `firstNew` on added. A
 * reader loads a million clauses' attributes in a few milliseconds instead of scanning the table.
 */
export function saveAttributes(store: ClauseStore, removed: number[], firstNew: number): void {
  const max = (store.db.prepare('SELECT max(rowid) AS m FROM clauses').get() as { m: number | null }).m ?? 0;
  const old = read(store);
  // An index from before the blob existed: take every row.
  const from = old ? firstNew : 1;
  const names = old?.regions ?? [];
  const code = new Map(names.map((n, i) => [n, i + 1]));
  const region = new Uint16Array(max + 1);
  const flags = new Uint8Array(max + 1);
  if (old) {
    region.set(old.region.subarray(0, Math.min(old.region.length, max + 1)));
    flags.set(old.flags.subarray(0, Math.min(old.flags.length, max + 1)));
  }
  for (const id of removed) {
    if (id <= max) {
      region[id] = 0;
      flags[id] = 0;
    }
  }
  const rows = store.db.prepare('SELECT rowid, region, kind, status, has_money FROM clauses WHERE rowid >= ?').raw().iterate(from) as IterableIterator<[number, string | null, string, string, number]>;
  fill(rows, region, flags, names, code);
  store.db.exec('CREATE TABLE IF NOT EXISTS attrs (id INTEGER PRIMARY KEY, names TEXT NOT NULL, region BLOB NOT NULL, flags BLOB NOT NULL)');
  store.db
    .prepare('INSERT INTO attrs(id, names, region, flags) VALUES (1, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET names = excluded.names, region = excluded.region, flags = excluded.flags')
    .run(JSON.stringify(names), Buffer.from(region.buffer, region.byteOffset, region.byteLength), Buffer.from(flags.buffer, flags.byteOffset, flags.byteLength));
}

/** Region codes and flags of clause rows into the arrays, naming each new region once. */
function fill(rows: IterableIterator<[number, string | null, string, string, number]>, region: Uint16Array, flags: Uint8Array, names: string[], code: Map<string, number>): void {
  for (const [rowid, r, kind, status, money] of rows) {
    if (r) {
      let c = code.get(r);
      if (c === undefined) {
        names.push(r);
        code.set(r, (c = names.length));
      }
      region[rowid] = c;
    }
    flags[rowid] = flagsOf(money, status, kind);
  }
}

/**
 * Per-clause attributes held in memory for fast filtering: region, kind, status, has money.
 * Filtering a million clauses by these is an array lookup, not an SQL scan.
 */
export class Attributes {
  readonly regionCode = new Map<string, number>();
  /** Clause rowids of each region code, listed when first asked for. */
  private readonly byRegion = new Map<number, number[]>();

  private constructor(
    readonly region: Uint16Array,
    readonly flags: Uint8Array,
    names: string[],
  ) {
    names.forEach((n, i) => this.regionCode.set(n, i + 1));
  }

  /** From the committed blob; an index written before it existed is scanned once. */
  static load(store: ClauseStore): Attributes {
    const s = read(store);
    if (s) return new Attributes(s.region, s.flags, s.regions);
    const max = (store.db.prepare('SELECT max(rowid) AS m FROM clauses').get() as { m: number | null }).m ?? 0;
    const region = new Uint16Array(max + 1);
    const flags = new Uint8Array(max + 1);
    const names: string[] = [];
    const code = new Map<string, number>();
    const rows = store.db.prepare('SELECT rowid, region, kind, status, has_money FROM clauses').raw().iterate() as IterableIterator<[number, string | null, string, string, number]>;
    fill(rows, region, flags, names, code);
    return new Attributes(region, flags, names);
  }

  private rowsOf(code: number): number[] {
    let list = this.byRegion.get(code);
    if (!list) {
      list = [];
      const r = this.region;
      for (let i = 0; i < r.length; i++) if (r[i] === code) list.push(i);
      this.byRegion.set(code, list);
    }
    return list;
  }

  /** With a region filter: the rowids that pass the in-memory part, few enough to score one by one. */
  few(f: ClauseFilter, test: (id: number) => boolean, limit: number): number[] | undefined {
    if (!f.regions?.length) return undefined;
    const ids: number[] = [];
    for (const r of f.regions) {
      const code = this.regionCode.get(r);
      if (code === undefined) continue;
      for (const id of this.rowsOf(code)) {
        if (!test(id)) continue;
        ids.push(id);
        if (ids.length > limit) return undefined;
      }
    }
    return ids;
  }

  /** A predicate for the parts of a filter held in memory, and whether SQL must check the rest. */
  predicate(f: ClauseFilter, isEmpty: (f: ClauseFilter) => boolean): { test: (rowid: number) => boolean; rest: ClauseFilter | undefined } {
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
    return { test, rest: isEmpty(rest) ? undefined : rest };
  }
}
