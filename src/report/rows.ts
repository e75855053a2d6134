import { clauseRows, type Answer, type AnswerRow } from '../query/answer.js';
import type { Comparison, ComparedMeasure } from '../query/compare.js';
import { formatYuan } from '../run/output.js';
import type { Clause } from '../types.js';

/** Where reports find the clause behind a row and its neighbours (a ClauseStore, or clauses in memory). */
export interface ClauseSource {
  byIds(ids: string[]): Map<string, Clause>;
  docClauses(docId: string): Clause[];
}

export function memorySource(clauses: Clause[]): ClauseSource {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const byDoc = new Map<string, Clause[]>();
  for (const c of clauses) byDoc.set(c.docId, [...(byDoc.get(c.docId) ?? []), c]);
  for (const list of byDoc.values()) list.sort((a, b) => a.start - b.start);
  return {
    byIds: (ids) => new Map(ids.filter((i) => byId.has(i)).map((i) => [i, byId.get(i)!])),
    docClauses: (docId) => byDoc.get(docId) ?? [],
  };
}

/** One row of a report or workbook: an answer row plus what a reader needs to check it. */
export interface ReportRow {
  region: string;
  status: 'draft' | 'final';
  /** 现行 / 已失效 / 已废止 / 尚未施行 / 征求意见稿, when validity is known. */
  validity?: string;
  measure: string;
  value: string;
  role: string;
  /** The clause's ceiling: for a rate, the cap amounts beside it; for a capped amount, itself. */
  cap: string;
  capYuan?: number;
  thresholds: string;
  units: string;
  deadline: string;
  yuan?: number;
  yuanMax?: number;
  rate?: number;
  document: string;
  docNumber?: string;
  docDate?: string;
  issuer?: string;
  source: string;
  clauseId: string;
  /** The clause text, and where the measure's values sit in it (offsets into the clause text). */
  sentence: string;
  spans: Span[];
  /** The largest fixed or capped amount of the measure (its tiers included): what the chart draws. */
  topYuan?: number;
  /** Offsets of the clause in its document's clean text. */
  clauseStart: number;
  context: { heading: string; before: string[]; after: string[] };
  /** compare: the pair this row belongs to (e.g. "对 3 · 同一措施 · 相似度 0.41"). */
  pair?: string;
}

/** A value's place in the clause text; `raw` is that slice. */
export interface Span {
  start: number;
  end: number;
  raw: string;
}

const CONTEXT = 2;

function contextOf(c: Clause, source: ClauseSource): ReportRow['context'] {
  const doc = source.docClauses(c.docId);
  const i = doc.findIndex((d) => d.id === c.id);
  return {
    heading: c.section.join(' › '),
    before: i < 0 ? [] : doc.slice(Math.max(0, i - CONTEXT), i).map((d) => d.text),
    after: i < 0 ? [] : doc.slice(i + 1, i + 1 + CONTEXT).map((d) => d.text),
  };
}

/**
 * Where a measure's values sit in its clause: every amount and rate of the row that is a value of this
 * clause (a row joined from several sentences, src/query/answer.ts mergeSplitMeasures, also holds values
 * of the next sentence; those are shown in the context, not marked here).
 */
function spansOf(row: AnswerRow, c: Clause): Span[] {
  const own = [...c.amounts, ...c.rates];
  return [...row.amounts, ...row.rates]
    .filter((v) => own.some((o) => o.start === v.start && o.end === v.end) && c.text.slice(v.start, v.end) === v.raw)
    .map((v) => ({ start: v.start, end: v.end, raw: v.raw }))
    .sort((a, b) => a.start - b.start);
}

/** The measure's ceiling: its cap amounts (the cap beside a rate, or a capped amount itself). */
function capsOf(row: AnswerRow): number[] {
  return row.amounts.filter((a) => a.role === 'cap').map((a) => a.yuanMax ?? a.yuan);
}

export function toReportRows(rows: AnswerRow[], source: ClauseSource, validity?: (c: Clause) => string | undefined): ReportRow[] {
  const clauses = source.byIds(rows.map((r) => r.clauseId));
  const contexts = new Map<string, ReportRow['context']>();
  return rows.map((r) => {
    const c = clauses.get(r.clauseId);
    if (!c) throw new Error(`clause ${r.clauseId} of the answer is not in the index`);
    if (!contexts.has(c.id)) contexts.set(c.id, contextOf(c, source));
    const caps = capsOf(r);
    const given = r.amounts.filter((a) => a.role === 'cap' || a.role === 'fixed').map((a) => a.yuanMax ?? a.yuan);
    return {
      region: r.region,
      status: r.status,
      validity: validity?.(c),
      measure: r.measure,
      value: r.value,
      role: r.role,
      cap: caps.map(formatYuan).join('、'),
      capYuan: caps.length ? Math.max(...caps) : undefined,
      thresholds: r.thresholds.join('；'),
      units: r.units.join('、'),
      deadline: r.deadline,
      yuan: r.yuan,
      yuanMax: r.yuanMax,
      rate: r.rate,
      topYuan: given.length ? Math.max(...given) : undefined,
      document: c.docTitle,
      docNumber: c.docNumber,
      docDate: c.docDate,
      issuer: c.issuer,
      source: c.source,
      clauseId: c.id,
      sentence: c.text,
      spans: spansOf(r, c),
      clauseStart: c.start,
      context: contexts.get(c.id)!,
    };
  });
}

export function answerRows(a: Answer, source: ClauseSource, validity?: (c: Clause) => string | undefined): ReportRow[] {
  return toReportRows(
    a.regions.flatMap((g) => g.rows),
    source,
    validity,
  );
}

/** Rows of both regions of a comparison, each measure's rows marked with the pair it belongs to. */
export function comparisonRows(cmp: Comparison, source: ClauseSource, validity?: (c: Clause) => string | undefined): ReportRow[] {
  const measures: { m: ComparedMeasure; pair?: string }[] = [];
  cmp.pairs.forEach((p, i) => {
    const tag = `对 ${i + 1} · ${p.label ?? '相似措施'} · 相似度 ${p.similarity.toFixed(2)}`;
    measures.push({ m: p.a, pair: tag }, { m: p.b, pair: tag });
  });
  for (const m of [...cmp.onlyA, ...cmp.onlyB]) measures.push({ m });
  const clauses = source.byIds(measures.map((x) => x.m.clauseId));
  const out: ReportRow[] = [];
  for (const { m, pair } of measures) {
    const c = clauses.get(m.clauseId);
    if (!c) continue;
    // Each measure of the clause with a value; a clause without any (compare --all) keeps its first row.
    const all = clauseRows(c, 0);
    const valued = all.filter((r) => r.value !== '—');
    const rows = valued.length ? valued : all.slice(0, 1);
    for (const r of toReportRows(rows, { byIds: () => new Map([[c.id, c]]), docClauses: (d) => source.docClauses(d) }, validity)) out.push({ ...r, pair });
  }
  // Grouped by region, in the order the comparison names them.
  const order = (r: ReportRow) => (r.region === cmp.regions[0] ? 0 : r.region === cmp.regions[1] ? 1 : 2);
  return out.map((r, i) => ({ r, i })).sort((x, y) => order(x.r) - order(y.r) || x.i - y.i).map((x) => x.r);
}

/** Extracted clauses as rows (one per measure, src/query/measures.ts). */
export function clauseReportRows(clauses: Clause[], validity?: (c: Clause) => string | undefined): ReportRow[] {
  const source = memorySource(clauses);
  return toReportRows(clauses.flatMap((c) => clauseRows(c, 0)), source, validity);
}
