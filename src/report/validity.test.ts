import { describe, expect, it } from 'vitest';
import type { Comparison, ComparedMeasure } from '../query/compare.js';
import type { Clause } from '../types.js';
import { clauseStatus, comparisonInForce } from './validity.js';

// Clauses of the seed notices as the index holds them (sentences from corpus/004 and corpus/000).
const clause = (id: string, over: Partial<Clause>): Clause =>
  ({ id, docId: `${id}-doc`, source: 's.txt', docTitle: '支持制造业高质量发展若干政策措施', status: 'final', section: [], text: '对市级认定的数字化车间和智能工厂项目分别给予50万、100万一次性奖励。', start: 0, end: 10, kind: 'subsidy', topics: [], amounts: [], rates: [], thresholds: [], units: [], lead: [], deadlines: [], ...over }) as Clause;

const CLAUSES = new Map<string, Clause>([
  ['yb', clause('yb', { region: '渝北区', docDate: '2021-10-14', validity: { from: '2021-10-14' } })],
  ['yb-old', clause('yb-old', { region: '渝北区', docDate: '2018-03-01', validity: { from: '2018-03-01', until: '2020-12-31' } })],
  ['qj-draft', clause('qj-draft', { region: '綦江区', status: 'draft', docDate: '2021-09-07', text: '对成功获批市级智能工厂、数字化车间且未享受市级资金补助的智能制造项目，分别给予40万元、20万元的认定奖励。' })],
  ['qj', clause('qj', { region: '綦江区', docDate: '2022-01-01', validity: { from: '2022-01-01', until: '2024-12-31' } })],
]);
const store = { byIds: (ids: string[]) => new Map(ids.filter((i) => CLAUSES.has(i)).map((i) => [i, CLAUSES.get(i)!])) };
const m = (id: string): ComparedMeasure => ({ measure: id, values: [], status: CLAUSES.get(id)!.status, sentence: CLAUSES.get(id)!.text, document: '', clauseId: id });
const cmp: Comparison = {
  regions: ['渝北区', '綦江区'],
  floor: 0.22,
  pairs: [
    { similarity: 0.5, label: '相似措施', a: m('yb'), b: m('qj-draft') },
    { similarity: 0.4, label: '同一措施', a: m('yb-old'), b: m('qj') },
  ],
  onlyA: [],
  onlyB: [],
};
const judgeOn = (asOf: string) => ({ status: (c: Clause) => clauseStatus(c, asOf, new Map()) });
const ids = (ms: ComparedMeasure[]) => ms.map((x) => x.clauseId);

describe('compare --in-force', () => {
  it.each([
    // as of → pairs kept, only in 渝北区, only in 綦江区
    ['2023-06-30', [], ['yb'], ['qj']], // the draft and the expired 2018 notice drop out; their partners stand alone
    ['2025-06-30', [], ['yb'], []], // 綦江区's 2022 notice ended with 2024
    ['2019-06-30', [], ['yb-old'], []], // before the 2021 notice took effect, only the old one applies
  ])('as of %s', (asOf, pairs, onlyA, onlyB) => {
    const c = comparisonInForce(cmp, judgeOn(asOf), store);
    expect(c.pairs.map((p) => [p.a.clauseId, p.b.clauseId])).toEqual(pairs);
    expect(ids(c.onlyA)).toEqual(onlyA);
    expect(ids(c.onlyB)).toEqual(onlyB);
  });

  it('keeps a pair when both sides are in force', () => {
    const both: Comparison = { ...cmp, pairs: [{ similarity: 0.5, label: '同一措施', a: m('yb'), b: m('qj') }] };
    const c = comparisonInForce(both, judgeOn('2023-06-30'), store);
    expect(c.pairs.map((p) => p.label)).toEqual(['同一措施']);
    expect(c.onlyA).toEqual([]);
  });
});
