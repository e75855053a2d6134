import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A scale an applicant first reaches in a year (于2024年首次突破相应规模) is the window the rewarded act falls in (ANNOTATION, round 40),
// also when the year is before the notice's: it was dropped as a year looking back, or as the year of a condition's figure. Only
// where 于 sets the year or a grant follows: a review's 2023年全市营收首次突破千亿元 looks back.
const deadlines = (text: string, docDate?: string) =>
  extractValues(text, docDate).deadlines.map((d) => {
    expect(text.slice(d.start, d.end)).toBe(d.raw);
    return d.date;
  });

describe('a scale first reached in a year is that window (first reach)', () => {
  it.each([
    // 海南省 (hainan-hainansheng-xinxichanye.txt), a 2025 call.
    ['申报单位营业收入纳入海南省统计,年营业收入于2024年首次突破相应规模;', '2025-03-01', ['2024']],
    // 成都 新都 (sichuan-xindu-shangtaijie.txt), a 2022 call.
    ['在新都区工商注册、税收解缴关系在新都并于2021年营业务收入首次突破3亿元的企业,给予一次性奖励。', '2022-03-01', ['2021']],
    // form: other verbs of first reaching, 达到 and 迈上
    ['企业于2023年产值首次达到10亿元的,给予50万元奖励。', '2024-02-01', ['2023']],
    ['企业于2023年首次迈上百亿台阶的,给予奖励。', '2024-02-01', ['2023']],
    // form: no 于, a grant after the scale
    ['对2023年首次突破1亿元的企业,给予10万元奖励。', '2024-02-01', ['2023']],
  ])('%s', (s, date, want) => expect(deadlines(s, date)).toEqual(want));
  it.each([
    // a review of the past year (form), and a year before the notice with no act of first reaching
    ['2023年,全市规上工业营收首次突破千亿元。', '2024-02-01'],
    ['2023年全市规上工业营收首次突破千亿元,同比增长8%。', '2024-02-01'],
    ['对2023年营业收入超过1亿元的企业,给予10万元奖励。', '2024-02-01'],
  ])('%s: none', (s, date) => expect(deadlines(s, date)).toEqual([]));
});
