import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// The funds a project's investment draws on, each source named after 其中 (总投资600万元,其中中央衔接资金559万元,多方筹措资金41万元): what each
// source puts in, `fixed`, the investment a `target` (ANNOTATION round 95, 天山区). They were read as parts of the total, taking its role.
// Found again on sichuan-lezhi-xianyushangye2024.txt (round 269).
const roles = (s: string) => extractValues(s).amounts.map((a) => [a.yuan, a.role]);

describe("the sources of a project's investment (investment sources)", () => {
  it.each([
    // 新疆 天山区 (xinjiang-tianshan-xianjiezijin.txt)
    ['天山区乌拉泊村农机购置项目,总投资600万元,其中中央衔接资金559万元,多方筹措资金41万元', [[6000000, 'target'], [5590000, 'fixed'], [410000, 'fixed']]],
    // 四川 乐至 (sichuan-lezhi-xianyushangye2024.txt)
    ['(总投资3420万元,其中中央财政补助资金1000万元,承办单位自筹资金2420万元)。', [[34200000, 'target'], [10000000, 'fixed'], [24200000, 'fixed']]],
  ])('%s', (s, want) => expect(roles(s)).toEqual(want));
  it('valid: a kind of project\'s share of the investment is a part of it (泽库)', () => {
    expect(roles('按照资金下达规模,共安排了6个项目,项目总投资为1259万元,其中:基础设施建设项目3项,总资金938万元;')).toContainEqual([9380000, 'total']);
  });
  it('valid: the parts of a budget are no sources of an investment', () => {
    expect(roles('财政奖励共计170万元,其中市财政承担119万元,柯城区财政承担51万元。').some(([, r]) => r === 'target')).toBe(false);
  });
});
