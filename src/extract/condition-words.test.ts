import { describe, expect, it } from 'vitest';
import { alt, CHECK_PASSED_BEFORE_GRANT, conditionWords } from './condition-words.js';
import { boundBefore } from './thresholds.js';

describe('condition words (dict/condition-words.json)', () => {
  it('loads every list, none empty, no word twice in a list', () => {
    const lists = [
      conditionWords.lowerBefore.inclusive,
      conditionWords.lowerBefore.exclusive,
      conditionWords.upperBefore.inclusive,
      conditionWords.upperBefore.exclusive,
      conditionWords.inclusiveMarks,
      conditionWords.exclusiveMarks,
      conditionWords.stepWords,
      conditionWords.goalFields,
      conditionWords.goalHeadings,
      conditionWords.referenceLevels,
      conditionWords.applicantRatios,
      conditionWords.applicants,
      conditionWords.countedThings,
      conditionWords.quantityUnits,
      conditionWords.countingClassifiers,
      conditionWords.perUnits,
      conditionWords.conditionLeadIns.verbs,
      conditionWords.conditionLeadIns.nouns,
      conditionWords.conditionLeadIns.subjects,
      conditionWords.conditionLeadIns.labels,
      conditionWords.describedYearNouns,
      conditionWords.basisWords,
      conditionWords.basisSubjects,
      conditionWords.measuredNouns,
      conditionWords.boundNegations,
      conditionWords.negations,
      conditionWords.notNegations,
      conditionWords.reliefDues,
    ];
    for (const l of lists) {
      expect(l.length).toBeGreaterThan(0);
      expect(new Set(l).size).toBe(l.length);
    }
  });
  it('alternations put the longest word first and escape brackets', () => {
    expect(alt(['月', '个月'])).toBe('个月|月');
    expect(new RegExp(`^(${alt(['(含)'])})$`).test('(含)')).toBe(true);
  });
  it.each([
    ['研发投入不低于', { side: 'min', inclusive: true }],
    ['年营收低于', { side: 'max', inclusive: false }],
    ['单价超过', { side: 'min', inclusive: false }],
    ['最高不超过', { side: 'max', inclusive: true }],
    ['年营业收入首次突破', { side: 'min', inclusive: false }],
    ['年产值≥', { side: 'min', inclusive: true }],
    ['年产值＜', { side: 'max', inclusive: false }],
    // (a negated floor word is a ceiling, not the floor its last character spells: 实际租期不满 reads 不满, never 满 — 不满一年 is under a year)
    ['承租方在2022年实际租期不满', { side: 'max', inclusive: false }],
    ['实际租期满', { side: 'min', inclusive: true }],
    // (…and any negation before a floor word (boundNegations): 没有达到 is under the figure, 未超 at most it; 不低于 is its own word)
    ['年营业收入没有达到', { side: 'max', inclusive: false }],
    ['年营业收入尚未达到', { side: 'max', inclusive: false }],
    ['单价未超', { side: 'max', inclusive: true }],
    ['研发投入不得低于', { side: 'min', inclusive: true }],
    ['给予', undefined],
  ])('the longest bound word decides: %s', (pre, want) => {
    expect(boundBefore(pre)).toEqual(want);
  });
});

describe('countingVerbs (dict/condition-words.json)', () => {
  it('loads, none empty, no word twice, and holds the acts a count target opens with', () => {
    const l = conditionWords.countingVerbs;
    expect(l.length).toBeGreaterThan(0);
    expect(new Set(l).size).toBe(l.length);
    for (const w of ['培育', '引进', '建设', '打造']) expect(l).toContain(w);
    expect(l).not.toContain('拥有');
  });
});

describe('goalFields (dict/condition-words.json)', () => {
  it('names what a project is to achieve, never who may apply: each ends in 目标, 效益 or 成效', () => {
    for (const f of conditionWords.goalFields) expect(f).toMatch(/(?:目标|效益|成效)$/);
  });
});

describe('checksPassed (dict/condition-words.json)', () => {
  it('loads its prefixes, acts and results, none empty, no word twice', () => {
    for (const list of [conditionWords.checksPassed.prefixes, conditionWords.checksPassed.acts, conditionWords.checksPassed.results]) {
      expect(list.length).toBeGreaterThan(0);
      expect(new Set(list).size).toBe(list.length);
    }
  });
  it.each([
    ['通过达标验收后', true],
    ['经县农业农村局验收合格后', true],
    ['經驗收合格後', false], // read after the text is folded to simplified
    ['按规定', false],
  ])('%s is a check passed: %s', (words, passed) => expect(new RegExp(`^(?:${CHECK_PASSED_BEFORE_GRANT})$`).test(words)).toBe(passed));
});
