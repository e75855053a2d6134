import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** norm() of ANNOTATION.md: every whitespace character removed, nothing else changed. */
export function norm(s: string): string {
  return s.replace(/[\s\u3000\u00a0\ufeff]+/g, '');
}

export interface GoldAmount {
  yuan: number;
  role: 'cap' | 'fixed' | 'total' | 'target';
  object?: string;
}
export interface GoldRate {
  value: number;
  role: 'cap' | 'fixed' | 'min' | 'target';
  base?: string;
}
export interface GoldThreshold {
  metric?: string;
  min?: number;
  max?: number;
  unit?: string;
}
export interface GoldDeadline {
  raw: string;
  date?: string;
  from?: string;
  kind?: 'ongoing' | 'relative' | 'effective';
}
export interface GoldClause {
  quote: string;
  amounts: GoldAmount[];
  rates: GoldRate[];
  thresholds: GoldThreshold[];
  units: string[];
  lead: string[];
  deadlines: GoldDeadline[];
  /** Position of the quote in norm(source). */
  pos: number;
  line: number;
}
export interface GoldDoc {
  file: string;
  doc: string;
  region?: string;
  issuer?: string;
  /** The document's own date (YYYY-MM-DD, YYYY-MM or YYYY), when the text gives one. */
  date?: string;
  /** [start, end) ranges in norm(source). */
  scopes: [number, number][];
  clauses: GoldClause[];
  /** norm() of the source text. */
  normSource: string;
  sourcePath: string;
}

