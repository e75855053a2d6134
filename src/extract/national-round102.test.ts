import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';
import { devText as dev } from '../dev-notices.js';

// Classes from round 102 of the national development set (issue 9). Sentences are real, from the dev notice named in the comment;
// "form" marks one written from the class.
const clausesOf = (text: string) => documentsOfPlainText(text).flatMap((d) => extractDocument(d));
const deadlines = (sentence: string, docDate: string) => extractValues(sentence, docDate).deadlines.map((d) => [d.raw, d.date]);

describe('a numbered label whose value holds a figure is an item, not a heading (labelled item)', () => {
  it('腾冲 (yunnan-tengchong-lianggaisi.txt): 四、公示时间:公示期为7日(2022年11月9日—15日)', () => {
    const c = clausesOf(dev('yunnan-tengchong-lianggaisi.txt')).find((x) => x.text.includes('公示期为7日'));
    expect(c?.deadlines.map((d) => [d.raw, d.date])).toEqual([['2022年11月9日—15日', '2022-11-15']]);
  });
  it.each([
    // form: a label whose value is a date: the value is a clause with its deadline
    ['三、申报时间:2025年6月1日至6月30日', [['2025年6月1日至6月30日', ['2025年6月1日至6月30日']]]],
    // form: a label with its value and no figure stays a heading, no clause
    ['一、总体要求:坚持稳中求进', []],
  ])('%s', (line, want) => {
    const text = `关于做好某项工作的通知\n各单位:\n${line}\n四、其他事项\n请认真执行。`;
    const got = clausesOf(text).filter((c) => c.text !== '请认真执行。').map((c) => [c.text, c.deadlines.map((d) => d.raw)]);
    expect(got).toEqual(want);
  });
});

describe('a year’s start written with its year is that January (year start)', () => {
  it.each([
    // 上海市 (shanghai-shanghaishi-yanglaobutie.txt)
    ['2018年初,应上报2017年度项目资金使用情况', '2017-08-01', [['2018年初', '2018-01']]],
    // form: a start from it stays read as before, the year
    ['从2018年初开始实施', '2017-08-01', [['2018年', '2018']]],
    // form: a figure of the year's start is none
    ['2018年初预算安排500万元', '2018-03-01', [['2018年', '2018']]],
  ])('%s', (sentence, docDate, want) => {
    expect(deadlines(sentence, docDate)).toEqual(want);
  });
});

describe('the day a reported figure stands at is no limit (as-of day)', () => {
  it.each([
    // 孟州 (henan-mengzhou-fupinzijin.txt), notice of 2018-07-11
    ['截止2018年7月11日,孟州市财政专项扶贫资金投入2947.76万元,现公示如下:', '2018-07-11', []],
    // form: a day after the notice's is a limit whatever follows
    ['截止2018年12月31日,全市完成投资100亿元。', '2018-07-11', [['截止2018年12月31日', '2018-12-31']]],
    // form: a day with no figure after it stays a limit
    ['截至2018年7月1日,请各单位报送材料。', '2018-07-11', [['截至2018年7月1日', '2018-07-01']]],
  ])('%s', (sentence, docDate, want) => {
    expect(deadlines(sentence, docDate)).toEqual(want);
  });
});

describe('a task table a cell a line: a column named with a remark, rows numbered with a mark (remarked column, marked row)', () => {
  it('杭州 (zhejiang-hangzhou-shehangrenwu.txt): 重点工作任务(杭州市2项牵头工作、19项配合工作) / 责任单位, row 1*', () => {
    const c = clausesOf(dev('zhejiang-hangzhou-shehangrenwu.txt')).find((x) => x.text.startsWith('大力推进杭州城西科创大走廊建设'));
    expect(c?.units.slice(0, 3)).toEqual(['杭州城西科创产业集聚区管委会', '市科技局', '市发改委']);
  });
});

describe('sources of funds a line each, no space before the sum, keep their rows (value rows)', () => {
  it('新乡高新区 (henan-xinxianggaoxinqu-fupinzijin.txt): 市级资金24.6万元 is no bound of 以上资金合计', () => {
    const v = clausesOf(dev('henan-xinxianggaoxinqu-fupinzijin.txt'));
    expect(v.flatMap((c) => c.thresholds)).toEqual([]);
    expect(v.flatMap((c) => c.amounts.map((a) => a.yuan))).toEqual(expect.arrayContaining([1255000, 912000, 246000, 2413000]));
  });
});

describe('a numbered line holding a sum is an item, not a heading (sum item)', () => {
  it('襄城 (henan-xiangchengxian-fupinzijin.txt): 一、资金来源 / 1.中央及省级财政扶贫发展资金1245 万元 / …', () => {
    const sums = clausesOf(dev('henan-xiangchengxian-fupinzijin.txt')).flatMap((c) => c.amounts.map((a) => [a.yuan, a.role]));
    expect(sums).toEqual(expect.arrayContaining([[12450000, 'total'], [540000, 'total'], [500000, 'total'], [12000000, 'total'], [80000000, 'total']]));
  });
  it('达川 (sichuan-dachuan-xianjiezijin.txt): 一、中央财政衔接资金(5273万元), the fund named with its sum in brackets: a total', () => {
    const c = clausesOf(dev('sichuan-dachuan-xianjiezijin.txt')).find((x) => x.text.startsWith('中央财政衔接资金('));
    expect(c?.amounts.map((a) => [a.yuan, a.role])).toEqual([[52730000, 'total']]);
  });
  it('form: a heading without a sum stays a heading', () => {
    const texts = clausesOf('关于做好某项工作的通知\n各单位:\n一、资金来源\n对新认定的企业给予10万元奖励。\n二、支持方式\n对复核通过的企业给予5万元奖励。').map((c) => c.text);
    expect(texts).toEqual(['对新认定的企业给予10万元奖励。', '对复核通过的企业给予5万元奖励。']);
  });
});

