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

/** The same lines `extract --format jsonl` writes for these clauses (empty for none). */
export function encodeClauses(clauses: Clause[]): EncodedClauses {
  let text = '';
  let withValues = 0;
  for (const c of clauses) {
    text += JSON.stringify(c) + '\n';
    if (hasValues(c)) withValues++;
  }
  // Buffer.from encodes faster than TextEncoder; a short result may sit in Buffer's shared pool (see ownsBuffer).
  return { jsonl: Buffer.from(text, 'utf8'), clauses: clauses.length, withValues };
}

/** Can these bytes be transferred to another thread? Not when they are a slice of a larger (pooled) buffer. */
export function ownsBuffer(b: Uint8Array): boolean {
  return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength;
}
