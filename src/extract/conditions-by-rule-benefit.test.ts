import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Conditions closed by 的 and then the benefit, 按规定 before it (…连续缴纳社会保险半年以上(含),…购买首套家庭住房的,可按规定享受一定标准的购房
// 补助): the bounded span is a condition, as before 可享受. And a list of sums with a remark holding a count after an item (分别给予15万元
// (分3年支付)、6万元、4万元) is still one list for 分别. Found on zhejiang-jinhua-goufangbuzhu.txt (dev, round 175).
describe('conditions before a benefit 按规定, and a counted remark inside a 分别 list', () => {
  it('金华: 半年以上(含) is a condition', () => {
    const t = extractValues('对2018年1月1日(含)起新引进的全日制普通高校本科及以上毕业生,与市区用人单位签订劳动合同,且按规定连续缴纳社会保险半年以上(含),于2018年5月8日(含)后政策有效期内在市区购买首套家庭住房的,可按规定享受一定标准的购房补助,具体标准为:').thresholds;
    expect(t.map((x) => [x.raw, x.min, x.unit])).toEqual([['半年以上(含)', 0.5, '年']]);
  });
  it('金华: each sum pairs with its object past the remark', () => {
    const a = extractValues('引进到企业工作的全日制普通高校硕士研究生、“双一流”高校本科毕业生、其他高校本科毕业生,分别给予15万元(分3年支付)、6万元、4万元的购房补助。').amounts;
    expect(a.map((x) => [x.yuan, x.object])).toEqual([[150000, '引进到企业工作的全日制普通高校硕士研究生'], [60000, '“双一流”高校本科毕业生'], [40000, '其他高校本科毕业生']]);
  });
});
