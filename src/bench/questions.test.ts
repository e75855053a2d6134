import { describe, expect, it } from 'vitest';
import { benchQuestions, KINDS, parseBenchQuestions } from './questions.js';
import { REGIONS } from './synth.js';

describe('bench questions', () => {
  const qs = benchQuestions();
  it('holds at least 100 questions of every kind, none twice', () => {
    expect(qs.length).toBeGreaterThanOrEqual(100);
    for (const k of KINDS) expect(qs.filter((q) => q.kind === k).length).toBeGreaterThanOrEqual(10);
    expect(new Set(qs.map((q) => `${q.question}|${q.region ?? ''}`)).size).toBe(qs.length);
  });
  it('filters only by regions the synthetic corpus holds', () => {
    for (const q of qs.filter((x) => x.region)) expect(REGIONS).toContain(q.region);
    expect(qs.filter((q) => q.kind === 'region').every((q) => q.region)).toBe(true);
  });
  it.each([
    ['plain\t院士工作站奖励', { kind: 'plain', question: '院士工作站奖励' }],
    ['rate\t贴息比例\t顺德区', { kind: 'rate', question: '贴息比例', region: '顺德区' }],
    ['# a comment\n\nplain\t首台套', { kind: 'plain', question: '首台套' }],
  ])('%j', (line, want) => {
    expect(parseBenchQuestions(line)).toEqual([want]);
  });
  it('names the line of a bad kind', () => {
    expect(() => parseBenchQuestions('plain\tx\nfancy\ty', 'q.tsv')).toThrow('q.tsv:2: unknown kind "fancy"');
  });
});
