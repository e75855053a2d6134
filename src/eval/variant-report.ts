import { evaluate } from './run.js';
import { FIELDS, META_FIELDS, type EvalReport } from './score.js';
import { VARIANTS, type Variant } from './variants.js';

export interface VariantReport {
  variant: string;
  describe: string;
  report: EvalReport;
}

/** The labelled folder scored as written and in every house-style variant. */
export async function evaluateVariants(gold: string, docs?: string, variants: Variant[] = VARIANTS): Promise<VariantReport[]> {
  const out: VariantReport[] = [{ variant: 'as written', describe: 'the documents as they are', report: await evaluate({ gold, docs }) }];
  for (const v of variants) out.push({ variant: v.name, describe: v.describe, report: await evaluate({ gold, docs, variant: v }) });
  return out;
}

/** One row per variant: F1 per field and metadata right/total, with the change from the text as written. */
export function renderVariants(rows: VariantReport[]): string {
  const base = rows[0].report;
  const cell = (r: EvalReport, f: (typeof FIELDS)[number]) => {
    const d = r.micro.fields[f].f1 - base.micro.fields[f].f1;
    return `${r.micro.fields[f].f1.toFixed(3)}${Math.abs(d) >= 0.0005 ? `(${d > 0 ? '+' : ''}${d.toFixed(3)})` : ''}`.padStart(16);
  };
  const count = (r: EvalReport, f: (typeof META_FIELDS)[number]) => `${r.micro.metaCounts[f].right}/${r.micro.metaCounts[f].total}`;
  // (as wide as the widest count and a space, so that 2405/2594 and 1601/1697 never run together)
  const width = Math.max(9, ...rows.flatMap((r) => META_FIELDS.map((f) => count(r.report, f).length + 1)));
  const meta = (r: EvalReport) => META_FIELDS.map((f) => count(r, f).padStart(width)).join('');
  const out = [
    'F1 per field (change from the text as written); document metadata right/labelled',
    `${'variant'.padEnd(18)}${FIELDS.map((f) => f.padStart(16)).join('')} ${META_FIELDS.map((f) => f.padStart(width)).join('')}`,
  ];
  for (const r of rows) out.push(`${r.variant.padEnd(18)}${FIELDS.map((f) => cell(r.report, f)).join('')} ${meta(r.report)}`);
  out.push('');
  for (const r of rows.slice(1)) out.push(`${r.variant}: ${r.describe}`);
  return out.join('\n');
}
