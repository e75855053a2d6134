import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A standard set to a sum per a measure (元/月) is money given, as 标准为30元/月 is; the per-head words between the verb and the sum
// (统一调整为每人30元/月) or a floor named on the standard (标准低限为680元/月) hid it. Found on sichuan-ziyang-gaolingjintie.txt and
// sichuan-sichuansheng-dibaotekunbiaozhun.txt (dev, round 175). A bare 调整为 sets the standard: fixed (ANNOTATION round 175).
const amounts = (text: string) => extractValues(text).amounts.map((a) => [a.yuan, a.role]);

describe('a standard set per head and period (standard per head)', () => {
  it.each([
    ['根据《中共资阳市委办公室资阳市人民政府办公室关于印发(2022年全市10件民生实事实施方案>)的通知》资委办〔2022〕1号)文件要求,将全市80-89周岁老年人高龄津贴标准统一调整为每人30元/月,本标准从2022年1月1日起执行。', [[30, 'fixed']]],
    ['城市居民最低生活保障标准低限为680元/月,农村居民最低生活保障标准低限为480元/月;', [[680, 'fixed'], [480, 'fixed']]],
    ['标准为每人30元/月。', [[30, 'fixed']]],
  ])('%s', (s, want) => expect(amounts(s)).toEqual(want));
  it.each([
    // valid: a price a firm pays is no money given
    ['对用电单价超过1元/度的企业进行核查。'],
  ])('%s: none', (s) => expect(amounts(s)).toEqual([]));
});
