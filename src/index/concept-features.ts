import type { ConceptLexicon } from '../types.js';

/** A concept term found in a text. */
export interface TermMatch {
  concept: string;
  term: string;
  start: number;
}

/**
 * Finds concept terms in a text in one left-to-right scan (terms indexed by their first two
 * characters), skipping occurrences inside a concept's excluded words (入规 inside 纳入规划).
 * The query thesaurus and the embedder's concept features share it.
 */
export class ConceptMatcher {
  private readonly byPrefix = new Map<string, { term: string; concept: string }[]>();
  private readonly not = new Map<string, string[]>();
  readonly names: string[];

  constructor(lexicon: ConceptLexicon) {
    this.names = lexicon.map((c) => c.name);
    for (const c of lexicon) {
      if (c.not?.length) this.not.set(c.name, c.not);
      for (const term of c.terms) {
        const key = term.slice(0, 2);
        const list = this.byPrefix.get(key) ?? [];
        list.push({ term, concept: c.name });
        this.byPrefix.set(key, list);
      }
    }
  }

  /** Is the occurrence of a term at i inside one of the concept's excluded longer words? */
  excluded(text: string, i: number, term: string, concept: string): boolean {
    for (const n of this.not.get(concept) ?? []) {
      const at = n.indexOf(term);
      if (at >= 0 && text.startsWith(n, i - at)) return true;
    }
    return false;
  }

  scan(text: string): TermMatch[] {
    const out: TermMatch[] = [];
    for (let i = 0; i + 1 < text.length; i++) {
      const cands = this.byPrefix.get(text.slice(i, i + 2));
      if (!cands) continue;
      for (const { term, concept } of cands) {
        if (text.startsWith(term, i) && !this.excluded(text, i, term, concept)) out.push({ concept, term, start: i });
      }
    }
    return out;
  }

  /** The concepts named in a text, each once. */
  concepts(text: string): Set<string> {
    return new Set(this.scan(text).map((m) => m.concept));
  }
}
