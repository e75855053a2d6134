import { readJsonLines } from './gold.js';
import { answer } from '../query/answer.js';
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
  expected: ExpectedRow[];
}

export function readQuestions(file: string): Question[] {
  return readJsonLines<Question>(file, (q) => {
    if (typeof q?.question !== 'string' || !Array.isArray(q.expected) || !q.expected.length) return 'needs "question" and a non-empty "expected" list';
    if (q.expected.some((e) => typeof e?.region !== 'string' || (e.yuan === undefined && e.rate === undefined))) return 'each expected row needs "region" and "yuan" or "rate"';
    return undefined;
  });
}

export interface QuestionResult {
  question: string;
  expected: number;
  found: number;
  recallAt10: number;
  missing: ExpectedRow[];
}

export interface QuestionReport {
  mode: SearchMode;
  embedder: string;
  questions: QuestionResult[];
  /** Share of expected rows that the answers contain. */
  rowShare: number;
  /** Share of expected rows whose clause is among the top 10 retrieved. */
  recallAt10: number;
}

function carries(c: { region?: string; amounts: { yuan: number }[]; rates: { value: number }[] }, e: ExpectedRow): boolean {
  if (c.region !== e.region) return false;
  if (e.yuan !== undefined) return c.amounts.some((a) => Math.abs(a.yuan - e.yuan!) < 0.5);
  return c.rates.some((r) => Math.abs(r.value - e.rate!) < 1e-9);
}

/** Answer every question and measure what share of the expected (region, amount) rows come back. */
export async function evaluateQuestions(index: PolicyIndex, questions: Question[], mode: SearchMode = 'hybrid', top = 10): Promise<QuestionReport> {
  const results: QuestionResult[] = [];
  let expected = 0;
  let found = 0;
  let recalled = 0;
  for (const q of questions) {
    const a = await answer(index, q.question, { regions: q.regions, topics: q.topics, mode, top });
    const rows = a.regions.flatMap((g) => g.rows);
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
    results.push({ question: q.question, expected: q.expected.length, found: f, recallAt10: r / q.expected.length, missing });
  }
  return { mode, embedder: index.embedder.id, questions: results, rowShare: expected ? found / expected : 1, recallAt10: expected ? recalled / expected : 1 };
}
