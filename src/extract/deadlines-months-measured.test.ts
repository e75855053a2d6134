import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Months from January a figure is measured over, the figure named right after them (销售额, 产值, 增量, 同比): the period measured, no
// time limit; months of an act (1-12月期间,企业面向境外宣传推介) stay a span.
const spans = (s: string) => extractValues(s).deadlines.map((d) => d.raw);

describe('months from January a figure is measured over (months measured)', () => {
  it.each([
    // (巴东, 湖北: a live-streaming base's sales floor)
    ['且直播基地运营公司签约主播2023年1-9月销售额不低于800万元。', []],
    // (泰州, 江苏: the firms ranked by growth over the same months a year before)
    ['2012年1—5月比上年同期销售增量前三名的企业用2011年秋季按稻草收集量提取的资金进行奖补', []],
    // (银川, 宁夏: a list of cumulative periods, the growth measured after the last)
    ['对2012年完成工业总产值2000万元-2亿元的规模以上工业企业,在2013年1-6月、1-9月、1-12月按照产值增速、产销率给予奖励', ['2012年']],
  ])('%s', (s, expected) => expect(spans(s)).toEqual(expected));
  // (东莞, 广东: months of an act, a span of its own)
  it('2023年1-12月期间,企业面向境外宣传推介 keeps its span', () =>
    expect(spans('2023年1-12月期间,企业面向境外宣传推介的费用给予补贴。')).toEqual(['2023年1-12月']));
});
