import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A level a change verb moves something to, right before the figure (提高其…折算系数至约56%), is a target, though the clause names a grant
// before it (用于补充…充电桩建设补贴): the grant word made it a share paid. The dev gold labels every 提高至/提高到 level a target.
// Found on guangdong-guangdongsheng-chongdianbutiezaifenpei.txt (round 170).
const rates = (s: string) => extractValues(s).rates.map((r) => [r.value, r.role]);

describe('the level a change verb moves to, after a grant named (new level after a grant)', () => {
  it.each([
    // 广东省 (guangdong-guangdongsheng-chongdianbutiezaifenpei.txt)
    ['拟将清算剩余资金的大部分用于补充上述地市和单位的充电桩建设补贴,提高其直流充电桩折算系数至约56%。', [[0.56, 'target']]],
    // form: 提升到, a grant's share raised
    ['对新认定的企业给予补贴,并将补贴比例提升到30%。', [[0.3, 'target']]],
    // valid: a share paid stays fixed
    ['按当年增长额的30%给予补贴。', [[0.3, 'fixed']]],
  ])('%s', (s, want) => expect(rates(s)).toEqual(want));
});
