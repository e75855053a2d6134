import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments } from './extract.js';
import { devText as dev } from '../dev-notices.js';

// A cover notice's sentences. 镇海 (zhejiang-zhenhai-renwufenjie.txt) writes its addressees and first sentence on one line, and
// 常熟 (jiangsu-changshu-renwufenjie.txt) types a half-width full stop for 。: the lead-in that hands down the year's tasks had run
// from the addressees, or on to the signing date, and its year was not the clause's.
const clauses = (text: string) =>
  extractDocuments(documentsOfPlainText(text)).flat().map((c) => [c.text, c.deadlines.map((d) => d.date)] as const);

describe('addressees before the first sentence on its line are no part of it (addressee lead)', () => {
  const ZHENHAI = dev('zhejiang-zhenhai-renwufenjie.txt');
  const LEAD = '为全面落实2011年《政府工作报告》提出的各项工作,经区政府研究,现将区人民政府2011年工作任务及责任予以分解(详见附件),';
  it.each([
    ['as written', (s: string) => s],
    ['full-width colon, another addressee list', (s: string) => s.replace('各镇人民政府、街道办事处,区政府各部门、各直属单位:', '各县(市、区)人民政府,市人民政府各部门：')],
  ])('镇海 (%s): the lead-in is a clause of its own with its year', (_name, t) => {
    const lead = clauses(t(ZHENHAI)).find(([text]) => text.includes('2011年工作任务及责任予以分解'));
    expect(lead?.[0].startsWith(LEAD)).toBe(true);
    // (the work report's year and the tasks' year: two, as the guide has it since round 25)
    expect(lead?.[1]).toEqual(['2011', '2011']);
  });
});

describe('a half-width full stop typed for 。 ends a sentence (half-width stop)', () => {
  it('常熟: the lead-in that hands down the year’s tasks is a sentence of its own, with its year', () => {
    const got = clauses(dev('jiangsu-changshu-renwufenjie.txt'));
    const lead = got.find(([text]) => text.startsWith('根据市十五届人大二次会议确定的全市经济社会发展目标任务'));
    expect(lead).toEqual(['根据市十五届人大二次会议确定的全市经济社会发展目标任务,市政府将2018年政府工作分解为11项工作目标和138项工作任务,现下达给你们,请认真组织实施.', ['2018']]);
    expect(got.some(([text]) => text === '市政府将对各项目标任务实施动态管理.')).toBe(true);
  });
  it.each([
    // not in a figure, nor after an item's number, nor in a Latin word
    ['规模以上工业增加值增长7.5%以上。', 1],
    ['一、工作任务\n2.落实减税降费政策,减轻企业负担。', 1],
    ['推广www.gov.cn平台,方便企业办事。', 1],
  ])('%s stays %i sentence', (s, n) => {
    const got = clauses(`关于加快工业发展的通知\n2021年3月1日\n为推动发展,制定本措施。\n${s}\n`);
    expect(got.length - 1).toBe(n);
  });
});

// 广州 (guangdong-guangzhou-kejishenbao.txt): 各申报单位在9月19日17:00前… was read as addressees up to the colon of 17:00, and the
// day's limit was lost with them.
describe('the colon of a time of day ends no addressee list (addressee lead)', () => {
  it.each([
    ['各申报单位在9月19日17:00前将经主管部门审核后的书面申报材料一式一份加盖公章送交所属区科技主管部门。', '2014-09-19'],
    ['各申报单位于9月19日17：00前将书面申报材料送交所属区科技主管部门。', '2014-09-19'],
    ['各有关企业须在9月19日12:30前完成网上申报。', '2014-09-19'],
  ])('%s', (s, date) => {
    const got = clauses(`关于组织申报科技项目的通知\n2014年9月9日\n二、书面申报材料受理\n${s}\n`);
    expect(got.find(([text]) => text.startsWith(s.slice(0, 6)))).toEqual([s, [date]]);
  });
});
