import { describe, expect, it } from 'vitest';
import { renderEval } from './report.js';
import { combine, scoreDoc, type PredClause } from './score.js';
import { parseGold } from './gold.js';

// renderEval's error listing: a metadata label the text never writes is listed marked, as the figures leave it out.
const SOURCE = '甲、对智能工厂给予100万元奖励。';
const gold = (issuer: string) =>
  parseGold('x.jsonl', [JSON.stringify({ doc: 'x.txt', region: '渝北区', issuer, scope: [{ from: '甲、', to: '奖励。' }] }), JSON.stringify({ quote: '对智能工厂给予100万元奖励', amounts: [{ yuan: 1000000, role: 'fixed' }], rates: [], thresholds: [], units: [], lead: [], deadlines: [] })].join('\n'), () => SOURCE);
const pred: PredClause = { source: 'x.txt', text: '对智能工厂给予100万元奖励。', amounts: [{ yuan: 1000000, role: 'fixed' }], rates: [], thresholds: [], units: [], deadlines: [] };

describe('renderEval', () => {
  it('marks an issuer miss the text never writes as not counted', () => {
    const { score, errors } = scoreDoc(gold('渝北区人民政府'), [pred]);
    score.meta = { issuer: { gold: '渝北区人民政府', ok: false, notInText: true } };
    const out = renderEval(combine([score], errors), true, true);
    expect(out).toContain('metadata issuer （none） ≠ 渝北区人民政府 (not written in the text: not counted)  ← x.txt');
  });
  it('lists a counted miss plainly', () => {
    const { score, errors } = scoreDoc(gold('渝北区人民政府'), [pred]);
    score.meta = { issuer: { gold: '渝北区人民政府', pred: '渝北区政府', ok: false } };
    const out = renderEval(combine([score], errors), true, true);
    expect(out).toContain('metadata issuer 渝北区政府 ≠ 渝北区人民政府  ← x.txt');
  });
});
