import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { deadlinePairs } from './fixture-table.js';

// Classes from round 131 of the national development set (issue 9).
// Sentences are real, from the dev notice named in the comment; "form" marks one written from the class.

describe('a window back from the day the instrument takes effect runs to that day (retroactive window)', () => {
  it.each([
    // 瑞安 (zhejiang-ruian-wenjintizhi.txt): the effective day in the same sentence
    ['本政策自2025年6月10日起施行,2025年1月1日至本政策施行之日的奖补对象,参照本政策规定执行。', [['自2025年6月10日起施行', '2025-06-10'], ['2025年1月1日至本政策施行之日', '2025-06-10']]],
    // forms: 本办法 and 实施, 起 after the day; no effective day given: the start alone
    ['本办法自2024年3月1日起实施,2024年1月1日起至本办法实施之日止已认定的企业,按本办法执行。', [['自2024年3月1日起实施', '2024-03-01'], ['2024年1月1日起至本办法实施之日止', '2024-03-01']]],
    ['2024年1月1日至本办法印发之日期间认定的企业,参照执行。', [['2024年1月1日至本办法印发之日', '2024-01-01']]],
  ] as [string, [string, string][]][])('%s', (s, want) => expect(deadlinePairs(s, '2025-04-27')).toEqual(want));
});

describe('a document said to be already issued in a month is a record, no deadline (already issued)', () => {
  it.each([
    // 瑞安 (zhejiang-ruian-wenjintizhi.txt)
    ['《瑞安市推进文化强市建设若干政策》(瑞宣通〔2024〕25号)已于2024年9月印发,《瑞安市人民政府关于印发瑞安市推动工业经济稳进提质若干政策等产业政策文本的通知》(瑞政发〔2024〕17号)同时予以废止。', []],
    // forms: 已经于 and a year; valid: a limit with 于 and 前, and a later act the phrase plans
    ['该项目已经于2023年开工建设。', []],
    ['请于2025年9月底前完成。', [['于2025年9月底前', '2025-09']]],
    ['已于2023年开工并将于2025年建成', [['2025年', '2025']]],
  ] as [string, [string, string][]][])('%s', (s, want) => expect(deadlinePairs(s, '2025-04-27')).toEqual(want));
});

describe('the periods a report covers are no deadline; the days it is due are (report covers)', () => {
  it.each([
    // 武汉 (hubei-wuhan-zerenfenjie2019.txt)
    ['各责任事项牵头单位要于2019年4月15日、7月15日、10月15日及2020年1月15日前,将第一、第二、第三季度及全年责任事项完成情况,经本单位主要负责人审定后报送。', [['于2019年4月15日', '2019-04-15'], ['7月15日', '2019-07-15'], ['10月15日', '2019-10-15'], ['2020年1月15日前', '2020-01-15']]],
    // forms: 上半年 and 进展情况; valid: a quarter as the time a task is due
    ['请于7月10日前将上半年工作进展情况报送市发改委。', [['于7月10日前', '2019-07-10']]],
    ['第三季度完成项目验收。', [['第三季度', '2019-09']]],
  ] as [string, [string, string][]][])('%s', (s, want) => expect(deadlinePairs(s, '2019-02-01')).toEqual(want));
});

describe('the years a plan is said to chart are the plan described, no deadline (plan charted)', () => {
  it.each([
    // 泰州 (jiangsu-taizhou-shisanwufenjie.txt); 营口 (liaoning-yingkou-shisanwufengong.txt)
    ['泰州市第四届人民代表大会第六次会议审议通过的《泰州市国民经济和社会发展第十三个五年规划纲要》(以下简称《纲要》),是今后五年我市经济社会发展的奋斗目标,是全市人民共同的行动纲领。', []],
    ['《纲要》明确提出了我市“十三五”时期国民经济和社会发展的目标任务和工作重点,是未来五年我市经济社会发展的宏伟蓝图和全市人民共同的行动纲领。', []],
    // valid: a span the work must be done in
    ['今后五年,全市要完成投资1万亿元。', [['今后五年', 'relative']]],
  ] as [string, [string, string][]][])('%s', (s, want) => expect(deadlinePairs(s, '2016-03-01')).toEqual(want));
});

describe('a bar cell naming a kind of firm or person is whom a grant is for, no body (applicant cell)', () => {
  const units = (text: string) =>
    documentsOfPlainText(text)
      .flatMap((d) => extractDocument(d))
      .map((c) => [...c.units]);
  it.each([
    // 瑞安 (zhejiang-ruian-wenjintizhi.txt): the 奖补(扶持)对象 column
    ['若干政策\n序号 | 奖补(扶持)事项 | 奖补(扶持)对象 | 奖补额度 |\n1 | 新认定的工程实验室(工程研究中心) | 工业企业 | 国家级250万元;省级100万元。 |\n', false],
    // forms: other kinds
    ['若干政策\n1 | 首次认定的高新技术企业 | 科技型中小企业 | 奖励20万元。 |\n', false],
    ['若干政策\n1 | 吸纳就业的 | 个体工商户 | 补贴2000元。 |\n', false],
    // valid: a group a task table assigns, a body of a jurisdiction
    ['工作任务\n1 | 推进企业上云 | 各相关企业 |\n', true],
    ['工作任务\n1 | 推进企业上云 | 区经信局 |\n', true],
  ] as [string, boolean][])('%s', (text, has) => expect(units(text).some((u) => u.length > 0)).toBe(has));
});
