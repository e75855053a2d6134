import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A voucher's cut written without 元 after its spend floor (满100减25消费券, 满100减30单次3000张): money, `fixed`, as the floor is read as
// money though 元 is written after neither (ANNOTATION round 268; 綦江's 满100减30, left open since round 163). Found on
// ningxia-shizuishan-wuyicuxiaofei2025.txt (round 268) and chongqing-qijiang-xiaofeiquan.txt.
const values = (s: string) => {
  const v = extractValues(s);
  return [v.amounts.map((a) => [a.yuan, a.role]), v.thresholds.map((t) => [t.min ?? null, t.unit])];
};

describe("a voucher's cut written without 元 (voucher cut bare)", () => {
  it.each([
    // 宁夏 石嘴山 (ningxia-shizuishan-wuyicuxiaofei2025.txt)
    ['活动内容:发放满100减25消费券1900张。', [[[25, 'fixed']], [[100, '元']]]],
    // 重庆 綦江 (chongqing-qijiang-xiaofeiquan.txt): the tier's count and its sum after
    ['满100减30单次3000张,9万元。', [[[30, 'fixed'], [90000, 'total']], [[100, '元']]]],
    // form: 立减
    ['发放满300立减60电子券。', [[[60, 'fixed']], [[300, '元']]]],
  ])('%s', (s, want) => expect(values(s)).toEqual(want));
  it.each([
    // valid: a cut of a rate or a count is no money; a floor below ten is no voucher's
    ['对满10人减1人的单位按比例核定。'],
    ['工业用电每千瓦时满1减0.1。'],
  ])('%s: no amount', (s) => expect(values(s)[0]).toEqual([]));
});
