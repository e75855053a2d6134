import { fold } from '../ingest/clean.js';
import { norm, type GoldClause, type GoldDoc } from './gold.js';

/** What the scorer needs of a predicted clause (any extractor's JSONL with these field names works). */
export interface PredClause {
  source: string;
  text: string;
  origStart?: number;
  amounts?: { yuan: number; role?: string; object?: string }[];
  rates?: { value: number; role?: string }[];
  thresholds?: { min?: number; max?: number; unit?: string }[];
  units?: string[];
  deadlines?: { raw: string; date?: string }[];
}

export const FIELDS = ['amounts', 'rates', 'thresholds', 'units', 'deadlines'] as const;
export type Field = (typeof FIELDS)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface FieldScore extends Counts {
  p: number;
  r: number;
  f1: number;
}

export interface ErrorItem {
  doc: string;
  field: Field;
  /** ROLE: an amount matched by value whose role differs (listed with --errors; not counted in P/R). */
  type: 'FP' | 'FN' | 'ROLE';
  value: string;
  clause: string;
}

export interface DocScore {
  doc: string;
  fields: Record<Field, FieldScore>;
  strict: Record<Exclude<Field, 'units'>, FieldScore>;
  roleAccuracy: { matched: number; same: number; accuracy: number };
  objectPairs: { labelled: number; right: number };
  /** Document metadata read by ingest against the gold header: region, issuer, date. */
  meta?: Partial<Record<MetaField, { gold: string; pred?: string; ok: boolean; notInText?: boolean }>>;
  /**
   * Clauses holding a value, filed under the gold region: a clause's region is its document part's, so an attachment that
   * reads no place files its measures under none even where the file's first part names it.
   */
  clauseRegions?: { right: number; total: number };
}

export const META_FIELDS = ['region', 'issuer', 'date'] as const;
export type MetaField = (typeof META_FIELDS)[number];

export interface EvalReport {
  micro: Omit<DocScore, 'doc' | 'meta' | 'clauseRegions'> & { metaCounts: Record<MetaField, { right: number; total: number; notInText?: number }>; clauseRegions: { right: number; total: number } };
  docs: DocScore[];
  errors: ErrorItem[];
}

export function score(c: Counts): FieldScore {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : c.fn ? 0 : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : c.fp ? 0 : 1;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return { ...c, p, r, f1 };
}

const num = (n: number | undefined) => (n === undefined ? '' : String(Math.round(n * 1e6) / 1e6));

/** A money range is two amounts (ANNOTATION.md): the lower bound with its role, the upper bound a cap. */
function expandRange(v: any): any[] {
  return typeof v?.yuanMax === 'number' ? [v, { ...v, yuan: v.yuanMax, yuanMax: undefined, role: 'cap' }] : [v];
}

function keyOf(field: Exclude<Field, 'units'>, v: any): string {
  switch (field) {
    case 'amounts':
      return num(v.yuan);
    case 'rates':
      return num(v.value);
    case 'thresholds':
      // The unit counts: 1000万美元 is not 1000万元, 300吨 not 300人 (a threshold without one is in 元).
      return `${num(v.min)}..${num(v.max)} ${unitKey(v.unit)}`;
    case 'deadlines':
      return v.date ? `d:${v.date}` : `r:${norm(v.raw ?? '')}`;
  }
}

function unitKey(u: string | undefined): string {
  return u ? fold(u).replace(/\s+/g, '') : '元';
}

/** Gold deadlines match on date when they have one, else on raw; a prediction offers both keys. */
function predKeys(field: Exclude<Field, 'units'>, v: any): string[] {
  if (field !== 'deadlines') return [keyOf(field, v)];
  const keys = [`r:${norm(v.raw ?? '')}`];
  if (v.date) keys.unshift(`d:${v.date}`);
  return keys;
}

interface Placed {
  pred: PredClause;
  start: number;
  end: number;
  normText: string;
}

/** Place predicted clauses in norm(source): by their text, nearest to their original offset when given. */
export function place(preds: PredClause[], gold: GoldDoc, sourceText?: string): Placed[] {
  const out: Placed[] = [];
  let normPrefix: Int32Array | undefined;
  if (sourceText) {
    normPrefix = new Int32Array(sourceText.length + 1);
    let n = 0;
    for (let i = 0; i < sourceText.length; i++) {
      normPrefix[i] = n;
      if (!/[\s\u3000\u00a0\ufeff]/.test(sourceText[i])) n++;
    }
    normPrefix[sourceText.length] = n;
  }
  for (const pred of preds) {
    const t = norm(pred.text);
    if (!t) continue;
    const hint = normPrefix && pred.origStart !== undefined ? normPrefix[Math.min(pred.origStart, normPrefix.length - 1)] : undefined;
    let best = -1;
    let i = gold.normSource.indexOf(t);
    while (i >= 0) {
      if (best < 0 || (hint !== undefined && Math.abs(i - hint) < Math.abs(best - hint))) best = i;
      if (hint === undefined) break;
      i = gold.normSource.indexOf(t, i + 1);
    }
    if (best < 0 && hint !== undefined) best = hint; // cleaning removed page furniture inside the clause
    if (best < 0) continue;
    out.push({ pred, start: best, end: best + t.length, normText: t });
  }
  return out;
}

