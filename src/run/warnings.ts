import type { Clause, PolicyDocument } from '../types.js';

/** Longer than any real title: the document's text probably became its title. */
const TITLE_MAX = 60;

/**
 * Results that went through but look doubtful: a document that yielded no clauses, a measures
 * document without a single value, a title as long as a paragraph, a region that could not be read.
 * One line each, naming the file and the document.
 */
export function warningsOf(docs: PolicyDocument[], clauses: Clause[]): string[] {
  const byDoc = new Map<string, Clause[]>();
  for (const c of clauses) byDoc.set(c.docId, [...(byDoc.get(c.docId) ?? []), c]);
  const out: string[] = [];
  for (const d of docs) {
    const name = `${d.source}: 《${d.title.length > 30 ? d.title.slice(0, 30) + '…' : d.title}》`;
    const cs = byDoc.get(d.id) ?? [];
    if (!cs.length) out.push(`${name}: no clauses extracted`);
    // A cover notice or a news item may well carry no money; measures, plans and tables should.
    else if (['measures', 'plan', 'opinion', 'table'].includes(d.kind) && !cs.some((c) => c.amounts.length + c.rates.length + c.thresholds.length + c.deadlines.length)) out.push(`${name}: no amounts, rates, thresholds or deadlines in ${cs.length} clauses`);
    if (d.title.length > TITLE_MAX || /[。；]/.test(d.title)) out.push(`${name}: title is ${d.title.length} characters long (the text may have become the title)`);
    if (!d.region) out.push(`${name}: region not read (no issuer or title naming a place)`);
  }
  return out;
}
