import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Conditions listed before their applicant (X超A、Y超B的基地) were read only when each later one's bound word was one of a short
// list written into the rule (达到, 超过…): 超, 突破, 高于 — bound words the lexicon has — left the first condition unread.
const thresholds = (text: string) => extractValues(text, '2024-01-01').thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]);

describe('any lower bound word chains a listed condition (chained bound words)', () => {
  it.each([
    // 义乌 (zhejiang-yiwu-zhibodianshang.txt)
    ['对计容建筑面积超5000㎡、年直播带货超6000场的直播电商基地(非工业用地),经认定,按其实际投资额(不含土建)的50%给予一次性补助,最高500万元。', [[5000, null, '㎡'], [6000, null, '场']]],
    // forms: other bound words of the lexicon after the 、
    ['对建筑面积超5000平方米、入驻企业突破30家的园区给予奖励。', [[5000, null, '平方米'], [30, null, '家']]],
    ['对建筑面积超5000平方米、年营收高于1000万元的基地给予奖励。', [[5000, null, '平方米'], [10000000, null, '元']]],
    // the bound word already read
    ['对建筑面积超过5000平方米、年直播带货超过6000场的基地给予奖励。', [[5000, null, '平方米'], [6000, null, '场']]],
  ])('%s', (text, want) => expect(thresholds(text)).toEqual(want));
  // (Since the sixty-eighth session a bound whose applicant runs into the grant's verb with no comma is read (达到200万袋(瓶)给予…, 沈阳), so the
  // first condition here is read through its applicant and grant, 基地给予奖励; 通过验收 is still no bound.)
  it('通过 is no bound word (过 is, alone): what it says is no condition of its own, only the area is read', () => {
    expect(thresholds('对建筑面积超5000平方米、通过验收的基地给予奖励。')).toEqual([[5000, null, '平方米']]);
  });
});
