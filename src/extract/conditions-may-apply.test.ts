import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A clause that closes on whoever meets it and may apply (…的行政村可以申请认定为电商专业村, …的镇(乡、街道)可以申请认定为电商镇): its bounded
// figures are conditions on that applicant, whatever noun names it; only those with an applicant word after them were read. Found on
// zhejiang-songyang-dianshangzhuanyecun.txt (dev, round 175). A goal's share of villages (不低于35%的行政村…得到有效治理) stays no condition.
const thresholds = (text: string) => extractValues(text).thresholds.map((t) => [t.raw, t.min ?? null, t.max ?? null, t.unit]);

describe('conditions on whoever may apply (conditions may apply)', () => {
  it.each([
    ['根据省级地方标准《电子商务专业村建设与管理规范》(DB33/T 2038–2017),年度网络零售额在1000万元以上,且网店数量大于50个(或开设网店户数占行政村总户数10%以上,或农村电子商务从业人员占行政村常住人口10%以上)的行政村可以申请认定为电商专业村。', ['1000万元以上', '50个', '10%']],
    ['根据省级地方标准《电子商务专业村建设与管理规范》(DB33/T 2038–2017),拥有3个电商专业村(或淘宝村少于3个,但是全镇(乡、街道)一年电子商务销售额达到3000万元及以上,并且活跃网店数量达300个及以上)的镇(乡、街道)可以申请认定为电商镇。', ['3个', '3000万元及以上', '300个']],
  ])('%s', (s, raws) => expect(thresholds(s).map((t) => t[0])).toEqual(raws));
  it.each([
    // 平昌 dev (sichuan-pingchang-nongyenongcun.txt): a goal, no one applies
    ['力争90%以上的村生活垃圾得到治理,卫生厕所普及率达85%左右,不低于35%的行政村农村生活污水得到有效治理。'],
  ])('%s: no condition', (s) => expect(thresholds(s)).toEqual([]));
});
