import { seededRandom } from '../seeded-random.js';
import { FIELDS, META_FIELDS, score, type DocScore, type Field, type MetaField } from './score.js';

/** A range a figure is likely in: the 2.5th and 97.5th percentiles of its resampled values (NaN where nothing is labelled). */
export interface Interval {
  low: number;
  high: number;
}

export interface Intervals {
  rounds: number;
  seed: number;
  fields: Record<Field, Interval>;
  /** Share of labelled documents whose metadata is right (the counted ones, as the table counts them). */
  meta: Record<MetaField, Interval>;
}


function percentile(sorted: number[], q: number): number {
  // (no labelled document in any round: no figure, as the table's 0/0)
  if (!sorted.length) return Number.NaN;
  const at = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[at];
}

/**
 * How far a set's micro F1 and metadata shares may move with the documents drawn: a percentile bootstrap over documents (each
 * round draws as many documents as the set has, with replacement, and pools their counts as the table does). Documents, not
 * clauses, are the unit: a notice's clauses share its house style, so they do not vary independently.
 */
export function bootstrapIntervals(docs: DocScore[], rounds = 2000, seed = 1): Intervals {
  const random = seededRandom(seed);
  const f1s = Object.fromEntries(FIELDS.map((f) => [f, [] as number[]])) as Record<Field, number[]>;
  const shares = Object.fromEntries(META_FIELDS.map((f) => [f, [] as number[]])) as Record<MetaField, number[]>;
  for (let r = 0; r < rounds && docs.length; r++) {
    const drawn = Array.from({ length: docs.length }, () => docs[Math.floor(random() * docs.length)]);
    for (const f of FIELDS) {
      const c = drawn.reduce((acc, d) => ({ tp: acc.tp + d.fields[f].tp, fp: acc.fp + d.fields[f].fp, fn: acc.fn + d.fields[f].fn }), { tp: 0, fp: 0, fn: 0 });
      f1s[f].push(score(c).f1);
    }
    for (const f of META_FIELDS) {
      const counted = drawn.map((d) => d.meta?.[f]).filter((m) => m !== undefined && !m.notInText);
      if (counted.length) shares[f].push(counted.filter((m) => m!.ok).length / counted.length);
    }
  }
  const interval = (values: number[]): Interval => {
    const sorted = [...values].sort((a, b) => a - b);
    return { low: percentile(sorted, 0.025), high: percentile(sorted, 0.975) };
  };
  return {
    rounds,
    seed,
    fields: Object.fromEntries(FIELDS.map((f) => [f, interval(f1s[f])])) as Record<Field, Interval>,
    meta: Object.fromEntries(META_FIELDS.map((f) => [f, interval(shares[f])])) as Record<MetaField, Interval>,
  };
}
