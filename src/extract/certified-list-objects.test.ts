import { describe, expect, it } from 'vitest';
import { objectRows } from './fixture-table.js';

// The objects of a 分别 grant whose titles are listed before 认定的 (评定的, 命名的) and whose holder comes after it: each title goes
// with its sum, not the one holder with both (class found on 铜梁 gongyebatiao and 太仓 xiandaifuwuye, dev half).

describe('titles listed before 认定的 pair with a 分别 list (certified-as list)', () => {
  it.each([
    // 铜梁: titles, the holder after
    ['对新获得市级数字化车间、智能工厂认定的工业企业分别给予20万元、40万元的一次性奖励。', [[200000, '市级数字化车间'], [400000, '智能工厂']]],
    // 太仓: levels with their places, each over the holder
    ['对首次获评省、苏州市级认定的示范企业分别给予50万元、20万元奖励。', [[500000, '省级示范企业'], [200000, '苏州市级示范企业']]],
    // forms: 评定的, a list joined by 和, traditional characters
    ['對新獲得省級綠色工廠和綠色供應鏈管理企業評定的企業分別給予30萬元、50萬元獎勵。', [[300000, '省級綠色工廠'], [500000, '綠色供應鏈管理企業']]],
  ])('%s', (text, want) => expect(objectRows(text)).toEqual(want));
  it.each([
    // valid: one title before 认定的, the holder is each sum's object, no 分别 left in it
    ['对新获得市级认定的工业企业分别给予20万元、40万元的一次性奖励。', [[200000, '工业企业'], [400000, '工业企业']]],
    // valid: parks named with their levels are titles, no levels over the holder
    ['对新获得国家级开发区、省级高新区认定的园区分别给予100万元、50万元奖励。', [[1000000, '国家级开发区'], [500000, '省级高新区']]],
  ])('%s', (text, want) => expect(objectRows(text)).toEqual(want));
});
