import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer } from './answer.js';
import { indexNotices, type TestIndex } from './testkit.js';
import { devText as dev } from '../dev-notices.js';

// A notice in traditional characters answers a question in simplified ones (traditional search): the index's words, bigrams and
// concepts were read as written, so 揭阳's 技術改造 measures never met a question about 技术改造. Read folded now, as extraction is.
let notices: TestIndex;

beforeAll(async () => {
  notices = await indexNotices([
    // 揭阳 dev, as found: traditional characters
    ['guangdong-jieyang-youhuashengji.txt', dev('guangdong-jieyang-youhuashengji.txt')],
    // 铁岭 dev: simplified
    ['liaoning-tieling-gongyeqiangshi.txt', dev('liaoning-tieling-gongyeqiangshi.txt')],
  ]);
});
afterAll(() => notices.close());

describe('answer: a notice in traditional characters answers a question in simplified ones (traditional search)', () => {
  it('哪些地方支持技术改造，补贴多少？ → 揭阳 (技術改造, as written) beside 铁岭', async () => {
    const a = await answer(notices.index, '哪些地方支持技术改造，补贴多少？');
    const regions = a.regions.map((g) => g.region);
    expect(regions).toContain('揭阳市');
    expect(regions).toContain('铁岭市');
    // (the measure is quoted as the notice writes it)
    const jieyang = a.regions.find((g) => g.region === '揭阳市')!;
    expect(jieyang.rows.some((r) => /技術改造/.test(JSON.stringify(r)))).toBe(true);
  });
});
