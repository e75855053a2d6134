import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';

// A task table a page flattened to a cell a line whose numbered rows hold numbered sub-rows: the row's task cell and unit cells
// are merged over them, each sub-row has its own content and time cells. 武汉 (hubei-wuhan-jingxinweibanli.txt, round 22) had read
// units 10 of 90 and no quarter: its 责任处室 column was no unit column to the cleaner (处室 is a label noun as 单位 is), its unit
// cell was wrapped after 会同, and a time cell left of the unit cells was dropped when they came.
const rows = (text: string) =>
  extractDocument(documentsOfPlainText(text)[0])
    .filter((c) => c.units.length || c.deadlines.length)
    .map((c) => [c.text, c.units, c.deadlines.map((d) => d.date)]);

const WUHAN = `市经济和信息化委办理方案

日期:2018年03月06日  信息来源:市政府督查室

序号

责任事项

具体工作内容

完成时限

分管领导

责任处室

1

加快发展先进制造业。围绕“一转型两手抓三融合”,深化“中国制造2025”试点示范城市建设。

1、对标《“中国制造2025”国家级示范区评估指南》和先进城市,研究制定“中国制造2025”国家级示范区创建方案上报国务院。制发“零土地”技术改造政策实施细则。出台统筹推进军民融合深度发展的实施意见

一季度

  祝方东   

综合规划处会同

科学技术处、

投资技改处

2、出台武汉市隐形冠军企业培育实施方案。

二季度

3、开展智能制造推广行动,深入推进智能制造试点示范项目建设。

三季度
`;

const UNITS = ['综合规划处', '科学技术处', '投资技改处'];

describe('sub-rows of a task table drawn a cell a line (武汉 dev)', () => {
  it('the task cell takes the first sub-row’s units; each sub-row its own time; a sub-row without a unit cell the units above', () => {
    // (The page's field line 日期:2018年03月06日 信息来源:市政府督查室 is furniture, no clause: the rows are all there is.)
    // (The task cell's title sentence, 加快发展先进制造业。, is no clause: the dev gold labels none, as for an item printed with no number.)
    expect(rows(WUHAN)).toEqual([
      ['围绕“一转型两手抓三融合”,深化“中国制造2025”试点示范城市建设。', UNITS, []],
      ['对标《“中国制造2025”国家级示范区评估指南》和先进城市,研究制定“中国制造2025”国家级示范区创建方案上报国务院。', UNITS, ['2018-03']],
      ['制发“零土地”技术改造政策实施细则。', UNITS, ['2018-03']],
      ['出台统筹推进军民融合深度发展的实施意见', UNITS, ['2018-03']],
      ['出台武汉市隐形冠军企业培育实施方案。', UNITS, ['2018-06']],
      ['开展智能制造推广行动,深入推进智能制造试点示范项目建设。', UNITS, ['2018-09']],
    ]);
  });

  it('a sub-row with a unit cell of its own keeps it, and the sub-rows after it take that one', () => {
    const text = WUHAN.replace('二季度\n', '二季度\n\n新兴产业处\n');
    expect(rows(text).slice(4).map((r) => r[1])).toEqual([['新兴产业处'], ['新兴产业处']]);
  });

  it('a task cell that is a name, not a sentence (钟楼: 全区经济社会发展的主要预期目标), takes no units from its sub-rows', () => {
    // jiangsu-zhonglou-zerenfenjie.txt (dev): each target a sub-row, a target without unit or leader cells shares the one above
    const text = `2024年《政府工作报告》主要目标任务责任分解表\n\n序号\n\n目标名称\n\n工作标准\n\n区政府\n\n分管领导\n\n牵头单位\n\n配合单位\n\n1\n\n全区经济社会发展的主要预期目标\n\n(1)地区生产总值增长6%左右。\n\n王旭锋\n\n发改局\n\n统计局\n\n(2)社会消费品零售总额增长6%左右。\n\n吴 伟\n\n商务局\n\n(3)实际使用外资和进出口总额稳中提质。\n`;
    expect(rows(text)).toEqual([
      ['地区生产总值增长6%左右。', ['发改局', '统计局'], []],
      ['社会消费品零售总额增长6%左右。', ['商务局'], []],
      ['实际使用外资和进出口总额稳中提质。', ['商务局'], []],
    ]);
  });

  it.each([
    // unit columns by every label noun (dict/unit-labels.json nouns): 处室, 科室, 主体 as 单位 and 部门
    ['责任处室', '产业处'],
    ['责任科室', '区经信局'],
    ['实施主体', '区城投集团'],
    ['牵头部门', '区发改局'],
  ])('a table whose unit column is %s keeps its cells apart', (column, body) => {
    const text = `重点任务表\n\n序号\n\n工作任务\n\n${column}\n\n完成时限\n\n1\n\n完成技术改造项目20个。\n\n${body}\n\n6月底前\n`;
    expect(rows(`2024年3月1日\n${text}`).at(-1)).toEqual(['完成技术改造项目20个。', [body], ['2024-06']]);
  });

  it.each([['会同'], ['以及'], ['和']])('a unit cell wrapped after a joining word (%s) reads the names on both lines', (word) => {
    const text = `重点任务表\n\n序号\n\n工作任务\n\n牵头单位\n\n1\n\n完成技术改造项目20个。\n\n区经信局${word}\n\n区财政局\n`;
    expect(rows(text).at(-1)?.[1]).toEqual(['区经信局', '区财政局']);
  });
});
