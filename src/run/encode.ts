import type { Clause } from '../types.js';

/**
 * A file's clauses as JSON lines (UTF-8), encoded where they were extracted: a worker sends these bytes
 * back (transferred, not copied) instead of a structured clone of every clause object, and the main thread
 * writes them as they are.
 */
export interface EncodedClauses {
  jsonl: Uint8Array;
  clauses: number;
  /** Clauses with an amount, rate, threshold or deadline. */
  withValues: number;
}

export function hasValues(c: Clause): boolean {
  return c.amounts.length + c.rates.length + c.thresholds.length + c.deadlines.length > 0;
}

const utf8 = new TextEncoder();

/** The same lines `extract --format jsonl` writes for these clauses (empty for none). */
export function encodeClauses(clauses: Clause[]): EncodedClauses {
  let text = '';
  let withValues = 0;
  for (const c of clauses) {
    text += JSON.stringify(c) + '\n';
    if (hasValues(c)) withValues++;
  }
  // TextEncoder gives the bytes their own buffer, so it can be transferred (Buffer.from may use a shared pool).
  return { jsonl: utf8.encode(text), clauses: clauses.length, withValues };
}
