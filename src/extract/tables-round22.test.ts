import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';
import { periodLabels } from './deadlines.js';
import { splitUnitList } from './units.js';

// Round 22 of the national development set: six task lists with time limits (the dev half had held two labelled limits), scored
// before any rule at bb521b6: deadlines 0.412 (20 of 75), units 0.422. The classes of their task tables, each with the dev lines
// that showed it (file named) and forms written from the class.
const clauses = (text: string) =>
  extractDocument(documentsOfPlainText(text)[0]).filter((c) => c.units.length || c.deadlines.length);
const rows = (text: string) => clauses(text).map((c) => [c.text, c.units, c.deadlines.map((d) => d.date)]);

// 新昌 (zhejiang-xinchang-minshengshishi.txt): a page block, then a bar table whose rows lost their merged cells.
const XINCHANG = `发布时间:2021-05-06 10:00
信息来源:县府办
2021年新昌县政府十方面民生实事进展情况登记表
项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |
1.城市人居环境提升项目 | 对人民中路等3条城区道路进行综合提升改造; | 11月 | 建设局 |
2021.8 | 城投集团 | ||
对七星路等重点区域进行绿化亮化提档升级; | 2021.12 | 城投集团 | |
3.农村道路改造提升项目 | 投资5000万元,提升改造低等级公路40公里;投资4000万元,路面维修等养护工程60公里。 | 10月 | 交通运输局 |
4.农贸市场综合提升项目 | 建成新昌县农副产品交易物流区域并投入运行;动工建设南岩农贸市场,完成地下室基础工程。 | 1、农副产品交易物流中心7月1日项目投入试运营 2、南岩农贸市场计划2022年12月底完成项目建设 | 公共服务集团 |
`;

describe('bar-drawn task tables whose pages dropped merged cells (新昌 dev)', () => {
  it('a time column named with what it is (计划完成时间) is read; padded rows move right; a row of a time and a body adds them to the row above', () => {
    // (the page's field lines, 发布时间: / 信息来源:县府办, are no clauses; the table's title is the document's)
    expect(rows(XINCHANG)).toEqual([
      ['对人民中路等3条城区道路进行综合提升改造;', ['建设局', '城投集团'], ['2021-11', '2021-08']],
      ['对七星路等重点区域进行绿化亮化提档升级;', ['城投集团'], ['2021-12']],
      // a task cell of several sentences: a clause each, the row's note theirs alike
      ['投资5000万元,提升改造低等级公路40公里;', ['交通运输局'], ['2021-10']],
      ['投资4000万元,路面维修等养护工程60公里。', ['交通运输局'], ['2021-10']],
      // a time cell of numbered limits pairs them in order with the sentences, each read apart (no 2022 runs on), a bare date
      // in a time cell being the limit
      ['建成新昌县农副产品交易物流区域并投入运行;', ['公共服务集团'], ['2021-07-01']],
      ['动工建设南岩农贸市场,完成地下室基础工程。', ['公共服务集团'], ['2022-12']],
    ]);
  });
  it('a row that fits its columns as written is not moved (a blank unit cell at its end)', () => {
    const text = '2021年重点任务表\n序号 | 工作任务 | 完成时限 | 责任单位 |\n1 | 完成老旧小区改造10个。 | 2021年10月 | |\n';
    expect(rows(text)).toEqual([['完成老旧小区改造10个。', [], ['2021-10']]]);
  });
});

describe('a period labelling the tasks after it (period labels)', () => {
  it.each([
    // 广州 dev (guangdong-guangzhou-qiangqugongcheng.txt): quarter heads inside a goals cell
    ['年度阶段性工作目标: 第一季度:下达提质增效试点园区补助;黄埔举行重大项目集中签约动工活动。', ['第一季度']],
    ['第二季度:印发《广州开发区制造业高质量发展“十四五”专项规划》;推进白云芭薇生物项目投产。', ['第二季度']],
    // 泰顺 dev (zhejiang-taishun-minshengshishi.txt): a month head in a plan cell
    ['4月:公布采购意向公告。申请资产配置。', ['4月']],
    // forms: a half year, a month with 底前, two heads in one paragraph
    ['上半年:完成方案编制。下半年:启动项目建设。', ['上半年', '下半年']],
    ['6月底前:完成招标。', ['6月底前']],
  ] as [string, string[]][])('%s', (para, labels) => expect(periodLabels(para).map((p) => para.slice(p.start, p.end))).toEqual(labels));
  it.each([
    // not heads: a time inside a sentence, a date with its day, a ratio
    '力争第一季度完成。',
    '2024年3月5日:召开会议。',
    '比例为1:3。',
  ])('%s', (para) => expect(periodLabels(para)).toEqual([]));
  it('each sentence after a head takes its period, in the notice’s year', () => {
    const text = '关于印发2024年重点工作安排的通知\n各部门：\n现将安排印发给你们。\n某某市人民政府\n2024年3月1日\n一、重点工作\n第一季度:下达试点园区补助;举行重大项目集中签约活动。\n第二季度:印发专项规划。\n';
    expect(clauses(text).map((c) => [c.text, c.deadlines.map((d) => [d.from, d.date])])).toEqual([
      ['下达试点园区补助;', [['2024-01', '2024-03']]],
      ['举行重大项目集中签约活动。', [['2024-01', '2024-03']]],
      ['印发专项规划。', [['2024-04', '2024-06']]],
    ]);
  });
});

