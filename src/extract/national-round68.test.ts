import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Round 68–69 classes (fourteenth session), each with the dev sentence that showed it.
const thresholds = (text: string) => extractValues(text).thresholds.map((t) => [t.metric, t.min ?? null, t.max ?? null, t.unit]);

describe('a magnitude word with no figure after a bound or before 以上 is one of that magnitude (bare magnitude)', () => {
  it.each([
    // 濮阳 (henan-puyang-gongyeqiangshi.txt): 超千万元, a size class of the projects counted
    ['初步谋划投资超千万元的重点工业项目160个,概算总投资290亿元,年度计划投资160亿元。', [['初步谋划投资', 10000000, null, '元']]],
    // 亿元 as before (the rule's first form)
    ['其中投资5000万元以上的项目123个,投资亿元以上的项目75个。', [['投资', 50000000, null, '元'], ['投资', 100000000, null, '元']]],
    ['对营业收入首次超亿元的企业,给予10万元奖励。', [['营业收入', 100000000, null, '元']]],
    // 千万 as an adverb names no money
    ['千万不要错过申报时间,给予50万元奖励。', []],
  ])('%s', (text, want) => expect(thresholds(text)).toEqual(want));
});

const deadlines = (text: string) => extractValues(text).deadlines.map((d) => [d.raw, d.date ?? null, d.kind ?? null]);

describe('a limit each year named by 当年 is recurring, no calendar date (当年 limit)', () => {
  it.each([
    // 常州西太湖 (jiangsu-xitaihu-gongyechuangxin.txt), a 2017–2019 policy: its yearly application deadline
    ['企业根据发展情况自行填报“常州西太湖科技产业园企业专项资金项目申报表”(附件2),报经济发展局,申报截至日期为当年12月31日。', [['当年12月31日', null, 'ongoing']]],
    // 云南省 (yunnan-yunnansheng-waizijiangli.txt): the window form, as before
    ['申报时间为当年12月1日至次年2月20日。', [['当年12月1日至次年2月20日', null, 'ongoing']]],
    // …with 前 after it
    ['奖励资金于当年11月底前拨付到位。', [['当年11月底前', null, 'ongoing']]],
    // a month of the year's figures names no limit
    ['当年12月份的产值计入下一年度统计。', []],
  ])('%s', (text, want) => expect(deadlines(text)).toEqual(want));
});
