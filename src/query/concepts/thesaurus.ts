import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fold } from '../../ingest/clean.js';
import { ConceptMatcher } from '../../index/concept-features.js';
import type { ConceptLexicon } from '../../types.js';

/** One policy concept: what it is called, what means the same, what is a kind of it. */
export interface Concept {
  name: string;
  /** Same meaning (≡): 升规 ≡ 上规 ≡ 入规. */
  aliases: string[];
  /** Kinds of it (⊃): 技术改造 ⊃ 技改扩能. An entry naming another concept brings that concept's terms. */
  narrower: string[];
  /** Words near the concept that do not name it (规上 for 升规): not searched, never on-concept, not mined again. */
  related: string[];
  /** The extractor's topic tag, when the concept is as broad as the tag. */
  topic?: string;
  /** Longer words in which an alias does not count (入规 inside 纳入规划). */
  not?: string[];
  /** Names what is rewarded (size reached, growth, ranking), not a policy area. */
  generic?: boolean;
}

/** Where a concept term was found in a text. */
export interface ConceptMatch {
  concept: string;
  term: string;
  start: number;
}

/** Shipped beside the jieba dictionary (dict/), found the same way from src/ and dist/. */
export const CONCEPTS_FILE = fileURLToPath(new URL('../../../dict/concepts.json', import.meta.url));

export class ThesaurusError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ThesaurusError';
  }
}

function validate(raw: unknown, file: string): Concept[] {
  const list = (raw as { concepts?: unknown })?.concepts;
  if (!Array.isArray(list)) throw new ThesaurusError(`${file}: needs a "concepts" list`);
  const names = new Set<string>();
  return list.map((c, i) => {
    const where = `${file}: concept ${i + 1}${typeof c?.name === 'string' ? ` (${c.name})` : ''}`;
    if (typeof c?.name !== 'string' || !c.name) throw new ThesaurusError(`${where}: needs a "name"`);
    if (names.has(c.name)) throw new ThesaurusError(`${where}: the name is used twice`);
    names.add(c.name);
    for (const k of ['aliases', 'narrower', 'related', 'not'] as const) {
      if (c[k] !== undefined && (!Array.isArray(c[k]) || c[k].some((w: unknown) => typeof w !== 'string' || !w))) throw new ThesaurusError(`${where}: "${k}" must be a list of words`);
    }
    if (!c.aliases?.length) throw new ThesaurusError(`${where}: needs at least one alias`);
    // Matching scans by the first two characters of a term.
    const short = [c.name, ...c.aliases, ...(c.narrower ?? [])].find((w: string) => w.length < 2);
    if (short) throw new ThesaurusError(`${where}: "${short}" is shorter than two characters`);
    return { name: c.name, aliases: c.aliases, narrower: c.narrower ?? [], related: c.related ?? [], topic: c.topic, not: c.not, generic: c.generic === true };
  });
}

/**
 * The concept thesaurus (dict/concepts.json): expands a concept to every word that
 * names it, and finds concepts in questions and clauses.
 */
export class Thesaurus {
  readonly concepts: Concept[];
  private readonly byName = new Map<string, Concept>();
  private readonly expanded = new Map<string, string[]>();
  private readonly matcher: ConceptMatcher;

  constructor(concepts: Concept[]) {
    this.concepts = concepts;
    for (const c of concepts) this.byName.set(c.name, c);
    this.matcher = new ConceptMatcher(this.lexicon());
  }

