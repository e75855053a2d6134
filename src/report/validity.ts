import type { Answer } from '../query/answer.js';
import type { Comparison } from '../query/compare.js';
import type { ClauseStore } from '../index/store.js';
import { STATUS_ZH, titleKey, validityStatus, type ValidityStatus } from '../extract/validity.js';
import type { Clause } from '../types.js';

/** Today as YYYY-MM-DD (local time): the default --as-of. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Titles repealed by final documents in the index, with the day the repealing document took effect. */
export function repealedIn(store: Pick<ClauseStore, 'repeals'>): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of store.repeals()) {
    if (r.status === 'draft') continue;
    const k = titleKey(r.title);
    if (!out.has(k) || out.get(k)! > r.from) out.set(k, r.from);
  }
  return out;
}

/** A clause's document status as of a day (clauses indexed before validity was read count from their date). */
export function clauseStatus(c: Clause, asOf: string, repealed: Map<string, string>): ValidityStatus {
  const v = c.validity ?? { from: c.docDate };
  return validityStatus(v, { draft: c.status === 'draft', asOf, supersededFrom: repealed.get(titleKey(c.docTitle)) });
}

export interface ValidityJudge {
  asOf: string;
  status(c: Clause): ValidityStatus;
  /** The status as reports show it (现行, 已失效 …). */
  label(c: Clause): string;
}

export function validityJudge(store: ClauseStore, asOf = today()): ValidityJudge {
  const repealed = repealedIn(store);
  const status = (c: Clause) => clauseStatus(c, asOf, repealed);
  return { asOf, status, label: (c) => STATUS_ZH[status(c)] };
}

/** The answer restricted to clauses in force, at most `top` clauses. */
export function answerInForce(a: Answer, judge: ValidityJudge, top: number): Answer {
  const hits = a.hits.filter((h) => judge.status(h.clause) === 'in force').slice(0, top);
  const keep = new Set(hits.map((h) => h.clause.id));
  const regions = a.regions.map((g) => ({ region: g.region, rows: g.rows.filter((r) => keep.has(r.clauseId)) })).filter((g) => g.rows.length);
  return { ...a, regions, hits };
}

/** The comparison restricted to measures in force: a pair losing one side leaves the other as a one-region measure. */
export function comparisonInForce(c: Comparison, judge: Pick<ValidityJudge, 'status'>, store: Pick<ClauseStore, 'byIds'>): Comparison {
  const ids = [...c.pairs.flatMap((p) => [p.a.clauseId, p.b.clauseId]), ...c.onlyA.map((m) => m.clauseId), ...c.onlyB.map((m) => m.clauseId)];
  const clauses = store.byIds(ids);
  const ok = (id: string) => {
    const cl = clauses.get(id);
    return !!cl && judge.status(cl) === 'in force';
  };
  const pairs = c.pairs.filter((p) => ok(p.a.clauseId) && ok(p.b.clauseId));
  const broken = c.pairs.filter((p) => !pairs.includes(p));
  return {
    ...c,
    pairs,
    onlyA: [...broken.map((p) => p.a), ...c.onlyA].filter((m) => ok(m.clauseId)),
    onlyB: [...broken.map((p) => p.b), ...c.onlyB].filter((m) => ok(m.clauseId)),
  };
}
