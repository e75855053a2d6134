import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A period whose two days a run of dashes parts (2012年6月20日-------2012年7月3日, 长茂镇 round 284) was read as its first day alone: the span
// took one dash, or -- and —— in one form only. A run of dashes of any kind (-, —, –, －, ~, ～), 至 or 到 parts a period's ends in every
// date form (issue 9).
describe('a run of dashes parts a period (deadlines span dash run)', () => {
  it.each([
    // 长茂镇 (jiangsu-changmaozhen-xiajifeiyong2012.txt)
    ['2012年6月20日-------2012年7月3日。', '2012-06-19', [['2012年6月20日-------2012年7月3日', '2012-06-20', '2012-07-03']]],
    // (two dashes, two em dashes, as other pages part them: 公示期, 项目计划建设时限)
    ['公示期:2025年12月9日--2025年12月15日', '2025-12-09', [['2025年12月9日--2025年12月15日', '2025-12-09', '2025-12-15']]],
    ['项目计划建设时限:2019年6月30日——2020年10月30日', '2019-05-01', [['2019年6月30日——2020年10月30日', '2019-06-30', '2020-10-30']]],
    // (the end without its year, as before)
    ['总体时间为:2024年6月16日--6月30日', '2024-06-01', [['2024年6月16日--6月30日', '2024-06-16', '2024-06-30']]],
    // (a month's span, a run of hyphens)
    ['活动时间为2023年3月---2023年5月。', '2023-02-01', [['2023年3月---2023年5月', '2023-03', '2023-05']]],
  ])('%s', (text, date, want) => {
    expect(extractValues(text, date).deadlines.map((d) => [d.raw, d.from, d.date])).toEqual(want);
  });
});
