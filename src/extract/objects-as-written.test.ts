import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A 分别 list's objects are reported as the text writes them, as every value's raw is (objects as written): they were read on the
// folded text, so a notice in traditional characters or with a full-width ％ got its objects simplified and half-width.
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const objects = (s: string) => extractValues(s, '2024-01-01').amounts.map((a) => a.object);

describe('a 分别 object is reported as written (objects as written)', () => {
  it.each([
    // 东莞 dev (guangdong-dongguan-shanggui.txt): tiers of growth, one object in one piece of the text
    ['对战略性新兴产业新升规工业企业入库次年产值增长超过30%、50%的,额外分别给予最高3万元、5万元奖励;'],
    // 贵阳 dev (guizhou-guiyang-ruanjian.txt): tiers whose shared bound is written once after the last (同比增长10%以上 composed)
    ['对上年度营业收入1亿元以上且同比增长10%、20%、30%以上的企业,按照其上年度营业收入新增部分的1%给予奖励,最高分别不超过20万元、30万元、50万元。'],
    // 珠海 dev (guangdong-zhuhai-dikongjingji.txt): three named products
    ['对获得中国民用航空局颁发的型号合格证(TC)和生产许可证(PC)的大型载人无人驾驶航空器、大型非载人无人驾驶航空器、中型无人驾驶航空器的生产企业分别给予1000万元、400万元、250万元奖励。'],
  ])('%s', (sentence) => {
    const asWritten = objects(sentence);
    expect(asWritten.filter(Boolean).length).toBeGreaterThan(1);
    const fullWidth = (s: string) => s.replace(/%/g, '％').replace(/\(/g, '（').replace(/\)/g, '）');
    // (each rewrite of the sentence gives the same objects, rewritten alike)
    expect(objects(fullWidth(sentence))).toEqual(asWritten.map((o) => o && fullWidth(o)));
    expect(objects(toTraditional(sentence))).toEqual(asWritten.map((o) => o && toTraditional(o)));
  });
});
