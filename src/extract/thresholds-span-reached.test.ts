import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A span an applicant must have reached, written 满N年 / 满N个月 before 的, 后, 但, 且 or a comma in a sentence that grants or
// withholds something, is a floor (ANNOTATION: 满 is an inclusive lower bound). It was read only right before 方可.
const spans = (text: string) =>
  extractValues(text).thresholds
    .filter((t) => t.unit === '年' || t.unit === '个月' || t.unit === '周年')
    .map((t) => {
      expect(text.slice(t.start, t.end)).toBe(t.raw);
      return [t.raw, t.min ?? null, t.max ?? null, t.unit];
    });

describe('a span reached with 满 is a floor (span reached)', () => {
  it.each([
    // 海南省 (hainan-hainansheng-hulianwang.txt)
    ['工作满3年后,分期给予建筑面积不超过100平方米的50%购房补贴,最高补贴50万元。', [['3年', 3, null, '年']]],
    // 海南 屯昌 (hainan-tunchang-jiuyefupin.txt): the span after the contract's own floors
    ['贫困家庭劳动力首次创业3年内带动3至5人就业,并与其签订1年以上劳动合同、缴纳1年以上社会保险的,履行合同满1年后,给予一次性奖励补贴3000元;', [['1年以上', 1, null, '年'], ['1年以上', 1, null, '年'], ['1年', 1, null, '年']]],
    // 河南 济源 (henan-jiyuan-jiuyechuangyebutie.txt): a sentence that withholds
    ['见习时间满3个月但未完成见习协议期限的,离岗当月不予支付见习补贴。', [['3个月', 3, null, '个月']]],
    // 浙江 海盐 (zhejiang-haiyan-yingshiwenhua.txt): Chinese numerals, then 且
    ['享受房租补助满两年,且年度营业收入达到500万元以上的,给予奖励。', [['两年', 2, null, '年']]],
    // 广东 龙华 (guangdong-longhuaqu-wengangjiuye.txt)
    ['在购买社保满3个月后,可按每人2000元的标准给予个人一次性就业补贴。', [['3个月', 3, null, '个月']]],
    // 湖北 江汉 (hubei-jianghan-lvshifuwuye.txt): 届满 and 的
    ['分所入驻届满一年的,分别给予10万元、5万元的一次性入驻支持。', [['一年', 1, null, '年']]],
  ])('%s', (s, want) => expect(spans(s)).toEqual(want));
  it.each([
    // a step is no floor
    ['城乡退役士兵军龄每满1年,增发标准的10%。'],
    // a span not reached is no floor of this kind
    ['剩余月数不满6个月的,按照半年计算。'],
    // nothing granted or withheld in the sentence
    ['合同期满3年后,双方协商续签。'],
  ])('%s: no floor', (s) => expect(spans(s).filter((r) => r[1] !== null)).toEqual([]));
});
