import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';
import { moneyWords } from './money-words.js';

// Classes from the dev residuals looked at during round 125 of the national development set (issue 9).
// Sentences are real, from the dev notice named in the comment; "form" marks one written from the class.
const values = (s: string) => {
  const v = extractValues(s, '2024-05-30');
  return { amounts: v.amounts.map((a) => (a.yuanMax === undefined ? a.yuan : [a.yuan, a.yuanMax])), thresholds: v.thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]) };
};

describe('a range of investment an applicant named at length falls in is a condition, not a grant (long applicant)', () => {
  it.each([
    // 吉林省 (jilin-jilinsheng-qichepeitao.txt): the applicant a list of products long
    ['鼓励园区引进重大招商项目,对引进3000万元至5000万元投资的汽车化工专用料、车用化学品、汽车橡塑零部件重大招商项目的单位,按实际进资额的5‰给予奖励;', { amounts: [], thresholds: [[30000000, 50000000, '元']] }],
    // forms: full-width punctuation, a dash range
    ['对新引进5000万元—1亿元投资的新能源汽车零部件、智能网联设备、工业机器人整机制造项目的企业，按实际到位资金的1%给予奖励。', { amounts: [], thresholds: [[50000000, 100000000, '元']] }],
    // (a grant's own range stays a grant)
    ['对新认定的汽车化工专用料、车用化学品、汽车橡塑零部件重点企业,给予30万元至50万元奖励。', { amounts: [[300000, 500000]], thresholds: [] }],
  ] as [string, unknown][])('%s', (s, want) => expect(values(s)).toEqual(want));
});

describe('bands of bare sums (no 元) listed with 、 after a metric and its remark are conditions (bare listed bands)', () => {
  it.each([
    // 嘉兴 (zhejiang-jiaxing-renliziyuanfuwu.txt): the metric's remark in brackets, the bands without 元
    ['对规上人力资源服务企业年营收(不含代收代付)在1000万到5000万、5000万到1亿、1亿以上且增速连续2年分别超过30%、20%、10%的,给予20万元奖励。', {
      amounts: [200000],
      thresholds: [[10000000, 50000000, '元'], [50000000, 100000000, '元'], [100000000, null, '元'], [0.3, null, '%'], [0.2, null, '%'], [0.1, null, '%']],
    }],
    // forms: 至 and ~, full-width brackets, the applicant a project
    ['对年销售收入（不含税）在500万至1000万、1000万至3000万的企业,分别给予3万元、5万元奖励。', { amounts: [30000, 50000], thresholds: [[5000000, 10000000, '元'], [10000000, 30000000, '元']] }],
    ['对固定资产投资2000万~5000万、5000万~1亿的项目,分别给予10万元、20万元补助。', { amounts: [100000, 200000], thresholds: [[20000000, 50000000, '元'], [50000000, 100000000, '元']] }],
  ] as [string, unknown][])('%s', (s, want) => expect(values(s)).toEqual(want));
});

describe('a noun that opens with a counting word (项目, 人员) after a bare sum is what the sum is of, not what it counts (not counted)', () => {
  it.each([
    // forms
    ['对固定资产投资5000万以上的项目,给予10万元补助。', { amounts: [100000], thresholds: [[50000000, null, '元']] }],
    ['對年營業收入1億以上的項目，給予20萬元獎勵。', { amounts: [200000], thresholds: [[100000000, null, '元']] }],
    // (a count stays a count: 10万个, 1万人)
    ['全市新增市场主体10万个以上,新增就业1万人以上。', { amounts: [], thresholds: [] }],
  ] as [string, unknown][])('%s', (s, want) => expect(values(s)).toEqual(want));
});

describe('nounsNotCounted (dict/money-words.json)', () => {
  it('holds only nouns that open with a counting word of countedAfter, so each guards a real collision', () => {
    for (const n of moneyWords.nounsNotCounted) expect(moneyWords.countedAfter.some((c) => n.startsWith(c) && n.length > c.length)).toBe(true);
  });
});
