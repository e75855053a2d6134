import { describe, expect, it } from 'vitest';
import { splitUnitList } from './units.js';

// Round 17 (fresh dev notices, scored before any rule): 德州 (shandong-dezhou-wenjianxiangxiang.txt) names 市工商联 among its lead
// bodies, and a name not ending like a body was read as the first part of a body shared with the next (市工商联、市国资委). The
// people's organisations that end in 联/协 (工商联, 侨联, 残联, 文联, 台联, 社科联; 妇联, 科协 were known) end like bodies.
describe('a people\'s organisation ending in 联 is a body of its own (body suffixes)', () => {
  it('德州 dev: (牵头单位:市工业和信息化局、市工商联、市国资委、市商务局)', () => {
    expect(splitUnitList('市工业和信息化局、市工商联、市国资委、市商务局', 0, true).map((u) => u.name)).toEqual(['市工业和信息化局', '市工商联', '市国资委', '市商务局']);
  });
  it.each(['县侨联', '市残联', '区文联', '市台联', '省社科联'])('%s before another body', (org) => {
    expect(splitUnitList(`${org}、市财政局`, 0, false).map((u) => u.name)).toEqual([org, '市财政局']);
  });
});
