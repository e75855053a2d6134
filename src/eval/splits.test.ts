import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readAddresses, readProvinces, renderIntervals, renderSplits, splitIntervals } from './splits.js';
import { evaluate } from './run.js';

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


// eval --splits --addresses: the manifest's address column is stated, never its region, issuer or date (labels).
describe('addresses from the manifest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'splits-'));
  const manifest = join(dir, 'sources.tsv');
  writeFileSync(manifest, 'file\taddress\tissuer\tdate\tprovince\tlevel\tregion\ndev/a.txt\thttp://www.panyu.gov.cn/x.html\t某局\t2020-01-01\t广东省\tdistrict\t天河区\n');
  it('address_column_only: file name → address, file name → province', () => {
    expect([...readAddresses(manifest)]).toEqual([['a.txt', 'http://www.panyu.gov.cn/x.html']]);
    expect([...readProvinces(manifest)]).toEqual([['a.txt', '广东省']]);
  });
  it('address_fills_region: a text naming no place is scored with the address’s division, not the manifest’s region column', async () => {
    writeFileSync(join(dir, 'a.txt'), '一、总体要求\n全面贯彻新发展理念,对新入规企业给予10万元奖励。\n');
    writeFileSync(join(dir, 'a.jsonl'), JSON.stringify({ doc: 'a.txt', region: '番禺区', scope: [] }) + '\n');
    const without = await evaluate({ gold: dir, docs: dir });
    const withAddr = await evaluate({ gold: dir, docs: dir, addresses: readAddresses(manifest) });
    expect([without.docs[0].meta?.region?.pred, withAddr.docs[0].meta?.region?.pred]).toEqual([undefined, '番禺区']);
  });
});
