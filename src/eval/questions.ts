import { readJsonLines } from './gold.js';
import { answer } from '../query/answer.js';
import { amountSegment, objectOffConcept } from '../query/concepts/match.js';
import { thesaurus } from '../query/concepts/thesaurus.js';
import type { PolicyIndex, SearchMode } from '../index/policy-index.js';

export interface ExpectedRow {
  region: string;
  yuan?: number;
  rate?: number;
}

export interface Question {
  question: string;
  regions?: string[];
  topics?: string[];
  /** The thesaurus concept the question is about: a shown row is on-concept when its clause names it. */
  concept?: string;
  /** Paraphrase sets are split like the extraction set: tune on dev, report test. */
  split?: 'dev' | 'test';
  expected: ExpectedRow[];
}

export function readQuestions(file: string): Question[] {
  return readJsonLines<Question>(file, (q) => {
    if (typeof q?.question !== 'string' || !Array.isArray(q.expected) || !q.expected.length) return 'needs "question" and a non-empty "expected" list';
    if (q.expected.some((e) => typeof e?.region !== 'string' || (e.yuan === undefined && e.rate === undefined))) return 'each expected row needs "region" and "yuan" or "rate"';
    if (q.split !== undefined && q.split !== 'dev' && q.split !== 'test') return '"split" must be "dev" or "test"';
    if (q.concept !== undefined && !thesaurus().get(q.concept)) return `"concept" ${q.concept} is not in dict/concepts.json`;
    return undefined;
  });
}

export interface QuestionResult {
  question: string;
  expected: number;
  found: number;
  recallAt10: number;
  missing: ExpectedRow[];
  /** Rows the answer shows, and how many are on the question's concept (when it names one). */
  shown: number;
  onConcept?: number;
}

export interface QuestionReport {
  mode: SearchMode;
  /** Concept expansion and gate on (the default), or the plain lexical baseline. */
  concepts: boolean;
  embedder: string;
  questions: QuestionResult[];
  /** Share of expected rows that the answers contain. */
  rowShare: number;
  /** Share of expected rows whose clause is among the top 10 retrieved. */
  recallAt10: number;
  /** Share of shown rows on the question's concept (questions that name one). */
  precision: number;
}

/**
 * On-concept, judged apart from the answer's own gate: the labelled concept's terms appear in the
 * clause sentence or its section headings, and the row's amount is not for another concept only.
 */
function onConcept(concept: string, c: { text: string; section: string[]; amounts: { yuan: number; object?: string; start: number }[] }, row: { yuan?: number; measure: string }): boolean {
  const th = thesaurus();
  if (!th.matchIn(concept, `${c.section.join(' ')} ${c.text}`)) return false;
  const amount = row.yuan !== undefined ? c.amounts.find((a) => a.yuan === row.yuan && a.object === row.measure) : undefined;
  return !amount || !objectOffConcept(th, [concept], amount.object, amountSegment(c.text, amount.start));
}

function carries(c: { region?: string; amounts: { yuan: number }[]; rates: { value: number }[] }, e: ExpectedRow): boolean {
  if (c.region !== e.region) return false;
  if (e.yuan !== undefined) return c.amounts.some((a) => Math.abs(a.yuan - e.yuan!) < 0.5);
  return c.rates.some((r) => Math.abs(r.value - e.rate!) < 1e-9);
}

/** Answer every question and measure what share of the expected (region, amount) rows come back. */
export async function evaluateQuestions(index: PolicyIndex, questions: Question[], mode: SearchMode = 'hybrid', top = 10, opts: { concepts?: boolean } = {}): Promise<QuestionReport> {
  const results: QuestionResult[] = [];
  let expected = 0;
  let found = 0;
  let recalled = 0;
  let shownAll = 0;
  let onAll = 0;
  const expand = opts.concepts !== false;
  for (const q of questions) {
    const a = await answer(index, q.question, { regions: q.regions, topics: q.topics, mode, top, expand });
    const rows = a.regions.flatMap((g) => g.rows);
    const byId = new Map(a.hits.map((h) => [h.clause.id, h.clause]));
    const on = q.concept ? rows.filter((row) => onConcept(q.concept!, byId.get(row.clauseId)!, row)).length : undefined;
    if (on !== undefined) {
      shownAll += rows.length;
      onAll += on;
    }
    const top10 = a.retrieved.slice(0, 10).map((h) => h.clause);
    let f = 0;
    let r = 0;
    const missing: ExpectedRow[] = [];
    for (const e of q.expected) {
      // A row is one measure: the expected value may be any of its amounts or rates (a tier, the cap).
      if (rows.some((row) => carries({ region: row.region, amounts: row.amounts, rates: row.rates.map((x) => ({ value: x.value })) }, e))) f++;
      else missing.push(e);
      if (top10.some((c) => carries(c, e))) r++;
    }
    expected += q.expected.length;
    found += f;
    recalled += r;
    results.push({ question: q.question, expected: q.expected.length, found: f, recallAt10: r / q.expected.length, missing, shown: rows.length, onConcept: on });
  }
  return { mode, concepts: expand, embedder: index.embedder.id, questions: results, rowShare: expected ? found / expected : 1, recallAt10: expected ? recalled / expected : 1, precision: shownAll ? onAll / shownAll : 1 };
}
