import { describe, expect, it } from 'vitest';
import { valueRows } from './fixture-table.js';

// A level moved from one sum to another by 增加为 (一等奖奖金由10000元人民币增加为20000元人民币, 重庆市人民建议奖励办法, round 274) was read as
// two standards set, the old level and the new one both `fixed`: the verbs that move a level were only 调整, 上调, 下调, 提高, 上浮, 下浮, and
// a sum's 人民币 after 元 hid the verb from it. Any verb raising or lowering a level (增加, 提升, 调高, 调低, 降低, 减少) with 为, 到 or 至
// moves it: the new level is a `target`, the old one no value (ANNOTATION round 175); 人民币 may follow the old sum (issue 9).
describe('a level moved by any raising or lowering verb (amounts level moved verbs)', () => {
  it.each([
    // 重庆 (chongqing-chongqingshi-renminjianyi2011.txt)
    ['特等奖奖金不低于50000元人民币的标准不变,一等奖奖金由10000元人民币增加为20000元人民币,二等奖奖金由5000元人民币增加为10000元人民币,鼓励奖奖金由1000元人民币增加为2000元人民币,优秀人民建议组织奖奖金为5000元人民币。', [[50000, undefined, 'fixed'], [20000, undefined, 'target'], [10000, undefined, 'target'], [2000, undefined, 'target'], [5000, undefined, 'fixed']]],
    // 广州 (guangdong-guangzhou-zhongxiaoqiye2009.txt): 增加到, as before
    ['市扶持中小企业信用担保体系建设专项资金从1500万元增加到5000万元', [[50000000, undefined, 'target']]],
    // 锦州's 调整为, as before
    ['最低工资标准由750元调整为900元。', [[900, undefined, 'target']]],
  ])('%s', (text, amounts) => {
    expect(valueRows(text).amounts).toEqual(amounts);
  });
});
