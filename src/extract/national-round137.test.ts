import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { deadlinePairs, valueRows } from './fixture-table.js';

// Classes from round 137 of the national development set (issue 9).
// Sentences are real, from the dev notice named in the comment; "form" marks one written from the class.

const docs = (text: string) => documentsOfPlainText(text);
const bounds = (s: string) => valueRows(s).thresholds;
const amounts = (s: string) => valueRows(s).amounts;
const deadlines = (s: string) => deadlinePairs(s, '2019-06-25');

describe('a band closed by an upper word after the first figure’s inclusive mark (超过5亿元(含)、未达到10亿元的) is one band (band after a mark)', () => {
  it.each([
    // 江门 (guangdong-jiangmen-beizengjiangli.txt)
    ['主营业务收入超过5亿元(含)、未达到10亿元的,给予60万元奖励;', [[500000000, 1000000000, '元']]],
    ['主营业务收入超过5000万元(含)、未达到5亿元的,给予30万元奖励。', [[50000000, 500000000, '元']]],
    // form: 未达 without 到; the mark written out (含本数) before 不足
    ['主营业务收入达到5亿元、未达10亿元的,给予60万元奖励;', [[500000000, 1000000000, '元']]],
    ['年销售收入超过5000万元（含本数）、不足1亿元的，给予10万元奖励。', [[50000000, 100000000, '元']]],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
  it('the upper figure is no target', () => expect(amounts('主营业务收入超过5亿元(含)、未达到10亿元的,给予60万元奖励;')).toEqual([[600000, undefined, 'fixed']]));
});

describe('a list of sized classes that leaves its bound to the first item (1000亿元以上的县达到3个、500亿元的达到2个) is a floor each (class list)', () => {
  it.each([
    // 济宁 (shandong-jining-xianyujingji.txt)
    [
      '力争到2025年,全市县域经济总量、产业层次、财政实力均有较大提升,地区生产总值1000亿元以上的县(市、区)达到3个、500亿元的达到2个、300亿元的达到4个、250亿元的达到2个',
      [
        [100000000000, undefined, '元'],
        [50000000000, undefined, '元'],
        [30000000000, undefined, '元'],
        [25000000000, undefined, '元'],
      ],
    ],
    // valid: each with its own bound (山东省 form); a range after a comma stays a band (云南省 县域经济)
    ['1000亿元以上的县(市、区)达到30个、700亿元以上的达到50个', [[100000000000, undefined, '元'], [70000000000, undefined, '元']]],
    ['到2030年,地区生产总值超过500亿元的县(市)达到15个,200亿—500亿元的县(市)达到40个。', [[50000000000, undefined, '元'], [20000000000, 50000000000, '元']]],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('予以 right before a sum grants it, as 给予 does (予以 grant)', () => {
  it.each([
    // 嵩县 (henan-songxian-minsu.txt), traditional
    ['對符合規劃、審核批準、驗收合格、確定等級的民宿,根據民宿建設規模不同予以2萬元~10萬元/套的獎補扶持。', [[20000, 100000, 'fixed']]],
    // form: 予以 with its ceiling
    ['对新认定的企业予以最高50万元奖励。', [[500000, undefined, 'cap']]],
  ] as [string, unknown][])('%s', (s, want) => {
    expect(amounts(s)).toEqual(want);
    expect(bounds(s)).toEqual([]);
  });
});

describe('a size in brackets after the thing it qualifies, a grant further on, is a condition, per a thing or in households (bracketed size)', () => {
  it.each([
    // 嵩县 (henan-songxian-minsu.txt), traditional
    [
      '按照獨立單元民宿(600平方米/套以上)、集中成片民宿(5套以上)、整村推進民宿(20戶以上)三大類予以不同獎補。',
      [
        [600, undefined, '平方米/套'],
        [5, undefined, '套'],
        [20, undefined, '户'],
      ],
    ],
    // valid: a count of things to be done stays none
    ['培育10家以上的龙头企业。', []],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('a range of spans after a grant (贴息1-3年) is relative, as one span is (span range)', () => {
  it.each([
    // 嵩县 (henan-songxian-minsu.txt), traditional
    ['按照獎補扶持原則,改建、新建的精品民宿投資方可通過信用社和郵政儲蓄銀行,申請小額貼息貸款,政府協調每戶貸款1萬元~10萬元,貼息1-3年;', [['1-3年', 'relative']]],
    // form: 至 between the spans
    ['免征企业所得税2至3年。', [['2至3年', 'relative']]],
    // valid: a period of years stays its years
    ['实施期为2023-2025年。', [['2023-2025年', '2025']]],
  ] as [string, unknown][])('%s', (s, want) => expect(deadlines(s)).toEqual(want));
});

describe('a notice without its own date reads a year above it in the year of the first date written below (undated notice)', () => {
  // 江门 (guangdong-jiangmen-beizengjiangli.txt): the conditions of a call over its closing day, the call of 2022, so 2021 and 2020 are past
  const text =
    '一、奖励条件\n(一)江门市“倍增计划”重点企业培育库在库企业;\n(二)依法经营,诚实守信,在社会信用联合奖惩查询系统无失信记录,其中企业环境信用评价等级不能为黄牌或红牌;若为我市重点用能单位,其用能年度考核不能为“未完成等级”;\n(三)以2019年数据为基数,2021年主营业务收入实现倍增,支撑主营业务收入增长对应的利润和税收等数据为正增长。\n(四)按照同一事项不重复享受政策的原则,对于2020年已实现倍增并于2021年获得“倍增计划”奖励的企业不得重复申报。\n二、奖励标准\n以2019年数据为基数,对已实现主营业务收入倍增的在库企业,按以下标准给予相应奖励:\n(一)主营业务收入超过10亿元(含)的,给予100万元奖励;\n三、申报截止时间\n2022年7月27日。\n';
  const found = () => docs(text).flatMap((d) => extractDocument(d)).flatMap((c) => c.deadlines.map((d) => d.raw));
  it('only the closing day', () => expect(found()).toEqual(['2022年7月27日']));
});
