import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A per-head figure a goal sets for a measure per head (劳动生产率, 人均…), reached (达到, 达, 提高至), is the goal's level: a `target`
// amount, as 人均地区生产总值达到10万元 is (ANNOTATION: 农业劳动生产率达到7万元/人). It had been dropped with prices per unit, which
// are no money given. The same figure as an applicant's condition stays a threshold.
const values = (text: string) => {
  const v = extractValues(text);
  return { amounts: v.amounts.map((a) => [a.yuan, a.role]), thresholds: v.thresholds.map((t) => [t.min, t.unit]) };
};

describe('a per-head goal reached is a target amount (per-head goal)', () => {
  it.each([
    // 江阴 (jiangsu-jiangyin-zhizaoqiangshi.txt, round 237)
    ['到2025年,制造业增加值占无锡市比重达35%左右、高技术制造业增加值年均增速高于规上工业增速,规上制造业全员劳动生产率达40万元/人。', [[400000, 'target']]],
    // 海盐 (zhejiang-haiyan-nongyegongzuoyaodian.txt)
    ['主要预期目标为:全县农林牧渔业增加值增速3%以上,农业劳动生产率达到7万元/人,所有村年经常性收入达到200万元以上、经营性收入达到85万元以上。', [[70000, 'target'], [2000000, 'target'], [850000, 'target']]],
  ])('%s', (s, want) => expect(values(s).amounts).toEqual(want));

  it('the same figure as a condition on the applicant stays a threshold', () => {
    expect(values('对劳动生产率达到40万元/人的企业给予10万元奖励。')).toEqual({ amounts: [[100000, 'fixed']], thresholds: [[400000, '元/人']] });
  });
  it('a figure after 分别, the measure named before a list, is read as before (seed corpus/000, its wrap joined; not labelled there)', () => {
    expect(values('规模以上工业企业研发投入强度、全员劳动生产率分别提高至 2.6%、40 万元/人。').amounts).toEqual([]);
  });
});
