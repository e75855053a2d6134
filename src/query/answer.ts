import { formatDeadline } from '../run/output.js';
import { formatMeasureValue, measureRoles, measuresOf } from './measures.js';
import { parseQuestion, type ParsedQuestion } from './parse.js';
import type { Hit, PolicyIndex, SearchMode } from '../index/policy-index.js';
import type { ClauseFilter } from '../index/store.js';
import type { Amount, Clause, Rate } from '../types.js';

export interface AnswerRow {
  region: string;
  status: 'draft' | 'final';
  /** The measure's name: a short gist (市级智能工厂、数字化车间认定奖励), never an article number. */
  measure: string;
  /** Every value of the measure on one line: 按 15%（投资额度）；最高 1000万元 / 定额 国家级… 50万元 / 市级… 20万元 / — */
  value: string;
  /** The roles of its values: 定额, 最高, 总额, 目标, 按比例, 最高比例, 不低于. */
  role: string;
  /** The first amount (yuan) and rate, for callers that want one number; all of them are in amounts/rates. */
  yuan?: number;
  yuanMax?: number;
  rate?: number;
  per?: string;
  /** Every amount and rate of the measure (tiers keep their object: 省级 / 国家级). */
  amounts: Amount[];
  rates: Rate[];
  thresholds: string[];
  units: string[];
  deadline: string;
  document: string;
  docDate?: string;
  docNumber?: string;
  issuer?: string;
  source: string;
  sentence: string;
  clauseId: string;
  score: number;
}

export interface Answer {
  question: ParsedQuestion;
  regions: { region: string; rows: AnswerRow[] }[];
  /** Shown clauses, best first (after the keyword boost). */
  hits: Hit[];
  /** Retrieval order before the boost: what recall@k measures. */
  retrieved: Hit[];
}

export interface AnswerOptions {
  regions?: string[];
  topics?: string[];
  top?: number;
  mode?: SearchMode;
  filter?: ClauseFilter;
}

/**
 * One row per measure of a clause (src/query/measures.ts): the rate, cap, tiers, thresholds, units and
 * deadline of one measure together. With keywords (智能工厂), measures that name none of them are left
 * out when another measure of the clause names one.
 */
export function clauseRows(c: Clause, score: number, keywords: string[] = []): AnswerRow[] {
  const base = {
    region: c.region ?? '（未知地区）',
    status: c.status,
    units: c.units,
    deadline: c.deadlines.map(formatDeadline).join('；'),
    document: c.docTitle,
    docDate: c.docDate,
    docNumber: c.docNumber,
    issuer: c.issuer,
    source: c.source,
    sentence: c.text.replace(/\t/g, ' '),
    clauseId: c.id,
    score,
  };
  let measures = measuresOf(c);
  const names = (m: (typeof measures)[number]) => `${c.text.slice(m.start, m.end)} ${m.amounts.map((a) => a.object ?? '').join(' ')}`;
  const named = measures.filter((m) => keywords.some((k) => names(m).includes(k)));
  if (keywords.length && named.length) measures = named;
  return measures.map((m) => ({
    ...base,
    measure: m.name,
    value: formatMeasureValue(m),
    role: measureRoles(m),
    yuan: m.amounts[0]?.yuan,
    yuanMax: m.amounts[0]?.yuanMax,
    rate: m.rates[0]?.value,
    per: m.amounts[0]?.per,
    amounts: m.amounts,
    rates: m.rates,
    thresholds: m.thresholds,
  }));
}

/**
 * A measure written over several sentences of one article (…按5%给予补贴；…按30%给予补贴。单个企业当年补贴
 * 最高不超过1000万元。) is one measure: a row holding only a cap joins the rate rows before it in the
 * same document and section, so the rates and their cap are read together.
 */
