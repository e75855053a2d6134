import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A floor the supported thing must meet, written as a requirement in a sentence that sets a grant or its standard (总课时不得低于40课时…给予
// 培训补贴; 补贴标准调整为初级800元/人、培训时限不少于60学时): a condition on what is paid for. And the next tiers of such a standard, each named
// after a separator, the first tier's requirement between (…,中级1500元/人): sums per a unit given, as the first. Found on
// shandong-taian-zhuanxiangnengli.txt and jilin-jilinsheng-peixunbutie.txt (dev, round 176); it also reads 龙井's 累计工作时间不少于6个月.
const values = (text: string) => {
  const v = extractValues(text);
  return { thresholds: v.thresholds.map((t) => [t.raw, t.min ?? null, t.unit]), amounts: v.amounts.map((a) => a.yuan) };
};

describe('a floor required of what a grant pays for (required floor)', () => {
  it('泰安: 40课时', () => {
    expect(values('专项职业能力培训总课时不得低于40课时(每课时按45分钟计),按照不高于10元/课时,最多不超过600元/人的标准给予培训补贴。').thresholds).toEqual([['40课时', 40, '课时']]);
  });
  it('吉林省: the hours of each tier and each tier’s sum', () => {
    const v = values('就业技能培训补贴标准调整为初级800元/人、培训时限不少于60学时,中级1500元/人、培训时限不少于110学时,高级2000元/人、培训时限不少于150学时。');
    expect(v.thresholds).toEqual([['60学时', 60, '学时'], ['110学时', 110, '学时'], ['150学时', 150, '学时']]);
    expect(v.amounts).toEqual([800, 1500, 2000]);
  });
  it.each([
    // invalid: a floor with no grant or standard in its sentence (a plan's requirement, no money tied to it)
    ['每期培训不少于40课时。'],
    ['各地要组织开展培训,每期不少于40课时,并做好台账管理。'],
  ])('%s: no condition', (s) => expect(values(s).thresholds).toEqual([]));
});
