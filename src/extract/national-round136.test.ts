import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Classes from round 136 of the national development set (issue 9).
// Sentences are real, from the dev notice named in the comment; "form" marks one written from the class.

const bounds = (s: string) => extractValues(s, '2012-10-01').thresholds.map((t) => [t.min, t.max, t.unit]);
const amounts = (s: string) => extractValues(s, '2012-10-01').amounts.map((a) => [a.yuan, a.role]);

describe('a long list of bands the text names as tiers (…八個檔次,獎勵額度分別為) is conditions, every band of it (named tiers)', () => {
  const s =
    // 莱山 (shandong-laishan-jingjigongxian.txt), traditional
    '按企業當年納稅總額1000萬元(含)至3000萬元、3000萬元(含)至5000萬元、5000萬元(含)至6000萬元、6000萬元(含)至8000萬元、8000萬元(含)至1億元、1億元(含)至1.5億元、1.5億元(含)至2億元、2億元(含)以上八個檔次,獎勵額度分別為20萬元、30萬元、50萬元、60萬元、70萬元、100萬元、150萬元、200萬元。';
  it('every band a threshold', () =>
    expect(bounds(s)).toEqual([
      [10000000, 30000000, '元'],
      [30000000, 50000000, '元'],
      [50000000, 60000000, '元'],
      [60000000, 80000000, '元'],
      [80000000, 100000000, '元'],
      [100000000, 150000000, '元'],
      [150000000, 200000000, '元'],
      [200000000, undefined, '元'],
    ]));
  it('only the grants money given', () => expect(amounts(s).every(([, role]) => role === 'fixed')).toBe(true));
});

describe('a band whose lower figure is whole and whose upper carries the magnitude (5000-1万平方米) keeps its lower figure (band magnitude)', () => {
  it.each([
    // 绵阳 (sichuan-mianyang-huizhan.txt)
    ['5000-1万平方米的给予最高不超过15万元奖励。', [[5000, 10000, '平方米']]],
    // valid: the magnitude written once on the end is both ends' (3-4万羽)
    ['存栏3-4万羽的,给予奖励。', [[30000, 40000, '羽']]],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});
