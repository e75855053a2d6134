import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { unitRows, valueRows } from './fixture-table.js';

// Classes from round 138 of the national development set (issue 9).
// Sentences are real, from the dev notice named in the comment; "form" marks one written from the class.

const docs = (text: string) => documentsOfPlainText(text);
const bounds = (s: string) => valueRows(s).thresholds;

describe('a table of sums allotted to towns and streets (街镇 | … | 奖励资金(元)) gives each row its total, the 合计 row its own cell (street column)', () => {
  // 嘉定 (shanghai-jiading-sheshicaitian.txt)
  const text =
    '2024年度设施菜田财政性资产管理工作考核奖励资金汇总表 | ||\n街镇 | 奖励面积(亩) | 奖励资金(元) |\n外冈镇 | 1680.6 | 336120 |\n华亭镇 | 2602.5 | 520500 |\n菊园新区 | 410 | 82000 |\n合计 | 8937.1 | 1787420 |\n';
  const sums = () => docs(text).flatMap((d) => extractDocument(d)).flatMap((c) => c.amounts.map((a) => [a.yuan, a.role]));
  it('each row’s sum, and the total’s, not its area', () =>
    expect(sums()).toEqual([
      [336120, 'total'],
      [520500, 'total'],
      [82000, 'total'],
      [1787420, 'total'],
    ]));
});

describe('以内 after a quantity bounds it as 以下 does; a span’s 以内 is a time limit (quantity within)', () => {
  it.each([
    // 鄂尔多斯高新区 (neimenggu-eerduosigaoxinqu-zhaoshang.txt)
    ['鼓励用地需求在20亩以内的企业进驻标准化厂房', [[undefined, 20, '亩']]],
    // form: a floor area
    ['租用面积在500平方米以内的企业,按实际面积给予补贴。', [[undefined, 500, '平方米']]],
    // valid: a span of years is no ceiling here
    ['成立时间在3年以内的企业', []],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('a length in metres is a quantity a condition bounds (metres)', () => {
  it.each([
    // 柯岩 (zhejiang-keyanjiedao-nongyejili2005.txt)
    ['按时保质完成县年度河道综合整治任务(总长度在500米以上),经县验收合格的,每米奖励60元(沿河绿化要配套)。', [[500, undefined, '米']]],
    // valid: 平方米 stays 平方米
    ['租用厂房面积1000平方米以上的企业,给予租金补贴。', [[1000, undefined, '平方米']]],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('a standing sentence in a note (以下各项任务均需各区县具体落实,不再重复列出) gives its bodies to the later measures, not again to the note’s own (standing 均需)', () => {
  // 重庆市 (chongqing-chongqingshi-jigai2025.txt)
  const text =
    '二、重点任务\n(一)推动增产扩能型改造。推动钢铁、有色、建材、化工企业开展主要生产装置“上大压小”与产品牌号优化。全年力争新实施增产扩能型技术改造项目500个以上。〔责任单位:市经济信息委、市发展改革委等按职责分工负责,各区县(自治县)人民政府和西部科学城重庆高新区、两江新区、万盛经开区管委会具体落实,以下各项任务均需各区县具体落实,不再重复列出〕\n(二)推动提质增效型改造。推动企业结合自身实际选取先进适用技术开展改造。〔责任单位:市经济信息委〕\n';
  const units = () => unitRows(text);
  it('the note’s own list once, the later measure with 各区县', () => {
    const got = units();
    expect(got[0]).toEqual(['市经济信息委', '市发展改革委', '各区县(自治县)人民政府', '西部科学城重庆高新区、两江新区、万盛经开区管委会']);
    expect(got[got.length - 1]).toEqual(['市经济信息委', '各区县']);
  });
});

describe('the size of counted things is a floor also in a goal, the count with a fraction or written before a long name (counted size)', () => {
  it.each([
    // 山东省 (shandong-shandongsheng-jialikuowei.txt)
    ['持续推进“万项技改、万企转型”,全年实施投资500万元以上技改项目1.2万个左右。', [[5000000, undefined, '元']]],
    // 成都高新区 (sichuan-chengdugaoxinqu-shebeigengxin.txt)
    ['到2027年,二手车交易量较2023年增长50%,培育1家营收规模达10亿元的再生资源回收龙头企业,资源循环利用链条基本建立。', [[1000000000, undefined, '元']]],
    // valid: a goal's own figure stays a target
    ['到2027年,全区工业投资达到100亿元以上。', []],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});
