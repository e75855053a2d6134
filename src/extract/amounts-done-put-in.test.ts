import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Money a report says was already put in (…团结拼搏,全力推进,累计投入资金14853.04万元,共清淤疏浚…,圆满完成了会战各项任务目标, 菏泽 2011 round 285)
// was given as a total: what was done is no amount (ANNOTATION round 127), as 累计完成投资 is; a goal's 力争累计投入 stays a target (issue 9).
const sums = (text: string) => extractValues(text, '2011-07-10').amounts.map((a) => [a.yuan, a.role]);

describe('money already put in is no amount (amounts done put in)', () => {
  it.each([
    // 菏泽 (shandong-heze-fangxunchulao2011.txt)
    ['各县区认真贯彻市委、市政府决策部署,切实加强领导,严格落实责任,团结拼搏,全力推进,累计投入资金14853.04万元,共清淤疏浚田间沟渠、中小河道3161.49公里,圆满完成了会战各项任务目标。', []],
    // (a goal's sum to put in stays a target)
    ['到2025年,力争累计投入资金50亿元以上。', [[5000000000, 'target']]],
  ])('%s', (text, want) => {
    expect(sums(text)).toEqual(want);
  });
});
