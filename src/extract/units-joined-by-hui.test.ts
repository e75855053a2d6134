import { describe, expect, it } from 'vitest';
import { unitRows } from './fixture-table.js';

// 会 short for 会同 between two bodies, before the second's level (由省发展改革委会省财政厅组织落实): two units, as 会同 joins them; the 会 of a
// body's own name (委员会, 管委会, 商会, 协会) joins nothing. Found on guangdong-guangdongsheng-cujinxiaofei2022.txt (round 220, scored
// before its rules: units 0.720).
describe('会 short for 会同 joins the bodies of a duty note (units joined by hui)', () => {
  it.each([
    // 广东省 2022
    ['（二）鼓励购置新能源汽车。2022年5月1日至6月30日，对个人消费者购买新能源汽车新车，给予8000元/辆补贴。由省发展改革委会省财政厅组织落实。', [['省发展改革委', '省财政厅']]],
    // form: traditional characters, half-width brackets of a labelled note
    ['（一）支持企業上市。對上市企業給予100萬元獎勵。(責任單位:省發展改革委會省財政廳)', [['省發展改革委', '省財政廳']]],
    // form: a body's own 委员会 before a level-led body: no 会 joint inside it
    ['（一）支持企业上市。对上市企业给予100万元奖励。（责任单位：市发展和改革委员会、市财政局）', [['市发展和改革委员会', '市财政局']]],
  ])('%s', (s, want) => expect(unitRows(s)).toEqual(want));
});
