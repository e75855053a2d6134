import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Classes from round 166 of the national development set (issue 9, forty-first session).
// Sentences are real, from the dev notice named in the comment; composed forms are marked "form".

describe('a share of the work done at which something falls due is a condition on progress, not a rate (progress share)', () => {
  const read = (s: string) => {
    const v = extractValues(s, '2022-02-24');
    return { rates: v.rates.map((r) => r.value), thresholds: v.thresholds.map((t) => [t.min, t.unit]) };
  };
  it.each([
    // 红河 (yunnan-honghe-dianshangjinnongcun.txt): the payment's own share stays a rate
    ['第二次拨付待完成项目建设内容的60%时,由项目承建单位向项目主管单位提出申请,主管单位审验通过后10个工作日内拨付合同金额的30%;', { rates: [0.3], thresholds: [[0.6, '%']] }],
    // 温州海经区 (zhejiang-wenzhouhaijingqu-fuhuaqijiangli.txt), a round 162 miss
    ['第一年在完成区科技部门下达年度任务数70%以上,根据通过市级科技部门备案的入孵企业实际使用面积,按照15元/月·平方米标准按比例给予运营单位租金奖励。', { rates: [], thresholds: [[0.7, '%']] }],
    // form, valid: a goal to complete a share stays a rate
    ['确保完成年度任务的90%以上。', { rates: [0.9], thresholds: [] }],
  ] as [string, { rates: number[]; thresholds: unknown[][] }][])('%s', (s, want) => expect(read(s)).toEqual(want));
});
