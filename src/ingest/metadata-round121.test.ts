import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { documentsFromText } from './ingest.js';
import { decidingGovernment } from './issuer-clues.js';
import { autonomousRegionSpoken } from './regions.js';

// Metadata classes from round 121 of the national development set (issue 9), and forms written from each class.

const dev = (f: string) => readFileSync(new URL(`../../eval/national/dev/${f}`, import.meta.url), 'utf8');
const head = (text: string) => documentsFromText({ text, format: 'txt', encoding: 'utf-8' }, 'x.txt').map((d) => [d.title, d.region, d.issuer])[0];

describe('addressees that name places before the first 各 are no title, and an autonomous region named only by the places below it speaks (addressed places)', () => {
  it('新疆 (xinjiang-xinjiangqu-zuidigongzi.txt, traditional): 伊犁哈薩克自治州,各州、市、縣(市)人民政府,…自治區人民政府各部門…:', () => {
    expect(head(dev('xinjiang-xinjiangqu-zuidigongzi.txt'))).toEqual(['', '新疆维吾尔自治区', '自治區人民政府']);
  });
  it.each([
    // forms: a prefecture and a league named first, simplified
    ['阿拉善盟,各盟行政公署、市人民政府,自治区各委、办、厅、局:\n根据国家有关规定,自治区人民政府决定调整全区最低工资标准。\n一类地区最低工资标准为1980元/月。', ['', '内蒙古自治区', '自治区人民政府']],
    ['伊犁哈萨克自治州,各州、市、县(市)人民政府,各行政公署,自治区人民政府各部门、各直属机构:\n自治区人民政府决定对全区最低工资标准进行调整。\n一、全区最低工资标准分为4个档次。', ['', '新疆维吾尔自治区', '自治区人民政府']],
  ])('%s', (text, want) => expect(head(text)).toEqual(want));
  it('an autonomous region is not taken from places in two provinces, nor without its own words', () => {
    expect(autonomousRegionSpoken('自治区人民政府决定,全区执行。伊犁哈萨克自治州、兰州市各一个。')).toBeUndefined();
    expect(autonomousRegionSpoken('伊犁哈萨克自治州人民政府决定。')).toBeUndefined();
  });
});

describe('an autonomous region’s government announcing its decision is the issuer, by its level as written (deciding government)', () => {
  it.each([
    // 内蒙古 (neimenggu-zizhiqu-zuidigongzi.txt)
    [['根据我区经济发展和职工工资水平增长情况,经人力资源和社会保障部核准,自治区人民政府决定调整自治区最低工资标准和非全日制工作小时最低工资标准。'], '自治区人民政府'],
    // (新疆's traditional 自治區人民政府決定 is read folded, its name as written: the document test above)
    // forms: a prefecture's and a county's; a joint decision is none
    [['经研究,自治州人民政府决定对全州…予以表彰。'], '自治州人民政府'],
    [['经研究,自治县人民政府决定,对…给予奖励。'], '自治县人民政府'],
    [['自治区党委、自治区人民政府决定,授予…称号。'], undefined],
  ] as [string[], string | undefined][])('%s', (paras, want) => expect(decidingGovernment(paras)).toBe(want));
});
