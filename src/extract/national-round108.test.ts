import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Classes from round 108 of the national development set (issue 9). Sentences are real, from the dev notice named in the comment;
// "form" marks one written from the class.

describe('a bound word before the measure it bounds, the figure right after the measure (bound before measure)', () => {
  const thresholds = (sentence: string, listed = false) => extractValues(sentence, '2019-11-30', listed).thresholds.map((t) => [t.metric, t.min]);
  it.each([
    // 龙游 (zhejiang-longyou-hexinqiye.txt), an item of 产业核心企业必须同时符合下列条件:
    ['高端装备、新材料、智能制造三大新兴产业企业达到亩均税收20万元且当年入库税金超过1000万元;', true, [['亩均税收', 200000], ['入库税金', 10000000]]],
    // form: with its applicant and grant
    ['企业达到营业收入2000万元的,给予奖励', false, [['营业收入', 20000000]]],
    // form: a goal stays a goal
    ['力争到2025年,全市达到营业收入100亿元。', false, []],
  ])('%s', (sentence, listed, want) => {
    expect(thresholds(sentence, listed)).toEqual(want);
  });
});

describe('a quantity bound before the thing granted, no comma before the grant (beneficiary then grant)', () => {
  const thresholds = (sentence: string) => extractValues(sentence, '2006-02-28').thresholds.map((t) => [t.min, t.unit]);
  it.each([
    // 浦江 (zhejiang-pujiang-liangshishengchan.txt)
    ['早稻示范方:集中连片100亩以上的示范方补助1万元,300亩以上的补助2万元。', [[100, '亩'], [300, '亩']]],
    ['绿肥示范方:集中连片100亩以上的示范方(按面积、管理、生长情况)补助0.3~0.5万元。', [[100, '亩']]],
    // form: counted goals stay none
    ['建成示范方100亩以上。', []],
  ])('%s', (sentence, want) => {
    expect(thresholds(sentence)).toEqual(want);
  });
});

describe('rates: a fraction right after the base’s noun, a share in a sentence on a period already over (fraction, stood then)', () => {
  const rates = (sentence: string, date: string) => extractValues(sentence, date).rates.map((r) => Math.round(r.value * 1e6) / 1e6);
  it.each([
    // 浦江 (zhejiang-pujiang-liangshishengchan.txt)
    ['种粮大户、粮食专业合作社、农机专业合作组织、示范方购置大型农业机械,经农机主管部门验收合格,给予购置费1/6的补贴。', '2006-02-28', [0.166667]],
    // 腾格里 (neimenggu-tenggeli-caoyuanbujiang.txt)
    ['“十二五”末,开发区天然草原面积551万亩,基本草原面积520万亩,草原承包到户面积660万亩(含沙漠面积),占开发区国土总面积的82%。', '2016-06-01', []],
    // form: a plan's end still ahead keeps its share
    ['“十四五”末,全市研发投入占比达到3%。', '2021-06-01', [0.03]],
  ])('%s', (sentence, date, want) => {
    expect(rates(sentence, date)).toEqual(want);
  });
});

describe('deadlines: the day a published rate is taken at, a past plan’s end opening a report (basis day, stood then)', () => {
  const deadlines = (sentence: string, date: string) => extractValues(sentence, date).deadlines.map((d) => [d.raw, d.date ?? d.kind]);
  it.each([
    // 深圳 (guangdong-shenzhen-kaituoshichang.txt)
    ['以外币支付相关费用的,按照中国人民银行公布的2021年6月30日人民币汇率中间价为依据,折算为人民币计算及资助。', '2021-07-01', []],
    // 腾格里 (neimenggu-tenggeli-caoyuanbujiang.txt)
    ['“十二五”末,开发区天然草原面积551万亩,基本草原面积520万亩。', '2016-06-01', []],
    // form: a plan's end still ahead is a deadline
    ['“十四五”末,力争全市规上工业产值达到1000亿元。', '2021-06-01', [['“十四五”末', '2025']]],
  ])('%s', (sentence, date, want) => {
    expect(deadlines(sentence, date)).toEqual(want);
  });
});

describe('counts that are no conditions: parks a goal counts, the conditions an applicant meets (park counted, conditions counted)', () => {
  const thresholds = (sentence: string) => extractValues(sentence, '2016-06-01').thresholds.map((t) => [t.min, t.unit]);
  it.each([
    // 银川 (ningxia-yinchuan-dianzishangwu.txt): 集聚 in a park's name is no verb of hosting
    ['力争到2020年,全市网络零售交易额突破200亿元,年均增长20%以上,建设电子商务集聚园区8家以上,形成年网络零售交易额过亿元的电子商务企业10家以上。', [[100000000, '元']]],
    // 於潜镇 (zhejiang-yuqianzhen-jingjifazhan.txt)
    ['符合两个及以上条件的企业不重复享受。', []],
    // form: firms a park hosts stay its condition
    ['对集聚电子商务企业30家以上的园区,给予奖励10万元。', [[30, '家']]],
    // 西吉 (ningxia-xiji-nongyechanye.txt): 标准化 is no 标准
    ['新建存栏肉鸡(蛋鸡)5万羽以上的标准化规模养殖场1家,补贴资金35万元。', [[50000, '羽']]],
  ])('%s', (sentence, want) => {
    expect(thresholds(sentence)).toEqual(want);
  });
});