export class GoldError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${basename(file)}:${line}: ${reason}`);
    this.name = 'GoldError';
  }
}

const AMOUNT_ROLES = new Set(['cap', 'fixed', 'total', 'target']);
const RATE_ROLES = new Set(['cap', 'fixed', 'min', 'target']);
const DEADLINE_KINDS = new Set(['ongoing', 'relative', 'effective']);

/** Where a gold file's document may live: --docs, beside the gold, or the project's corpus/. */
export function resolveDoc(doc: string, goldDir: string, docsDir?: string): string | undefined {
  const dirs = [docsDir, goldDir, join(goldDir, 'docs'), join(goldDir, '..', 'corpus'), join(goldDir, '..', '..', 'corpus')].filter(Boolean) as string[];
  for (const d of dirs) {
    const p = join(d, doc);
    if (existsSync(p)) return p;
  }
  return undefined;
}

function list<T>(v: unknown, file: string, line: number, field: string): T[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new GoldError(file, line, `"${field}" must be a list`);
  return v as T[];
}

/**
 * Parse and check one gold file. readSource gives the text of the labelled document
 * (for a PDF/DOCX/HTML document: the text its reader extracts).
 */
export function parseGold(file: string, content: string, readSource: (doc: string) => string): GoldDoc {
  const lines = content.split(/\r?\n/);
  let header: GoldDoc | undefined;
  lines.forEach((raw, k) => {
    const line = k + 1;
    if (!raw.trim()) return;
    let obj: Record<string, unknown>;
    try {
      obj = JSON.parse(raw);
    } catch (e) {
      throw new GoldError(file, line, `bad JSON (${(e as Error).message})`);
    }
    if (!header) {
      if (typeof obj.doc !== 'string') throw new GoldError(file, line, 'the first line must be a header with "doc"');
      let source: string;
      try {
        source = readSource(obj.doc);
      } catch (e) {
        throw new GoldError(file, line, `document ${obj.doc} not readable (${(e as Error).message})`);
      }
      const normSource = norm(source);
      const scopes = list<{ from: string; to: string }>(obj.scope, file, line, 'scope').map((s, i) => {
        const a = normSource.indexOf(norm(s.from ?? ''));
        if (!s.from || a < 0) throw new GoldError(file, line, `scope ${i + 1}: "from" not found in ${obj.doc}`);
        const b = normSource.indexOf(norm(s.to ?? ''), a);
        if (!s.to || b < 0) throw new GoldError(file, line, `scope ${i + 1}: "to" not found after "from" in ${obj.doc}`);
        return [a, b + norm(s.to).length] as [number, number];
      });
      if (!scopes.length) scopes.push([0, normSource.length]);
      header = { file, doc: obj.doc, region: obj.region as string, issuer: obj.issuer as string, date: typeof obj.date === 'string' ? obj.date : undefined, scopes, clauses: [], normSource, sourcePath: obj.doc };
      return;
    }
    if (typeof obj.quote !== 'string' || !obj.quote) throw new GoldError(file, line, 'clause without "quote"');
    const q = norm(obj.quote);
    // A sentence a notice repeats word for word (each project's 建设内容:…) is labelled where it stands: the quote's first
    // occurrence after the clause labelled before it (for the first clause, after the scope's start: a page's digest above the
    // body that repeats its first sentences, 阜新), else its first occurrence.
    const after = header.clauses.length ? header.clauses[header.clauses.length - 1].pos + 1 : header.scopes[0][0];
    const next = header.normSource.indexOf(q, after);
    const pos = next >= 0 ? next : header.normSource.indexOf(q);
    if (pos < 0) throw new GoldError(file, line, `quote not found in ${header.doc}: "${obj.quote.slice(0, 30)}"`);
    const amounts = list<GoldAmount>(obj.amounts, file, line, 'amounts');
    for (const a of amounts) {
      if (typeof a.yuan !== 'number') throw new GoldError(file, line, 'amount without numeric "yuan"');
      if (!AMOUNT_ROLES.has(a.role)) throw new GoldError(file, line, `unknown amount role "${a.role}"`);
    }
    const rates = list<GoldRate>(obj.rates, file, line, 'rates');
    for (const r of rates) {
      if (typeof r.value !== 'number') throw new GoldError(file, line, 'rate without numeric "value"');
      if (!RATE_ROLES.has(r.role)) throw new GoldError(file, line, `unknown rate role "${r.role}"`);
    }
    const deadlines = list<GoldDeadline>(obj.deadlines, file, line, 'deadlines');
    for (const d of deadlines) {
      if (typeof d.raw !== 'string') throw new GoldError(file, line, 'deadline without "raw"');
      if (d.kind !== undefined && !DEADLINE_KINDS.has(d.kind)) throw new GoldError(file, line, `unknown deadline kind "${d.kind}"`);
      if (d.date !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(d.date)) throw new GoldError(file, line, `bad deadline date "${d.date}"`);
    }
    header.clauses.push({
      quote: q,
      amounts,
      rates,
      thresholds: list<GoldThreshold>(obj.thresholds, file, line, 'thresholds'),
      units: list<string>(obj.units, file, line, 'units').map(norm),
      lead: list<string>(obj.lead, file, line, 'lead').map(norm),
      deadlines,
      pos,
      line,
    });
  });
  if (!header) throw new GoldError(file, 1, 'empty gold file');
  header.clauses.sort((a, b) => a.pos - b.pos);
  return header;
}

/**
 * Read a JSONL file line by line: blank lines skipped, bad JSON or a record `check` refuses (it
 * returns the reason) stop with "file:line: reason".
 */
export function readJsonLines<T>(file: string, check: (obj: T) => string | undefined = () => undefined): T[] {
  const out: T[] = [];
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((line, k) => {
      if (!line.trim()) return;
      let obj: T;
      try {
        obj = JSON.parse(line);
      } catch (e) {
        throw new GoldError(file, k + 1, `bad JSON (${(e as Error).message})`);
      }
      const problem = check(obj);
      if (problem) throw new GoldError(file, k + 1, problem);
      out.push(obj);
    });
  return out;
}

export function goldFiles(dir: string): string[] {
  if (!existsSync(dir)) throw new GoldError(dir, 0, 'gold folder not found');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(dir, f));
}

export function readGoldFile(file: string, readSource: (doc: string) => string): GoldDoc {
  return parseGold(file, readFileSync(file, 'utf8'), readSource);
}
