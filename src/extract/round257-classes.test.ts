import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { devText } from '../dev-notices.js';
import { extractDocument, extractValues } from './extract.js';

// Round 257's classes (unseen dev notices: pricing and parking-fee notices, a cost table, a data-centre electricity grant), each in its
// general form.
const bounds = (s: string) => extractValues(s).thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]);
const sums = (s: string) => extractValues(s).amounts.map((a) => [a.yuan, a.role]);
const spans = (s: string) => extractValues(s).deadlines.map((d) => [d.raw, d.kind ?? d.date]);

describe('a price a pricing notice sets per a unit is a sum (prices set)', () => {
  it.each([
    // (安岳, 四川: preferential water prices by tax band)
    ['纳税额200万元以上的,本年度水价执行2.2元/m3;', [[2.2, 'fixed']]],
    // (鄂尔多斯, 内蒙古: a parking fee per hour and its surcharge)
    ['小型客车(9座及以下)、微型货车每车按2元/小时计费,每增加1小时加收2元,不足1小时按1小时计费。', [[2, 'fixed'], [2, 'fixed']]],
  ])('%s', (s, expected) => expect(sums(s)).toEqual(expected));
  // (a price a household pays, named after its sum, stays none: 平谷)
  it('享受0.3元/度的低谷电价 is no sum', () => expect(sums('享受0.3元/度的低谷电价。')).toEqual([]));
});

describe('a range of a bare magnitude, its remark before the dash, counting what its upper end names (ranges of quantities)', () => {
  // (青岛, 山东: electricity used, not money, though the clause grants)
  it('1500万(含)-3000万千瓦时 is no sum', () =>
    expect(sums('补助资金按照下列标准,分档给予支持:1.上一年度实际用电量1500万(含)-3000万千瓦时,对周边产业带动明显的,按照500万千瓦时标准给予优惠用电额度支持;')).toEqual([]));
});

describe('a band written with the signs of an inequality (inequality bands)', () => {
  it.each([
    // (海南省 渔船: a cost table's rows)
    ['钢质(50米≤船长<55米)', [[50, 55, '米']]],
    ['12米≤船长<24米的渔船给予补助', [[12, 24, '米']]],
  ])('%s', (s, expected) => expect(bounds(s)).toEqual(expected));
  it('海南省 (hainan-hainansheng-yuchuanzaojia.txt): the table\'s cost column per a boat, 万元/艘, gives each row its sum', () =>
    expect(
      documentsOfPlainText(devText('hainan-hainansheng-yuchuanzaojia.txt'))
        .flatMap((d) => extractDocument(d))
        .flatMap((c) => c.amounts.map((a) => a.yuan)),
    ).toEqual([16000000, 9433000, 1500000, 855000, 51000]));
});

describe('a process time cut to a cap (cut to a limit)', () => {
  it.each([
    // (安岳, 四川)
    ['获得用水业务流程由5个环节压缩至2个环节,获得用水时间由15个工作日压缩至不超过5个工作日。', [['不超过5个工作日', 'relative']]],
    ['获得用水时间由15个工作日压缩至5个工作日。', [['5个工作日', 'relative']]],
  ])('%s', (s, expected) => expect(spans(s)).toEqual(expected));
});
