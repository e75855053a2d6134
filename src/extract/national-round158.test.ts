import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments } from './extract.js';
import { unitRows, valueRows } from './fixture-table.js';

const dayRows = (text: string) =>
  extractDocuments(documentsOfPlainText(text))
    .flat()
    .flatMap((c) => c.deadlines.map((d) => [d.raw, d.date]));

// Classes from round 158 of the national development set (issue 9, fortieth session).
// Sentences are real, from the dev notice named in the comment.

describe('the share of a fund put to a use is a rate of the fund, bounded, never a condition (fund share)', () => {
  it.each([
    // 长治 (shanxi-changzhi-shuzihuazhuanxing.txt)
    ['中央专项资金安排不低于80%的奖补资金用于中小企业数字化改造工作;', [[0.8, 'min']]],
    ['安排不高于20%的奖补资金支持提高服务能力、引导中小企业深度应用工业互联网平台、支持“链式”中小企业数字化转型,以及通过政府购买方式采购支撑性综合服务等。', [[0.2, 'cap']]],
    // 宁夏 (ningxia-ningxiasheng-jiudachanye.txt)
    ['鼓励各开发区将不低于60%的奖补资金优先用于支持重点产业发展', [[0.6, 'min']]],
  ] as [string, unknown[][]][])('%s', (s, rates) => {
    const v = valueRows(s);
    expect(v.rates).toEqual(rates);
    expect(v.thresholds).toEqual([]);
  });
  it('valid: a share an applicant must reach before 的企业 stays a condition (研发费用占比不低于5%的企业)', () => {
    // 龙泉驿 form, the national 研发 condition
    expect(valueRows('研发费用占营业收入比例不低于5%的企业,给予10万元奖励').thresholds).toContainEqual([0.05, undefined, '%']);
  });
});

describe('a role a sentence names its bodies to for the measure it is in (role named)', () => {
  it.each([
    // 龙岗 (guangdong-longgang-kejichuangxinxize.txt)
    ['第三条 区科技创新局是本实施细则的组织实施部门。组织实施遵循公开、公平、公正的原则。\n', [['区科技创新局']]],
  ] as [string, string[][]][])('%s', (text, want) => expect(unitRows(text)).toEqual(want));
  it('临汾 (shanxi-linfen-zhongchuangpingjia.txt): 2.各县(市、区)教科局(中心)、临汾经济开发区为本次绩效评价组织单位。', () => {
    const text = readFileSync(new URL('../../eval/national/dev/shanxi-linfen-zhongchuangpingjia.txt', import.meta.url), 'utf8');
    const clause = extractDocuments(documentsOfPlainText(text)).flat().find((c) => c.text.includes('为本次绩效评价组织单位'));
    expect(clause?.units).toEqual(['各县(市、区)教科局(中心)', '临汾经济开发区']);
  });
  it('valid: a sentence that says which of a note\'s bodies leads names none (鄂州, hubei-ezhou-fenjieluoshi2010.txt)', () => {
    expect(unitRows('排名第一的责任单位为牵头单位。\n')).toEqual([]);
  });
});

describe('a field record gives its unit field to the record\'s other fields, and a whole day ends its line (field record, whole day)', () => {
  it('宝安 (guangdong-baoan-gaoqijiangli2021.txt): 资助资金:20万元 / 组织部门:宝安区科技创新局 / 申报日期:2021-01-11 / 2021-01-22 / 01', () => {
    const text = '资助资金:20万元\n\n组织部门:宝安区科技创新局\n\n申报日期:2021-01-11 / 2021-01-22\n\n01\n\n一、申报条件\n\n  1.具备独立法人资格,注册地在宝安区;\n';
    expect(unitRows(text)).toEqual([['宝安区科技创新局'], ['宝安区科技创新局']]);
    expect(dayRows(text)).toContainEqual(['2021-01-11/2021-01-22', '2021-01-22']);
  });
});
