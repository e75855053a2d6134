import { describe, expect, it } from 'vitest';
import { bigrams, words } from './tokenize.js';

describe('segmentation with the policy dictionary', () => {
  it('keeps policy terms and unit names whole', () => {
    const w = words('对市级认定的数字化车间和智能工厂项目分别给予奖励（责任单位：区经济信息委）');
    for (const t of ['数字化车间', '智能工厂', '区经济信息委']) expect(w).toContain(t);
  });
  it('drops digits (jieba splits 40万元 into 4/0/万元), punctuation and stop words', () => {
    const w = words('给予40万元的奖励。');
    expect(w).not.toContain('4');
    expect(w).not.toContain('的');
    expect(w).not.toContain('。');
  });
  it('character bigrams of Chinese runs', () => expect(bigrams('智能工厂5G')).toEqual(['智能', '能工', '工厂']));
});
