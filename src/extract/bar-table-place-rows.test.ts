import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';

// Bar-drawn allotment and award tables of round 249 (issue 9): a place column named with 名称 (县区名称) or written before a 名称 column
// (镇街 | 示范村名称) names rows of places, their sums `total`s, however short a place's name (睢县); and a row whose last cell, a figure,
// the page set on the next line is one row.
const sums = (text: string) =>
  extractDocument(documentsOfPlainText(text)[0])
    .filter((c) => c.amounts.length)
    .map((c) => [c.text.replace(/\s+/g, '').slice(0, 8), c.amounts.map((a) => [a.yuan, a.role])]);

describe('rows of places under a money column (bar table place rows)', () => {
  it('商丘 2019 (henan-shangqiu-fupinzijin2019.txt): 县区名称 | 市级资金(万元) | 备注 |', () => {
    const text = '关于下达2019年第二批市级财政专项扶贫资金情况公告公示\n四、扶贫资金分配情况表\n县区名称 | 市级资金(万元) | 备注 |\n梁园区 | 280 | |\n睢 县 | 732 | |\n合计 | 1012 |\n';
    expect(sums(text)).toEqual([
      ['梁园区|280|', [[2800000, 'total']]],
      ['睢县|732||', [[7320000, 'total']]],
      ['合计|1012|', [[10120000, 'total']]],
    ]);
  });
  it('中山 2023 (guangdong-zhongshan-xiangcunzhenxing.txt): 序号 | 镇街 | 示范村名称 | 提前下达金额 (万元) |…', () => {
    const text =
      '2023年中山市乡村振兴战略建设专项资金分配方案\n序号 | 镇街 | 示范村名称 | 提前下达金额 (万元) | 项目名称 | 绩效目标 | |\n2 | 五桂山街道 | 桂南村 | 特色精品示范村 | 465.2 | ||\n3 | 三乡镇 | 雍陌村 | 特色精品示范村 | 600 | ||\n';
    expect(sums(text).map((r) => r[1])).toEqual([[[4652000, 'total']], [[6000000, 'total']]]);
  });
});

describe("a row's figure cell a page's wrap set on the next line (wrapped figure cell)", () => {
  it('武汉 总部企业 2021 (hubei-wuhan-zongbuqiye2021.txt): 1 | 恒信汽车集团股份有限公司 | 武汉市总部企业认定 | / 1329.65686 |', () => {
    const text =
      '市发展改革委关于下达2021年度武汉总部企业奖励补贴资金计划的通知\n序号 | 公司名称 | 项目 / 课题 / 其他 | 资助金额(万元) |\n---|---|---|---|\n1 | 恒信汽车集团股份有限公司 | 武汉市总部企业认定 |\n1329.65686 |\n2 | 武汉斗鱼鱼乐网络科技有限公司 | 武汉市总部企业认定 |\n1150 |\n';
    expect(sums(text).map((r) => r[1])).toEqual([[[13296568.6, 'fixed']], [[11500000, 'fixed']]]);
  });
});
