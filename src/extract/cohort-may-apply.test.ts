import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A cohort named by the year of its act, then what the call says it may do (2022年认定的…中小企业可提出复核申请。): the window its act fell
// in, a deadline, as the cohort a call's item names is (ANNOTATION round 43: 复核对象: 2023年认定的专精特新中小企业, 长治). It was read
// only with a grant after it or as an item of its own. Found on shandong-taian-zhuanjingtexin2025.txt (round 266).
const raws = (s: string) => extractValues(s, '2025-03-14').deadlines.map((d) => [d.raw, d.date]);

describe('a cohort a call says may apply (cohort may apply)', () => {
  it.each([
    // 山东 泰安 (shandong-taian-zhuanjingtexin2025.txt)
    ['2022年认定的省级“专精特新”中小企业可提出复核申请。', [['2022年', '2022']]],
    // forms: 年度 and 新认定, 可申报; 均可 and 参加
    ['2023年度新认定的高新技术企业可申报本项奖励。', [['2023年度', '2023']]],
    ['2024年入选的企业均可参加评选活动。', [['2024年', '2024']]],
  ])('%s', (s, want) => expect(raws(s)).toEqual(want));
  it.each([
    // valid: a year that no act of the cohort follows stays none (a programme's year)
    ['符合条件的企业可申报2025年度专精特新中小企业。'],
  ])('%s: none', (s) => expect(raws(s)).toEqual([]));
});
