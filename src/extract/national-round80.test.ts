import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Round 80 classes (seventeenth session), from eight dev notices (calls for applications, award rules) labelled blind and scored
// before any rule for them, with the dev sentence that showed each class and forms from other provinces.
const th = (s: string) => extractValues(s).thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]);
const deadlines = (s: string) => extractValues(s).deadlines.map((d) => [d.raw, d.date ?? null, d.kind ?? null]);

describe('a floor written as who is left out is a lower bound (excluded below)', () => {
  it.each([
    // 中山 (guangdong-zhongshan-jinkoutiexi.txt)
    ['对贴息总额低于5000元的企业不予安排贴息。', [[5000, null, '元']]],
    // forms: 不足 with a comma before the denial
    ['对年营业收入不足500万元的企业,不予奖励。', [[5000000, null, '元']]],
    // (an upper bound that earns a grant stays one)
    ['对年营业收入低于500万元的小微企业给予补助。', [[null, 5000000, '元']]],
  ])('%s', (s, want) => expect(th(s)).toEqual(want));
});

describe('a grade reached, its bound word before it (grade reached)', () => {
  it.each([
    // 南京 (jiangsu-nanjing-shuzihuazhuanxing.txt, traditional)
    ['對于數字化水平達到四級的試點企業,在前述普惠性獎補基礎上,每家企業追加獎補20萬元。', [[4, null, '级']]],
    ['且最終數字化水平達到二級及以上的,按照第一批獎補標準即“不超過改造總投入的50%”給予獎補', [[2, null, '级']]],
    // (a grade no applicant or grant follows is no condition)
    ['力争全市企业数字化水平达到三级。', []],
  ])('%s', (s, want) => expect(th(s)).toEqual(want));
});

describe('cohort items in the passive, spans with 内, awards a place names (round 80 deadlines)', () => {
  it.each([
    // 玉环 (zhejiang-yuhuan-kejichengguo.txt)
    ['(三)2020年度被认定为省级科技型中小企业的企业;', [['2020年度', '2020', null]]],
    // 江北新区 (jiangsu-jiangbeixinqu-zhigaishuzhuan.txt)
    ['将上述失信行为记录于信用信息,取消其在未来3年内申报各级财政资金的资格。', [['未来3年内', null, 'relative']]],
    // 丹东 (liaoning-dandong-kejijiangtiming.txt)
    ['按照2021年辽宁省科学技术奖提名提前公示内容要求,通过网站、单位内部张贴等方式进行公示', []],
  ])('%s', (s, want) => expect(deadlines(s)).toEqual(want));
});
