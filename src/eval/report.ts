import { FIELDS, META_FIELDS, type EvalReport, type FieldScore } from './score.js';

const f3 = (n: number) => n.toFixed(3);

function line(name: string, s: FieldScore): string {
  return `${name.padEnd(11)} ${f3(s.p).padStart(6)} ${f3(s.r).padStart(6)} ${f3(s.f1).padStart(6)} ${String(s.tp).padStart(6)} ${String(s.fp).padStart(5)} ${String(s.fn).padStart(5)}`;
}

/** The eval table: micro P/R/F1 per field, the strict score, role accuracy, and per document. */
export function renderEval(r: EvalReport, withErrors: boolean, brief = false): string {
  const out = [`${'field'.padEnd(11)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'TP'.padStart(6)} ${'FP'.padStart(5)} ${'FN'.padStart(5)}`];
  for (const f of FIELDS) out.push(line(f, r.micro.fields[f]));
  out.push(`strict F1 (value on the clause holding the quote): ${Object.entries(r.micro.strict).map(([f, s]) => `${f} ${f3(s.f1)}`).join(', ')}`);
  out.push(`amount role accuracy: ${r.micro.roleAccuracy.same}/${r.micro.roleAccuracy.matched} = ${f3(r.micro.roleAccuracy.accuracy)}; 分别 object pairing: ${r.micro.objectPairs.right}/${r.micro.objectPairs.labelled}`);
  const mc = r.micro.metaCounts;
  if (META_FIELDS.some((f) => mc[f].total)) out.push(`document metadata right: ${META_FIELDS.map((f) => `${f} ${mc[f].right}/${mc[f].total}${mc[f].notInText ? ` (+${mc[f].notInText} labelled but not written in the text, not counted)` : ''}`).join(', ')}`);
  const cr = r.micro.clauseRegions;
  if (cr?.total) out.push(`clauses holding a value filed under the labelled region: ${cr.right}/${cr.total}`);
  if (!brief) {
    const w = Math.max(26, ...r.docs.map((d) => d.doc.length));
    out.push('', 'per document: F1 (TP/FP/FN)');
    out.push(`  ${'document'.padEnd(w)} ${FIELDS.map((f) => f.padStart(19)).join('')}`);
    for (const d of r.docs) {
      out.push(`  ${d.doc.padEnd(w)} ${FIELDS.map((f) => `${f3(d.fields[f].f1)} (${d.fields[f].tp}/${d.fields[f].fp}/${d.fields[f].fn})`.padStart(19)).join('')}`);
    }
  }
  if (withErrors) {
    for (const d of r.docs) for (const f of META_FIELDS) {
      const m = d.meta?.[f];
      // (a label the text never writes is listed, marked, but not counted in the figures above)
      if (m && !m.ok) out.push(`  metadata ${f.padEnd(6)} ${m.pred ?? '（none）'} ≠ ${m.gold}${m.notInText ? ' (not written in the text: not counted)' : ''}  ← ${d.doc}`);
    }
  }
  if (withErrors) {
    out.push('', `errors (${r.errors.length}):`);
    for (const e of r.errors) out.push(`  ${e.type} ${e.field.padEnd(10)} ${e.value}  ← ${e.doc}: ${e.clause}`);
  }
  return out.join('\n');
}

/** Fields whose micro F1 is under the floor, as "units 0.940 < 0.950". */
export function checkFloors(r: EvalReport, floors: Record<string, number>): string[] {
  const below: string[] = [];
  for (const [field, floor] of Object.entries(floors)) {
    const s = r.micro.fields[field as keyof typeof r.micro.fields];
    if (!s) continue;
    if (s.f1 + 1e-9 < floor) below.push(`${field} ${f3(s.f1)} < ${floor}`);
  }
  return below;
}
