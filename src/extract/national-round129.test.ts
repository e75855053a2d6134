import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';

// Classes from round 129 of the national development set (issue 9).
// Sentences are real, from the dev notice named in the comment; "form" marks one written from the class.

/** The thresholds (metric, min, max, unit) and the amounts (yuan, role) of a sentence. */
const read = (s: string) => {
  const v = extractValues(s, '2019-01-01');
  return { thresholds: v.thresholds.map((t) => [t.metric, t.min, t.max, t.unit]), amounts: v.amounts.map((a) => [a.yuan, a.role]) };
};

describe('an upper bound on a named kind of applicant is a threshold, not a cap (modified applicant)', () => {
  it.each([
    // 内蒙古 (neimenggu-zizhiqu-minyingjingji2019.txt): 小型微利企业, the bound mark repeating the figure
    ['年应纳税所得额低于100万元(含100万元)的小型微利企业免征企业所得税地方分享部分;', { thresholds: [['年应纳税所得额', undefined, 1000000, '元']], amounts: [] }],
    // …小规模纳税人, a bracket restating the bound for quarterly filers after the figure
    ['月销售额不超过3万元(按季纳税9万元)的小规模纳税人免征房产税和城镇土地使用税;', { thresholds: [['月销售额', undefined, 30000, '元'], ['按季纳税', undefined, 90000, '元']], amounts: [] }],
    // forms: a relief rate after a comma, full-width brackets, other kinds of applicant
    ['年应纳税所得额不超过300万元的小型微利企业,减按25%计入应纳税所得额', { thresholds: [['年应纳税所得额', undefined, 3000000, '元']], amounts: [] }],
    ['对年营业收入不超过500万元（含）的科技型企业给予研发费用补助', { thresholds: [['年营业收入', undefined, 5000000, '元']], amounts: [] }],
    ['年销售额低于2000万元的规模以下工业企业,按设备投资额的10%给予补助', { thresholds: [['年销售额', undefined, 20000000, '元']], amounts: [] }],
  ] as [string, unknown][])('%s', (s, want) => expect(read(s)).toEqual(want));
});

describe('a bracket restating a bound for another period is a threshold of its own (restated bound)', () => {
  it.each([
    // 内蒙古 (neimenggu-zizhiqu-minyingjingji2019.txt)
    ['月销售额不超过3万元(按季纳税9万元)的小规模纳税人免征房产税和城镇土地使用税;', { thresholds: [['月销售额', undefined, 30000, '元'], ['按季纳税', undefined, 90000, '元']], amounts: [] }],
    // forms: full-width brackets, a quarter's words, a floor
    ['月销售额不超过10万元（按季度纳税30万元）的小规模纳税人免征增值税', { thresholds: [['月销售额', undefined, 100000, '元'], ['按季度纳税', undefined, 300000, '元']], amounts: [] }],
    ['月均营业收入不低于50万元(按年计算600万元)的企业,给予奖励', { thresholds: [['月均营业收入', 500000, undefined, '元'], ['按年计算', 6000000, undefined, '元']], amounts: [] }],
    // valid: a bound mark repeating the figure is no second bound
    ['年营业收入不超过500万元(含500万元)的企业给予补助', { thresholds: [['年营业收入', undefined, 5000000, '元']], amounts: [] }],
  ] as [string, unknown][])('%s', (s, want) => expect(read(s)).toEqual(want));
});

describe('a cap on money granted stays a cap (modified applicant, valid)', () => {
  it.each([
    // forms: the grant's verb before the bound; a cap on the grant after its applicant
    ['给予最高不超过50万元的一次性奖励', { thresholds: [], amounts: [[500000, 'cap']] }],
    ['对新认定的小巨人企业给予不超过100万元的奖励', { thresholds: [], amounts: [[1000000, 'cap']] }],
  ] as [string, unknown][])('%s', (s, want) => expect(read(s)).toEqual(want));
});

/** Each clause's words (its first 12 characters) and units, and each document's title, of a text read as documents. */
const read2 = (text: string) =>
  documentsOfPlainText(text).map((d) => ({
    title: d.title,
    clauses: extractDocument(d).map((c) => [c.text.slice(0, 12), [...c.units]]),
  }));

describe('a section heading that is only a body’s name is the unit note of its items; a text opening on one has no title (body heading)', () => {
  it.each([
    // 运城 (shanxi-yuncheng-dayungaosu.txt): the page is the list's second part, opening on its third section
    [
      '(三)闻喜县政府\n1、筹备建设闻喜县城区生活污水处理厂,2009年底前建成并投入运行。\n2、筹备建设城区生活垃圾无害化处理设施,2009年底前建成并投入运行。\n(四)稷山县政府\n1、按照国家产业政策规定,依法淘汰小炼铁、小水泥等落后生产工艺和设施,2006年底完成。\n',
      [{ title: '', clauses: [['筹备建设闻喜县城区生活污', ['闻喜县政府']], ['筹备建设城区生活垃圾无害', ['闻喜县政府']], ['按照国家产业政策规定,依', ['稷山县政府']]] }],
    ],
    // forms: a level word first, two bodies, full-width brackets
    [
      '重点任务分解\n一、市发展改革委、市财政局\n1.争取中央预算内投资5亿元。\n二、优化产业布局\n2.建设产业园区3个。\n',
      [{ title: '重点任务分解', clauses: [['争取中央预算内投资5亿元', ['市发展改革委', '市财政局']], ['建设产业园区3个。', []]] }],
    ],
  ] as [string, unknown][])('%s', (text, want) => expect(read2(text)).toEqual(want));
});
