import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Classes from round 98 of the national development set (issue 9). Sentences are real, from the dev notice named in the comment;
// "form" marks one written from the class.
const deadlines = (sentence: string, docDate = '2021-09-09') => extractValues(sentence, docDate).deadlines.map((d) => [d.raw, d.date ?? d.kind]);
const thresholds = (sentence: string) => extractValues(sentence, '2022-01-31').thresholds.map((t) => [t.min, t.max, t.unit]);

describe('the last year’s end a figure is taken at is no deadline (last year’s end)', () => {
  it.each([
    // 武义 (zhejiang-wuyi-minsu.txt)
    ['信用贷款贴息利率不超过央行公布的上年末一年期贷款LPR利率,信用贷款期限不超过二年。', []],
    // form: a base taken at last year's end
    ['以去年底贷款余额为基数,新增部分给予贴息。', []],
    // form: the year's end as a limit stays one
    ['力争年末完成全部改造任务。', [['年末', '2021-12']]],
  ])('%s', (sentence, want) => {
    expect(deadlines(sentence).filter(([raw]) => /年(末|底)/.test(String(raw)))).toEqual(want);
  });
});

describe('a term an applicant signs for, bounded, is a condition (signed term)', () => {
  it.each([
    // 乐清 (zhejiang-yueqing-xinxiaofei.txt): no applicant after it, the grant further on
    ['对国际知名品牌企业签订3年以上入驻协议后或自持物业开设中国(内地)首店、浙江首店、温州首店,分别给予品牌企业200万元、100万元、50万元奖励', [[3, undefined, '年']]],
    // form: the applicant after it
    ['对签订5年及以上租赁合同的企业,给予租金补贴。', [[5, undefined, '年']]],
  ])('%s', (sentence, want) => {
    expect(thresholds(sentence)).toEqual(want);
  });
});
