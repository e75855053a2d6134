import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Classes from round 106 of the national development set (issue 9). Sentences are real, from the dev notice named in the comment;
// "form" marks one written from the class.

describe('deadlines: 部分 holds no 分N年, a span the bracket dates is the bracket’s, a time something was already done is none (span words, done at)', () => {
  const deadlines = (sentence: string, date?: string) => extractValues(sentence, date).deadlines.map((d) => [d.raw, d.date ?? d.kind]);
  it.each([
    // 兴安盟 (neimenggu-xinganmeng-zhaoshang2007.txt)
    ['其中地方留成部分3年内返还给企业,以用于企业扩大再生产。', '2007-05-08', [['3年内', 'relative']]],
    // form: installments stay relative
    ['奖励资金分3年兑现。', '2007-05-08', [['分3年', 'relative']]],
    // 内蒙古 乌兰夫基金 (neimenggu-zizhiqu-wulanfujijin.txt)
    ['且须是近三年(2009年至2011年)内开发并已形成产业化的项目。', '2012-09-03', [['2009年至2011年', '2011']]],
    // 永康 (zhejiang-yongkang-wushibai.txt), a notice whose date the text does not carry
    ['星月集团有限公司、步阳集团有限公司和群升集团有限公司已分别于2005年(永“五十百”办〔2005〕1号)和2006年(永“五十百”办〔2006〕1号文件)给予奖励,此次不再重复给奖。', undefined, []],
    // form: a later time the phrase plans stays a deadline
    ['该项目已于2023年开工并将于2025年建成。', undefined, [['2025年', '2025']]],
  ])('%s', (sentence, date, want) => {
    expect(deadlines(sentence, date)).toEqual(want);
  });
});

describe('sums for recipients the phrase counts, and a sum on its own sentence, are totals (counted recipients)', () => {
  const amounts = (sentence: string) => extractValues(sentence, '2020-07-07').amounts.map((a) => [a.yuan, a.role]);
  it.each([
    // 蔡甸 (hubei-caidian-gaoqijiangli.txt), traditional
    ['根據文件精神,落實上述34家首次認定高新技術企業區級配套補貼680萬元,13家重新認定高新技術企業區級配套補貼65萬元。', [[6800000, 'total'], [650000, 'total']]],
    ['共計735萬元。', [[7350000, 'total']]],
    ['特落實武漢長城盛泰包裝印刷有限公司、湖北荊獅防水材料工程有限公司等13家新申報未通過認定的企業補貼26萬元。', [[260000, 'total']]],
    // form: a sum each stays a grant
    ['对上述34家企业每家补贴20万元。', [[200000, 'fixed']]],
    // form: the parts' role carries to their sum in one sentence (于洪's gold)
    ['拟拨付市级补贴资金255万元,区级配套127.5万元,合计382.5万元。', [[2550000, 'total'], [1275000, 'fixed'], [3825000, 'fixed']]],
  ])('%s', (sentence, want) => {
    expect(amounts(sentence)).toEqual(want);
  });
});

describe('bounded figures that earn the grant are conditions: a count right before it, shares chained before it (count before grant, chained bounds)', () => {
  const values = (sentence: string) => {
    const v = extractValues(sentence, '2020-07-07');
    return { thresholds: v.thresholds.map((t) => [t.min, t.max, t.unit]), rates: v.rates.map((r) => r.value) };
  };
  it.each([
    // 蔡甸 (hubei-caidian-gaoqijiangli.txt), traditional
    [
      '對培育輔導服務機構輔導區內企業成功獲批高新技術企業的每完成一家補貼2萬元,累計完成5家以上再額外獎勵3萬元,累計完成10家以上再額外獎勵10萬元。',
      { thresholds: [[5, undefined, '家'], [10, undefined, '家']], rates: [] },
    ],
    // 江岸 (hubei-jiangan-louyujingji.txt)
    [
      '对2018年1月1日后投入运营楼宇,三年内投资主体自持运营产权面积达到70%以上,楼宇内企业属地注册率达到70%以上、属地纳税率达到70%以上,给予楼宇投资主体按其自持部分(不含房地产企业)当年区级实际贡献10%,最高不超过100万元人民币的一次性奖励。',
      { thresholds: [[0.7, undefined, '%'], [0.7, undefined, '%'], [0.7, undefined, '%']], rates: [0.1] },
    ],
    // form: counts set as goals, no grant, stay none
    ['新增规上企业20家以上,培育专精特新企业10家以上。', { thresholds: [], rates: [] }],
    // form: shares set as goals with a year stay rates
    ['到2025年,研发投入强度达到3%以上,高新技术产业增加值占比达到50%以上。', { thresholds: [], rates: [0.03, 0.5] }],
  ])('%s', (sentence, want) => {
    expect(values(sentence)).toEqual(want);
  });
});

describe('a sum beside an act’s count goal, no grant, is a target (count goal)', () => {
  const values = (sentence: string) => {
    const v = extractValues(sentence, '2023-03-01');
    return { amounts: v.amounts.map((a) => [a.yuan, a.role]), thresholds: v.thresholds.map((t) => t.min) };
  };
  it.each([
    // 德州 (shandong-dezhou-lvseditan.txt), traditional
    ['探索實施財政科技發展資金“先投后股”試點,加快科技成果轉移轉化,積極對接高校及科研院所,引進科技成果50項以上,技術合同成交額90億元以上。', { amounts: [[9000000000, 'target']], thresholds: [] }],
    // form: an applicant's floor with a grant stays a condition
    ['对引进科技成果50项以上、技术合同成交额1亿元以上的企业,给予奖励10万元。', { amounts: [[100000, 'fixed']], thresholds: [50, 100000000] }],
  ])('%s', (sentence, want) => {
    expect(values(sentence)).toEqual(want);
  });
});
