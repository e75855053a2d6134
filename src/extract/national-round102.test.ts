import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentsFromText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';

// Classes from round 102 of the national development set (issue 9). Sentences are real, from the dev notice named in the comment;
// "form" marks one written from the class.
const dev = (file: string) => readFileSync(new URL(`../../eval/national/dev/${file}`, import.meta.url), 'utf8');
const clausesOf = (text: string) => documentsFromText({ text, format: 'txt', encoding: 'utf-8' }, 'x.txt').flatMap((d) => extractDocument(d));
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