function inScope(p: Placed, scopes: [number, number][]): boolean {
  const len = Math.max(1, p.end - p.start);
  return scopes.some(([a, b]) => p.start >= a && p.start < b && Math.min(p.end, b) - p.start >= len / 2);
}

/** Multiset matching by key; for amounts, pairs with the same role are taken first. */
function matchValues(field: Exclude<Field, 'units'>, gold: any[], pred: any[]) {
  const usedP = new Set<number>();
  const matchedG = new Set<number>();
  const pairs: [number, number][] = [];
  const passes = field === 'amounts' ? [true, false] : [false];
  for (const sameRole of passes) {
    gold.forEach((g, gi) => {
      if (matchedG.has(gi)) return;
      const k = keyOf(field, g);
      const pi = pred.findIndex((p, j) => !usedP.has(j) && predKeys(field, p).includes(k) && (!sameRole || p.role === g.role));
      if (pi >= 0) {
        usedP.add(pi);
        matchedG.add(gi);
        pairs.push([gi, pi]);
      }
    });
  }
  return { pairs, usedP, matchedG };
}

const fmt = (field: Field, v: any) =>
  field === 'amounts' ? `${v.yuan} (${v.role ?? ''})` : field === 'rates' ? `${v.value} (${v.role ?? ''})` : field === 'thresholds' ? `${v.min ?? ''}..${v.max ?? ''}${v.unit && unitKey(v.unit) !== '元' ? ` ${v.unit}` : ''}` : field === 'deadlines' ? `${v.raw}${v.date ? ` → ${v.date}` : ''}` : String(v);

/** Score one labelled document against the predicted clauses of its source file. */
export function scoreDoc(gold: GoldDoc, preds: PredClause[], sourceText?: string): { score: DocScore; errors: ErrorItem[]; marks: ReviewMarks } {
  const placed = place(preds, gold, sourceText).filter((p) => inScope(p, gold.scopes));
  const errors: ErrorItem[] = [];
  const marks: ReviewMarks = { fp: new Set(), fpUnits: new Set(), inScope: new Set(placed.map((p) => p.pred)) };
  const fields = {} as Record<Field, FieldScore>;
  const strict = {} as DocScore['strict'];
  let roleMatched = 0;
  let roleSame = 0;
  const goldClauseAt = (pos: number): GoldClause | undefined => {
    let best: GoldClause | undefined;
    for (const g of gold.clauses) if (g.pos <= pos) best = g;
    return best;
  };
  for (const field of ['amounts', 'rates', 'thresholds', 'deadlines'] as const) {
    const g: { v: any; clause: GoldClause }[] = gold.clauses.flatMap((c) => (c[field] as any[]).map((v) => ({ v, clause: c })));
    const p: { v: any; at: Placed }[] = placed.flatMap((at) => ((at.pred[field] ?? []) as any[]).flatMap(expandRange).map((v) => ({ v, at })));
    const { pairs, usedP, matchedG } = matchValues(field, g.map((x) => x.v), p.map((x) => x.v));
    fields[field] = score({ tp: pairs.length, fp: p.length - pairs.length, fn: g.length - pairs.length });
    if (field === 'amounts') {
      roleMatched += pairs.length;
      roleSame += pairs.filter(([gi, pi]) => g[gi].v.role === p[pi].v.role).length;
      for (const [gi, pi] of pairs) if (g[gi].v.role !== p[pi].v.role) errors.push({ doc: gold.doc, field, type: 'ROLE', value: `${g[gi].v.yuan} (${p[pi].v.role ?? ''} ≠ ${g[gi].v.role})`, clause: g[gi].clause.quote });
    }
    g.forEach((x, i) => !matchedG.has(i) && errors.push({ doc: gold.doc, field, type: 'FN', value: fmt(field, x.v), clause: x.clause.quote }));
    p.forEach((x, i) => !usedP.has(i) && marks.fp.add(x.v));
    p.forEach((x, i) => !usedP.has(i) && errors.push({ doc: gold.doc, field, type: 'FP', value: fmt(field, x.v), clause: x.at.normText.slice(0, 80) + (goldClauseAt(x.at.start) ? '' : '') }));
    // Strict: the value must sit on a predicted clause whose text contains the labelled quote.
    const used = new Set<number>();
    let tp = 0;
    for (const c of gold.clauses) {
      for (const gv of c[field] as any[]) {
        const k = keyOf(field, gv);
        const pi = p.findIndex((x, j) => !used.has(j) && x.at.normText.includes(c.quote) && predKeys(field, x.v).includes(k));
        if (pi >= 0) {
          used.add(pi);
          tp++;
        }
      }
    }
    strict[field] = score({ tp, fp: p.length - tp, fn: g.length - tp });
  }
  // Units: the labelled clauses cut the scope into segments; predicted units of overlapping clauses are unioned.
  const u: Counts = { tp: 0, fp: 0, fn: 0 };
  gold.clauses.forEach((c, i) => {
    const scope = gold.scopes.find(([a, b]) => c.pos >= a && c.pos < b);
    const segEnd = Math.min(i + 1 < gold.clauses.length ? gold.clauses[i + 1].pos : Infinity, scope ? scope[1] : Infinity);
    const predUnits = new Set<string>();
    for (const p of placed) if (p.start < segEnd && p.end > c.pos) for (const x of p.pred.units ?? []) predUnits.add(norm(x));
    const goldUnits = new Set(c.units);
    for (const x of predUnits) {
      if (goldUnits.has(x)) u.tp++;
      else {
        u.fp++;
        marks.fpUnits.add(x);
        errors.push({ doc: gold.doc, field: 'units', type: 'FP', value: x, clause: c.quote });
      }
    }
    for (const x of goldUnits) {
      if (!predUnits.has(x)) {
        u.fn++;
        errors.push({ doc: gold.doc, field: 'units', type: 'FN', value: x, clause: c.quote });
      }
    }
  });
  fields.units = score(u);
  // 分别 pairing: every labelled object must be found on a predicted amount of the same value.
  let labelled = 0;
  let right = 0;
  for (const c of gold.clauses) {
    const withObj = c.amounts.filter((a) => a.object);
    if (withObj.length < 2) continue;
    const onClause = placed.filter((p) => p.normText.includes(c.quote));
    if (!onClause.some((p) => p.normText.includes('分别'))) continue; // pairing is judged on 分别 lists
    const predAmounts = onClause.flatMap((p) => p.pred.amounts ?? []);
    for (const a of withObj) {
      labelled++;
      const key = keyObject(a.object!);
      if (predAmounts.some((pa) => pa.yuan === a.yuan && pa.object && objectsAgree(pa.object, a.object!, key))) right++;
      else errors.push({ doc: gold.doc, field: 'amounts', type: 'FN', value: `object of ${a.yuan}: ${a.object} (predicted ${predAmounts.filter((pa) => pa.yuan === a.yuan).map((pa) => pa.object ?? '—').join('/') || 'none'})`, clause: c.quote });
    }
  }
  return {
    score: { doc: gold.doc, fields, strict, roleAccuracy: { matched: roleMatched, same: roleSame, accuracy: roleMatched ? roleSame / roleMatched : 1 }, objectPairs: { labelled, right } },
    errors,
    marks,
  };
}