// 泰顺 (zhejiang-taishun-minshengshishi.txt): a header naming a column …计划 had been cut as a title's end, so the table was not read;
// rows under a merged unit cell moved their progress cell into the unit column.
describe('a bar-drawn table whose column names end like a title, and rows under a merged unit cell (泰顺 dev)', () => {
  const TAISHUN = `2024年4月省政府民生实事项目进展情况汇总表
序号 | 项目内容 | 月度工作计划 | 牵头单位 | 落实情况 |
1 | 为全县60岁以上老年人免费接种流感疫苗24723人。 | 4月:制定并下发老年名免费接种流感疫苗工作方案。 | 县卫生健康局 | 已完成。 已制定并下发老年名免费接种流感疫苗工作方案。 |
2 | 为全县重点人群免费开展结直肠癌筛查,2024年重点筛查60岁以上人群7400人。 | 4月:完成筛查人数1480人(20%)。 | 已完成。 完成筛查人数3495人,完成率47.23%。 | |
4 | 培训应急救护人员235人。 | 4月:明确点位培训人员对象,完成应急救护人员培训65人。 | 县红十字会 | 已完成。 已确定点位,培训188人,完成进度80%。 |
`;
  it('the rows are read; a padded row whose unit cell names no body takes the merged cell above; the plan column’s sentences are clauses, each in the period its label sets', () => {
    expect(clauses(TAISHUN).map((c) => [c.text, c.units, c.deadlines.map((d) => d.date)])).toEqual([
      ['为全县60岁以上老年人免费接种流感疫苗24723人。', ['县卫生健康局'], []],
      ['制定并下发老年名免费接种流感疫苗工作方案。', ['县卫生健康局'], ['2024-04']],
      ['为全县重点人群免费开展结直肠癌筛查,2024年重点筛查60岁以上人群7400人。', ['县卫生健康局'], ['2024']],
      ['完成筛查人数1480人(20%)。', ['县卫生健康局'], ['2024-04']],
      ['培训应急救护人员235人。', ['县红十字会'], []],
      ['明确点位培训人员对象,完成应急救护人员培训65人。', ['县红十字会'], ['2024-04']],
    ]);
  });
  it.each([
    ['as cut', '7 | 持有居住证的义务教育段随迁子女就读公办学校比例达90%。 | 3-4月:联系公安户籍部门统一为义务教育段公办学校随迁子'],
    ['full-width bars', '7｜持有居住证的义务教育段随迁子女就读公办学校比例达90%。｜3-4月:联系公安户籍部门统一为义务教育段公办学校随迁子'],
  ])('the excerpt’s last row, cut before its closing bar, is a row all the same (excerpt cut, %s)', (_name, last) => {
    // 泰顺's last line (the excerpt ends there): its task cell is the clause, not the row's number with it
    const all = extractDocument(documentsOfPlainText(TAISHUN + last)[0]);
    const row = all.find((c) => c.text.includes('随迁子女就读'));
    expect([row?.text, row?.rates.map((r) => r.value)]).toEqual(['持有居住证的义务教育段随迁子女就读公办学校比例达90%。', [0.9]]);
  });
  it('an age bound names whom the measure is for: a threshold (age bounds)', () => {
    expect(clauses(TAISHUN).filter((c) => c.thresholds.length).map((c) => c.thresholds.map((t) => [t.min, t.unit]))).toEqual([[[60, '岁']], [[60, '岁']]]);
  });
});

// 襄阳都市圈 (hubei-xiangyangdushiquan-zhongdiangongzuo.txt): a state investment company by its short name opened a note, and, not
// ending like a body, was read as sharing the next body's ending (汉江国投、襄阳市水利和湖泊局 as one name).
describe('a state investment company named by its short name is a body (国投, 城投, 交投)', () => {
  it.each([
    ['汉江国投、襄阳市水利和湖泊局', ['汉江国投', '襄阳市水利和湖泊局']],
    ['市城投、市交投', ['市城投', '市交投']],
    ['各州、市人民政府', ['各州、市人民政府']],
  ] as [string, string[]][])('%s', (list, names) => expect(splitUnitList(list, 0, false).map((u) => u.name)).toEqual(names));
});

// 襄阳都市圈 dev: the lead-in sets the year's list, written 年度 (the year rule had left 年度 out, as 2022年度营业收入 names a period).
describe('the year whose tasks a lead-in sets, written 年度 (lead-in 年度)', () => {
  const dl = (t: string) => extractValues(t, '2023-02-01').deadlines.map((d) => [d.raw, d.date]);
  it.each([
    ['为深入贯彻落实省第十二次党代会决策部署,大力推进襄阳都市圈高质量发展,制定2023年度重点工作清单如下:', [['2023年度', '2023']]],
    // form: a hand-down
    ['现将2023年度重点工作任务予以分解,请认真抓好落实。', [['2023年度', '2023']]],
    // a period measured stays none
    ['对2023年度营业收入5000万元以上的企业给予奖励', []],
  ] as [string, unknown[]][])('%s', (t, expected) => expect(dl(t)).toEqual(expected));
});
