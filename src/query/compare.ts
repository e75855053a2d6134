import { clauseRows } from './answer.js';
import { conceptsIn, measuresOf } from './measures.js';
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
  status?: 'draft' | 'final';
  floor: number;
  pairs: ComparePair[];
  onlyA: ComparedMeasure[];
  onlyB: ComparedMeasure[];
}

export interface CompareOptions {
  topic?: string;
  status?: 'draft' | 'final';
  /** Cosine similarity below which two measures without a named concept are not paired. */
  floor?: number;
  /** Include clauses without money (tasks) too. */
  all?: boolean;
}

/** What a clause rewards: the concepts its measures name (升规, 智能工厂…) and the kinds of support. */
function rewardOf(c: Clause): { concepts: Set<string>; supports: Set<string> } {
  const ms = measuresOf(c);
  const concepts = new Set(ms.flatMap((m) => conceptsIn(c.text.slice(m.start, m.end))));
  // 认定奖励 and 奖励 are one kind of support; 投资补助, 补助 and 补贴 another.
  const family = (name: string) => (/奖/.test(name) ? '奖励' : /补|资助/.test(name) ? '补助' : name.slice(-2));
  return { concepts, supports: new Set(ms.map((m) => family(m.name))) };
}

function cosine(a: number[], b: number[]): number {
  let d = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    d += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return na && nb ? d / Math.sqrt(na * nb) : 0;
}

/**
 * Align the measures of two regions by what they reward: two money clauses pair when they name the
 * same concept (升规 whether written 上规 or 升为规模以上), best when the kind of support matches
 * too; the words around (cosine of their vectors) only break ties, or decide for clauses that name
 * no concept at all. Each clause pairs at most once; the rest are one-region measures.
 */
export async function compare(index: PolicyIndex, regionA: string, regionB: string, opts: CompareOptions = {}): Promise<Comparison> {
  // Hashed TF-IDF cosines run lower than sentence-model ones.
  const floor = opts.floor ?? (index.embedder.kind === 'tfidf' ? 0.22 : 0.6);
  const filter = (region: string) => ({ regions: [region], topics: opts.topic ? [opts.topic] : undefined, status: opts.status, withMoney: !opts.all, kinds: opts.all ? undefined : ['subsidy'] });
  const idsA = index.store.allRowids(filter(regionA));
  const idsB = index.store.allRowids(filter(regionB));
  const clauses = index.store.get([...idsA, ...idsB]);
  const reward = new Map([...clauses].map(([id, c]) => [id, rewardOf(c)]));
  const vec = new Map([...idsA, ...idsB].map((id) => [id, Array.from(index.vectorOf(id) ?? [])]));
  const candidates: { a: number; b: number; s: number; sim: number; same: boolean }[] = [];
  for (const a of idsA) {
    for (const b of idsB) {
      const ra = reward.get(a)!;
      const rb = reward.get(b)!;
      const shared = [...ra.concepts].filter((x) => rb.concepts.has(x)).length;
      const union = new Set([...ra.concepts, ...rb.concepts]).size;
      const sim = cosine(vec.get(a)!, vec.get(b)!);
      const support = [...ra.supports].some((x) => rb.supports.has(x));
      if (shared === 0 && (ra.concepts.size > 0 || rb.concepts.size > 0)) continue;
      // Without a concept to go by, the words must be close and the kind of support the same.
      if (shared === 0 && (sim < floor || !support)) continue;
      const overlap = union ? shared / union : 0;
      candidates.push({ a, b, sim, s: overlap * 2 + (support ? 0.5 : 0) + sim, same: overlap === 1 && support });
    }
  }
  candidates.sort((x, y) => y.s - x.s || x.a - y.a || x.b - y.b);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: ComparePair[] = [];
  for (const c of candidates) {
    if (usedA.has(c.a) || usedB.has(c.b)) continue;
    usedA.add(c.a);
    usedB.add(c.b);
    pairs.push({ similarity: +c.sim.toFixed(4), label: c.same ? '同一措施' : '相似措施', a: measure(clauses.get(c.a)!), b: measure(clauses.get(c.b)!) });
  }
  return {
    regions: [regionA, regionB],
    topic: opts.topic,
    status: opts.status,
    floor,
    pairs,
    onlyA: idsA.filter((id) => !usedA.has(id)).map((id) => measure(clauses.get(id)!)),
    onlyB: idsB.filter((id) => !usedB.has(id)).map((id) => measure(clauses.get(id)!)),
  };
}
