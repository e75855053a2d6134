import { describe, expect, it } from 'vitest';
import { ConceptMatcher } from './concept-features.js';
import { countDf, features, SemanticEmbedder, TfidfEmbedder } from './embedder.js';
import { words } from './tokenize.js';

// corpus/004 (渝北区) and corpus/000 (綦江区)
const clauses = [
  '对于一般技改扩能项目，按不超过投资额度15%给予补助，最多不超过1000万元；',
  '实施能效提升和绿色工厂激励措施，对被认定为绿色工厂的，给予20万元的一次性配套奖励；',
  '对年度升规的工业企业给予5万元/户的奖励。',
  '对新认定的重庆市院士工作站，一次性给予50万元配套奖励，正常运行的每年给予经费15万元；',
];
const lexicon = [
  { name: '技术改造', terms: ['技术改造', '技改', '技改扩能'] },
  { name: '绿色制造', terms: ['绿色制造', '绿色工厂'] },
  { name: '升规', terms: ['升规', '上规'], not: ['上规划'] },
];

function cos(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

describe('SemanticEmbedder', () => {
  const df = countDf(clauses.map((t) => features(t)));
  const tfidf = new TfidfEmbedder(128, clauses.length, (k) => df.get(k));
  const plain = new SemanticEmbedder(tfidf);
  const semantic = new SemanticEmbedder(tfidf, new ConceptMatcher(lexicon));

  it('names its parts in its id (an index refuses vectors of another kind)', () => {
    expect(plain.id).toBe('tfidf-hash-128');
    expect(plain.dim).toBe(128);
    expect(semantic.id).toBe('tfidf-hash-128+concepts48');
    expect(semantic.dim).toBe(176);
  });

  it('brings a paraphrase (技术改造 for 技改扩能) nearer through the concept features', () => {
    const q = '企业技术改造项目按什么比例补助';
    const rank = (e: SemanticEmbedder) => {
      const qv = e.vectorOf(q, words(q));
      return clauses.map((c) => cos(qv, e.vectorOf(c, words(c))));
    };
    const [p, s] = [rank(plain), rank(semantic)];
    expect(s[0]).toBeGreaterThan(p[0]);
    expect(s[0]).toBe(Math.max(...s));
  });

  it('gives the plain TF-IDF vector when it has no semantic parts', () => {
    const t = clauses[0];
    expect(Array.from(plain.vectorOf(t, words(t)))).toEqual(Array.from(tfidf.vector(features(t, words(t)))));
  });
});
