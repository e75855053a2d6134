import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Figures listed before a bounded one, the bound written once after the last (35周岁、30周岁、28周岁及以下): each is under that bound, as a
// list in money already was (营业收入达到1000万元、2000万元、5000万元以上的); only the last was read. Found on hubei-huangpi-qingnianrencai.txt
// (dev, round 175). Not a list of grades, whose bound is the last grade's own (2級、3級、4級及以上認證的: 诸暨 dev).
const thresholds = (text: string) => extractValues(text).thresholds.map((t) => [t.raw, t.min ?? null, t.max ?? null, t.unit]);

describe('a bound written once after a list of figures (listed bound after last)', () => {
  it.each([
    // 黄陂 (hubei-huangpi-qingnianrencai.txt)
    ['全日制博士研究生、硕士研究生、本科生年龄分别在35周岁、30周岁、28周岁及以下(涉及毕业年限、年龄、工作年限等时间的计算截止日期为2022年7月31日)。', [['35周岁', null, 35, '周岁'], ['30周岁', null, 30, '周岁'], ['28周岁及以下', null, 28, '周岁']]],
    // form: floor areas, the grant after them
    ['新建营业面积1000平方米、2000平方米、3000平方米以上的,分别给予奖励。', [['1000平方米', 1000, null, '平方米'], ['2000平方米', 2000, null, '平方米'], ['3000平方米以上', 3000, null, '平方米']]],
  ])('%s', (s, want) => expect(thresholds(s)).toEqual(want));
  it.each([
    // 诸暨 (zhejiang-zhuji-xianjinzhizao2025.txt): grades, each its own
    ['鼓勵企業提升數據管理能力,對當年通過數據管理能力成熟度(DCMM)國家標準貫標2級、3級、4級及以上認證的,分別獎勵10萬元、20萬元、30萬元。', ['2级', '3级']],
    // form: two things each with its own unit
    ['引进企业10家、项目20个以上。', ['10家']],
  ])('%s: not each under the bound', (s, notThere) => {
    const raws = thresholds(s).map((t) => t[0]);
    for (const r of notThere) expect(raws).not.toContain(r);
  });
});
