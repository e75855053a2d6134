import { describe, expect, it } from 'vitest';
import { mineCandidates } from './mine.js';
import { Thesaurus } from './thesaurus.js';
import { words } from '../../index/tokenize.js';

// Real sentences from corpus/004 (渝北区) and corpus/000 (綦江区).
const sentences = [
  '对于一般技改扩能项目，按不超过投资额度15%给予补助，最多不超过1000万元；',
  '支持企业进行清洁生产技术改造，实施绿色制造，对获得国家级、市级绿色制造体系的企业，分别给予50万元、20万元的一次性奖励。',
  '鼓励企业实施技改，对技改项目按设备投资额给予补助。',
  '对年度升规的工业企业给予5万元/户的奖励。',
  '对统计部门认定的首次上规工业企业、软件和信息服务企业，一次性给予15万元奖励。',
];

describe('mineCandidates', () => {
  it('proposes an abbreviation and a compound of a concept the thesaurus lacks', () => {
    const th = new Thesaurus([
      { name: '技术改造', aliases: ['技术改造'], narrower: [], related: [] },
      { name: '升规', aliases: ['升规'], narrower: [], related: [] },
    ]);
    const cands = mineCandidates(th, sentences.map((s) => words(s)), { minCount: 1 });
    const tech = cands.filter((c) => c.concept === '技术改造').map((c) => c.word);
    expect(tech).toContain('技改');
    expect(cands.find((c) => c.word === '技改')!.evidence).toContain('shared:技术改造');
    // words already in the thesaurus are not proposed again
    expect(cands.some((c) => c.word === '技术改造' || c.word === '升规')).toBe(false);
  });
});
