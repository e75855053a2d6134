import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A count of firms is a condition where it measures the applicant: the firms a park hosts (入驻企业30家以上的集聚区) were read so; the
// firms a platform serves, drives or connects were not, though they measure its reach as tenants measure a park.
const thresholds = (text: string) => extractValues(text, '2024-01-01').thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]);

describe('the firms a platform serves measure the applicant (served firms)', () => {
  it.each([
    // 青岛 (shandong-qingdao-badazhanlue.txt)
    ['对纳入市工业互联网平台服务商名录、年度服务本地企业50家以上且该部分服务收入不低于1000万元的企业,给予奖励。', [[50, null, '家'], [10000000, null, '元']]],
    // forms
    ['对带动配套企业20家以上的链主企业给予奖励。', [[20, null, '家']]],
    ['对连接企业100家以上的工业互联网平台给予补助。', [[100, null, '家']]],
  ])('%s', (text, want) => expect(thresholds(text)).toEqual(want));
  it.each([
    // a count the notice sets as its goal stays none
    ['培育服务型制造示范企业10家以上。'],
    ['到2025年,带动企业上云1000家以上。'],
  ])('%s: none', (text) => expect(thresholds(text)).toEqual([]));
});
