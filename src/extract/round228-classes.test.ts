import { describe, expect, it } from 'vitest';
import { deadlinePairs } from './fixture-table.js';

// Round 228's classes, each found on a notice of that round and written in its general form.
// (1) An ordinal year (给予第一年100%,第二年50%的物业补贴, 崇川) names which year of a series: no span.
// (2) Months of a payment granted (给予一次性两个月的房租补贴, 崇川) count how much is paid: no span; a term the support runs keeps its limit.
describe('ordinal years and months of pay are no spans (round 228 deadlines)', () => {
  it.each([
    ['入驻人力资源服务机构,给予第一年100%,第二年50%的物业补贴。', []],
    ['市财政给予第一年全额贴息。', []],
    ['装修产业园办公用房的,给予一次性两个月的房租补贴。', []],
    ['對新引進的人才,給予三個月的工資補貼。', []],
    // valid: the term a support runs, and a span an act must fall in
    ['按条件给予不超过3年的租金支持。', [['不超过3年', 'relative']]],
    ['项目须在两个月内完成建设。', [['两个月内', 'relative']]],
  ])('%s', (text, want) => expect(deadlinePairs(text, '2023-06-01')).toEqual(want));
});
