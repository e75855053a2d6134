import { describe, expect, it } from 'vitest';
import { noticeDate } from './extract.js';

// A notice that writes no year of its own save inside the title of the document it publishes (《…》已经…通过, 现印发), one year (《…若干意见(2023年修订)》已经…通过),
// sets its months in that year: 3至6月 of 玉环's revised measures is 2023's. Years in cited titles are not counted where the
// notice writes a year of its own (a cited plan's year is the plan's).
describe('a notice whose only year is in its cited titles (cited year)', () => {
  it.each([
    // 浙江 玉环 (zhejiang-yuhuan-meilijingji.txt), its head and its measure
    [{ title: '', text: '《关于促进新时代美丽经济建设的若干意见(2023年修订)》已经市十七届政府第11次常务会议讨论通过,现印发给你们。\n对3至6月、7至9月之间月度升规的制造业企业,给予一次性奖励12万元、10万元。' }, '2023'],
    // form: the published title's year in another place of it, 现印发
    [{ title: '', text: '《2023年工业稳增长若干措施》现印发给你们,请认真贯彻执行。\n对6月底前投产的项目给予奖励。' }, '2023'],
  ])('%j → %s', (doc, want) => expect(noticeDate(doc)).toBe(want));
  it.each([
    // titles cited as the basis are the cited documents' (根据《2019年3月工作安排》: round 29), also two of one year
    [{ title: '', text: '根据《2025年辽宁省数字经济专项资金申报指南》及《关于组织开展2025年辽宁省数字经济专项资金申报的通知》要求,现开展申报工作。' }],
    // cited titles of two years
    [{ title: '', text: '根据《2024年工作要点》和《2025年申报指南》要求,现开展申报工作。' }],
    // a year of its own, written once, beside a cited title's: the own year is too weak and the cited one is not counted
    [{ title: '', text: '根据《2025年申报指南》要求,2026年项目聚焦主导产业。' }],
  ])('%j → none', (doc) => expect(noticeDate(doc)).toBeUndefined());
});

// A notice is issued no earlier than a document it cites by number: a call under 常工信中小〔2024〕122号 whose conditions count
// 2023's figures (截至2023年末, 2023年度营业收入) is 2024's, not the year its text writes most.
describe('a notice is no older than what it cites by number (cited number)', () => {
  it.each([
    // 江苏 武进 (jiangsu-wujin-zhuanjingtexin.txt)
    [{ title: '', text: '根据《市工信局关于组织申报2024年度常州市专精特新中小企业(第二批)的通知》(常工信中小〔2024〕122号),现就有关事项通知如下:\n截至2023年末,从事特定细分市场一年半以上;2023年度研发费用总额不低于100万元;2023年度营业收入总额在1000万元以上。\n企业于7月15日前登陆平台申报。' }, '2024'],
    // form: a bracket of another shape, and the year the text writes agreeing with it
    [{ title: '', text: '根据省工信厅《关于开展专项资金申报的通知》(晋工信规[2023]5号)要求,2023年计划支持企业50家,2023年度资金已下达。' }, '2023'],
  ])('%j → %s', (doc, want) => expect(noticeDate(doc)).toBe(want));
});
