import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A figure reached, its unit (and an alternative unit in brackets) right before the grant's verb, no 以上 or 的 between: the floor the
// grant is paid for (达到200万袋(瓶)给予以奖代补资金20万元).
const bounds = (s: string) => extractValues(s).thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]);

describe('a reached figure right before the grant (reached figure then grant)', () => {
  it.each([
    // (沈阳, 辽宁: seedling firms by what they sell; a chain of floors, the last with its alternative unit in brackets)
    [
      '当年销售给我市农户优质商品化蔬菜、花卉种苗达到500万株,树莓、蓝莓种苗达到400万株,食用菌菌种达到200万袋(瓶)给予以奖代补资金20万元。',
      [[5000000, null, '株'], [4000000, null, '株'], [2000000, null, '袋']],
    ],
    // (西吉, 宁夏: the thing bounded named between the bound and the grant's verb)
    ['对采购本县经营主体生产的平菇、香菇、榆黄菇等菌棒,达到1000棒以上的,3公斤以上菌棒单个奖补3元;', [[1000, null, '棒'], [3, null, '公斤']]],
    // (重庆市, traditional: a count in brackets, the grant at the sentence's end)
    ['對取得軍民航管理部門審批且已開通低空物流航線(起點或終點至少1個在重慶市內)并常態化運營的企業給予支持', [[1, null, '个']]],
    ['种植面积达到500亩给予一次性补助5万元。', [[500, null, '亩']]],
  ])('%s', (s, expected) => expect(bounds(s)).toEqual(expected));
  // (a sum given, not reached: no bound word before it)
  it('补贴500亩给予资金 is no bound', () => expect(bounds('按实际种植面积补贴500亩给予资金。')).toEqual([]));
  // (珠海, 广东: a ceiling per trip before the grant's verb is the grant's, no bound)
  it('按不超过200元/车次给予资助 bounds no condition', () =>
    expect(bounds('普通货车的申报货值不低于1万美元/车次,且申报重量不低于300公斤/车次的,按不超过200元/车次给予资助。')).toEqual([[10000, null, '美元']]));
});
