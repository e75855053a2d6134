import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Round 181's classes (dev notices 金水 创业担保贷款, 四川省 包机来川):
const v = (text: string, docDate?: string) => extractValues(text, docDate);

describe('round 181 classes', () => {
  it('an age floor in numerals (年满十八周岁) is a threshold, as 年满18周岁 is', () => {
    expect(v('在法定劳动年龄内,年满十八周岁,具有完全民事行为能力的人员。').thresholds.map((t) => [t.raw, t.min, t.unit])).toEqual([['十八周岁', 18, '周岁']]);
  });
  it('a clean-record window whose end is named by words (自2023年1月1日起至申报截止日期间,无…事故) gives no deadline', () => {
    expect(v('4.自2023年1月1日起至申報截止日期間,無重特大安全責任事故、未列入嚴重失信市場主體,且自2023年11月1日至申報截止日期間,從事“引客入川”相關旅游活動無違法違規記錄;', '2023-11-29').deadlines).toEqual([]);
  });
  it('a start-only window with no penalty after it stays (自2023年1月1日起至申报截止日期间组织…)', () => {
    expect(v('自2023年11月1日起至2024年3月31日期间组织包机从省外来川旅游的旅行社。', '2023-11-29').deadlines.map((d) => [d.from, d.date])).toEqual([['2023-11-01', '2024-03-31']]);
  });
  it('a band of a rate reached, the grant after the comma (上座率达到60%(含)至80%,每架次给予…): one threshold', () => {
    const r = v('上座率達到60%(含)至80%,每架次給予20萬元一次性補助。');
    expect(r.rates).toEqual([]);
    expect(r.thresholds.map((t) => [t.min, t.max, t.unit])).toEqual([[0.6, 0.8, '%']]);
  });
  it('a band of a goal with no grant stays rates (占比达到60%至80%)', () => {
    expect(v('到2025年,全市数字经济核心产业占比达到60%至80%。').thresholds).toEqual([]);
  });
});
