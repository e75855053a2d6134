import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';

// An item's heading ends at its first 。 or ： outside brackets. Only （ ( were counted as brackets, so a note set in 〔〕, 【】 or
// [] had its label's colon read as the heading's end: the item's sentence went into the heading and the clause kept only the
// note's tail (市发改委】), losing the rate and the unit. Found by rewriting dev notes in other bracket shapes.
const clausesOf = (text: string) => extractDocument(documentsOfPlainText(text)[0]);

describe('a note of any bracket shape is inside the item, not its heading (note bracket shapes)', () => {
  // 辽宁 盘锦 (liaoning-panjin-yanhaijingjidai.txt): ——地区生产总值增长7.5%;(牵头部门:市发改委), in every bracket shape.
  const shapes: [string, string][] = [['(', ')'], ['（', '）'], ['〔', '〕'], ['【', '】'], ['[', ']'], ['［', '］'], ['〖', '〗']];
  it.each(shapes)('——地区生产总值增长7.5%%;%s牵头部门:市发改委%s', (open, close) => {
    const text = `到2018年底,全市主要经济指标如下:\n——地区生产总值增长7.5%;${open}牵头部门:市发改委${close}\n——固定资产投资增长8%;${open}牵头部门:市发改委${close}\n`;
    const clauses = clausesOf(text).filter((c) => c.rates.length);
    expect(clauses.map((c) => [c.text.replace(/^——/, ''), c.rates.map((r) => r.value), c.units])).toEqual([
      ['地区生产总值增长7.5%;', [0.075], ['市发改委']],
      ['固定资产投资增长8%;', [0.08], ['市发改委']],
    ]);
  });
  // 湖北 咸宁 (hubei-xianning-zerenfenjie.txt): a numbered item whose note carries two labels, set in 〔〕.
  it('(一)地区生产总值增长6%。〔牵头单位:市发改委;责任单位:各县市区人民政府,咸宁高新区管委会〕', () => {
    const text = '一、2024年经济社会发展计划目标\n(一)地区生产总值增长6%。〔牵头单位:市发改委;责任单位:各县市区人民政府,咸宁高新区管委会〕\n(二)规上工业增加值增长7%左右。〔牵头单位:市经信局;责任单位:各县市区人民政府,咸宁高新区管委会〕\n';
    const c = clausesOf(text).find((x) => x.text.startsWith('地区生产总值增长6%'));
    expect(c?.units).toEqual(['市发改委', '各县市区人民政府', '咸宁高新区管委会']);
  });
});
