import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

const deadlines = (text: string, docDate?: string) =>
  extractValues(text, docDate).deadlines.map((d) => {
    expect(text.slice(d.start, d.end)).toBe(d.raw);
    return [d.raw, d.kind ?? d.date];
  });

// A state as of a day in a year before the notice's (截止2018年12月31日前未脱贫; 截至2019年12月底,全市争取…资金) is a status or a record:
// a limit a notice sets lies ahead of it. The dev gold labels no such day. Found on henan-luoyang-chukouxinbao.txt.
describe('a state as of a day before the notice’s year (past cut-off)', () => {
  it.each([
    // 河南 洛阳 (henan-luoyang-chukouxinbao.txt)
    ['其中,对国家级、省级贫困县(截止2018年12月31日前未脱贫)年出口额大于300万美元的企业缴纳保费按100%、80%分别予以支持。', '2019-05-01'],
    // 贵州 安顺 (guizhou-anshun-shijianshishi.txt), read in a notice of the year after
    ['截至2019年12月底,全市争取省下达农村饮水安全问题项目建设补助资金5129.97万元。', '2020-03-01'],
  ])('%s: none', (s, docDate) => expect(deadlines(s, docDate)).toEqual([]));
  it.each([
    // valid: a target as of a later day, and a limit in the notice's own year, stay
    ['截至2025年底,全市累计建成5G基站1万个。', '2023-06-01', [['截至2025年底', '2025-12']]],
    ['截至2023年9月30日前完成申报。', '2023-06-01', [['截至2023年9月30日前', '2023-09-30']]],
    // 河南 济源 (henan-jiyuan-jiuyechuangyebutie.txt, round 170): a bare year the text ran on with (执行期限截至2027年12月31日 above) is no
    // notice date to call a limit past
    ['对见习期未满与见习人员签订劳动合同的,给予剩余期限见习补贴,实施期限截至2025年12月31日。', '2027', [['截至2025年12月31日', '2025-12-31']]],
  ])('%s', (s, docDate, want) => expect(deadlines(s, docDate)).toEqual(want));
});
