import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Round 241 (issue 9, talent and home-purchase support): a cohort honoured since a year, and the time a recruit must have worked
// before a grant, missed on unseen dev notices (杞县, 包头); each class with the sentence that showed it and its general forms.
const raws = (s: string) => extractValues(s, '2023-01-12').deadlines.map((d) => [d.raw, d.date ?? d.kind]);
const bounds = (s: string) => extractValues(s).thresholds.map((t) => [t.raw, t.min ?? null, t.max ?? null, t.unit]);

describe('a year since which a cohort was honoured or recognised is its window (honoured since)', () => {
  it.each([
    // 杞县 (henan-qixian-goufangbutie2023.txt): the page lost 贴: before the year
    ['先进工作者补2018年以来受县级(含)以上表彰的各行各业优秀群体,购买新建商品住房,补贴标准为2万元/套。', [['2018年以来', '2018']]],
    // form: 获得 … 的企业
    ['2020年以来获得省级以上荣誉称号的企业,优先推荐。', [['2020年以来', '2020']]],
    // form: 被认定为 … 的
    ['凡2019年以来被认定为国家级专精特新“小巨人”的企业,可申请奖励。', [['2019年以来', '2019']]],
  ])('%s', (s, want) => expect(raws(s)).toEqual(want));
  it.each([
    // valid: a year since which a thing was formed describes it (round 117's 市辖区)
    ['2015年以来新设立形成的市辖区,不纳入考核。'],
    // valid: a review of the years since, a comma after 以来
    ['2019年以来,全市共有12家企业被认定为国家级专精特新小巨人企业。'],
  ])('valid: %s', (s) => expect(raws(s)).toEqual([]));
});

describe('the time a recruit must have worked before a grant paid right after it is a threshold (term in post)', () => {
  it.each([
    // 包头 (neimenggu-baotou-qingnianrencai.txt)
    ['对企业引进的签订5年以上劳动合同的青年人才,工作1年后给予博士研究生3万元一次性人才奖励。', [['5年以上', 5, null, '年'], ['1年后', 1, null, '年']]],
    // form: 在岗…满, 补贴
    ['在岗工作满2年后给予一次性补贴5000元。', [['2年后', 2, null, '年']]],
  ])('%s', (s, want) => expect(bounds(s)).toEqual(want));
  it.each([
    // valid: no grant after the span
    ['工作1年后,可申请转正。'],
  ])('valid: %s', (s) => expect(bounds(s)).toEqual([]));
});
