import { describe, expect, it } from 'vitest';
import { TOPICS, topicsOf } from './topics.js';

describe('topicsOf', () => {
  it.each([
    // corpus/000_1783c25a94a31d5b.txt and corpus/001_68c950f8ef0909af.txt
    ['准、产品和整体解决方案供给，更好满足企业智能化改造需求。', ['智能制造']],
    ['13.降低企业融资成本。', ['融资', '降本']],
    ['园区、10 家绿色工厂、15 家节水型企业，开发 2 种绿色产品。', ['绿色制造']],
    ['多等行业重点企业为目标，大力推进生产智能化改造。', ['智能制造']],
    ['', []],
  ])('%s → %j', (text, tags) => {
    expect(topicsOf(text)).toEqual(tags);
  });
  it('tags every word of the taxonomy with its own topic', () => {
    for (const t of TOPICS) for (const w of t.words) expect(topicsOf(`对${w}给予支持`), w).toContain(t.tag);
  });
});
