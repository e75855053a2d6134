import { describe, expect, it } from 'vitest';
import { valueRows } from './fixture-table.js';

// Classes from round 150 of the national development set (issue 9).
// Sentences are real, from the dev notice named in the comment; "form" marks one written from the class.

const bounds = (s: string) => valueRows(s).thresholds;
const sums = (s: string) => valueRows(s).amounts;

describe('a sum per an area written before its metric is per that area (per area before)', () => {
  it.each([
    // 武穴 (hubei-wuxue-zhaoshang.txt)
    ['入园企业固定资产投资3000万元以上,且每亩固定资产投资强度100万元以上。', [[30000000, undefined, '元'], [1000000, undefined, '元/亩']]],
    // form
    ['对每亩税收达到30万元以上的企业给予奖励', [[300000, undefined, '元/亩']]],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('a remark in brackets between a band\'s mark and its grant keeps the band a condition (band remark)', () => {
  it.each([
    // 济源 2022 (henan-jiyuan-qichebutie2022.txt): bare 万 figures
    ['补贴标准:2万(含)-5万(不含)(新能源汽车为主)补助2000元;', [[20000, 50000, '元']], [[2000, undefined, 'fixed']]],
    // valid: the band with no remark, as before
    ['5万(含)-10万(不含)补助3000元;', [[50000, 100000, '元']], [[3000, undefined, 'fixed']]],
  ] as [string, unknown[], unknown[]][])('%s', (s, thr, amt) => {
    expect(bounds(s)).toEqual(thr);
    expect(sums(s)).toEqual(amt);
  });
});

describe('a credit line the subsidised interest is counted within is no money given (credit line)', () => {
  it.each([
    // 奉化 (zhejiang-fenghua-xiaoermeitiexi.txt)
    ['对列入培育名单的“小而美”苗子企业给予每年500万元额度内银行LPR利率以内贷款利息全额贴息。', []],
    // valid: a ceiling on the interest subsidy itself stays a cap
    ['每家企业贴息额度不超过50万元。', [[500000, undefined, 'cap']]],
  ] as [string, unknown][])('%s', (s, want) => expect(sums(s)).toEqual(want));
});

describe('lending a place is to add is a target (new lending)', () => {
  it('盐城 (jiangsu-yancheng-rongzizhichi.txt)', () => {
    expect(sums('2025年全市新增贷款2000亿元,各项贷款增速不低于15%,普惠型小微企业贷款增速不低于各项贷款增速。')).toEqual([[200000000000, undefined, 'target']]);
  });
});

describe('a price named as such, no grant in its phrase, is no amount (named price)', () => {
  it.each([
    // 荆州 (hubei-jingzhou-dianzichanye.txt)
    ['土地出让价格执行国家最低基准地价每亩11.53万元。', []],
    // 阜新 (liaoning-fuxinnongkeyuanqu-youhuizhengce.txt)
    ['土地价格执行60-300元╱m2标准。', []],
    // valid: a grant on a price keeps its sums
    ['按土地出让价格的50%给予补助,最高100万元。', [[1000000, undefined, 'cap']]],
  ] as [string, unknown][])('%s', (s, want) => expect(sums(s)).toEqual(want));
});
