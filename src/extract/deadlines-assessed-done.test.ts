import { describe, expect, it } from 'vitest';
import { deadlinePairs } from './fixture-table.js';

// A sentence that reports an inspection or an assessment done (7月初市政府督查室会同…对今年主城区第一阶段(5月23日至6月底)的市容环境综合整治情况
// 进行了督查考核, 重庆 2003 round 285; 我局已从2009年开始,对省、州级的传承人进行了相关的考核工作, 双柏) gave its days as deadlines: when it was
// done and the period assessed are history, as the day an inspection opens its sentence is (利通, 西吉). Any date before the notice's own
// in such a sentence is none; a future one, no 了, stays (issue 9).
describe('dates in a report of an assessment done are history (deadlines assessed done)', () => {
  it.each([
    // 重庆 (chongqing-chongqingshi-shirongzhengzhi2003.txt)
    ['按照市政府的要求,7月初市政府督查室会同市文明办、市爱卫办、市市政委对今年主城区第一阶段(5月23日至6月底)的市容环境综合整治情况进行了督查考核。', '2003-07-08', []],
    // 双柏 (yunnan-shuangbai-feiyichuanchengren.txt)
    ['我局已从2009年开始,对省、州级的传承人进行了相关的考核工作,并向考核合格者兑现了全部的各级补助经费。', '2019-09-25', []],
    // (an assessment to come keeps its day)
    ['市政府督查室将于7月底前对各区整治情况进行督查考核。', '2003-07-08', [['于7月底前', '2003-07']]],
  ])('%s', (text, date, want) => {
    expect(deadlinePairs(text, date)).toEqual(want);
  });
});
