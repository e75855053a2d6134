import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { deadlineRows } from './fixture-table.js';

// Round 52 classes, each with the dev sentence that showed it (ANNOTATION round 52) and forms of other provinces.
const deadlines = deadlineRows;
const doc = (text: string) => documentsOfPlainText(text)[0];

describe('a window from today to a day without its year (today’s window)', () => {
  it.each([
    // 江苏 连云港 (jiangsu-lianyungang-minshengshishi.txt): the time field's cell on a line of its own
    ['即日起至8月5日', ['2023-08-05']],
    ['征集时间:自即日起至8月5日止。', ['2023-08-05']],
    ['报名时间为即日起至2023年8月5日。', ['2023-08-05']],
  ])('%s', (s, want) => expect(deadlines(s, '2023-07-24')).toEqual(want));
});

describe('the year of practical projects reported on, not handed down (projects reported)', () => {
  it.each([
    // 连云港: an inquiry into the projects' progress hands nothing down; the planned meeting's month is a time
    ['根据市人大常委会工作安排,计划于8月下旬召开的市十五届人大常委会第十二次会议将围绕2023年连云港市民生实事项目实施情况开展专题询问。', ['2023-08']],
    ['现向社会各界征集对2023年连云港市民生实事项目(见附件)实施情况专题询问的相关意见和建议。', []],
    // handed down, they are the year's (兴庆)
    ['为确保2018年为民办实事项目落实到位,现将任务分解如下。', ['2018']],
  ])('%s', (s, want) => expect(deadlines(s, s.includes('2018') ? '2018-08-16' : '2023-07-24')).toEqual(want));
});

describe('共同责任单位 labels bodies as 责任单位 does (unit label)', () => {
  it('连云港: 牵头单位 then 共同责任单位 in one note', () => {
    const text = '2023年连云港市民生实事项目\n一、教育惠民领域\n1. 完成全市义务教育学校灯光照明改造。(牵头单位:市教育局;共同责任单位:各县区、功能板块)\n2. 新建幼儿园14所。(牵头单位:市教育局;共同责任单位:市财政局、市机关管理局,各县区、功能板块)\n';
    const got = extractDocument(doc(text)).filter((c) => c.units.length).map((c) => c.units);
    expect(got).toEqual([
      ['市教育局', '各县区', '功能板块'],
      ['市教育局', '市财政局', '市机关管理局', '各县区', '功能板块'],
    ]);
  });
});

describe('a leading group signs its notice (issuer)', () => {
  it('河南省百城建设提质工程工作领导小组 (henan-henansheng-baichengtizhi.txt)', () => {
    const d = doc('河南省百城建设提质工程工作领导小组关于印发河南省百城建设提质工程任务分工和工作推进机制的通知\n\n时间:2017-04-01 17:17 来源:城建处\n\n豫百城提质〔2017〕1号\n\n各市、县人民政府,省百城建设提质工程工作领导小组各成员单位:\n\n为贯彻落实好《中共河南省委河南省人民政府关于推进百城建设提质工程的意见》(豫发〔2016〕39号),现将任务分工进行明确。\n');
    expect([d.issuer, d.region]).toEqual(['河南省百城建设提质工程工作领导小组', '河南省']);
  });
});

describe('the year of the work report’s tasks, or of the year’s tasks, carried out in their phrase (year of tasks)', () => {
  it.each([
    // 湖北 武汉 (hubei-wuhan-mubiaozerenfenjie.txt): the report's level before it
    ['各责任单位将办理工作纳入本单位绩效目标管理,确保2023年市《政府工作报告》中提出的各项工作任务有力有序有效推进。', '2023-03-01', ['2023']],
    // 浙江 余杭 (zhejiang-yuhang-renwufenjie.txt)
    ['现将2018年《政府工作报告》明确的重点工作任务进行细化分解(详见附件)。', '2018-03-01', ['2018']],
    ['请各相关责任部门及各镇街、平台按照责任分工,强化协同、狠抓落实,确保2018年各项目标任务全面如期完成。', '2018-03-01', ['2018']],
    // 湖北 蔡甸 (hubei-caidian-zerenfenjie.txt): the tasks a plan is made against, carried out phrases later, name the report
    ['各责任单位要对照2023年区《政府工作报告》确定的目标任务,制订工作方案,明确措施,狠抓落实,并于2023年1月15日前将工作方案报区人民政府办公室。', '2023-01-05', ['2023-01-15']],
    ['2023年目标任务完成情况', '2023-03-01', []],
  ])('%s', (s, date, want) => expect(deadlines(s, date)).toEqual(want));
});
