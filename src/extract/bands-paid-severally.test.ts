import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A list of bands whose grants 分别 pays one to each: every band is a condition, 按(照) before the list or not, the list named 的标准 or not.
const bounds = (s: string) => extractValues(s).thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]);

describe('bands listed before 分别 and their grants (bands paid severally)', () => {
  it.each([
    // (武汉, 湖北: museums by floor area, the list named the standard after 按照)
    [
      '对恢复开放的非国有博物馆,按照展厅面积1000平方米以下、1000—3000平方米、3000平方米以上的标准,分别给予1万元、1.5万元、2万元的一次性防疫经费补助。',
      [[null, 1000, '平方米'], [1000, 3000, '平方米'], [3000, null, '平方米']],
    ],
    // (吉林省: events by attendance, 按 before the list, 和 before its last band)
    [
      '对引进国际、国内品牌活动的省内冰雪企业,按活动规模1万人以上、5000人以上和1000人以上,分别按不超过50万元、30万元和10万元额度采购企业消费券。',
      [[10000, null, '人'], [5000, null, '人'], [1000, null, '人']],
    ],
    // (广元, 四川: the list's last band followed by what is done, then 分别 — read before this class, kept)
    [
      '全年累计组织国内游客3000人以上、5000人以上、8000人以上、10000人以上来广元旅游,分别给予5万元、8万元、12万元、16万元的奖励。',
      [[3000, null, '人'], [5000, null, '人'], [8000, null, '人'], [10000, null, '人']],
    ],
  ])('%s', (s, expected) => expect(bounds(s)).toEqual(expected));
  // (a count of the standards met is no band, 分别 after it or not)
  it('符合两个及以上标准的 is no band', () => expect(bounds('符合两个及以上标准的,分别给予奖励。')).toEqual([]));
});

describe('a band its sum follows right after, a list of such tiers in a standard (band then its sum)', () => {
  it.each([
    // (博州, 新疆: chartered flights by passengers per flight)
    [
      '自治州统筹援博资金按单架次10人(含)—20人0.2万元、20人(含)—30人0.4万元、30人(含)—50人0.6万元标准进行奖励。',
      [[10, 20, '人'], [20, 30, '人'], [30, 50, '人']],
    ],
  ])('%s', (s, expected) => expect(bounds(s)).toEqual(expected));
  // (a span of years with a sum after it is a period, no band: 3—5年1万元)
  it('3-5年1万元 is no band', () => expect(bounds('服务期3-5年1万元。')).toEqual([]));
});
