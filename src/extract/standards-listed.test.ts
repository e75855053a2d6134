import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Round 183 (issue 9): standards of money per a measure the rules dropped. A sum per a head and a time joined by 、 (500元/人、月); a list of
// standards opened by 标准为 with each item's label (其标准为:养老保险:500元/人、月,6000元/人、年: 龙陵); a standard bounded right before its
// sum (财政投入标准不低于4000元/亩: 天府新区).
const amounts = (text: string) => extractValues(text).amounts.map((a) => [a.raw, a.yuan]);

describe('standards of money per a measure set in a list or bounded (standards listed)', () => {
  it.each([
    // 龙陵 (yunnan-longling-gaoxiaobiyesheng.txt)
    ['其标准为:养老保险:500元/人、月,6000元/人、年;医疗保险:250元/人、月,3000元/人、年。', [['500元/人、月', 500], ['6000元/人、年', 6000], ['250元/人、月', 250], ['3000元/人、年', 3000]]],
    // 天府新区 (sichuan-tianfuxinqu-liangshishengchan.txt)
    ['在中央、省、市财政补助的基础上,提高区级补助标准,确保高标准农田建设财政投入标准不低于4000元/亩。', [['4000元/亩', 4000]]],
  ])('%s', (s, want) => expect(amounts(s)).toEqual(want));
  it('valid: a rent a firm pays is no amount', () => {
    expect(amounts('入驻企业须按20元/平方米的标准缴纳物业费。')).toEqual([]);
  });
});
