import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Deadline classes from round 47 of the national development set (issue 9). Sentences are real, from the dev notice named in the
// comment; "form" marks one written from the class.
const deadlines = (text: string, docDate?: string) =>
  extractValues(text, docDate).deadlines.map((d) => {
    expect(text.slice(d.start, d.end)).toBe(d.raw);
    return [d.raw, d.date];
  });

describe('a cohort’s year of entry is its window, whatever condition on a later year follows (cohort entry)', () => {
  it.each([
    // 东莞 (guangdong-dongguan-shanggui.txt), a 2025 call: the year of entry, not the year the growth is measured in.
    ['2023年首次纳入规上工业企业库并且在2024年实现产值比2023年全年正增长的企业。', '2025-06-01', [['2023年', '2023']]],
    ['对2023年投产即上规并且在2024年实现产值比2023年全年正增长的工业企业,给予15万元奖励;', '2025-06-01', [['2023年', '2023']]],
    ['对2023年首次纳入规上工业企业库并且在2024年实现产值比2023年全年正增长的工业企业,给予最高5万元奖励;', '2025-06-01', [['2023年', '2023']]],
    // form: 入规
    ['对2024年新入规的工业企业,给予10万元奖励。', '2025-03-01', [['2024年', '2024']]],
  ])('%s', (s, date, want) => expect(deadlines(s, date)).toEqual(want));
  it.each([
    // a year whose figure is the condition stays none
    ['对2024年酒类产业生产规模超过1亿元的企业,给予奖励。', '2025-03-01'],
  ])('%s: none', (s, date) => expect(deadlines(s, date)).toEqual([]));
});
