import { describe, expect, it } from 'vitest';
import { deadlinePairs } from './fixture-table.js';

// 今年 before a verb that puts a rule in force for the year (今年继续实行“定额+限比”的补贴额确定方式) is the notice's year, as 今年 before 实施
// is. Found on xinjiang-xinjiang-butieeyilanbiao2019.txt (round 221, scored before its rules: deadlines 0.870).
describe('今年 before 实行 or 执行 sets the year (deadlines this year rule)', () => {
  it.each([
    // 新疆 2019
    ['今年继续实行“定额+限比”的补贴额确定方式,限定比例为45%。', '2019-04-26', [['今年', '2019']]],
    // form: 执行, full-width comma
    ['今年执行新的补贴标准，每亩补贴100元。', '2021-03-01', [['今年', '2021']]],
  ])('%s', (s, date, want) => expect(deadlinePairs(s, date)).toEqual(want));

  it('gives none where 今年 only describes: 今年以来执行情况良好', () => expect(deadlinePairs('今年以来执行情况良好。', '2021-03-01')).toEqual([]));
});
