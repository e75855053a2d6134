import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments } from './extract.js';

// A record of fields a line each whose lines carry item numbers (1、实施地点:… / 4、建设期限:… / 8、责任单位及责任人:…): read past the
// number, each line is a field of the record, as an unnumbered one is (the record's bodies and period are every field's), not an item
// heading. Heads of eval/national/dev notices (file named in each case).

const rows = (text: string) =>
  extractDocuments(documentsOfPlainText(text))
    .flat()
    .map((c) => [c.text.replace(/\s/g, '').slice(0, 8), c.units, c.deadlines.map((d) => d.date ?? d.kind)]);

describe('a record’s numbered field lines share its bodies and its period (numbered record fields)', () => {
  it('汝州 (henan-ruzhou-chanyejiangbu.txt): 、 after each number; the period field and the unit field with its person', () => {
    const text =
      '2023年下半年脱贫户和监测对象农业产业奖补项目公告\n现将项目有关情况公告如下:\n1、实施地点:汝州市寄料镇、蟒川镇等14个相关乡镇街道。\n2、建设内容:每户每年农业产业奖补总量不超过5000元。\n3、资金来源:2023年财政专项资金。\n4、建设期限:2023年5月-2023年12月\n5、项目实施结果:奖补资金187.63239万元。\n6、检查验收结果:验收合格\n7、责任单位及责任人:汝州市农业农村局 耿向南\n';
    const got = rows(text).filter((r) => /^(实施地点|建设内容|资金来源|项目实施|检查验收)/.test(r[0] as string));
    expect(got.length).toBe(5);
    for (const r of got) {
      expect(r[1]).toEqual(['汝州市农业农村局']);
      expect(r[2]).toContain('2023-12');
    }
  });

  it('叶县 (henan-yexian-sangshuzhongzhi.txt): an unnumbered period field inside the run; the lead-in above the record takes nothing', () => {
    const text =
      '叶县畜牧局2020年桑树种植建设项目扶贫资金计划安排情况公示\n经县扶贫开发领导小组审定,现将该项目计划安排情况公告如下:\n1、项目名称:叶县2020年桑树种植建设项目\n2、项目实施地点:仙台镇、夏李乡、龙泉乡;\n3、项目建设内容:计划对我县境内优质桑树种植8060亩进行专项奖补。\n4、项目金额及资金来源:653万元(财政资金)\n项目计划建设时限:2019年6月30日——2020年10月30日\n5、实施部门及责任人:畜牧局 杨东方\n';
    const got = rows(text);
    expect(got.find((r) => (r[0] as string).startsWith('经县扶贫'))?.[1]).toEqual([]);
    for (const name of ['项目名称', '项目实施地', '项目建设内', '项目金额及']) {
      const r = got.find((x) => (x[0] as string).startsWith(name));
      expect(r?.[1]).toEqual(['畜牧局']);
      expect(r?.[2]).toContain('2020-10-30');
    }
  });

  it('临猗 (shanxi-linyi-jiaotongbutie.txt): a period after each number; a service card’s fields share its 实施单位', () => {
    const text =
      '外出务工一次性交通补贴政策\n1.政策对象:脱贫户、未消除风险监测户劳动力\n2.政策内容:对跨省务工和省内县外务工的脱贫户、监测户劳动力,每年给予一次性交通补贴。山西省外务工每人每年补贴1500元;山西省内运城市外务工每人每年补贴600元。\n3.申请方式:向各乡镇人民政府提出申请\n4.申报时限:每年11月上旬集中申报一次\n5.实施单位:临猗县乡村振兴服务中心\n6.联系人:黄亚妮 4022988\n';
    const got = rows(text).filter((r) => (r[1] as string[]).length);
    expect(got.map((r) => r[1])).toContainEqual(['临猗县乡村振兴服务中心']);
    expect(got.find((r) => (r[0] as string).startsWith('山西省外务'))?.[1]).toEqual(['临猗县乡村振兴服务中心']);
  });

  it('valid: a numbered list of conditions with no period or bodies field stays a list of items', () => {
    const text = '申报通知\n一、申报条件\n1、注册地:在本区注册的企业。\n2、经营状况:上年度营业收入500万元以上。\n3、信用状况:无不良记录。\n二、其他\n请各单位按时申报。\n';
    const got = rows(text);
    expect(got.every((r) => (r[1] as string[]).length === 0)).toBe(true);
  });
});