export function mergeSplitMeasures(items: { clause: Clause; rows: AnswerRow[] }[]): { clause: Clause; row: AnswerRow }[] {
  const flat = items.flatMap(({ clause, rows }) => rows.map((row) => ({ clause, row })));
  const place = (c: Clause) => `${c.docId}\u0000${c.section.join('\u0000')}`;
  const capOnly = (r: AnswerRow) => !r.rates.length && r.amounts.length > 0 && r.amounts.every((a) => a.role === 'cap');
  const rateOnly = (r: AnswerRow) => r.rates.length > 0 && !r.amounts.some((a) => a.role === 'cap');
  const gone = new Set<number>();
  flat.forEach((cap, i) => {
    if (!capOnly(cap.row)) return;
    const rates = flat
      .map((x, j) => ({ ...x, j }))
      .filter((x) => !gone.has(x.j) && x.j !== i && rateOnly(x.row) && place(x.clause) === place(cap.clause) && x.clause.start < cap.clause.start)
      .sort((a, b) => a.clause.start - b.clause.start);
    if (!rates.length) return;
    const [head, ...rest] = rates;
    const parts = [...rates.map((x) => x.row), cap.row];
    const m = { rates: parts.flatMap((r) => r.rates), amounts: parts.flatMap((r) => r.amounts) };
    Object.assign(head.row, {
      ...m,
      value: formatMeasureValue(m),
      role: measureRoles(m),
      yuan: m.amounts[0]?.yuan,
      per: m.amounts[0]?.per,
      thresholds: [...new Set(parts.flatMap((r) => r.thresholds))],
      units: [...new Set(parts.flatMap((r) => r.units))],
      sentence: [...new Set(parts.map((r) => r.sentence))].join(''),
      score: Math.max(...parts.map((r) => r.score)),
    });
    for (const x of rest) gone.add(x.j);
    gone.add(i);
  });
  return flat.filter((_, i) => !gone.has(i));
}

/**
 * Answer an analyst's question from the index: hybrid retrieval under the filters the question
 * implies (regions; money when it asks 多少), clauses naming the question's own policy words first,
 * rows grouped by region.
 */
export async function answer(index: PolicyIndex, question: string, opts: AnswerOptions = {}): Promise<Answer> {
  const known = index.store.regions().map((r) => r.region);
  const q = parseQuestion(question, known);
  const regions = opts.regions?.length ? opts.regions : q.regions;
  const filter: ClauseFilter = { ...opts.filter };
  if (regions.length) filter.regions = regions;
  if (opts.topics?.length) filter.topics = opts.topics;
  if (q.wantsMoney) filter.withMoney = true;
  // 补贴多少 asks what is given: subsidies, not targets.
  if (/补贴|补助|奖励|资助|奖补/.test(question)) filter.kinds ??= ['subsidy'];
  if (q.status) filter.status ??= q.status;
  const top = opts.top ?? 10;
  const hits = await index.search(question, { k: Math.max(top * 3, 30), filter, mode: opts.mode, extraTerms: q.keywords });
  // Clauses that name the question's own words (智能工厂), else share its topic, are the answer.
  const about = (c: Clause) => `${c.section.join(' ')} ${c.text}`;
  const relevant = q.keywords.length ? hits.filter((h) => q.keywords.some((w) => about(h.clause).includes(w))) : [];
  const onTopic = q.topics.length ? hits.filter((h) => h.clause.topics.some((t) => q.topics.includes(t))) : [];
  // The same notice often arrives twice (a PDF and its web page): show each sentence once.
  const seen = new Set<string>();
  // A question about something (研发, 智能工厂) gets nothing rather than clauses about something else.
  const focused = q.keywords.length > 0 || q.topics.length > 0;
  const pool = (relevant.length ? relevant : focused ? onTopic : hits).filter((h) => {
    const key = `${h.clause.region}|${h.clause.text.replace(/\s+/g, '')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const boosted = pool
    .map((h) => {
      const kw = q.keywords.filter((w) => h.clause.text.includes(w)).length + 0.5 * q.keywords.filter((w) => about(h.clause).includes(w)).length;
      const money = h.clause.amounts.length + h.clause.rates.length > 0 ? 1 : 0;
      return { h, score: h.score + 0.02 * kw + (q.wantsMoney ? 0.005 * money : 0) };
    })
    .sort((a, b) => b.score - a.score || a.h.rowid - b.h.rowid)
    .slice(0, top);
  const groups = new Map<string, AnswerRow[]>();
  for (const { clause, row: rowOf } of mergeSplitMeasures(boosted.map(({ h, score }) => ({ clause: h.clause, rows: clauseRows(h.clause, score, q.keywords) })))) {
    for (const row of [rowOf]) {
      const list = groups.get(row.region) ?? [];
      list.push(row);
      groups.set(row.region, list);
    }
  }
  return {
    question: q,
    regions: [...groups.entries()].map(([region, rows]) => ({ region, rows })),
    hits: boosted.map((b) => b.h),
    retrieved: hits,
  };
}
