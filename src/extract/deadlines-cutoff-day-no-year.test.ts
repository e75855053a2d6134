import { describe, expect, it } from 'vitest';
import { deadlinePairs as deadlines } from './fixture-table.js';

// A day without a year that 截止/截至 opens (申报时间截止4月13日) is a time limit, as 4月13日前 is: the year written before it, else the
// notice's. With a year it was read; without one it was not. Found on sichuan-qionglai-hongganlengliu.txt (dev, round 216, scored
// before its rules: two FN).
describe('a day 截止 opens without its year is a limit (cut-off day, no year)', () => {
  it.each([
    // 邛崃 (sichuan-qionglai-hongganlengliu.txt)
    ['截止4月2日申报期止,仅有一家主体递交了申报资料。', '2022-04-06', [['截止4月2日', '2022-04-02']]],
    ['为优质高效推进试点县项目建设,现将申报时间顺延5个工作日(4月7日—4月13日),申报时间截止4月13日,请各类农业经营主体参照指南要求,积极申报邛崃市2021年省级现代农业烘干冷链物流试点县建设项目(第二批),并按申报指南要求递交申报材料。', '2022-04-06', [['4月7日—4月13日', '2022-04-13'], ['截止4月13日', '2022-04-13']]],
    // form: 截至 and 到, the year written before in the sentence
    ['2023年企业申报材料受理截至到6月30日。', '2023-05-01', [['2023年', '2023'], ['截至到6月30日', '2023-06-30']]],
  ])('%s', (s, date, want) => expect(deadlines(s, date)).toEqual(want));
  it.each([
    // a record as of the day: what was already done by then (DONE_BY_AFTER), or a report's figures then (西城 beijing-xicheng-wanchengqingkuang.txt)
    ['截止11月22日,已受理农牧户购机补贴申请2315户。', '2022-12-01'],
    ['截至12月31日,全年一般公共预算收入完成413.84亿元,完成调整后方案目标。', '2021-01-20'],
  ])('%s: none', (s, date) => expect(deadlines(s, date)).toEqual([]));
});
