import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

const deadlines = (text: string, docDate?: string) =>
  extractValues(text, docDate).deadlines.map((d) => {
    expect(text.slice(d.start, d.end)).toBe(d.raw);
    return [d.raw, d.kind ?? d.date];
  });

// The national rent-relief form of 2022 (发改财金〔2022〕271号) names the year a place was listed as an area of risk (2022年被列为疫情中高风险
// 地区所在…): a condition on where the tenant is, no limit; the dev gold labels none in any of its four copies. And the relief's span may
// follow a calendar year (减免2022年6个月租金): the span is still the relief's. Found on beijing-dongcheng-zujinjianmian.txt,
// chongqing-chongqingshi-zujinjianmian2022.txt, guangdong-guangdongsheng-shengshuqiyezujin.txt (traditional).
describe('the year a place was listed as an area, and a relief’s span after a year (area listed)', () => {
  it.each([
    // 北京 东城 (beijing-dongcheng-zujinjianmian.txt)
    ['2022年本市被列为疫情中高风险地区所在区的国有房屋,根据房屋租赁合同约定的租金标准减免2022年6个月租金;', [['6个月', 'relative']]],
    // 重庆市 (chongqing-chongqingshi-zujinjianmian2022.txt)
    ['如2022年被列为疫情中高风险地区,对该地区所在区县内承租房屋的服务业小微企业和个体工商户免除6个月租金。', [['6个月', 'relative']]],
    // 广东省 (guangdong-guangdongsheng-shengshuqiyezujin.txt), traditional
    ['2022年被列為疫情中高風險地區(以當地政府公告確定)所在的縣級行政區域內的服務業小微企業和個體工商戶承租國有房屋,減免6個月租金。', [['6個月', 'relative']]],
  ])('%s', (s, want) => expect(deadlines(s, '2022-05-01')).toEqual(want));
  it.each([
    // valid: a year that sets when something is done stays; an enterprise's designation cohort stays
    ['2022年底前完成老旧小区改造任务。', [['2022年底前', '2022-12']]],
    ['对2022年被认定为国家级专精特新“小巨人”的企业,给予50万元奖励。', [['2022年', '2022']]],
  ])('%s', (s, want) => expect(deadlines(s, '2022-05-01')).toEqual(want));
});
