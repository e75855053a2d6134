import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Places' sums listed under a label naming the grant's standard (补助标准:市中区1162万元、五通桥区3294万元…): each place's allotment, a
// `total`, as a list of places' sums with no grant is (round 102); the label names what the sums are, it grants nothing to a recipient.
const roles = (s: string) => extractValues(s).amounts.map((a) => [a.yuan, a.role]);

describe("places' sums under a standard's label (places under standard label)", () => {
  it.each([
    // (乐山, 四川: a water fund by district)
    ['补助标准:市中区1162万元、五通桥区3294万元、沙湾区147万元、金口河区2201万元。', [[11620000, 'total'], [32940000, 'total'], [1470000, 'total'], [22010000, 'total']]],
    // (a sum a recipient is given under the same label stays `fixed`)
    ['补贴标准:一次性给予5000元创业补贴。', [[5000, 'fixed']]],
  ])('%s', (s, expected) => expect(roles(s)).toEqual(expected));
});
