import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments, extractValues } from './extract.js';

// Round 77 classes (seventeenth session), from six dev notices (task divisions, 营商环境, 招商) labelled blind and scored before any
// rule for them, each with the dev sentence that showed it and forms from other provinces.
const deadlines = (s: string, date?: string) => extractValues(s, date).deadlines.map((d) => [d.raw, d.date ?? null, d.kind ?? null]);

describe('years an applicant must have met a condition over are no time limit (span of a condition)', () => {
  it.each([
    // 毕节 (guizhou-bijie-zhaoshang.txt) and 盐津 (yunnan-yanjin-zhaoshang.txt, relabelled): the same template in two provinces
    ['社会资本投资3000万元以上产业扶贫项目,连续两年带动100户贫困户发展的,实行市级领导挂帮,列为市级重点项目', []],
    // form: a condition closed by its applicant
    ['对连续三年吸纳本地劳动力就业的企业,给予一次性奖励。', []],
    // (the span of a grant or a sanction stays one: 温州, 市南, dev)
    ['对专营店(30平方米以上)连续两年每年分别补助10万元。', [['连续两年', null, 'relative']]],
    ['在市南区新注册的企业,年度全口径财政收入达到300万元的,连续三年按照企业产生的区级贡献进行扶持。', [['连续三年', null, 'relative']]],
    ['编造项目骗取专项资金的企业,一经核实将连续三年取消申报资格。', [['连续三年', null, 'relative']]],
  ])('%s', (s, want) => expect(deadlines(s)).toEqual(want));
});

describe('this year’s tasks a notice puts into effect or breaks down set the notice’s year (今年 of the year’s tasks)', () => {
  it.each([
    // 宜兴 (jiangsu-yixing-zhongdiangongzuo.txt), 江苏省 (jiangsu-jiangsusheng-zhongdianrenwu.txt)
    ['为切实抓好今年各项重点任务的落实,将全年的目标任务分解成60项具体工作任务', '2020-02-20', [['今年', '2020', null]]],
    ['为切实抓好今年各项重点任务的落实,省政府第62次常务会议研究决定,将今年省政府十个方面重点任务分解为50项具体工作', '2006-03-01', [['今年', '2006', null], ['今年', '2006', null]]],
    // form: 确保…的完成
    ['各部门要确保本年度各项目标任务的完成。', '2024-03-01', [['本年度', '2024', null]]],
    // (今年 in running text describes: 今年累计争取的资金)
    ['今年累计争取的上级资金已全部拨付到位。', '2024-03-01', []],
  ])('%s', (s, date, want) => expect(deadlines(s, date)).toEqual(want));
});

describe('a page dated after the year its title plans: the notice’s own words are in the plan’s year (plan year over page date)', () => {
  const years = (text: string) =>
    extractDocuments(documentsOfPlainText(text))
      .flat()
      .flatMap((c) => c.deadlines.map((d) => [d.raw, d.date]));
  it('江苏省 dev: 发布日期 2007-10-24 over 省政府关于印发2006年重点任务分解落实方案的通知', () => {
    const text = '省政府关于印发2006年重点任务分解落实方案的通知\n发布日期:2007-10-24 09:38\n各市、县人民政府,省各委、办、厅、局:\n为切实抓好今年各项重点任务的落实,省政府第62次常务会议研究决定,将今年省政府十个方面重点任务分解为50项具体工作。\n';
    expect(years(text)).toEqual([['今年', '2006'], ['今年', '2006']]);
  });
  it('下陆 form: a notice signed before its plan’s year keeps its date (明年 is the plan’s year)', () => {
    const text = '区人民政府办公室关于印发2023年区政府工作报告重点任务分解的通知\n各街道办事处,区政府各部门:\n现将《2023年区政府工作报告重点任务分解》印发给你们,请认真贯彻落实。\n区人民政府办公室\n2022年12月27日\n一、重点任务\n1.推进产业园建设,力争明年年底前建成投产。\n';
    expect(years(text)).toContainEqual(['明年年底前', '2023-12']);
  });
});

describe('a heading of two or three short phrases on its own line is a heading, as one without a comma is (phrase heading line)', () => {
  const clauses = (text: string) =>
    extractDocuments(documentsOfPlainText(text))
      .flat()
      .map((c) => c.text);
  it.each([
    // 江苏省 (jiangsu-jiangsusheng-zhongdianrenwu.txt)
    ['省政府2006年重点任务分解落实方案\n一、加快经济结构调整,推动产业优化升级\n1.大力发展高新技术产业,力争高新技术产业产值超过9000亿元。(省科技厅、发展改革委、经贸委)\n', ['大力发展高新技术产业,力争高新技术产业产值超过9000亿元。']],
    // 湛江 (guangdong-zhanjiang-jingxihuaguanli.txt), full-width comma
    ['某市工作方案\n一、建立长效机制，减少工业粉尘污染\n建立严格的考核问责制度，加强对工业企业大气污染控制和治理。（由市环境保护局牵头落实）\n', ['建立严格的考核问责制度，加强对工业企业大气污染控制和治理。']],
    // (a heading that holds a figure is content: 一、新增规上企业20家,实现产值50亿元)
    ['某县工作方案\n一、新增规上企业20家,实现产值50亿元\n加强服务保障。(责任单位:县工信局)\n', ['新增规上企业20家,实现产值50亿元', '加强服务保障。']],
  ])('%s', (text, want) => expect(clauses(text)).toEqual(want));
});
