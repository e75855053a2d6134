import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Round 190 (issue 9): a span inside the old level a standard is moved from (由原先的2天内日综合费率0.4‰,调整为5天内日综合费率0.2‰, 东海) was read
// as a limit; the old level gets no value (round 37's 由A调整为B), its rate was already dropped, its span was not.
const deadlines = (text: string) => extractValues(text, '2023-07-10').deadlines.map((d) => [d.raw, d.date ?? d.kind]);

describe('a span of the old level a standard is moved from (moved-from span)', () => {
  it.each([
    // 东海 (jiangsu-donghai-zhuandaifeilv.txt)
    ['转贷资金使用费率由原先的2天内日综合费率0.4‰,调整为5天内日综合费率0.2‰,超过5天的,超出部分日综合费率为0.4‰,降低中小企业转贷成本;', [['5天内', 'relative']]],
    ['补助期限由原来的3年内调整为5年内。', [['5年内', 'relative']]],
  ])('%s', (s, want) => expect(deadlines(s)).toEqual(want));
  it('valid: a span with no move after it stays', () => expect(deadlines('由企业在3年内完成改造。')).toEqual([['3年内', 'relative']]));
});
