import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { inStandardList } from './standard-list.js';

// Rows of a list of standards under the lead that sets them: each row's sum per a unit is money set (ANNOTATION round 101).
const rowAt = (text: string, row: string) => inStandardList(text, text.indexOf(row));

describe('inStandardList', () => {
  it.each([
    // 青海省 (qinghai-qinghaisheng-qunuanfei.txt): the first row and a later one, blank lines between as the page gives them
    ['调整后的标准为:\n乐都、民和580元/年\n\n西宁地区(含大通、湟中、湟源)、平安、互助600元/年\n循化、贵德658元/年', '乐都、民和580元/年', true],
    ['调整后的标准为:\n乐都、民和580元/年\n\n西宁地区(含大通、湟中、湟源)、平安、互助600元/年\n循化、贵德658元/年', '循化、贵德658元/年', true],
    // form: a minimum wage's classes, a colon before each sum
    ['全省月最低工资标准调整为:\n一类地区:2320元/月\n二类地区:2170元/月', '二类地区:2170元/月', true],
    // form: a price list under no standard's lead is none (a price the firm pays)
    ['各类用地价格:\n工业用地:60万元/亩\n商业用地:150万元/亩', '工业用地:60万元/亩', false],
    // form: a sentence under the lead is no row
    ['调整后的标准为:\n各地按每人每年600元/年执行,超出部分自行负担。', '各地按每人每年600元/年执行,超出部分自行负担。', false],
  ])('%j: %s', (text, row, want) => {
    expect(rowAt(text, row)).toBe(want);
  });
});

describe('a standards list read in a notice (standards list)', () => {
  it('青海省: every row’s sum an amount', () => {
    const text = readFileSync(new URL('../../eval/national/dev/qinghai-qinghaisheng-qunuanfei.txt', import.meta.url), 'utf8');
    const d = documentsOfPlainText(text)[0];
    const sums = extractDocument(d).flatMap((c) => c.amounts.map((a) => a.yuan));
    expect(sums).toEqual([200, 580, 600, 658, 687, 702, 731, 833, 892, 1009, 1082, 1155]);
  });
});