describe('sums allotted to places a cell a line, the place column first (place allotment list)', () => {
  it('武进 (jiangsu-wujin-jingjilinguo.txt): 镇别 / 新发展面积(亩) / 补贴金额(元), each town’s sum and the 合计 a total', () => {
    const rows = clausesOf(dev('jiangsu-wujin-jingjilinguo.txt')).filter((c) => /^(?:[\u4e00-\u9fff]{2,4}镇|合计)\n/.test(c.text));
    expect(rows.map((c) => [c.text.split('\n')[0], c.amounts.map((a) => [a.yuan, a.role])])).toEqual([
      ['雪堰镇', [[192000, 'total']]],
      ['礼嘉镇', [[78390, 'total']]],
      ['洛阳镇', [[48380, 'total']]],
      ['郑陆镇', [[125050, 'total']]],
      ['横山桥镇', [[3380, 'total']]],
      ['合计', [[447200, 'total']]],
    ]);
  });
  it('form: a place list with no money column is no grant list', () => {
    const text = '关于某事的通知\n各单位:\n现将名单公布如下。\n\n乡镇\n\n联系人\n\n城关镇\n\n张三\n';
    expect(clausesOf(text).flatMap((c) => c.amounts)).toEqual([]);
  });
});

describe('a sum a place gets in a list of allotments is a total (place allotment)', () => {
  const roles = (sentence: string) => extractValues(sentence, '2021-08-06').amounts.map((a) => [a.yuan, a.role]);
  it.each([
    // 江油 (sichuan-jiangyou-xianjiezijin.txt)
    ['其中:争创省级先进乡镇2个:大康镇70万元、青莲镇70万元;', [[700000, 'total'], [700000, 'total']]],
    ['其中:方水镇白玉村30万元、战旗镇白沙村240万元、新安镇南山村30万元。', [[300000, 'total'], [2400000, 'total'], [300000, 'total']]],
    // form: a grant to a place keeps its role
    ['对评为示范村的大堰镇稻香村给予70万元奖励。', [[700000, 'fixed']]],
    // form: each of a kind of place is no named place
    ['每个村10万元。', [[100000, 'fixed']]],
  ])('%s', (sentence, want) => {
    expect(roles(sentence)).toEqual(want);
  });
});

describe('a bare 万 sum beside a fund or a document number is money (bare fund sum)', () => {
  const sums = (sentence: string) => extractValues(sentence, '2023-12-29').amounts.map((a) => a.yuan);
  it.each([
    // 中山 (guangdong-zhongshan-gaobiaozhunnongtian.txt)
    ['项目总投资为201.34万元,其中156万为中央及市级资金,45.34万为镇级自筹资金。', [2013400, 1560000, 453400]],
    // 郑州 (henan-zhengzhou-fupinzijin.txt): a number in small brackets ﹝﹞ after it
    ['中央资金(豫财农﹝2017﹞191号)(郑财预﹝2017﹞814号)24万(豫财农﹝2017﹞192号)', [240000]],
    // 临海 (zhejiang-linhai-lishiwenhuacunluo.txt): money allotted, 拨付 its context
    ['本次拨付款项如下:1、第九批省历史文化村落保护利用重点村汇溪镇孔丘村150万,2、第九批省历史文化村落保护利用一般村杜桥镇汾西村10万元', [1500000, 100000]],
    // form: a count of people is no money
    ['其中156万为常住人口,45万为流动人口。', []],
  ])('%s', (sentence, want) => {
    expect(sums(sentence)).toEqual(want);
  });
});

describe('the year of a fund whose allotment the notice announces, no sum after it, is none (fund plan year)', () => {
  it.each([
    // 郑州 (henan-zhengzhou-fupinzijin.txt), a notice of the same year
    ['根据《河南省扶贫资金项目公告公示制度》有关规定,现将2018年提前下达财政扶贫资金分配情况公示如下:', '2018-03-06', []],
    // 巴南 (chongqing-banan-xianjiezijin.txt)
    ['经区政府研究同意,现将2026年提前批财政衔接推进乡村振兴补助资金项目计划下达给你们,并就有关事宜通知如下。', '2025-12-25', []],
    // form: the fund with its sum is that year's (round 96)
    ['现将2018年专项资金1000万元下达给你们。', '2018-03-06', [['2018年', '2018']]],
    // form: a year's tasks handed down stay a deadline
    ['现将2023年政府重点工作责任清单印发给你们', '2023-02-01', [['2023年', '2023']]],
  ])('%s', (sentence, docDate, want) => {
    expect(deadlines(sentence, docDate)).toEqual(want);
  });
});

describe('the year of a plan a basis word cites by its name is none (cited plan year)', () => {
  it.each([
    // 襄城 (henan-xiangchengxian-fupinzijin.txt)
    ['按照2019年全县扶贫规划,经县扶贫开发领导小组研究确定,结合项目准备情况', '2019-01-07', []],
    // form: a limit after it is read on its own
    ['根据2019年工作计划,于6月底前完成', '2019-01-07', [['于6月底前', '2019-06']]],
    // form: a year's end with a limit word stays one
    ['按照2019年底前完成的要求推进', '2019-01-07', [['2019年底前', '2019-12']]],
  ])('%s', (sentence, docDate, want) => {
    expect(deadlines(sentence, docDate)).toEqual(want);
  });
});
