import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';
import { deadlinePairs } from './fixture-table.js';


// Round 227's classes, each found on a notice of that round and written in its general form.
const thresholdsOf = (text: string) =>
  extractDocument(documentsOfPlainText(text)[0]).flatMap((c) => c.thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]));
const unitsOf = (text: string) => extractDocument(documentsOfPlainText(text)[0]).flatMap((c) => c.units);

// (1) Two years joined by 或 naming one cohort are one period, the first year to the second (河南省 技术转移 2022, 2023; ANNOTATION rounds
// 222 and 227).
// (2) 没有 (未有) reads as 无 in a clean record over recent years: no deadline (深圳 首台套, 最近3年内没有重大违法、违规行为).
describe('years joined by 或, and a clean record written with 没有 (round 227 deadlines)', () => {
  it.each([
    ['技术交易合同认定登记时间为2021年或2022年、资金到账时间为2022年1月1日-2022年12月31日的技术合同。', [['2021年或2022年', '2022'], ['2022年1月1日-2022年12月31日', '2022-12-31']]],
    ['技术交易合同认定登记时间为2021年或2022年度的技术合同。', [['2021年或2022年度', '2022']]],
    ['深圳市2019年或2020年获得国家级认定的孵化器。', [['2019年或2020年', '2020']]],
    ['申报单位守法经营,最近3年内没有重大违法、违规行为。', []],
    ['申報單位守法經營,近三年未有重大違法違規行為。', []],
    // valid: years far apart are no cohort; a recent span followed by an act keeps its limit
    ['2015年或2022年的数据。', []],
    ['项目须在3年内完成建设。', [['3年内', 'relative']]],
  ])('%s', (text, want) => expect(deadlinePairs(text, '2023-06-01')).toEqual(want));
  it('a cohort of two years starts at the first', () => {
    expect(extractValues('深圳市2019年或2020年获得国家级认定的孵化器。', '2023-06-01').deadlines.map((d) => d.from)).toEqual(['2019']);
  });
});

// (3) An ordinal before a measure word and a bound (已经签订第二台及以上的订单) names a place in a series: no threshold (深圳 首台套).
describe('an ordinal is no quantity (round 227 thresholds)', () => {
  it.each([
    ['三、申报条件\n(一)量产是指该装备产品已形成规模化生产能力,同类型系列装备产品已经签订第二台及以上的订单或销售合同。\n', []],
    ['三、申報條件\n(一)同類型裝備產品已經簽訂第3台以上的訂單。\n', []],
    // valid: a count with its bound is a condition
    ['三、申报条件\n(一)同类型装备产品已经销售2台及以上。\n', [[2, null, '台']]],
  ])('%s', (text, want) => expect(thresholdsOf('关于开展首台套申报工作的通知\n' + text)).toEqual(want));
});

// (4) Addressees a cover's first sentence runs on from on its line (各市工業和信息化局,青島市民營經濟發展局,有關單位:為貫徹…, 山东省 专精特新
// 2020) label no task: 各 opens addressees, not a task label's bodies.
describe('addressees running into the first sentence label no task (round 227 units)', () => {
  it.each([
    ['关于公布2020年度省级专精特新中小企业的通知\n各市工業和信息化局,青島市民營經濟發展局,有關單位:為貫徹落實指導意見,認定北谷電子有限公司等670家企業為2020年度省級專精特新中小企業,現予以公布。\n', []],
    ['关于开展申报工作的通知\n各市工业和信息化局,青岛市民营经济发展局,有关单位:为贯彻落实指导意见,现就有关事项通知如下。\n', []],
    // valid: a body labelling its task keeps it
    ['工作方案\n一、任务分工\n市财政局:安排市级预算内资金支持项目建设。\n', ['市财政局']],
  ])('%s', (text, want) => expect(unitsOf(text)).toEqual(want));
});
