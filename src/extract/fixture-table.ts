import { expect } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments, extractValues } from './extract.js';
import type { Span } from '../types.js';

/**
 * Fixture tables in the style of textlint-tester: each case is one real sentence and the values
 * expected from it. `raw` is the grounded text; the value's [start, end) must cover exactly it,
 * at its first occurrence unless `at` gives the offset.
 */
export type Expected<T> = Partial<T> & { raw: string; at?: number };

export function expectGrounded<T extends Span & { raw: string }>(text: string, got: T[], want: Expected<T>[], keys: (keyof T)[]): void {
  expect(got.map((g) => g.raw), text).toEqual(want.map((w) => w.raw));
  want.forEach((w, i) => {
    const g = got[i];
    const start = w.at ?? text.indexOf(w.raw);
    expect([g.start, g.end], `${w.raw} in ${text}`).toEqual([start, start + w.raw.length]);
    expect(text.slice(g.start, g.end)).toBe(w.raw);
    for (const k of keys) if (k in w) expect(g[k], `${String(k)} of ${w.raw}`).toEqual(w[k as keyof typeof w]);
  });
}

/** The values of a sentence as rows a fixture table compares: amounts [yuan, yuanMax, role], rates [value, role], thresholds [min, max, unit]. */
export function valueRows(text: string): { amounts: unknown[][]; rates: unknown[][]; thresholds: unknown[][] } {
  const v = extractValues(text);
  return {
    amounts: v.amounts.map((a) => [a.yuan, a.yuanMax, a.role]),
    rates: v.rates.map((r) => [r.value, r.role]),
    thresholds: v.thresholds.map((t) => [t.min, t.max, t.unit]),
  };
}

/** The clauses of a text read as a whole document that hold sums, as rows a fixture table compares: [text without spaces, [yuan, role]…]. */
export function amountRows(text: string): unknown[][] {
  return extractDocuments(documentsOfPlainText(text))
    .flat()
    .filter((c) => c.amounts.length)
    .map((c) => [c.text.replace(/\s+/g, ''), c.amounts.map((a) => [a.yuan, a.role])]);
}

/** The amounts of a sentence read as a listed condition's clause, each [yuan, object]: what a 分别 list pairs each sum with. */
export function objectRows(text: string): unknown[][] {
  return extractValues(text, undefined, true).amounts.map((a) => [a.yuan, a.object]);
}

/**
 * The deadlines of a sentence as a fixture table compares them: `kind` for a kind (relative, ongoing), else `from..date` or `date`;
 * each value's raw must be the text at its offsets.
 */
export function deadlineRows(text: string, docDate: string): string[] {
  return extractValues(text, docDate).deadlines.map((d) => {
    expect(text.slice(d.start, d.end)).toBe(d.raw);
    return d.kind ? d.kind : `${d.from ? d.from + '..' : ''}${d.date}`;
  });
}

/** The deadlines of a sentence as [raw, date], or [raw, kind] for one without a date; each value's raw must be the text at its offsets. */
export function deadlinePairs(text: string, docDate?: string): unknown[][] {
  return extractValues(text, docDate).deadlines.map((d) => {
    expect(text.slice(d.start, d.end)).toBe(d.raw);
    return [d.raw, d.date ?? d.kind];
  });
}

/**
 * The values of a sentence as rows keyed by what a round's tests compare: amounts [yuan, role], rates their value, thresholds
 * [metric, min, max, unit] (null for an open side), deadlines [raw, date or kind] with each raw checked at its offsets.
 */
export function valueTable(text: string, docDate?: string): { amounts: unknown[][]; rates: number[]; thresholds: unknown[][]; deadlines: unknown[][] } {
  const v = extractValues(text, docDate);
  return {
    amounts: v.amounts.map((a) => [a.yuan, a.role]),
    rates: v.rates.map((r) => r.value),
    thresholds: v.thresholds.map((t) => [t.metric, t.min ?? null, t.max ?? null, t.unit]),
    deadlines: deadlinePairs(text, docDate),
  };
}

/** The units of each clause that has some, the text read as a whole document: a fixture table's rows of body names. */
export function unitRows(text: string): string[][] {
  return extractDocuments(documentsOfPlainText(text))
    .flat()
    .filter((c) => c.units.length)
    .map((c) => c.units);
}
