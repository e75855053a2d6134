import { describe, expect, it } from 'vitest';
import { valueRows } from './fixture-table.js';

// Round 14 of classes (issue 9), values and metadata half, from the 5 notices of round 14 of the national development set.
// Sentences are real: from a dev notice (file in eval/national/dev named in the comment) or a public page (address in the
// comment, checked against the held-out sources); "form" marks a sentence written from the class where no real one was at hand.

describe('money a measure drives (带动/拉动/撬动/吸引 … 投资/资本 … X) is a target amount, not a threshold nor a budget', () => {
  it.each([
    // 浙江 丽水 (zhejiang-lishui-zerenfenjie.txt): 亿元以上 before 项目N个 stays the size class of the projects counted.
    ['实施招商引资“百千”行动,每年招引亿元以上制造业项目100个,带动未来五年制造业投资1000亿元以上。',
      [[100000000000, undefined, 'target']], [[100000000, undefined, '元']]],
    // The same in traditional characters and in full-width digits and punctuation (house styles of other sites).
    ['實施招商引資“百千”行動,每年招引億元以上製造業項目100個,帶動未來五年製造業投資1000億元以上。',
      [[100000000000, undefined, 'target']], [[100000000, undefined, '元']]],
    ['实施招商引资“百千”行动，每年招引亿元以上制造业项目１００个，带动未来五年制造业投资１０００亿元以上。',
      [[100000000000, undefined, 'target']], [[100000000, undefined, '元']]],
    // 陕西 (https://sndrc.shaanxi.gov.cn/sy/ztzl/lsgd/wtzczzwmfgzxd/wngz003/202402/t20240221_3138675.html): 拉动, 近 before the figure.
    ['已组织完成生态环境类、社会事业类、产业转型类、经贸交流类等40余个项目的申报工作,预计拉动社会投资近50亿元。',
      [[5000000000, undefined, 'target']], []],
    // 四川 (http://kbcmw.com/html/xw/dzyw/81673.html): 吸引民间资本, with and without 规模.
    ['据测算,涉及德阳的16个项目总投资额达343.37亿元,计划吸引民间资本244.32亿元。',
      [[34337000000, undefined, 'target'], [24432000000, undefined, 'target']], []],
    ['拟吸引民间资本规模530.86亿元。', [[53086000000, undefined, 'target']], []],
    // Forms: 撬动 … 投入 (not a budget: 投入 would read as one), 拉动 … 超过 (a bound word before the figure).
    ['力争撬动社会资本投入100亿元以上。', [[10000000000, undefined, 'target']], []],
    ['带动全市工业投资超过500亿元。', [[50000000000, undefined, 'target']], []],
  ] as [string, unknown[][], unknown[][]][])('%s', (text, amounts, thresholds) => {
    const v = valueRows(text);
    expect(v.amounts).toEqual(amounts);
    expect(v.thresholds).toEqual(thresholds);
  });

  it.each([
    // The driven figure as a condition on the applicant stays a threshold (form): 的项目 follows it.
    ['对带动投资1亿元以上的项目给予50万元奖励。', [[500000, undefined, 'fixed']], [[100000000, undefined, '元']]],
    // 引导基金 names a fund: its size is a budget, not driven money (form).
    ['设立政府引导基金规模50亿元。', [[5000000000, undefined, 'total']], []],
  ] as [string, unknown[][], unknown[][]][])('%s', (text, amounts, thresholds) => {
    const v = valueRows(text);
    expect(v.amounts).toEqual(amounts);
    expect(v.thresholds).toEqual(thresholds);
  });
});
