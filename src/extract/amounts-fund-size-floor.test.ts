import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A fund's size bounded from below, its hedge (原则上) and its year (每年) before 规模 maybe, is the programme's budget: `total`, as a
// fund's size capped from above is. It had been read as a goal reached (`target`) where 原则上每年 stood before 总规模.
const amounts = (text: string) => extractValues(text).amounts.map((a) => [a.yuan, a.role]);

describe('a fund size with a floor is a total (fund size floor)', () => {
  it.each([
    // 垫江 (chongqing-dianjiang-gongyezhuanxiangzijin.txt, round 237)
    ['工业发展专项资金原则上每年总规模不低于1亿元。', [[100000000, 'total']]],
    // 哈密 (xinjiang-hami-zhiliangtisheng.txt) and 鹤壁 (henan-hebi-chanyejijuqu.txt), as before
    ['资金规模原则上每年不低于300万元,根据年度财政预算执行情况、申报奖励事项需求及绩效评价结果动态调整。', [[3000000, 'total']]],
    ['市产业集聚区发展专项资金起始规模 3000 万元,县区产业集聚区发展专项资金起始规模不低于 1000 万元;', [[30000000, 'total'], [10000000, 'total']]],
    // form: the cap, as before
    ['专项资金规模每年不超过200万元。', [[2000000, 'total']]],
  ])('%s', (s, want) => expect(amounts(s)).toEqual(want));
  it.each([
    // valid: an industry's size is a goal, not a fund
    ['到2025年,全市工业总产值规模不低于1000亿元。', [[100000000000, 'target']]],
  ])('%s', (s, want) => expect(amounts(s)).toEqual(want));
});
