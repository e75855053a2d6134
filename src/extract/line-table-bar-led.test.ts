import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { cleanText } from '../ingest/clean.js';
import { extractDocument } from './extract.js';

// A task table a page flattened to a cell a line, each cell's line opened by a bar and each row closed by a line holding only a bar
// (镇江, round 238's jiangsu-zhenjiang-taihuzhili2008.txt; 杭州's zhejiang-hangzhou-gongyezhenkaohe.txt): the cleaner kept the bars, ran a
// row's unit cells into one line (市建设局镇江新区管委会) and the table was read as no table: no unit for any row. Each cell's bar is
// now a space and each row's bar a blank line, a cell a line, which the line-table reader reads.
const ZHENJIANG =
  '序号\n| 项目内容\n| 工 作 要 求\n| 责任单位\n|\n7\n| 污水处理厂和\n管网工程建设\n| 完成征润洲污水处理厂技术改造,2008年处理能力达到14.5万吨/日,2009年启动二期工程建设。2008年城市生活污水处理率达到84.5%。\n| 市建设局\n|\n8\n| 大港污水处理厂扩建工程2008年6月底前投入运行,并同步完成对大港港区及丁岗镇的截污处理。2008年底前开工建设新区化工园区污水处理厂。\n| 市建设局\n镇江新区管委会\n|\n9\n| 丹阳市石城污水处理厂、丹徒经济开发区污水处理厂除磷脱氮改造工程2008年6月底前开工建设,年底前建成投入运行。\n| 丹阳市政府\n句容市政府\n丹徒区政府\n市建设局\n|\n';

const rows = (text: string) =>
  extractDocument(documentsOfPlainText(text)[0])
    .filter((c) => c.units.length)
    .map((c) => [c.text.slice(0, 12), c.units]);

describe('a table whose cells open their lines with a bar, a bar alone closing each row (bar-led cells)', () => {
  it('cleans to a cell a line, no bar left', () => {
    const lines = cleanText(ZHENJIANG).clean.text.split('\n');
    expect(lines.slice(0, 6)).toEqual(['序号', '项目内容', '工作要求', '责任单位', '7', '污水处理厂和']);
    expect(lines.some((l) => /[|｜]/.test(l))).toBe(false);
  });
  it('gives each row its unit cell, a body a line', () => {
    expect(rows(ZHENJIANG)).toEqual([
      ['完成征润洲污水处理厂技术', ['市建设局']],
      ['2008年城市生活污水处', ['市建设局']],
      ['大港污水处理厂扩建工程2', ['市建设局', '镇江新区管委会']],
      ['2008年底前开工建设新', ['市建设局', '镇江新区管委会']],
      ['丹阳市石城污水处理厂、丹', ['丹阳市政府', '句容市政府', '丹徒区政府', '市建设局']],
    ]);
  });
  it('leaves a table of several cells a line and a lone bar in running text alone', () => {
    expect(cleanText('序号 | 任务 | 责任单位 |\n1 | 加快建设 | 市建设局 |\n|\n').clean.text).toContain('|');
    expect(cleanText('一、总体要求\n| 加快推进项目建设。\n|\n').clean.text).toContain('|');
  });
});
