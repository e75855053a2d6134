import { describe, expect, it } from 'vitest';
import { valueTable } from './fixture-table.js';

// A figure a multiple is taken of (平均工资23313元的6倍) is the statistic a standard is worked out from, no money the measure sets; the level
// it is raised to stays a `target`. Found on sichuan-luzhou-jibenyiliaobaoxian2010.txt (round 220, scored before its rules: amounts 0.846).
describe('a sum a multiple is taken of is no amount (multiple base sum)', () => {
  it.each([
    // 泸州 2010
    ['职工基本医疗保险封顶线按我市职工上年度平均工资23313元的6倍提高至14万元。', [[140000, 'target']]],
    ['居民基本医疗保险封顶线按我市城镇居民上年人均可支配收入13550元的6倍提高至8.2万元。', [[82000, 'target']]],
    // form: Chinese numerals for the multiple, traditional characters
    ['最高支付限額按上年度職工平均工資50000元的四倍確定。', []],
    // form: a bracket between the sum and its multiple
    ['封顶线为当地居民人均可支配收入(30000元)的6倍。', []],
  ])('%s', (s, want) => expect(valueTable(s).amounts).toEqual(want));

  it('keeps a sum that is no multiple’s base: 给予补助5000元的,…', () => expect(valueTable('对符合条件的企业给予5000元的一次性补助。').amounts).toEqual([[5000, 'fixed']]));
});
