import { describe, expect, it } from 'vitest';
import { bootstrapIntervals } from './bootstrap.js';
import type { DocScore } from './score.js';

// A document's scores with the same counts in every value field, and a region label right or wrong.
function doc(name: string, tp: number, fp: number, fn: number, regionOk?: boolean): DocScore {
  const c = { tp, fp, fn, p: 0, r: 0, f1: 0 };
  return {
    doc: name,
    fields: { amounts: c, rates: c, thresholds: c, units: c, deadlines: c },
    strict: { amounts: c, rates: c, thresholds: c, deadlines: c },
    roleAccuracy: { matched: 0, same: 0, accuracy: 1 },
    objectPairs: { labelled: 0, right: 0 },
    ...(regionOk === undefined ? {} : { meta: { region: { gold: '某县', ok: regionOk } } }),
  };
}

describe('bootstrap intervals over documents (eval --splits --ci)', () => {
  it('documents all alike give an interval of no width at their F1', () => {
    const docs = [doc('a', 3, 1, 0, true), doc('b', 3, 1, 0, true), doc('c', 3, 1, 0, true)];
    const { fields, meta } = bootstrapIntervals(docs, 200, 7);
    expect(fields.deadlines.low).toBeCloseTo(6 / 7, 9);
    expect(fields.deadlines.high).toBeCloseTo(6 / 7, 9);
    expect(meta.region).toEqual({ low: 1, high: 1 });
  });

  it('a set of one perfect and one failed notice spans from the failed to the perfect', () => {
    const docs = [doc('good', 5, 0, 0, true), doc('bad', 0, 0, 5, false)];
    const { fields, meta } = bootstrapIntervals(docs, 2000, 1);
    expect(fields.units.low).toBe(0);
    expect(fields.units.high).toBe(1);
    expect(meta.region.low).toBe(0);
    expect(meta.region.high).toBe(1);
  });

  it('the same seed gives the same intervals; metadata nobody labelled has none', () => {
    const docs = Array.from({ length: 20 }, (_, i) => doc(`d${i}`, i % 4, i % 3, i % 5));
    expect(bootstrapIntervals(docs, 500, 3)).toEqual(bootstrapIntervals(docs, 500, 3));
    const { meta } = bootstrapIntervals(docs, 500, 3);
    expect(Number.isNaN(meta.issuer.low)).toBe(true);
  });

  it('the interval holds the set’s own figure', () => {
    const docs = Array.from({ length: 30 }, (_, i) => doc(`d${i}`, 4 + (i % 3), i % 2, i % 4 === 0 ? 2 : 0));
    const tp = docs.reduce((n, d) => n + d.fields.amounts.tp, 0);
    const fp = docs.reduce((n, d) => n + d.fields.amounts.fp, 0);
    const fn = docs.reduce((n, d) => n + d.fields.amounts.fn, 0);
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    const { fields } = bootstrapIntervals(docs, 2000, 1);
    expect(fields.amounts.low).toBeLessThanOrEqual(f1);
    expect(fields.amounts.high).toBeGreaterThanOrEqual(f1);
    expect(fields.amounts.high - fields.amounts.low).toBeGreaterThan(0);
  });
});
