import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** What a bench question exercises: plain words, a region filter, an amount or a rate asked, the analyst's own words. */
export const KINDS = ['plain', 'region', 'amount', 'rate', 'paraphrase'] as const;
export type BenchKind = (typeof KINDS)[number];

export interface BenchQuestion {
  kind: BenchKind;
  question: string;
  /** A --region filter to ask it under. */
  region?: string;
}

const FILE = fileURLToPath(new URL('../../bench/questions.tsv', import.meta.url));

/** bench/questions.tsv: kind, question, optional region, tab-separated; # starts a comment. */
export function parseBenchQuestions(text: string, file = FILE): BenchQuestion[] {
  const out: BenchQuestion[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) return;
    const [kind, question, region] = line.split('\t');
    if (!(KINDS as readonly string[]).includes(kind)) throw new Error(`${file}:${i + 1}: unknown kind "${kind}" (one of ${KINDS.join(', ')})`);
    if (!question?.trim()) throw new Error(`${file}:${i + 1}: no question`);
    out.push({ kind: kind as BenchKind, question: question.trim(), ...(region?.trim() ? { region: region.trim() } : {}) });
  });
  return out;
}

export function benchQuestions(file = FILE): BenchQuestion[] {
  return parseBenchQuestions(readFileSync(file, 'utf8'), file);
}
