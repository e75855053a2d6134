import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Forms from round 172's notices, each a class the rules did not read (found on the files named; labels per ANNOTATION round 172).
const deadlines = (text: string, docDate?: string) => extractValues(text, docDate).deadlines.map((d) => [d.raw, d.kind ?? d.date]);
const bounds = (text: string) => extractValues(text).thresholds.map((t) => [t.raw, t.min ?? null, t.max ?? null, t.unit]);

// 近N年 before what did not happen in it is a clean record, no span (the dev gold labels none); an act filed in it stays its window.
describe('a clean record over the recent years (recent clean record)', () => {
  it.each([
    // 四川 利州 (sichuan-lizhou-jiatingnongchang.txt)
    ['近3年未享受过中央财政农业生产发展资金培育家庭农场项目的省级和市级示范家庭农场。', []],
    // valid: 成都 (sichuan-chengdu-jienenggaizao.txt), an act filed in the span
    ['企業申報的項目為近兩年備案(審批或核準)且已竣工并穩定運行6個月及以上的節能技術改造項目;', [['近兩年', 'relative']]],
  ])('%s', (s, want) => expect(deadlines(s, '2022-08-11')).toEqual(want));
});

// A step whose grant is raised by 增加 before it (每增加1万平方米,增加奖励5万元), and the floor a step counts from (达到5万平方米(含)以上,
// 每增加1万平方米…), are thresholds, as 奖励增加5万元 is.
describe('a step raising a grant, and the floor it counts from (step raising a grant)', () => {
  it.each([
    // 湖北 武汉 会展 (hubei-wuhan-huizhanjiangli.txt)
    ['在此基础上,举办规模每增加1万平方米,增加奖励5万元。', [['1万平方米', 10000, null, '平方米']]],
    ['达到5万平方米(含)以上,每增加1万平方米增加奖励10万元。', [['5万平方米(含)以上', 50000, null, '平方米'], ['1万平方米', 10000, null, '平方米']]],
  ])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

// A period a figure is compared with (不低于2022年12月的50%; 较2022年增长) is the baseline, no limit: the 于 of 低于 was read as the 于 of a
// date. The months of invoices and proofs an applicant hands in are the records' period, as 2016年1-11月财务审计报告 is.
describe('a comparison’s baseline period, and the period of invoices handed in (baseline, records)', () => {
  it.each([
    // 广东 东莞 (guangdong-dongguan-yongdianjiangli.txt)
    ['2022年12月及2023年1月电费增值税发票;', []],
    ['2022年12月及2023年1月自发自用电量的情况说明及佐证材料(有自发电企业提供);', []],
    // form: 较 before a year
    ['对营业收入较2022年增长20%以上的企业,给予奖励。', []],
    // valid: a limit for handing them in stays
    ['请于2023年1月31日前提交电费发票。', [['于2023年1月31日前', '2023-01-31']]],
  ])('%s', (s, want) => expect(deadlines(s, '2023-01-17')).toEqual(want));
  it('东莞: the baseline month is no limit', () => {
    expect(deadlines('2023年1月用电量不低于2022年12月的50%,且不少于20万千瓦时;', '2023-01-17').map(([raw]) => raw)).not.toContain('于2022年12月');
  });
});
