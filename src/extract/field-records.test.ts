import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';

// A task written as a record of fields, a line each: the task field, its unit field, then fields of goals. 广州
// (guangdong-guangzhou-qiangqugongcheng.txt, round 22) had given 市工业和信息化局 to the task only: its 17 quarterly goals below the
// unit field had none. The unit field is every field's of its record; the record ends at a paragraph that opens with no field's
// name, at a heading, or where the task field comes again (the next record).
const rows = (text: string) =>
  extractDocument(documentsOfPlainText(text)[0])
    .filter((c) => c.units.length || c.deadlines.length)
    .map((c) => [c.text, c.units, c.deadlines.map((d) => d.date)]);

const GUANGZHOU = `任务29
2021年3月1日
重点工作: 实施“强区”工程,推进建设广州开发区、增城经济技术开发区、南沙经济技术开发区等三大国家级工业园区,聚力发展先进制造业。
牵头单位: 市工业和信息化局
年度阶段性工作目标: 第一季度:下达提质增效试点园区补助;黄埔举行重大项目集中签约动工活动。
第二季度:印发《广州开发区制造业高质量发展“十四五”专项规划》;推进白云芭薇生物项目投产。
进展情况:
已完成。举办第24届中国集成电路制造年会。
`;
const UNIT = ['市工业和信息化局'];

describe('a record of fields a line each (广州 dev)', () => {
  const forms: [string, (s: string) => string][] = [
    ['as written', (s) => s],
    ['full-width colons', (s) => s.replace(/:/g, '：')],
    ['责任单位 for 牵头单位', (s) => s.replace('牵头单位', '责任单位')],
    ['CRLF line ends', (s) => s.replace(/\n/g, '\r\n')],
  ];
  it.each(forms)('the unit field is the task’s and every goal field’s; the record ends at a paragraph opening with no field (%s)', (_name, t) => {
    const got = rows(t(GUANGZHOU));
    const unitsOf = (start: string) => got.find((r) => (r[0] as string).startsWith(start))?.[1];
    // (the task field's text, its name left out, as in every record: the twelfth session's 大连 class)
    expect(unitsOf('实施“强区”工程')).toEqual(UNIT);
    expect(unitsOf('下达提质增效试点园区补助')).toEqual(UNIT);
    expect(unitsOf('黄埔举行重大项目集中签约动工活动')).toEqual(UNIT);
    expect(unitsOf('印发《广州开发区')).toEqual(UNIT);
    expect(unitsOf('推进白云芭薇生物项目投产')).toEqual(UNIT);
    // (the progress notes after the record are no task of it)
    expect(got.some((r) => (r[0] as string).startsWith('举办第24届') && (r[1] as string[]).length)).toBe(false);
  });

  it('the task field again opens the next record, with its own unit field', () => {
    const text = GUANGZHOU.replace(
      '进展情况:',
      '重点工作: 实施“强芯”工程,推进集成电路产业发展。\n牵头单位: 市发展改革委\n年度阶段性工作目标: 第三季度:举办中国集成电路制造年会。\n进展情况:',
    );
    const got = rows(text);
    expect(got.find((r) => r[0] === '举办中国集成电路制造年会。')?.[1]).toEqual(['市发展改革委']);
    expect(got.find((r) => r[0] === '推进白云芭薇生物项目投产。')?.[1]).toEqual(UNIT);
  });

  it('a unit note under a numbered item is no record: the next item does not take it', () => {
    const text = '关于加快工业发展的通知\n2021年3月1日\n1.实施技改工程,完成技改投资100亿元。\n责任单位: 市工业和信息化局\n2.推进招商引资,引进项目20个。\n';
    expect(rows(text).map((r) => r[1])).toEqual([UNIT, []].filter((u) => u.length));
  });

  it('a page’s metadata block drawn with bars is no record (宁夏 银川, ningxia-yinchuan-touzijihua.txt)', () => {
    const text =
      '公开内容快速切换\n当前位置: 首页>政府信息公开>政府部门信息公开>银川市人民政府办公室>法定主动公开内容\n索 引 号: | 11640100010085810C/2025-00046 | 效力状态: | 有效 |\n' +
      '---|---|---|---|\n发布机构: | 银川市人民政府办公室 | 成文日期: | 2025-02-12 |\n责任部门: | 银川市发展和改革委员会 | 发布日期: | 2025-02-18 |\n' +
      '名 称: | 银川市人民政府办公室关于印发《2025年银川市第一批基本建设项目投资计划》的通知 |\n各县(市)区人民政府,市政府各部门、各直属机构:\n';
    expect(rows(text).some((r) => (r[0] as string).includes('名称') && (r[1] as string[]).length)).toBe(false);
  });
});

