import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// 今年 before the sum of the year's fund or the standard a grant is paid at this year (我区今年用于补贴的资金为143万元) is the notice's year,
// as a fund's year with its sum is (ANNOTATION round 79); it was read only before a target to reach. Found on chongqing-beibei-zhongliangbutie.txt.
const deadlines = (text: string, docDate?: string) => extractValues(text, docDate).deadlines.map((d) => [d.raw, d.kind ?? d.date]);

describe('this year’s fund or standard with its sum (this year’s fund)', () => {
  it.each([
    // 重庆 北碚 (chongqing-beibei-zhongliangbutie.txt)
    ['我区今年用于补贴的资金为143万元,全区申报一次性种粮补贴的农户为50481户。', [['今年', '2022']]],
    ['由此计算,我区今年实际种粮农民一次性补贴标准为13.07元/亩。', [['今年', '2022']]],
  ])('%s', (s, want) => expect(deadlines(s, '2022-06-01')).toEqual(want));
  it.each([
    // valid: a sum won so far this year, and this year looking back, are records
    ['今年累计争取的上级资金为5000万元。'],
    ['今年以来,全区资金总额为8000万元。'],
  ])('%s: none', (s) => expect(deadlines(s, '2022-06-01')).toEqual([]));
});
