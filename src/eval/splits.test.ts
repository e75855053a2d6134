import { describe, expect, it } from 'vitest';
import { renderIntervals, renderSplits, splitIntervals } from './splits.js';

// The --splits table: metadata counts of three digits with a +n stay apart (dev 157 ran region into issuer:
// "151/15798/102+35101/101").
describe('renderSplits', () => {
  it('metadata_columns_apart: three-digit counts and a +n keep a space between columns', () => {
    const f = { tp: 1, fp: 0, fn: 0, p: 1, r: 1, f1: 1 };
    const report = {
      docs: new Array(157).fill({}),
      micro: {
        fields: { amounts: f, rates: f, thresholds: f, units: f, deadlines: f },
        metaCounts: { region: { right: 151, total: 157 }, issuer: { right: 98, total: 102, notInText: 35 }, date: { right: 101, total: 101 } },
      },
    } as any;
    const line = renderSplits([{ split: 'dev', development: true, report, provinces: [] }]).split('\n')[2];
    expect(line).toMatch(/ 151\/157 +98\/102\+35 +101\/101$/);
  });
  it('clause_regions_line: the clauses filed under the labelled region, per split, under the table', () => {
    const f = { tp: 1, fp: 0, fn: 0, p: 1, r: 1, f1: 1 };
    const meta = { region: { right: 1, total: 1 }, issuer: { right: 1, total: 1 }, date: { right: 1, total: 1 } };
    const rep = (right: number, total: number) => ({ docs: [{}], micro: { fields: { amounts: f, rates: f, thresholds: f, units: f, deadlines: f }, metaCounts: meta, clauseRegions: { right, total } } }) as any;
    const lines = renderSplits([
      { split: 'dev', development: true, report: rep(9, 10), provinces: [] },
      { split: 'test', development: false, report: rep(3, 4), provinces: [] },
    ]).split('\n');
    expect(lines[4]).toBe('clauses holding a value filed under the labelled region: dev 9/10, test 3/4');
  });
  it('interval_rows: each split a row of low–high under the table’s columns, a dash where nothing is labelled', () => {
    const c = { tp: 2, fp: 0, fn: 0, p: 1, r: 1, f1: 1 };
    const d = { doc: 'x', fields: { amounts: c, rates: c, thresholds: c, units: c, deadlines: c }, strict: {}, roleAccuracy: {}, objectPairs: {}, meta: { region: { gold: '某县', ok: true } } };
    const report = { docs: [d, d], micro: {} } as any;
    const splits = [{ split: 'test', development: false, report, provinces: [] }];
    const lines = renderIntervals(splits, splitIntervals(splits, 100, 1)).split('\n');
    expect(lines[0]).toMatch(/^95% intervals, documents resampled with replacement \(100 rounds, seed 1\)/);
    expect(lines[2]).toMatch(/^test \(held out\) +2 +1\.000–1\.000/);
    expect(lines[2]).toMatch(/1\.000–1\.000 +— +—$/);
  });
});

