import type { Thesaurus } from './thesaurus.js';
import type { Clause } from '../../types.js';
import { fold } from '../../ingest/clean.js';

/**
 * The question concept a clause is about, if any: a term in its text; else its nearest heading
 * that names a concept, when that heading names no unrelated concept beside it; else its topic tag
 * (for a concept as broad as the tag) when the text names no other concept. Returns the name.
 */
export function clauseConcept(th: Thesaurus, concepts: string[], c: Pick<Clause, 'text' | 'section' | 'topics'>): string | undefined {
  for (const name of concepts) if (th.matchIn(name, c.text)) return name;
  // The nearest heading that names a concept decides. It passes its concept to the sentence only
  // when it names no other, unrelated one: under 支持企业上规上云上平台 a sentence must say which.
  for (let i = c.section.length - 1; i >= 0; i--) {
    const found = th.longest(c.section[i]);
    if (!found.length) continue;
    for (const name of concepts) {
      // The heading must name the concept itself or a narrower form: a 创新平台 heading does not
      // make each of its sentences about 院士工作站.
      const own = found.filter((m) => th.terms(name).includes(m.term));
      if (!own.length) continue;
      const other = found.some((m) => !near(th, m.concept, name) && !own.some((o) => o.start === m.start && o.term === m.term));
      return other ? undefined : name;
    }
    return undefined;
  }
  // A topic tag is coarse: it counts only when the sentence names no other concept.
  if (th.conceptsIn(c.text).some((n) => !th.get(n)?.generic)) return undefined;
  for (const name of concepts) {
    const topic = th.get(name)?.topic;
    if (topic && c.topics.includes(topic)) return name;
  }
  return undefined;
}

/**
 * Is the object of an amount (国家级绿色制造体系) about another concept only? Then the amount answers
 * a different question (a 绿色制造 award is not an answer to a 技改 question), even when the
 * sentence also names the question's concept — unless the amount's own segment names it.
 */
export function objectOffConcept(th: Thesaurus, concepts: string[], written: string | undefined, segment?: string): boolean {
  if (!written) return false;
  // (an object is reported as written, 國家綠色產品; the thesaurus's terms are simplified)
  const object = fold(written);
  // The words around the amount name the concept (给予最高50万元保费补贴): it is this concept's money.
  if (segment && concepts.some((name) => th.matchIn(name, segment))) return false;
  // Generic concepts (首次突破: a size reached) say what is rewarded, not which policy area.
  const about = th.conceptsIn(object).filter((a) => !th.get(a)?.generic);
  if (!about.length) return false;
  // A broader or narrower concept still answers (绿色制造体系 awards answer a 绿色工厂 question).
  return !about.some((a) => concepts.some((c) => near(th, a, c))) && !concepts.some((name) => th.matchIn(name, object));
}

/** The same concept, or one broader or narrower than the other. */
function near(th: Thesaurus, a: string, b: string): boolean {
  return a === b || th.terms(a).includes(b) || th.terms(b).includes(a);
}

/** The part of a sentence an amount belongs to: from the last 对 before it to the sentence end. */
export function amountSegment(text: string, start: number): string {
  const from = text.lastIndexOf('对', start);
  const stop = text.slice(start).search(/[；;。]/);
  return text.slice(Math.max(0, from), stop < 0 ? text.length : start + stop);
}
