import { describe, expect, it } from 'vitest';
import { deadlinePairs } from './fixture-table.js';

// Round 222, scored before its rules (deadlines 0.800): an effort's span with 多 after its unit (經過三年多努力, hainan-hainansheng-
// jiangdiwuliuchengben.txt) was not read, and the term a housing benefit is paid for (保障期3年, liaoning-dalian-biyeshengzhufangbutie.txt)
// was read only as a bare 3年 with no term word before it. A benefit's term is the span alone, as 补贴期五年 is (ANNOTATION round 222).
describe('an effort span with 多 is relative (span more than)', () => {
  it.each([
    // 海南 2022, traditional characters
    ['經過三年多努力,建成省級物流園區和三個國家物流樞紐', [['三年多', 'relative']]],
    // forms: simplified, digits, months, the 用…时间 form
    ['经过两年多的不懈努力,基本建成现代物流体系。', [['两年多', 'relative']]],
    ['通过3年多攻坚,全面完成整治任务。', [['3年多', 'relative']]],
    ['力争用一年多时间,完成全部改造任务。', [['一年多时间', 'relative']]],
    // as before: no 多
    ['经过3—5年努力,支持返乡入乡创业的政策体系更加完善', [['3—5年', 'relative']]],
  ])('%s', (s, want) => expect(deadlinePairs(s, '2022-07-21')).toEqual(want));
  it.each([
    // invalid: 多 naming a count, no effort after the span
    ['全市三年多来累计完成投资500亿元。'],
  ])('none: %s', (s) => expect(deadlinePairs(s, '2022-07-21')).toEqual([]));
});

describe("a benefit's 保障期 is its term, the span alone (benefit term)", () => {
  it.each([
    // 大连
    ['租房补贴按照博士每月2500元、硕士每月1500元、本科每月1000元的标准分季度发放,保障期3年。', [['3年', 'relative']]],
    // forms: 为, months, full-width comma, 保障期限
    ['对符合条件的困难职工发放生活补助，保障期为6个月。', [['6个月', 'relative']]],
    ['人才公寓免租入住,保障期限最长不超过3年。', [['最长不超过3年', 'relative']]],
  ])('%s', (s, want) => expect(deadlinePairs(s, '2022-04-07')).toEqual(want));
});
