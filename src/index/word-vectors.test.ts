import { describe, expect, it } from 'vitest';
import { WordVectors } from './word-vectors.js';

// Two families of contexts: words of one family share neighbours, the other family's do not.
const family = (w: string, i: number) => (i % 2 ? ['企业', w, '项目', '给予', '补助', '投资额'] : ['对', '认定', w, '项目', '补助', '比例']);
const cuts: string[][] = [];
for (let i = 0; i < 40; i++) {
  cuts.push(family(i % 3 ? '技改' : '技术改造', i));
  cuts.push(i % 2 ? ['引进', '高层次', i % 3 ? '人才' : '专家', '给予', '安家费', '住房'] : ['人才', '公寓', '落户', '专家', '安家费', '住房']);
}

describe('WordVectors (PPMI + subspace iteration)', () => {
  const wv = WordVectors.fit(cuts, { dim: 4, minCount: 2 });
  it('puts words used in the same contexts closer than words from other contexts', () => {
    expect(wv.similarity('技改', '技术改造')!).toBeGreaterThan(wv.similarity('技改', '专家')!);
    expect(wv.similarity('人才', '专家')!).toBeGreaterThan(wv.similarity('人才', '技术改造')!);
  });
  it('is deterministic and survives being saved with the index', () => {
    const again = WordVectors.fit(cuts, { dim: 4, minCount: 2 });
    expect(Array.from(again.data)).toEqual(Array.from(wv.data));
    const back = WordVectors.deserialize(wv.serialize());
    expect(back.words).toEqual(wv.words);
    expect(Array.from(back.get('技改')!)).toEqual(Array.from(wv.get('技改')!));
  });
  it('is empty on a corpus too small to fit', () => {
    expect(WordVectors.fit([['技改']], { dim: 4 }).words).toEqual([]);
  });
});
