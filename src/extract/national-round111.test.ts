import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';
import { splitUnitList } from './units.js';

// Classes from round 111 of the national development set (issue 9). Sentences are real, from the dev notice named in the comment;
// "form" marks one written from the class.

describe('a group closed by 等 with its duty after it, in a labelled note: the duty no part of the last name (group duty)', () => {
  const names = (list: string) => splitUnitList(list, 0, false).map((u) => u.name);
  it.each([
    // 重庆市 (chongqing-chongqingshi-kuodaxiaofei.txt), the list after 责任单位:
    ['市公安局、市生态环境局、市商务委、重庆市税务局、市市场监管局、重庆海关、市交通局等部门按职责分工负责,各区县政府', ['市公安局', '市生态环境局', '市商务委', '重庆市税务局', '市市场监管局', '重庆海关', '市交通局', '各区县政府']],
    // forms: 等 alone before the duty, a plain duty word
    ['市商务委、市财政局等按职责分工负责', ['市商务委', '市财政局']],
    ['区发改局、区财政局等单位负责', ['区发改局', '区财政局']],
    // form: a duty word after a body without 等 stays for the duty-note reader (no change here)
    ['市商务委、市财政局等部门', ['市商务委', '市财政局']],
  ])('%s', (list, want) => {
    expect(names(list)).toEqual(want);
  });
});

describe('the day a document was released, before the notice’s own day, is no deadline (released already)', () => {
  const deadlines = (sentence: string, date: string) => extractValues(sentence, date).deadlines.map((d) => d.raw);
  it.each([
    // 汕尾 (guangdong-shanwei-laoquzhenxing.txt), signed 2019-02-21
    ['《海陆丰革命老区振兴发展规划》(以下简称《规划》)已经广东省人民政府批准,广东省发展改革委于2018年9月5日正式印发实施,汕尾市全境纳入规划范围。', '2019-02-21', []],
    // forms: a release the phrase plans, one due by the day, one after the notice's day stay deadlines
    ['本方案将于2019年1月1日正式印发实施。', '2019-02-21', ['于2019年1月1日']],
    ['各地要于2018年5月10日前印发实施方案。', '2019-02-21', ['于2018年5月10日前']],
    ['省工信厅于2019年3月1日发布申报指南。', '2019-02-21', ['于2019年3月1日']],
  ])('%s', (sentence, date, want) => {
    expect(deadlines(sentence, date)).toEqual(want);
  });
});

describe('a year the sentence holds a named event in, its verb between the year and the name, is a deadline (event held in a year)', () => {
  const deadlines = (sentence: string) => extractValues(sentence, '2024-03-01').deadlines.map((d) => d.raw);
  it.each([
    // 南阳 (henan-nanyang-kejichuangxinnian.txt)
    ['为深入贯彻落实党的二十大精神,大力实施创新驱动发展战略,充分发挥科技创新的引领、支撑和带动作用,打造高质量发展的强劲引擎,市委、市政府决定,2024年在全市开展“科技创新年”活动,现制定如下实施方案。', ['2024年']],
    // forms: a year inside the event's name stays none; a time and a verb after the name stay a deadline
    ['开展2025年营口市“乐购国庆惠享营口”汽车促销活动', []],
    ['2025年“两节”期间举行促消费活动', ['2025年']],
  ])('%s', (sentence, want) => {
    expect(deadlines(sentence)).toEqual(want);
  });
});

describe('a five-year plan’s 时期 that frames the clause is its period, as 期间 is; one that qualifies a noun after it is none (plan period 时期)', () => {
  const deadlines = (sentence: string) => extractValues(sentence, '2017-08-09').deadlines.map((d) => [d.raw, d.from, d.date]);
  it.each([
    // 忻州 (shanxi-xinzhou-zhongbujueqi.txt)
    ['“十三五”时期,在宁武、保德、偏关、静乐、原平、五台、繁峙、忻府区规划建设通用航空机场。', [['“十三五”时期', '2016', '2020']]],
    // seed 002 (a district's plan): the period's layout, no time frame
    ['围绕我区“十四五”时期六大产业总体布局，大力发展战略性新兴产业。', []],
    // form: 时期内
    ['十三五时期内,新建标准厂房10万平方米。', [['十三五时期', '2016', '2020']]],
  ])('%s', (sentence, want) => {
    expect(deadlines(sentence)).toEqual(want);
  });
});
