import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Round 243 (issue 9): a day opening a report of what was done on it, the doer named between the day and the act told with 了
// (2021年1月18日我县成立了…验收小组, 托克托 奶业振兴 公示), was read as a deadline: only an act right after the day was seen as done.
// Found on neimenggu-tuoketuo-naiyezhenxing2021.txt.
const raws = (s: string) => extractValues(s, '2022-04-29').deadlines.map((d) => d.raw);

describe('a day a named doer did something on, told with 了, is a record (act done with its doer)', () => {
  it.each([
    // 托克托
    ['2021年1月18日我县成立了由政府、农牧、财政等部门相关人员组成的验收小组,根据验收办法采取佐证材料审核和实地查看相结合的方式进行了验收。'],
    // form: a body's name as the doer, 召开了
    ['2022年3月5日市农业农村局召开了全市春耕生产推进会议。'],
    // form: 组织了, a comma after the day
    ['2021年12月10日,县政府组织了专项检查。'],
  ])('%s', (s) => expect(raws(s)).toEqual([]));
  it.each([
    // valid: an act set for the day, no 了, stays a time
    ['2025年3月1日市商务局组织开展促消费活动。', ['2025年3月1日']],
    ['请于2022年6月30日前完成验收。', ['于2022年6月30日前']],
  ])('valid: %s', (s, want) => expect(raws(s)).toEqual(want));
});
