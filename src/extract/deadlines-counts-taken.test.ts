import { describe, expect, it } from 'vitest';
import { deadlinePairs } from './fixture-table.js';

// The month whose counts an allotment is worked out from (我局以各乡镇2024年4月统计的数据进行资金分配, 香格里拉 round 277) was read as a deadline:
// a period before its counts (统计的数据, 核定的人数, 核实的户数) is the period measured, as one before its records (2016年1-11月财务审计报告,
// 吉林) is — no limit (issue 9).
describe('the period whose counts are taken is no deadline (deadlines counts taken)', () => {
  it.each([
    // 香格里拉 (yunnan-xianggelila-gaolingbuzhu2024.txt)
    ['我局以各乡镇2024年4月统计的数据进行资金分配,请各乡镇做好政策宣传及时公示工作。', []],
    // (its records, as before: 吉林)
    ['申报企业须提供2016年1-11月财务审计报告。', []],
    // (…or the funds a notice publishes for it: 岱山 round 281, zhejiang-daishan-wuhaihua2022.txt)
    ['根据省农业厅、省财政厅《关于做好生猪规模化养殖场病死猪无害化处理补助相关工作的通知》(浙农专发[2012]53号)文件精神,现将岱山县规模化猪场2022年1月至2022年11月无害化资金情况公示如下:', []],
    // (a limit set for a report stays one)
    ['请于2024年5月10日前报送资金使用情况。', [['于2024年5月10日前', '2024-05-10']]],
  ])('%s', (text, want) => {
    expect(deadlinePairs(text, '2024-04-07')).toEqual(want);
  });
});