  static load(file = CONCEPTS_FILE): Thesaurus {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new ThesaurusError(`${file}: ${(e as Error).message}`);
    }
    const t = new Thesaurus(validate(raw, file));
    const notAbbr = (raw as { notAbbreviations?: unknown }).notAbbreviations;
    if (Array.isArray(notAbbr)) t.notAbbreviations = new Set(notAbbr.filter((w): w is string => typeof w === 'string'));
    return t;
  }

  get(name: string): Concept | undefined {
    return this.byName.get(name);
  }

  /** Every word that makes a text about the concept: name, aliases, narrower forms (recursively), longest first. */
  terms(name: string): string[] {
    const cached = this.expanded.get(name);
    if (cached) return cached;
    const out = new Set<string>();
    const visit = (n: string, seen: Set<string>) => {
      const c = this.byName.get(n);
      if (!c || seen.has(n)) return;
      seen.add(n);
      out.add(c.name);
      for (const a of c.aliases) out.add(a);
      for (const w of c.narrower) {
        out.add(w);
        visit(w, seen);
      }
    };
    visit(name, new Set());
    const terms = [...out].sort((a, b) => b.length - a.length || a.localeCompare(b));
    this.expanded.set(name, terms);
    return terms;
  }

  /** Words near the concept that do not name it. */
  related(name: string): string[] {
    return this.byName.get(name)?.related ?? [];
  }

  /** Every concept term in a text, each with its concept (a term may serve several). */
  scan(text: string): ConceptMatch[] {
    // (read folded, one character for one: a notice in traditional characters, 智能工廠, names the concept 智能工厂 does)
    return this.matcher.scan(fold(text));
  }

  /** Term matches not inside a longer match (上规 inside 上规上阶 is dropped). */
  longest(text: string): ConceptMatch[] {
    const matches = this.scan(text);
    return matches.filter((m) => !matches.some((o) => o.term.length > m.term.length && o.start <= m.start && o.start + o.term.length >= m.start + m.term.length));
  }

  /** Concepts a text is about (any of their terms occurs), in thesaurus order. */
  conceptsIn(text: string): string[] {
    const hit = new Set(this.scan(text).map((m) => m.concept));
    return this.concepts.filter((c) => hit.has(c.name)).map((c) => c.name);
  }

  /** The first term of a concept found in a text, or undefined. */
  matchIn(name: string, written: string): string | undefined {
    const text = fold(written);
    for (const term of this.terms(name)) {
      let i = text.indexOf(term);
      while (i >= 0) {
        if (!this.matcher.excluded(text, i, term, name)) return term;
        i = text.indexOf(term, i + 1);
      }
    }
    return undefined;
  }

  /**
   * The concepts a question names, most specific first: a word covered by a longer one is dropped
   * (5G inside 5G全连接工厂); a word that is some concept's alias picks that concept (数字化车间 →
   * 数字化车间, not the wider 智能工厂); otherwise the concepts listing it as a narrower form.
   */
  inQuestion(question: string, cut?: (text: string) => string[], isWord?: (w: string) => boolean): { concept: string; term: string }[] {
    const matches = this.scan(question);
    if (cut) {
      // Abbreviations (战新) where no full term was found.
      for (const [a, concepts] of this.abbreviations(cut, isWord)) {
        for (let i = question.indexOf(a); i >= 0; i = question.indexOf(a, i + 1)) {
          if (matches.some((m) => m.start < i + a.length && i < m.start + m.term.length)) continue;
          for (const concept of concepts) matches.push({ concept, term: a, start: i });
        }
      }
    }
    const kept = matches.filter((m) => !matches.some((o) => o !== m && o.term.length > m.term.length && o.start <= m.start && o.start + o.term.length >= m.start + m.term.length));
    const out: { concept: string; term: string }[] = [];
    const add = (concept: string, term: string) => {
      if (!out.some((o) => o.concept === concept)) out.push({ concept, term });
    };
    for (const term of [...new Set(kept.map((m) => m.term))]) {
      const direct = this.concepts.filter((c) => c.name === term || c.aliases.includes(term) || this.abbr?.get(term)?.includes(c.name));
      if (direct.length) direct.forEach((c) => add(c.name, term));
      else {
        // 工业设计中心 is narrower in 工业设计 and 创新平台: the concept whose name it contains is the nearer one.
        const wider = this.concepts.filter((c) => c.narrower.includes(term));
        const nearer = wider.filter((c) => term.includes(c.name));
        (nearer.length ? nearer : wider).forEach((c) => add(c.name, term));
      }
    }
    return out;
  }

  private abbr?: Map<string, string[]>;

  /**
   * Words that look like abbreviations of a concept but mean something else (dict/concepts.json "notAbbreviations"). */
  notAbbreviations = new Set<string>();

  /**
   * Abbreviations people write for a concept's longer names, the first character of each word:
   * 战略性新兴 产业 → 战新, 高新技术 企业 → 高企. Used on questions only; an abbreviation that is
   * itself some concept's term is left to that concept.
   */
  abbreviations(cut: (text: string) => string[], isWord: (w: string) => boolean = () => false): Map<string, string[]> {
    if (this.abbr) return this.abbr;
    const all = new Set(this.concepts.flatMap((c) => this.terms(c.name)));
    const out = new Map<string, string[]>();
    for (const c of this.concepts) {
      for (const name of [c.name, ...c.aliases]) {
        const ws = cut(name);
        if (name.length < 4 || ws.length < 2 || ws.length > 3 || ws.some((w) => w.length < 2 || !/^[\u4e00-\u9fff]+$/.test(w))) continue;
        const a = ws.map((w) => w[0]).join('');
        // Not an everyday word already (电信, 天价, 新规) nor a stutter (检检).
        if (all.has(a) || isWord(a) || this.notAbbreviations.has(a) || new Set(a).size < a.length) continue;
        const list = out.get(a) ?? [];
        if (!list.includes(c.name)) list.push(c.name);
        out.set(a, list);
      }
    }
    return (this.abbr = out);
  }

  /** The thesaurus as the index needs it for concept features: each concept with all its terms. */
  lexicon(): ConceptLexicon {
    return this.concepts.map((c) => ({ name: c.name, terms: this.terms(c.name), not: c.not }));
  }
}

let shared: Thesaurus | undefined;

/** The thesaurus shipped with the package (loaded once). */
export function thesaurus(): Thesaurus {
  return (shared ??= Thesaurus.load());
}
