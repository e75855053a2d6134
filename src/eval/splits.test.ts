import { describe, expect, it } from 'vitest';
import { renderSplits } from './splits.js';

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
});
