import { describe, expect, it } from 'vitest';
import { unitRows, valueTable } from './fixture-table.js';

// Round 214 (issue 9): 协调推动 and kindred duty words closing a note's part, a part bounded against its own total, a second bounded
// condition joined by 且, 累计 between a support period's name and its bound, a fund's year after 将…的, and the day funds were passed down.

describe('协调推动, 协调推进, 统筹协调 close a note’s part as 负责 does (coordinating duty words)', () => {
  it.each([
    // 云南省 (yunnan-yunnansheng-quanyulvyou.txt)
    ['实施方案\n一、打造全域旅游精品\n(一)加强全域旅游示范区创建工作。重点推动实施50个国家、省级全域旅游示范区创建。(各州、市人民政府负责;省旅游发展委协调推动)\n', [['各州、市人民政府', '省旅游发展委']]],
    ['实施方案\n(一)加快项目建设。推进一批重点项目。(各县(市、区)人民政府负责,市发展改革委协调推进)\n', [['各县(市、区)人民政府', '市发展改革委']]],
  ])('%s', (text, want) => expect(unitRows(text)).toEqual(want));
});

describe('a part bounded against its own total is a condition, no rate (part of its own total)', () => {
  it.each([
    // 河南 许昌 (henan-xuchang-yinkeruxu.txt)
    ['旅行社一次性从同一客源地组团来许,单次购票人数不少于总人数的70%,游览至少1个收费A级景区,300人以上奖励组团社0.3万元;', [], [0.7, 300]],
    ['本地员工不少于员工总数的50%的企业,给予一次性奖励5万元。', [], [0.5]],
    // valid: a share of a total paid stays a rate
    ['按不低于总投资的30%给予补助。', [0.3], []],
  ])('%s', (s, rates, mins) => {
    const v = valueTable(s);
    expect(v.rates).toEqual(rates);
    expect(v.thresholds.map((t) => t[1])).toEqual(mins);
  });
});

describe('a bound joined by 且 to a second bounded condition closed by 的 before the grant (second condition joined by 且)', () => {
  it.each([
    // 吉林省 (jilin-jilinsheng-sheluqiye.txt)
    ['对省内旅行社自主外联入境游客(包括港、澳、台地区)、省外游客,在省内停留1夜以上且全年累计接待量分别达到5000人次、10000人次的,最高奖补2万元;', [[1, '夜'], [5000, '人次'], [10000, '人次']]],
    // valid: the same bound in a goal, no grant, stays none
    ['到2025年,游客平均停留1夜以上且接待量达到5000万人次。', []],
  ])('%s', (s, want) => expect(valueTable(s).thresholds.map((t) => [t[1], t[3]])).toEqual(want));
});

describe('deadlines of round 214 (累计 before a support period’s bound, a fund’s year after 将…的, the day funds were passed down)', () => {
  it.each([
    // 江苏 金坛 (jiangsu-jintan-gongzufangbutie.txt): raw 不超过3年, as 水城's 享受累计不超过3年
    ['②补贴期限累计不超过3年;', '2023-08-30', [['不超过3年', 'relative']]],
    // 云南 姚安 (yunnan-yaoan-shouhuizijin2024.txt): 现将收回的2024年…资金…下达给你们
    ['现将收回的2024年中央财政衔接推进乡村振兴补助资金2016.63万元下达给你们。', '2024-04-03', [['2024年', '2024']]],
    // 河南 郏县 (henan-jiaxian-linchang2022.txt): the day a higher level passed funds down to the county is history (round 118)
    ['2022年11月29日,《河南省财政厅河南省林业局关于提前下达2023年中央财政衔接推进乡村振兴补助资金(欠发达国有林场巩固提升任务)的通知》(豫财农综〔2022〕33号)下达我县中央财政推进乡村振兴补助资金(欠发达国有林场巩固提升任务)55万元。', '2022-12-18', []],
    // valid: a day ahead of the notice by which funds are to be passed down stays a limit
    ['2023年1月31日前,将资金下达到各乡镇。', '2022-12-18', [['2023年1月31日前', '2023-01-31']]],
  ])('%s', (s, date, want) => expect(valueTable(s, date).deadlines).toEqual(want));
});
