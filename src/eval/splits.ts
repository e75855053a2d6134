import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from './run.js';
import { combine, FIELDS, META_FIELDS, type EvalReport } from './score.js';
import { bootstrapIntervals, type Intervals } from './bootstrap.js';

/** A labelled set: the seeds (development), the national dev half (read and written against) and test half (only scored). */
export interface SplitReport {
  split: string;
  development: boolean;
  report: EvalReport;
  /** Per province, from eval/national/sources.tsv (the seeds are all 重庆市). */
  provinces: { province: string; report: EvalReport }[];
}

/** File name → one column of the national manifest (columns: file, address, issuer, date, province, …), and nothing else of the row. */
function manifestColumn(manifest: string, col: number): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(manifest)) return out;
  for (const line of readFileSync(manifest, 'utf8').split(/\r?\n/).slice(1)) {
    const cols = line.split('\t');
    if (cols[0] && cols[col]) out.set(cols[0].replace(/^.*\//, ''), cols[col]);
  }
  return out;
}

/** File → province from the national manifest. */
export const readProvinces = (manifest: string) => manifestColumn(manifest, 4);

/** File → page address from the national manifest: its address column only. */
export const readAddresses = (manifest: string) => manifestColumn(manifest, 1);

/**
 * Score every labelled set of the project: seeds, national dev, national test. With `addresses`, each national text's page
 * address is stated as a manifest would state it (its region, issuer and date columns are labels and are never read).
 */
export async function evaluateSplits(root: string, opts: { addresses?: boolean } = {}): Promise<SplitReport[]> {
  const provinces = readProvinces(join(root, 'eval', 'national', 'sources.tsv'));
  const addresses = opts.addresses ? readAddresses(join(root, 'eval', 'national', 'sources.tsv')) : undefined;
  const sets = [
    { split: 'seeds', gold: join(root, 'eval', 'gold'), development: true },
    { split: 'dev', gold: join(root, 'eval', 'national', 'dev'), development: true },
    { split: 'test', gold: join(root, 'eval', 'national', 'test'), development: false },
  ].filter((s) => existsSync(s.gold));
  const out: SplitReport[] = [];
  for (const s of sets) {
    const report = await evaluate({ gold: s.gold, ...(addresses && s.split !== 'seeds' ? { addresses } : {}) });
    const byProvince = new Map<string, typeof report.docs>();
    for (const d of report.docs) {
      const p = provinces.get(d.doc) ?? (s.split === 'seeds' ? '重庆市' : '（未知）');
      byProvince.set(p, [...(byProvince.get(p) ?? []), d]);
    }
    out.push({ split: s.split, development: s.development, report, provinces: [...byProvince].map(([province, docs]) => ({ province, report: combine(docs, []) })) });
  }
  return out;
}

const f3 = (n: number) => n.toFixed(3);

/** Column widths of the metadata counts: room for 3-digit counts and a +n, a space between columns always. */
// (wide enough for four-figure counts with a space between: 1031/1088+70, 979/1000)
const META_WIDTH: Record<string, number> = { region: 12, issuer: 15, date: 11 };

/** One row per split (and per province under it): F1 per field and metadata right/total. */
export function renderSplits(splits: SplitReport[]): string {
  const head = `${'set'.padEnd(16)} ${'docs'.padStart(4)} ${FIELDS.map((f) => f.padStart(11)).join('')}   ${META_FIELDS.map((f) => f.padStart(META_WIDTH[f])).join('')}`;
  const row = (name: string, r: EvalReport) =>
    `${name.padEnd(16)} ${String(r.docs.length).padStart(4)} ${FIELDS.map((f) => f3(r.micro.fields[f].f1).padStart(11)).join('')}   ${META_FIELDS.map((f) => `${r.micro.metaCounts[f].right}/${r.micro.metaCounts[f].total}${r.micro.metaCounts[f].notInText ? `+${r.micro.metaCounts[f].notInText}` : ''}`.padStart(META_WIDTH[f])).join('')}`;
  const out = ['F1 per field; document metadata right/labelled', head];
  for (const s of splits) out.push(row(`${s.split}${s.development ? ' (dev)' : ' (held out)'}`, s.report));
  // Where a query files each measure: a clause's region is its document part's (an attachment reading no place files none).
  const filed = splits.filter((s) => s.report.micro.clauseRegions?.total);
  if (filed.length) out.push(`clauses holding a value filed under the labelled region: ${filed.map((s) => `${s.split} ${s.report.micro.clauseRegions.right}/${s.report.micro.clauseRegions.total}`).join(', ')}`);
  for (const s of splits) {
    out.push('', `${s.split}, per province:`);
    for (const p of s.provinces.sort((a, b) => a.province.localeCompare(b.province, 'zh'))) out.push(row(`  ${p.province}`, p.report));
  }
  out.push('', 'seeds and dev are development sets (the rules were written against them); test is the headline figure.');
  out.push('issuer right/counted+n: n documents carry an issuer label the text never writes (inferred by the labeller); they are not counted.');
  return out.join('\n');
}

/** Each split's 95% intervals (documents resampled): how far its row may move with the notices drawn. */
export function splitIntervals(splits: SplitReport[], rounds = 2000, seed = 1): { split: string; intervals: Intervals }[] {
  return splits.map((s) => ({ split: s.split, intervals: bootstrapIntervals(s.report.docs, rounds, seed) }));
}

/** The intervals (as splitIntervals gives them) as rows under the table's columns: low–high per field, metadata as shares right. */
export function renderIntervals(splits: SplitReport[], computed: { split: string; intervals: Intervals }[]): string {
  const { rounds, seed } = computed[0]?.intervals ?? { rounds: 0, seed: 0 };
  const out = [`95% intervals, documents resampled with replacement (${rounds} rounds, seed ${seed}); metadata as the share right:`];
  const span = (i: { low: number; high: number }) => (Number.isNaN(i.low) ? '—' : `${i.low.toFixed(3)}–${i.high.toFixed(3)}`);
  out.push(`${'set'.padEnd(16)} ${'docs'.padStart(4)} ${[...FIELDS, ...META_FIELDS].map((f) => f.padStart(13)).join('')}`);
  for (const { split, intervals } of computed) {
    const s = splits.find((x) => x.split === split)!;
    out.push(`${`${split}${s.development ? ' (dev)' : ' (held out)'}`.padEnd(16)} ${String(s.report.docs.length).padStart(4)} ${FIELDS.map((f) => span(intervals.fields[f]).padStart(13)).join('')}${META_FIELDS.map((f) => span(intervals.meta[f]).padStart(13)).join('')}`);
  }
  return out.join('\n');
}
