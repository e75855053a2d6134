import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A condition listed with 、 after another, its own measure named and its bound after it (且项目总投资3000万元以上、已完成投资1000万元以上;,
// 山西省 round 286), was read as a task's figure to complete (完成投资…以上, a goal's form) and given as a target: after a condition, a
// second bound listed so is a condition too. A goal's list, no condition before it, stays targets (issue 9).
const values = (text: string) => {
  const v = extractValues(text, '2024-12-01');
  return [v.amounts.map((a) => [a.yuan, a.role]), v.thresholds.map((t) => [t.metric, t.min])];
};

describe('the next bound listed after a condition is a condition (thresholds listed next condition)', () => {
  it.each([
    // 山西省 (shanxi-shanxisheng-kaifaquzijin2025.txt)
    ['项目在省自然资源厅核定的开发区四至范围内,项目已开工、已形成投资,且项目总投资3000万元以上、已完成投资1000万元以上;', [[], [['总投资', 30000000], ['已完成投资', 10000000]]]],
    // (a goal's list stays targets: 海盐, zhejiang-haiyan-nongyegongzuoyaodian.txt)
    ['到2025年,农业劳动生产率达到7万元/人,所有村年经常性收入达到200万元以上、经营性收入达到85万元以上,农村居民人均可支配收入增长8%以上。', [[[70000, 'target'], [2000000, 'target'], [850000, 'target']], []]],
  ])('%s', (text, want) => {
    expect(values(text)).toEqual(want);
  });
});
