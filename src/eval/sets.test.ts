import { describe, expect, it } from 'vitest';
import { developmentNote, goldSet } from './sets.js';

describe('goldSet', () => {
  it.each([
    ['eval/gold', true],
    ['eval/national/dev', true],
    ['eval/national/dev/zhejiang', true],
    ['eval/national/test', false],
    ['my-gold', false],
  ])('%s → development %s', (dir, dev) => expect(goldSet(dir).development).toBe(dev));
  it('warns only for development sets', () => {
    expect(developmentNote(goldSet('eval/gold'))).toMatch(/^note: seed gold \(eval\/gold\) is a development set: /);
    expect(developmentNote(goldSet('eval/national/test'))).toBeUndefined();
  });
});
