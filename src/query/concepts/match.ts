import type { Thesaurus } from './thesaurus.js';
import type { Clause } from '../../types.js';

/**
 * The question concept a clause is about, if any: a term in its text; else, when its text names no
 * other concept, a term in its section headings or its topic tag (for a concept as broad as the
 * tag). Returns the concept's name.
 */
export function clauseConcept(th: Thesaurus, concepts: string[], c: Pick<Clause, 'text' | 'section' | 'topics'>): string | undefined {
  for (const name of concepts) if (th.matchIn(name, c.text)) return name;
  // Under a heading about the concept, a sentence naming only other concepts is about those
  // (数字化车间 awards under 支持企业智能化改造 do not answer a 技改 question).
  if (th.conceptsIn(c.text).length) return undefined;
  const headings = c.section.join(' ');
  for (const name of concepts) if (th.matchIn(name, headings)) return name;
  for (const name of concepts) {
    const topic = th.get(name)?.topic;
    if (topic && c.topics.includes(topic)) return name;
  }
  return undefined;
}

/**
 * Is the object of an amount (国家级绿色制造体系) about another concept only? Then the amount answers
 * a different question (a 绿色制造 award is not an answer to a 技改 question), even when the
 * sentence also names the question's concept.
 */
export function objectOffConcept(th: Thesaurus, concepts: string[], object: string | undefined): boolean {
  if (!object) return false;
  // Generic concepts (首次突破: a size reached) say what is rewarded, not which policy area.
  const about = th.conceptsIn(object).filter((a) => !th.get(a)?.generic);
  if (!about.length) return false;
  // A broader or narrower concept still answers (绿色制造体系 awards answer a 绿色工厂 question).
  const near = (a: string, b: string) => a === b || th.terms(a).includes(b) || th.terms(b).includes(a);
  return !about.some((a) => concepts.some((c) => near(a, c))) && !concepts.some((name) => th.matchIn(name, object));
}
