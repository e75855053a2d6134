import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Round 7 of classes (issue 9), values half, from the 11 notices of round 8 of the national development set. Sentences
// are real: from a dev notice (file named in the comment) or a public page (address named); where no real sentence was
// at hand, the comment says "form" and the sentence is written from the class.
const values = (text: string) => {
  const v = extractValues(text);
  return {
    amounts: v.amounts.map((a) => [a.yuan, a.yuanMax, a.role]),
    rates: v.rates.map((r) => [r.value, r.role]),
    thresholds: v.thresholds.map((t) => [t.min, t.max, t.unit]),
  };
};

describe('a bounded percentage joined by 且/并/或 to a second condition that runs on to the grant is a threshold', () => {
  it.each([
    // 贵州 沿河 (guizhou-yanhe-minyingjingji.txt): 且 and a money condition, then the grant without 的.
    ['对已入统在库的规模工业企业,当年产值增长20%以上且上年度产值2000万元以上,给予一次性奖励2万元。', [[0.2, undefined, '%'], [20000000, undefined, '元']]],
    // 北京 http://zhchw.com.cn/Index/show/catid/16/id/20874.html (traditional script): a money band, then ,且 and the
    // percentage with (含), then 最高獎勵 — the band and the percentage are both conditions.
    ['1.產值凈增量2億元(含)-10億元,且產值增速15%(含)以上,最高獎勵200萬元。', [[200000000, 1000000000, '元'], [0.15, undefined, '%']]],
    // 广东 深圳福田 http://www.uzuncorp.com/show-9-3143-1.html: ,且 and a qualification, then 给予; a bound then 人才奖励.
    ['上年度科学研究技术领域的机构研发投入占比达15%以上,且企业主要从事战略新兴产业和未来产业等研发活动,给予经营团队或核心人才最高50万元奖励。', [[0.15, undefined, '%']]],
    ['(四)研发投入额1亿元及以上,研发投入占营收比例达15%以上,人才奖励10万元/人。', [[100000000, undefined, '元'], [0.15, undefined, '%']]],
    // Forms: 并且 / 或 / 同时, full-width comma, (含) before 以上, a grant with words between.
    ['对营业收入增长15%(含)以上并且利润总额增长10%以上，给予一次性奖励5万元', [[0.15, undefined, '%'], [0.1, undefined, '%']]],
    ['对产值增长30%以上或税收增长20%以上的企业，给予奖励', [[0.3, undefined, '%'], [0.2, undefined, '%']]],
    ['当年营业收入增长10%以上同时新增就业50人以上，每家奖励3万元', [[0.1, undefined, '%'], [50, undefined, '人']]],
  ] as [string, unknown[]][])('%s', (text, thresholds) => {
    const v = values(text);
    expect(v.thresholds).toEqual(thresholds);
    expect(v.rates).toEqual([]);
  });
});

describe('a share written before what it measures, in a clause opened as a condition and closed by 的, is a threshold', () => {
  it.each([
    // 江苏 滨湖 (jiangsu-binhu-xiandaichanye.txt): 且80%以上投资本区的, a consequence without a grant.
    ['区内上市企业通过定向增发、发行可转债等再融资且80%以上投资本区的,可视同新引进项目。', [[0.8, undefined, '%']], '投资本区'],
    // Forms: 对…的企业, 凡…的, 如…以下…的, full-width comma.
    ['对80%以上产品出口的企业，给予出口信用保险保费50%的补助', [[0.8, undefined, '%']], '产品出口'],
    ['凡募集资金70%(含)以上用于本市项目的,享受同等政策', [[0.7, undefined, '%']], '用于本市项目'],
    ['如30%以下股份由外方持有的，按内资企业认定', [[undefined, 0.3, '%']], '股份由外方持有'],
  ] as [string, unknown[], string][])('%s', (text, thresholds, metric) => {
    const v = values(text);
    expect(v.thresholds.filter((t) => t[2] === '%')).toEqual(thresholds);
    expect(extractValues(text).thresholds.find((t) => t.unit === '%')!.metric).toBe(metric);
    expect(v.rates.filter((r) => r[0] === (thresholds[0] as number[])[0] || r[0] === (thresholds[0] as number[])[1])).toEqual([]);
  });
  it.each([
    // Not conditions: a goal's share of counted firms (form, 到…年/力争), a share of firms that 的 only joins (form).
    ['力争到2025年，80%以上规上企业实现数字化改造的目标', [[0.8, 'min']]],
    ['到2027年，全市60%以上的规上工业企业实现数字化转型', [[0.6, 'min']]],
    // 新疆 克拉玛依-style target with 并: a goal joined to another goal, no grant (form).
    ['到2025年，规上工业增加值年均增长10%以上，并且实现翻番', [[0.1, 'min']]],
  ] as [string, unknown[]][])('a rate: %s', (text, rates) => {
    expect(values(text).rates).toEqual(rates);
    expect(values(text).thresholds).toEqual([]);
  });
});
