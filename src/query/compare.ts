import { clauseRows } from './answer.js';
import type { Clause } from '../types.js';
import type { PolicyIndex } from '../index/policy-index.js';

/** A clause of one region as the comparison shows it: what it is and every value it carries. */
export interface ComparedMeasure {
  measure: string;
  values: string[];
  status: 'draft' | 'final';
  sentence: string;
  document: string;
  clauseId: string;
}

export interface ComparePair {
  similarity: number;
  /** What the analyst reads: 同一措施 (same measure) or 相似措施 (similar). */
  label?: string;
  a: ComparedMeasure;
  b: ComparedMeasure;
}

function measure(c: Clause): ComparedMeasure {
  const rows = clauseRows(c, 0);
  return {
    measure: rows[0].measure,
    values: rows.filter((r) => r.value !== '—').map((r) => (rows.length > 1 ? `${r.measure}：${r.value}` : r.value)),
    status: c.status,
    sentence: rows[0].sentence,
    document: c.docTitle,
    clauseId: c.id,
  };
}

export interface Comparison {
  regions: [string, string];
  topic?: string;
  floor: number;
  pairs: ComparePair[];
  onlyA: ComparedMeasure[];
  onlyB: ComparedMeasure[];
}

export interface CompareOptions {
  topic?: string;
  /** Cosine similarity below which two measures are not the same measure. */
  floor?: number;
  /** Include clauses without money (tasks) too. */
  all?: boolean;
}

/**
 * Align the measures of two regions: each money-carrying clause of A is paired with its nearest
 * neighbour in B (mutual best matches first, above a similarity floor); the rest are one-region measures.
 */
export async function compare(index: PolicyIndex, regionA: string, regionB: string, opts: CompareOptions = {}): Promise<Comparison> {
  // Hashed TF-IDF cosines run lower than sentence-model ones.
  const floor = opts.floor ?? (index.embedder.kind === 'tfidf' ? 0.22 : 0.6);
  const filter = (region: string) => ({ regions: [region], topics: opts.topic ? [opts.topic] : undefined, withMoney: !opts.all, kinds: opts.all ? undefined : ['subsidy'] });
  const idsA = index.store.allRowids(filter(regionA));
  const idsB = index.store.allRowids(filter(regionB));
  const setB = new Set(idsB);
  const setA = new Set(idsA);
  const clauses = index.store.get([...idsA, ...idsB]);
  const candidates: { a: number; b: number; s: number }[] = [];
  const bestOf = (ids: number[], other: Set<number>) => {
    const best = new Map<number, { id: number; s: number }>();
    for (const id of ids) {
      const hit = index.nearest(index.hnsw.getPoint(id), 1, other)[0];
      if (hit) best.set(id, { id: hit.rowid, s: hit.similarity });
    }
    return best;
  };
  const ab = bestOf(idsA, setB);
  const ba = bestOf(idsB, setA);
  // Two measures are the same measure only if they also share a topic (智能制造, 研发投入 …).
  const shareTopic = (a: number, b: number) => {
    const ta = clauses.get(a)!.topics;
    const tb = clauses.get(b)!.topics;
    return !ta.length || !tb.length || ta.some((t) => tb.includes(t));
  };
  for (const [a, { id: b, s }] of ab) if (s >= floor && shareTopic(a, b)) candidates.push({ a, b, s: ba.get(b)?.id === a ? s + 1 : s });
  candidates.sort((x, y) => y.s - x.s || x.a - y.a);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: ComparePair[] = [];
  for (const c of candidates) {
    if (usedA.has(c.a) || usedB.has(c.b)) continue;
    usedA.add(c.a);
    usedB.add(c.b);
    pairs.push({ similarity: c.s > 1 ? c.s - 1 : c.s, a: measure(clauses.get(c.a)!), b: measure(clauses.get(c.b)!) });
  }
  return {
    regions: [regionA, regionB],
    topic: opts.topic,
    floor,
    pairs,
    onlyA: idsA.filter((id) => !usedA.has(id)).map((id) => measure(clauses.get(id)!)),
    onlyB: idsB.filter((id) => !usedB.has(id)).map((id) => measure(clauses.get(id)!)),
  };
}
