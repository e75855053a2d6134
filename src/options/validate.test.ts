import { describe, expect, it } from 'vitest';
import { nearest } from './names.js';
import { resolveRegions } from './regions.js';
import { listOf, outputFormat, positiveInt, yuan } from './validate.js';

const KNOWN = ['綦江区', '重庆市', '黔江区', '渝北区'];

describe('resolveRegions', () => {
  it.each([
    [['渝北'], ['渝北区']],
    [['渝北区', '綦江'], ['渝北区', '綦江区']],
    [['重庆'], ['重庆市']],
  ])('%j → %j', (input, out) => expect(resolveRegions(input, KNOWN)).toEqual(out));
  it.each([
    ['渝北县', /^region 渝北县 is not in the index; did you mean 渝北区\? the index has: /],
    ['黄浦区', /^region 黄浦区 is not in the index \(上海市 黄浦区 has no indexed documents\)/],
    ['火星', /^region 火星 is not in the index; the index has: 綦江区、重庆市、黔江区、渝北区$/],
  ])('%s is refused with the nearest known names', (name, msg) => expect(() => resolveRegions([name], KNOWN)).toThrow(msg));
});

describe('option values', () => {
  it('nearest names', () => {
    expect(nearest('subsidyy', ['subsidy', 'target', 'task'])).toEqual(['subsidy']);
    expect(nearest('上规', ['上规升级', '人才', '用地'])).toEqual(['上规升级']);
  });
  it.each([['10', 10], [' 3 ', 3]])('positiveInt(%j) = %d', (v, n) => expect(positiveInt(v)).toBe(n));
  it.each(['abc', '0', '-1', '2.5', ''])('positiveInt(%j) is refused', (v) => expect(() => positiveInt(v)).toThrow(/whole number/));
  it.each([['1000000', 1e6], ['100万', 1e6], ['100万元', 1e6], ['1.5亿', 1.5e8]])('yuan(%j) = %d', (v, n) => expect(yuan(v)).toBe(n));
  it('a closed list names the valid values and accepts Chinese aliases', () => {
    const kinds = listOf(['subsidy', 'target'], 'kind', { 补贴: 'subsidy' });
    expect(kinds('subsidy,补贴')).toEqual(['subsidy']);
    expect(() => kinds('subsidyy')).toThrow('unknown kind subsidyy; did you mean subsidy? valid: subsidy, target');
  });
  it.each([
    ['x.csv', undefined, 'csv'],
    ['x.json', undefined, 'json'],
    ['x.jsonl', undefined, 'jsonl'],
    [undefined, undefined, 'jsonl'],
    ['x.out', 'csv', 'csv'],
  ] as const)('--out %s --format %s → %s', (out, fmt, want) => expect(outputFormat(out, fmt)).toBe(want));
  it('--format that contradicts the --out extension is refused', () => expect(() => outputFormat('x.csv', 'jsonl')).toThrow('--format jsonl but --out x.csv ends in .csv'));
});
