import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Round 240 (issue 9, a work plan's list of support measures), scored before its rules (thresholds 0.400, rates 0.667): each class of
// miss with the sentence that showed it (eval/national/dev) and its general forms.
const bounds = (s: string) => extractValues(s).thresholds.map((t) => [t.raw, t.min ?? null, t.max ?? null, t.unit]);
const shares = (s: string) => extractValues(s).rates.map((r) => [r.raw, r.role]);

describe('a step in a quantity paid at a sum, or a range of sums, per step as a standard (sum per step)', () => {
  it.each([
    // 赤峰 (neimenggu-chifeng-chengjiezhuanyi.txt): the sum a range, then 的标准进行奖励
    ['超出部分按照每1万平米50万元~200万元的标准进行奖励,每个旗县区奖励最高不超过500万元。', [['1万平米', 10000, null, '平米']]],
    // form: one sum, 给予补助
    ['按每1000平方米5万元的标准给予补助。', [['1000平方米', 1000, null, '平方米']]],
    // form: already read, the grant word between the step and the sum (北京 会展's 每增加1万平方米递增30万元奖励)
    ['超出部分按照每1万平方米奖励30万元。', [['1万平方米', 10000, null, '平方米']]],
  ])('%s', (s, want) => expect(bounds(s)).toEqual(want));
  it.each([
    // valid: a step of one unit is a price, no bound (每亩300元)
    ['按每亩300元的标准给予补助。'],
    ['按照每平方米30元的标准给予租金补贴。'],
  ])('%s: no bound', (s) => expect(bounds(s)).toEqual([]));
});

describe('a share joined by 且 to a first condition comparing the measure with a reference is a condition (second condition after a comparison)', () => {
  it.each([
    // 赤峰: a band of shares, 以上的 and the part paid after the comma
    ['累计利用率高于同类型地区平均水平且在75%~90%以上的,超出部分按照每1万平方米30万元~100万元的标准进行奖励。', [['75%~90%', 0.75, 0.9, '%'], ['1万平方米', 10000, null, '平方米']]],
    // form: one share, 且达到, the applicant after 的
    ['对增速高于全市平均水平且达到10%以上的企业,给予一次性奖励20万元。', [['10%', 0.1, null, '%']]],
    // form: the comparison parted by a comma (且在 after it)
    ['亩均税收增速高于全区平均增速,且在15%以上的,给予奖励。', [['15%', 0.15, null, '%']]],
  ])('%s', (s, want) => expect(bounds(s)).toEqual(want));
  it.each([
    // valid: a goal (到2025年) joined by 且 stays a rate
    ['到2025年,工业固废综合利用率高于全省平均水平且保持在90%以上。', [['90%', 'min']]],
  ])('%s: a rate', (s, want) => expect(shares(s)).toEqual(want));
});
