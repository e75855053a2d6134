import { describe, expect, it } from 'vitest';
import { moneyColumns } from './money-columns.js';

// A table's column naming a project's investment (总投资, 投资规模(万元)) holds what is to be invested, a `target`, as a 计划投资 label
// does; found on 岱山 (zhejiang-daishan-yuyebuzhu.txt: 总投资 | 本次拟分配资金 under 单位:万元) and 楚雄 (投资规模(万元) in a 拟立项 table);
// 郏县's and 宣汉's older tables gain too. Not where a table of funds allotted has it as its only money column (瀍河: 补助资金分配情况表
// 单位:万元 over 投资规模 — what is allotted, fixed).
describe('a column of investment (investment column)', () => {
  it('岱山: 总投资 beside the column allotted', () => {
    const cols = moneyColumns(['序号', '项目名称', '建设内容', '总投资', '本次拟分配资金', '实施单位', '备注'], '岱山县2021年渔业发展补助资金市县统筹资金(第五批)预分配表 单位:万元');
    expect(cols.map((c) => [c.k, c.times, !!c.invested])).toEqual([[3, 10000, true], [4, 10000, false]]);
  });
  it('楚雄: 投资规模(万元) in a table of projects to approve', () => {
    expect(moneyColumns(['序号', '项目类型', '项目名称', '项目建设地点', '项目单位', '建设规模(万亩)', '投资规模(万元)']).map((c) => [c.k, !!c.invested])).toEqual([[6, true]]);
  });
  it('瀍河: the only money column of an allotment table is what is allotted', () => {
    expect(moneyColumns(['序号', '项目名称', '建设地点', '建设内容', '投资规模', '责任单位'], '瀍河回族区2024年第二批财政衔接推进乡村振兴补助资金分配情况表 单位:万元').map((c) => [c.k, !!c.invested])).toEqual([[4, false]]);
  });
});
