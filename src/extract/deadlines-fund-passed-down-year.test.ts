import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A fund's year right after the verb that passes it down, no recipient between (提前下达2023年…补助资金179万元, 本次下达2017年第一批…资金9379.5万元),
// was read as the year opening the fund's name, no deadline; passed down with its sum, it is that year's allotment, as 下达我县2025年…资金
// is (ANNOTATION: a fund allotted is that year's) (issue 9).
const years = (text: string) => extractValues(text, undefined).deadlines.map((d) => [d.raw, d.date ?? null]);

describe("a fund passed down with its sum is its year's (deadlines fund passed down year)", () => {
  it.each([
    // 长白山 (jilin-changbaishan-xianjiezijin.txt)
    ['管委会财政提前下达2023年财政衔接推进乡村振兴补助资金179万元。', [['2023年', '2023']]],
    // 驻马店 (henan-zhumadian-anfangzijin.txt)
    ['本次下达2017年第一批县乡道安防、第一批村道安防及第二批农村公路安防工程等项目切块省补助资金9379.5万元。', [['2017年', '2017']]],
    // (a call for a fund's projects, no sum, stays the programme's name: 江门)
    ['现组织开展2020年省级促进经济高质量发展专项企业技术改造资金项目入库申报工作。', []],
  ])('%s', (text, want) => {
    expect(years(text)).toEqual(want);
  });
});
