import { describe, expect, it } from 'vitest';
import { UNIT_LABEL_WORD } from '../ingest/unit-words.js';
import { COMPOUND_TERM_AFTER, LABEL_WORD, PAIRED_COMPOUNDS } from './lexicon.js';

// The extractor's label words are the cleaner's (one stem, src/ingest/unit-words.ts) plus a second noun in brackets after the label
// (责任单位（部门）), which only a note's text writes.
describe('LABEL_WORD', () => {
  const extractor = new RegExp(`^${LABEL_WORD}$`);
  const cleaner = new RegExp(`^${UNIT_LABEL_WORD}$`);
  it.each(['责任单位', '牵头单位', '牵头责任单位', '项目责任单位', '责任处室及单位', '责任部门和单位', '项目实施单位及责任人'])('%s is a label to both stages', (w) => {
    expect(extractor.test(w)).toBe(true);
    expect(cleaner.test(w)).toBe(true);
  });
  it.each(['责任单位（部门）', '牵头单位(部门)'])('%s is a label to the extractor only', (w) => {
    expect(extractor.test(w)).toBe(true);
    expect(cleaner.test(w)).toBe(false);
  });
  it.each(['责任', '单位', '完成时限', '责任领导'])('%s is no label', (w) => expect(extractor.test(w)).toBe(false));
});

// dict/paired-compounds.json: each compound with two or more groups, longest first so 大中小型 is tried before 大中型.
describe('PAIRED_COMPOUNDS', () => {
  it('loads each compound with its groups', () => {
    expect(new Map(PAIRED_COMPOUNDS).get('城乡')).toEqual(['城镇', '农村']);
    for (const [word, groups] of PAIRED_COMPOUNDS) expect(groups.length, word).toBeGreaterThanOrEqual(2);
  });
  it('reads the words that make a compound one term', () => {
    expect(COMPOUND_TERM_AFTER.test('一体化示范村')).toBe(true);
    expect(COMPOUND_TERM_AFTER.test('居民人均可支配收入')).toBe(false);
  });
  it('puts longer compounds first', () => {
    const lengths = PAIRED_COMPOUNDS.map(([w]) => w.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });
});
