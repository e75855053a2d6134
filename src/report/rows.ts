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
  /** The clause text, and where the row's value sits in it (offsets into the clause text). */
  sentence: string;
  span?: { start: number; end: number; raw: string };
  /** Offsets of the clause in its document's clean text. */
  clauseStart: number;
  context: { heading: string; before: string[]; after: string[] };
  /** compare: the measure this row was paired with (e.g. "对 3 · 相似度 0.41"). */
  pair?: string;
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

/** The amount or rate of the clause a row shows: same value (and range/per), first one not already taken. */
function spanOf(row: AnswerRow, c: Clause, used: Set<object>): ReportRow['span'] {
  const v =
    row.yuan !== undefined
      ? c.amounts.find((a) => !used.has(a) && a.yuan === row.yuan && a.yuanMax === row.yuanMax && a.per === row.per) ?? c.amounts.find((a) => !used.has(a) && a.yuan === row.yuan)
      : row.rate !== undefined
        ? c.rates.find((r) => !used.has(r) && r.value === row.rate)
        : undefined;
  if (!v) return undefined;
  used.add(v);
  return { start: v.start, end: v.end, raw: c.text.slice(v.start, v.end) };
}

export function toReportRows(rows: AnswerRow[], source: ClauseSource, validity?: (c: Clause) => string | undefined): ReportRow[] {
  const clauses = source.byIds(rows.map((r) => r.clauseId));
  const used = new Map<string, Set<object>>();
  const contexts = new Map<string, ReportRow['context']>();
  return rows.map((r) => {
    const c = clauses.get(r.clauseId);
    if (!c) throw new Error(`clause ${r.clauseId} of the answer is not in the index`);
    if (!used.has(c.id)) used.set(c.id, new Set());
    if (!contexts.has(c.id)) contexts.set(c.id, contextOf(c, source));
    const caps = c.amounts.filter((a) => a.role === 'cap');
    const capYuan = r.rate !== undefined ? (caps.length ? Math.max(...caps.map((a) => a.yuan)) : undefined) : r.role.startsWith('最高') ? r.yuan : undefined;
    return {
      region: r.region,
      status: r.status,
      validity: validity?.(c),
      measure: r.measure,
      value: r.value,
      role: r.role,
      cap: r.rate !== undefined ? caps.map((a) => formatYuan(a.yuan)).join('、') : capYuan !== undefined ? formatYuan(capYuan) : '',
      capYuan,
      thresholds: r.thresholds.join('；'),
      units: r.units.join('、'),
      deadline: r.deadline,
      yuan: r.yuan,
      yuanMax: r.yuanMax,
      rate: r.rate,
      document: c.docTitle,
      docNumber: c.docNumber,
      docDate: c.docDate,
      issuer: c.issuer,
      source: c.source,
      clauseId: c.id,
      sentence: c.text,
      span: spanOf(r, c, used.get(c.id)!),
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
    const tag = `对 ${i + 1} · 相似度 ${p.similarity.toFixed(2)}`;
    measures.push({ m: p.a, pair: tag }, { m: p.b, pair: tag });
  });
  for (const m of [...cmp.onlyA, ...cmp.onlyB]) measures.push({ m });
  const clauses = source.byIds(measures.map((x) => x.m.clauseId));
  const out: ReportRow[] = [];
  for (const { m, pair } of measures) {
    const c = clauses.get(m.clauseId);
    if (!c) continue;
    const rows = clauseRows(c, 0).filter((r) => r.value !== '—');
    for (const r of toReportRows(rows, { byIds: () => new Map([[c.id, c]]), docClauses: (d) => source.docClauses(d) }, validity)) out.push({ ...r, pair });
  }
  // Grouped by region, in the order the comparison names them.
  const order = (r: ReportRow) => (r.region === cmp.regions[0] ? 0 : r.region === cmp.regions[1] ? 1 : 2);
  return out.map((r, i) => ({ r, i })).sort((x, y) => order(x.r) - order(y.r) || x.i - y.i).map((x) => x.r);
}

/** Extracted clauses as rows (one per amount or rate; clauses without either give one row). */
export function clauseReportRows(clauses: Clause[], validity?: (c: Clause) => string | undefined): ReportRow[] {
  const source = memorySource(clauses);
  return toReportRows(clauses.flatMap((c) => clauseRows(c, 0)), source, validity);
}
