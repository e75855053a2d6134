import type { Thesaurus } from './thesaurus.js';
import { WordVectors } from '../../index/word-vectors.js';

/** A word the corpus suggests for a concept, with why; a reviewer accepts it or not. */
export interface Candidate {
  concept: string;
  word: string;
  /** Clauses holding the word. */
  count: number;
  /** shared:技术改造 (characters shared with a term, in order), cooc:0.81 (PPMI neighbour), abbr (jieba tags it as an abbreviation). */
  evidence: string[];
  score: number;
}

export interface MineOptions {
  /** Words seen in fewer clauses are ignored. */
  minCount?: number;
  /** Candidates per concept. */
  perConcept?: number;
  /** Cosine of PPMI word vectors counted as co-occurrence evidence. */
  minSimilarity?: number;
  /** jieba part-of-speech tag of a word ('j' marks abbreviations). */
  tag?: (word: string) => string | undefined;
  wordVectors?: WordVectors;
}

/** Are the characters of a short word found in order inside a longer one (技改 in 技术改造)? */
function inOrder(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/** Shared-character evidence: an abbreviation of a term (技改 ⊂ 技术改造), or a compound holding a whole term (技改项目 ⊃ 技改). */
function shares(word: string, term: string): boolean {
  if (word === term) return false;
  // An abbreviation skips characters (技改 in 技术改造); a plain piece of the term (技术) is not one.
  if (word.length >= 2 && word.length < term.length) return word[0] === term[0] && !term.includes(word) && inOrder(word, term);
  return term.length >= 2 && word.includes(term);
}

/**
 * Mine thesaurus candidates from the corpus: words sharing characters with a concept's terms
 * (abbreviations and compounds), words whose PPMI vectors lie near the terms' (used in the same
 * contexts), and jieba's abbreviation tag. Words already in the thesaurus are skipped. The output
 * is for review: nothing is added by itself.
 */
export function mineCandidates(th: Thesaurus, cuts: string[][], opts: MineOptions = {}): Candidate[] {
  const minCount = opts.minCount ?? 2;
  const df = new Map<string, number>();
  for (const cut of cuts) for (const w of new Set(cut)) df.set(w, (df.get(w) ?? 0) + 1);
  const known = new Set(th.concepts.flatMap((c) => [...th.terms(c.name), ...c.related]));
  // Words in more than a twentieth of the clauses (企业, 工业) say nothing about one concept.
  const common = (w: string) => (df.get(w) ?? 0) > Math.max(20, cuts.length / 20);
  const vocab = [...df.entries()].filter(([w, n]) => n >= minCount && w.length >= 2 && !known.has(w) && !common(w) && /[\u4e00-\u9fff]/.test(w));
  const wv = opts.wordVectors ?? WordVectors.fit(cuts, { minCount });
  const out: Candidate[] = [];
  for (const c of th.concepts) {
    const terms = th.terms(c.name);
    const found = new Map<string, Candidate>();
    const add = (word: string, evidence: string, score: number) => {
      const cand = found.get(word) ?? { concept: c.name, word, count: df.get(word) ?? 0, evidence: [], score: 0 };
      cand.evidence.push(evidence);
      cand.score += score;
      found.set(word, cand);
    };
    for (const [w] of vocab) {
      const t = terms.find((term) => shares(w, term));
      if (t) add(w, `shared:${t}`, 1);
    }
    const minSim = opts.minSimilarity ?? 0.8;
    for (const term of terms) {
      for (const { word, similarity } of wv.nearest(term, 15)) {
        if (similarity < minSim || known.has(word) || common(word) || (df.get(word) ?? 0) < minCount || word.length < 2) continue;
        add(word, `cooc:${similarity.toFixed(2)}(${term})`, similarity);
      }
    }
    for (const cand of found.values()) {
      if (opts.tag?.(cand.word) === 'j') {
        cand.evidence.push('abbr');
        cand.score += 0.5;
      }
      // Evidence of two kinds counts most.
      if (cand.evidence.some((e) => e.startsWith('shared')) && cand.evidence.some((e) => e.startsWith('cooc'))) cand.score += 1;
    }
    out.push(...[...found.values()].sort((a, b) => b.score - a.score || b.count - a.count || (a.word < b.word ? -1 : 1)).slice(0, opts.perConcept ?? 8));
  }
  return out;
}