// The fields of a record before its task field (南昌县, jiangxi-nanchangxian-minshengshishi.txt, round 50): under an item's heading
// come 牵头领导 / 牵头单位 / 责任单位 lines, then 任务目标: the task. The notes closed nothing (no clause above them in the item), and
// the tasks under them had no unit. They are the item's notes: every clause under the item takes them, until the next item.
const NANCHANG = `关于下达2024年南昌县政府民生实事人大代表票决项目任务的通知
各乡镇人民政府,各管理处(管委会、街道办),县直各有关部门:
经县政府同意,现将12项2024年县政府民生实事人大代表票决项目任务下达给你们,请认真组织实施。

一、莲塘等片区20个排水单元雨污管网分流改造及澄碧湖周边新建市政管网项目

牵头领导:涂超

牵头单位:县城管执法局

责任单位:江西洪城水业环保公司、属地乡镇

任务目标:2024年度计划对莲塘、银三角建成区范围内唐庄、玺悦城-北区等20个排水单元进行雨污管网分流改造;对澄碧湖周边洪州大道、澄湖西路、澄湖东路等三条道路进行市政配套管网建设

二、新建300个公共充电桩项目

牵头领导:涂超

牵头单位:县城管执法局

责任单位:县城投集团

任务目标:2024年计划在莲塘片区、象湖片区、小蓝片区等区域内共完成300个公共充电桩建设
`;

describe('unit fields before the task field of an item (南昌县 dev)', () => {
  const forms: [string, (s: string) => string][] = [
    ['as written', (s) => s],
    ['full-width colons', (s) => s.replace(/:/g, '：')],
    ['no blank lines', (s) => s.replace(/\n\n/g, '\n')],
    ['责任部门 / 配合单位 labels', (s) => s.replace(/牵头单位/g, '牵头部门').replace(/责任单位/g, '配合单位')],
    ['(一) items', (s) => s.replace('一、', '(一)').replace('二、', '(二)')],
    ['traditional characters', (s) => s.replace(/单位/g, '單位').replace(/县城投集团/g, '縣城投集團').replace(/县城管执法局/g, '縣城管執法局')],
  ];
  it.each(forms)('every clause under the item takes the fields’ units, and the next item its own (%s)', (_name, t) => {
    const got = rows(t(NANCHANG));
    const unitsOf = (start: string) => got.find((r) => (r[0] as string).startsWith(start))?.[1] as string[] | undefined;
    const trad = _name === 'traditional characters';
    expect(unitsOf('2024年度计划对莲塘')).toEqual([trad ? '縣城管執法局' : '县城管执法局', '江西洪城水业环保公司', '属地乡镇']);
    expect(unitsOf('对澄碧湖周边')).toEqual([trad ? '縣城管執法局' : '县城管执法局', '江西洪城水业环保公司', '属地乡镇']);
    expect(unitsOf('2024年计划在莲塘片区')).toEqual(trad ? ['縣城管執法局', '縣城投集團'] : ['县城管执法局', '县城投集团']);
    // (the letter above the items is no task of theirs)
    expect(unitsOf('经县政府同意') ?? []).toEqual([]);
  });

  it('the clause is the task field’s text, not its name', () => {
    const got = rows(NANCHANG);
    expect(got.some((r) => (r[0] as string).startsWith('任务目标'))).toBe(false);
    expect(got.find((r) => (r[0] as string).startsWith('2024年计划在莲塘片区'))?.[2]).toEqual(['2024']);
  });

  it('a unit field run into the task field (the page lost the line break) is two lines (南昌县’s 责任单位:莲塘镇任务目标:)', () => {
    const text = NANCHANG.replace('责任单位:县城投集团\n\n任务目标:', '责任单位:县城投集团任务目标:');
    expect(rows(text).find((r) => (r[0] as string).startsWith('2024年计划在莲塘片区'))?.[1]).toEqual(['县城管执法局', '县城投集团']);
    // (and a time field run into a unit field: 责任单位:县城投集团完成时限:2024年底前)
    const timed = NANCHANG.replace('责任单位:县城投集团\n', '责任单位:县城投集团完成时限:2024年底前\n');
    const row = rows(timed).find((r) => (r[0] as string).startsWith('2024年计划在莲塘片区'));
    expect(row?.[1]).toEqual(['县城管执法局', '县城投集团']);
  });

  it('an item whose heading is a sentence closes its own note, and the note reaches no further (綦江 seed)', () => {
    const text = '关于加快工业发展的通知\n2021年3月1日\n(五)建立评估机制。区经济信息委牵头按季度梳理形成工作推进情况。\n责任单位：区经济信息委、区级各有关部门。\n附件：綦江区优质企业梯度培育评定管理办法\n綦江区优质企业梯度培育评定管理办法\n一、基本条件\n1.在綦江区境内注册纳税的规上工业企业。\n';
    const got = rows(text);
    expect(got.some((r) => (r[0] as string).startsWith('綦江区优质企业') || (r[0] as string).startsWith('在綦江区境内'))).toBe(false);
  });
});
