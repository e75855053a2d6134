import { describe, expect, it } from 'vitest';
import { deadlinePairs } from './fixture-table.js';

// A standard set for a year and paid in a later notice (本次发放的2021年损失性补偿标准共计30.00元/亩/年 in 2022, 郭溪 round 279; 2021年度瓯海区…
// 补偿标准为35元/亩·年 in 2022, 瞿溪) gave no deadline: a standard's year counted only from the notice's own year on, and a level summed (标准共计)
// was no level set. The standard's year is that year's, back three years as an allotted fund's year in a later notice is (rounds 79, 96);
// further back it stays a record (issue 9).
describe('a standard\'s year in a later notice (deadlines standard year later)', () => {
  it.each([
    // 郭溪 (zhejiang-ouhai-guoxigongyilin2022.txt)
    ['发放我区2021年省级公益林经营单位的损失性补偿资金,本次发放的2021年损失性补偿标准共计30.00元/亩/年,护林人员补助资金标准为3.50元/亩/年。', '2022-08-11', [['2021年', '2021']]],
    // 瞿溪 (zhejiang-ouhai-gongyilinbuchang2021.txt)
    ['2021年度瓯海区省级公益林森林生态效益补偿标准为35元/亩·年,其中发放给公益林经营单位的损失性补偿标准为30元/亩·年。', '2022-01-10', [['2021年度', '2021']]],
    // 自贡 (sichuan-zigong-gongjijinjiaocunjishu.txt), restated a year on
    ['2023年度月缴存基数上限为20537元,下限为1970元,缴存基数保留到元', '2024-06-28', [['2023年度', '2023']]],
    // (a standard of long before is a record)
    ['2016年度月缴存基数上限为20537元,下限为1970元,缴存基数保留到元', '2024-06-28', []],
  ])('%s', (text, date, deadlines) => {
    expect(deadlinePairs(text, date)).toEqual(deadlines);
  });
});
