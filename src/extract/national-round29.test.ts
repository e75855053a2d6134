import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Round 29 of the national development set: four notices scored at the frozen build f741aa0 before any rule for them. The classes of
// their misses, each with the dev sentence that showed it (file named) and forms written from the class.
const dates = (s: string, date = '2024-06-10') => extractValues(s, date).deadlines.map((d) => [d.raw, d.from ?? null, d.date ?? null]);

describe('voucher rounds: a period with a doubled dash, a day with its time of day (农安, jilin-nongan-xiaofeiquan.txt)', () => {
  it.each([
    ['活动时间:2024年6月16日--6月30日。', [['2024年6月16日--6月30日', '2024-06-16', '2024-06-30']]],
    ['活动时间:2024年6月16日——6月30日。', [['2024年6月16日——6月30日', '2024-06-16', '2024-06-30']]],
    ['总体时间为:2024年6月16日--6月30日,具体为:6月16日9:00开始第一轮抽奖,6月18日24:00消费券使用到期。', [['2024年6月16日--6月30日', '2024-06-16', '2024-06-30'], ['6月18日24:00', null, '2024-06-18']]],
  ] as [string, unknown[]][])('%s', (s, want) => expect(dates(s)).toEqual(want));
});