/**
 * Where a review page marks the scorer's verdicts: the predicted value objects it counted as false
 * positives, unit names (norm) it counted as false positives, and the predicted clauses inside the
 * labelled scopes (values outside them are not judged). Misses are the FN items of `errors`.
 */
export interface ReviewMarks {
  fp: Set<object>;
  fpUnits: Set<string>;
  inScope: Set<PredClause>;
}

function keyObject(s: string): string {
  return norm(s).replace(/(建设|项目|企业|称号|的)/g, '');
}

/** Objects agree when one's core words contain the other's (数字化车间建设 ~ 数字化车间). */
function objectsAgree(pred: string, gold: string, goldKey: string): boolean {
  const pk = keyObject(pred);
  return pk.includes(goldKey) || goldKey.includes(pk) || norm(pred) === norm(gold);
}

/** Micro-average over documents. */
export function combine(docs: DocScore[], errors: ErrorItem[]): EvalReport {
  const sum = (get: (d: DocScore) => Counts): FieldScore => score(docs.reduce((acc, d) => ({ tp: acc.tp + get(d).tp, fp: acc.fp + get(d).fp, fn: acc.fn + get(d).fn }), { tp: 0, fp: 0, fn: 0 }));
  const fields = Object.fromEntries(FIELDS.map((f) => [f, sum((d) => d.fields[f])])) as Record<Field, FieldScore>;
  const strict = Object.fromEntries((['amounts', 'rates', 'thresholds', 'deadlines'] as const).map((f) => [f, sum((d) => d.strict[f])])) as DocScore['strict'];
  const matched = docs.reduce((n, d) => n + d.roleAccuracy.matched, 0);
  const same = docs.reduce((n, d) => n + d.roleAccuracy.same, 0);
  const labelled = docs.reduce((n, d) => n + d.objectPairs.labelled, 0);
  const right = docs.reduce((n, d) => n + d.objectPairs.right, 0);
  const meta = Object.fromEntries(META_FIELDS.map((f) => {
    const labelled = docs.map((d) => d.meta?.[f]).filter((m) => m !== undefined);
    const checked = labelled.filter((m) => !m!.notInText);
    const notInText = labelled.length - checked.length;
    return [f, { right: checked.filter((m) => m!.ok).length, total: checked.length, ...(notInText ? { notInText } : {}) }];
  })) as Record<MetaField, { right: number; total: number; notInText?: number }>;
  const clauseRegions = { right: docs.reduce((n, d) => n + (d.clauseRegions?.right ?? 0), 0), total: docs.reduce((n, d) => n + (d.clauseRegions?.total ?? 0), 0) };
  return { micro: { fields, strict, roleAccuracy: { matched, same, accuracy: matched ? same / matched : 1 }, objectPairs: { labelled, right }, metaCounts: meta, clauseRegions }, docs, errors };
}
