import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';

// A task table whose cells spaces part, a row a line (a PDF's text layer, a page's copy): each row's task sentences take the row's unit
// and time cells. Rows are real, from the dev notices named in the comments; "form" marks one written from the class.
const clausesOf = (text: string) => documentsOfPlainText(text).flatMap((d) => extractDocument(d));
const rows = (text: string) =>
  clausesOf(text)
    .filter((c) => c.units.length || c.deadlines.length)
    .map((c) => [c.text, c.units.map((u) => (c.lead.includes(u) ? `${u}*` : u)), c.deadlines.map((d) => d.raw)]);

describe('a task table whose cells spaces part, a row a line, gives each row its units (spaced task table)', () => {
  it.each([
    [
      // 铜梁 (chongqing-tongliang-mubiaorenwu.txt): a report column after the units; a unit cell wrapped to lines of its own, run together with the report
      '2025年区政府工作报告目标任务上半年推进情况汇总表\n序号 目标任务 责任单位  上半年推进情况\n一、经济社会发展主要预期目标\n1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长2.9%。\n2 第一产业增加值增长5%。 区农业农村委 区林业局\n区供销联社 区畜牧业发展中心 第一产业增加值同比增长3.4%。\n3 规上工业增加值增长3.5%。 区经济信息委 规上工业增加值同比增长0.4%。\n',
      [
        ['地区生产总值增长6%以上。', ['区发展改革委'], []],
        ['第一产业增加值增长5%。', ['区农业农村委', '区林业局', '区供销联社', '区畜牧业发展中心'], []],
        ['规上工业增加值增长3.5%。', ['区经济信息委'], []],
      ],
    ],
    [
      // 平顶山 (henan-pingdingshan-hezhangzhi.txt): category and task-name cells before the measures, one wrapped with a space; three unit columns, the first leading
      '平顶山市全面推行河长制主要任务分解表\n序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位\n1 加强水资源保 护 严守水资源开发利用控制红线 实施水资源消耗总量和强度双控行动,防止不合理新增取水,切实做到以水定需、量水而行、因水制宜。到2020年,全市用水总量控制在11.88亿立方米以内。 市水利局 市发展改革委、工业和信息化委、住房和城乡建设局、农业局等  各县(市、区)党委和人民政府\n2  严守用水 效率控制 红线 将再生水、雨水和循环水等非常规水源纳入水资源统一配置。 市水利局 市发展改革委、工业和信息化委、住房和城乡建设局等  各县(市、区)党委和人民政府\n',
      [
        ['实施水资源消耗总量和强度双控行动,防止不合理新增取水,切实做到以水定需、量水而行、因水制宜。', ['市水利局*', '市发展改革委', '工业和信息化委', '住房和城乡建设局', '农业局', '各县(市、区)党委和人民政府'], []],
        ['到2020年,全市用水总量控制在11.88亿立方米以内。', ['市水利局*', '市发展改革委', '工业和信息化委', '住房和城乡建设局', '农业局', '各县(市、区)党委和人民政府'], ['到2020年']],
        ['将再生水、雨水和循环水等非常规水源纳入水资源统一配置。', ['市水利局*', '市发展改革委', '工业和信息化委', '住房和城乡建设局', '各县(市、区)党委和人民政府'], []],
      ],
    ],
    [
      // form: traditional characters, cells parted by ideographic spaces, a time column after the units
      '重點工作任務分解表\n序號　重點任務　牽頭單位　完成時限\n1　推進老舊小區改造,完成改造30個。　區住房城鄉建設委　2025年12月底前\n2　新建公共充電樁200個。　區發展改革委　長期堅持\n',
      [
        ['推進老舊小區改造,完成改造30個。', ['區住房城鄉建設委*'], ['2025年12月底前']],
        ['新建公共充電樁200個。', ['區發展改革委*'], ['長期堅持']],
      ],
    ],
  ])('%#', (text, want) => {
    expect(rows(text)).toEqual(want);
  });

  it('form: a heading below the last row is the text\'s again, its note the units of the clauses under it', () => {
    const text = '序号 目标任务 责任单位\n1 地区生产总值增长6%以上。 区发展改革委\n2 规上工业增加值增长3.5%。 区经济信息委\n二、强化资金保障(区财政局牵头)\n落实专项资金,确保各项任务按期完成。\n';
    const last = clausesOf(text).find((c) => c.text.startsWith('落实专项资金'));
    expect(last?.units).toEqual(['区财政局']);
  });

  it('form: a header with no unit column is no such table', () => {
    expect(rows('序号 重点工作 工作举措 进度安排\n1 优化营商环境 深化“放管服”改革。 全年\n2 扩大有效投资 推进重大项目建设。 全年\n')).toEqual([]);
  });
});
