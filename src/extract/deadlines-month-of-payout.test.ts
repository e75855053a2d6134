import { describe, expect, it } from 'vitest';
import { deadlinePairs } from './fixture-table.js';

// The month a payout's money is for, its recipients named between the month and the benefit (2024年9月份特困供养人员基本生活费, 德江 round 278;
// 2024年4月份高龄老年保健补助, 香格里拉 round 277), was read as a deadline: the benefit words the month may be of now take 补助, 护理费, 供养金,
// 扶助金 too, up to ten characters after the month — what is paid, no limit (ANNOTATION round 277); a payment made in a month stays one.
describe('the month a payout is for is no deadline (deadlines month of payout)', () => {
  it.each([
    // 德江 (guizhou-dejiang-tekungongyang2024.txt)
    ['经局党组研究,现将2024年9月份特困供养人员基本生活费、照料护理费共计154.6454万元。', []],
    // 香格里拉 (yunnan-xianggelila-gaolingbuzhu2024.txt)
    ['2024年4月份高龄老年保健补助和百岁老年人长寿补助经费由惠民惠农“一卡通”系统发放到补助人社保卡中。', []],
    // (…as 上海's 2020年2月份价格临时补贴 was)
    ['发放2020年2月份价格临时补贴。', []],
    // (a payment made in a month stays a limit)
    ['2023年6月份补贴发放到位。', [['2023年6月份', '2023-06']]],
  ])('%s', (text, deadlines) => {
    expect(deadlinePairs(text)).toEqual(deadlines);
  });
});
