import { describe, expect, it } from 'vitest';
import { deadlinePairs } from './fixture-table.js';

// Years over which money is left unspent (连续两年未用完的结转资金) are what is counted, no limit, as years in which nothing may have happened
// are (round 77). Found on henan-xiping-nongjibutie2018.txt (round 221, scored before its rules: deadlines 0.870).
describe('years money is left unspent over are no deadline (deadlines unspent years)', () => {
  it.each([
    // 西平 2018
    ['上年结转的中央农机购置补贴资金可继续在下年使用,连续两年未用完的结转资金,按有关规定处理。'],
    // form: full-width comma, 未动用, digits
    ['连续2年未动用的专项资金，由财政收回统筹使用。'],
  ])('%s', (s) => expect(deadlinePairs(s, '2018-05-10')).toEqual([]));

  it('keeps a span a grant runs for: 连续补贴3年', () => expect(deadlinePairs('对认定的企业连续补贴3年。', '2018-05-10')).toEqual([['连续补贴3年', 'relative']]));
});
