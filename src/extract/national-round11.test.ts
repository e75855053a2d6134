import { describe, expect, it } from 'vitest';
import { documentsFromText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';
import { inConditionList } from './condition-list.js';

// Round 11 of classes (issue 9), values and deadlines half, from the 14 notices of round 11 of the national development set.
// Sentences are real: from a dev notice (file in eval/national/dev named in the comment) or a public page (address in the
// comment, checked against the held-out sources).
const clausesOf = (body: string) =>
  documentsFromText({ text: `各有关单位:\n${body}\n`, format: 'txt', encoding: 'utf-8' }, 'x.txt').flatMap((d) => extractDocument(d));
const thresholdRows = (body: string) =>
  clausesOf(body)
    .flatMap((c) => c.thresholds)
    .map((t) => [t.min, t.max, t.unit]);

describe('an item under a lead-in of conditions: a bounded figure is a condition though no applicant is named', () => {
  it.each([
    // 广东 宝安 (guangdong-baoan-xianjinzhizao.txt): a share, an area, a term, money per area.
    [
      '第一条 鼓励打造战略性新兴产业专业园区。打造战略性新兴产业、未来产业和区域特色优势产业专业园区,将专业园区产生的收益通过一定方式“反哺”园区发展。园区应符合以下条件:\n(一)入驻企业主要属于战略性新兴产业、未来产业和区域特色优势产业,且产业集聚度70%以上。\n(二)建筑面积5万平方米以上。\n(三)以不高于统一发布的租金指导价租赁。\n(四)园区为非自有物业的,剩余租期须5年以上。\n(五)园区年度单位建筑面积产值达到每平方米2万元以上。\n(责任单位:区工业和信息化局、区发展改革局)',
      [[0.7, undefined, '%'], [50000, undefined, '平方米'], [5, undefined, '年'], [20000, undefined, '元/平方米']],
    ],
    // 北京 (https://hackwaw.com/zhengce/mc/zwmcck/csgh/gjkjcxzx/202308/t20230822_3228011.html): 不低于 / 超过 before the figure,
    // money, two shares joined by 且, money per area written after the figure.
    [
      '申报示范园区,应当符合以下条件:\n(一)园区土地或空间依法取得、四至范围明确、空间集中连片的产业集聚区,管理机构应是北京市内合法注册的法人单位或政府部门派出机构,已建立运营管理机制;\n(二)园区年营业收入不低于100亿元;\n(三)先进制造年营业收入占园区年营业收入比重不低于30%,且现代服务年营业收入占园区年营业收入比重不低于30%;\n(四)园区内入驻企业平均单位面积年营业收入超过2万元/平方米;\n(五)园区内主营业务符合北京市两业融合八个重点领域的企业年营业收入占园区年营业收入比重不低于50%。',
      [[10000000000, undefined, '元'], [0.3, undefined, '%'], [0.3, undefined, '%'], [20000, undefined, '元/平方米'], [0.5, undefined, '%']],
    ],
    // 浙江 (https://online.flipbuilder.com/lqaq/vxht/files/basic-html/page338.html, its PDF line breaks joined): a test's
    // standard as the lead-in, areas with 不低于 and spaces around the figures.
    ['第十四条 加工制造型园区确认考核的标准:\n1.园区已取得完备法律手续的土地不低于 500 亩,且已开发面积不低于 250 亩;', [[500, undefined, '亩'], [250, undefined, '亩']]],
  ] as [string, unknown[][]][])('%s', (body, want) => {
    expect(thresholdRows(body)).toEqual(want);
  });

  it.each([
    // The same items with no lead-in above them: 建筑面积5万平方米以上。 alone names no condition (宝安, 北京 above).
    ['(二)建筑面积5万平方米以上。', 0],
    ['(二)园区年营业收入不低于100亿元;', 0],
    // A lead-in that ends on the grant opens grants, not conditions (上海 宝山, shanghai-baoshan-zhuanxiangzijin.txt).
    ['从第二年起按以下标准给予奖励:\n(一)建筑面积5万平方米以上。', 0],
  ] as [string, number][])('no lead-in of conditions: %s', (body, n) => {
    expect(thresholdRows(body)).toHaveLength(n);
  });

  it.each([
    // 北京 朝阳 (beijing-chaoyang-fuwujigou.txt): the items under the lead-in; the next section's text is not one.
    ['本办法所称服务机构须同时满足以下条件:\n(一)服务机构须在市场监督、民政、司法行政等部门登记注册。\n(二)引进人才及其管理团队须在朝阳区新设立企业(或机构)', '引进人才', true],
    ['本办法所称服务机构须同时满足以下条件:\n(一)服务机构须在市场监督、民政、司法行政等部门登记注册。\n二、奖励的内容和标准\n(一) 支撑区域经济增长', '支撑区域', false],
    // A list run into one line (宝安's lead-in and items, as a flattened page writes them).
    ['园区应符合以下条件:(一)入驻企业主要属于战略性新兴产业;(二)建筑面积5万平方米以上。', '建筑面积', true],
  ] as [string, string, boolean][])('%s', (text, at, want) => {
    expect(inConditionList(text, text.indexOf(at))).toBe(want);
  });
});

describe('money per a measure written before the figure keeps that measure in a threshold’s unit', () => {
  it.each([
    // 广东 宝安 (guangdong-baoan-xianjinzhizao.txt), with the applicant its list gives.
    ['园区年度单位建筑面积产值达到每平方米2万元以上。', true, [[20000, '元/平方米']]],
    // 北京 (address above): the unit written after the figure, as before.
    ['园区内入驻企业平均单位面积年营业收入超过2万元/平方米;', true, [[20000, '元/平方米']]],
  ] as [string, boolean, unknown[][]][])('%s', (text, listed, want) => {
    expect(extractValues(text, undefined, listed).thresholds.map((t) => [t.min, t.unit])).toEqual(want);
  });
});

describe('a note cut off by the excerpt’s end after an item’s sentence leaves the sentence an item, not a heading', () => {
  it('湖北 赤壁 (hubei-chibi-zerenfenjie.txt): the last target keeps its rate', () => {
    const cs = clausesOf('一、2021年经济社会发展主要预期目标\n(四)一般公共预算总收入增长27%。(责任领导:洪金虎;牵头单位:市财政局)\n(五)社会消费品零售总额增长16%。(责任领导:饶自斌;');
    expect(cs.flatMap((c) => c.rates).map((r) => [r.value, r.role])).toEqual([
      [0.27, 'target'],
      [0.16, 'target'],
    ]);
  });
});
