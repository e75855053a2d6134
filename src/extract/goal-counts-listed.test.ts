import { describe, expect, it } from 'vitest';
import { valueTable } from './fixture-table.js';

// Counts reached one after another with no grant, each a class the text qualifies (排名前五的上市公司达到12家,…排名前三的上市公司达到25家),
// are targets, even with no goal word before them; the class's own bound (排名前五) stays a threshold. The first count was read as a bound
// on the second class, as a chained condition. Found on zhejiang-shaoxing-shangshigongsi.txt (round 220, scored before its rules:
// thresholds 0.667).
describe('counts reached in a list of targets are no thresholds (goal counts listed)', () => {
  it.each([
    // 绍兴 2023
    ['全球细分行业排名前五的上市公司达到12家,全国细分行业排名前三的上市公司达到25家,打造一批产业联盟示范样本。', [['全球细分行业排名', null, 5, '名'], ['全国细分行业排名', null, 3, '名']]],
    // form: full-width comma, 超过, a bound after the first count
    ['上市公司达到20家以上，营业收入超过100亿元的上市公司超过5家。', [['营业收入', 10000000000, null, '元']]],
  ])('%s', (s, want) => expect(valueTable(s).thresholds).toEqual(want));

  // 吉林省 (jilin-jilinsheng-pengshidaxian.txt): a bound, then a rank of the applicant, then the grant — conditions, kept
  it('面积累计达1000亩以上,全省综合建设排名前3位的县(市、区)一次性补助500万元', () =>
    expect(valueTable('对各地年度新建温室、大棚面积累计达1000亩以上,全省综合建设排名前3位的县(市、区)一次性补助500万元。').thresholds.map((t) => t.slice(1))).toEqual([
      [1000, null, '亩'],
      [null, 3, '位'],
    ]));
});
