import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';
import { cleanText } from '../ingest/clean.js';

// Round 24 of the national development set: six notices scored at the frozen build 837b067 before any rule for them (amounts
// 0.937, thresholds 0.884, deadlines 0.941). The classes of their misses, each with the dev sentence that showed it (file named)
// and forms written from the class.
const values = (s: string) => extractValues(s, '2025-01-01');

describe('a list of tiers each with its bound mark (含) heads the sums after it (tier marks)', () => {
  // 惠阳 (guangdong-huiyang-shitijingji.txt): only the first tier had been read as a condition, the others as money
  const HUIYANG = '年度工业总产值首次超过5亿元(含)、10亿元(含)和30亿元(含)、50亿元(含)、100亿元(含)的,分别给予奖励30万元、60万元、90万元、120万元、180万元。';
  it.each([
    ['as written', HUIYANG],
    ['full-width brackets', HUIYANG.replace(/\(/g, '（').replace(/\)/g, '）')],
    ['traditional', HUIYANG.replace('给予奖励', '給予獎勵').replace('年度工业总产值', '年度工業總產值')],
  ])('%s', (_name, s) => {
    const v = values(s);
    expect(v.thresholds.map((t) => t.min)).toEqual([500000000, 1000000000, 3000000000, 5000000000, 10000000000]);
    expect(v.amounts.map((a) => [a.yuan, a.role])).toEqual([[300000, 'fixed'], [600000, 'fixed'], [900000, 'fixed'], [1200000, 'fixed'], [1800000, 'fixed']]);
  });
  it('a (不含) mark still parts a list (a band, not a tier list)', () => {
    expect(values('产值5000万元至1亿元(不含)、1亿元以上的企业,分别奖励5万元、10万元。').thresholds.length).toBeGreaterThan(0);
  });
});

describe('an earmarked budget with its floor is money budgeted, not a condition (earmarked funds)', () => {
  it.each([
    // 遂宁 (sichuan-suining-chanyeyuanqu.txt)
    ['每年单列总额不少于3000万元资金,用于支持全市特色优势产业发展及特色优势产业园区建设。', 30000000],
    // forms: 预留, 列支, 拿出
    ['每年预留不低于500万元资金用于企业培育。', 5000000],
    ['市财政每年列支不少于1000万元专项资金,支持企业技术改造。', 10000000],
    ['每年拿出不少于2亿元资金支持产业发展。', 200000000],
  ])('%s', (s, yuan) => {
    const v = values(s);
    expect([v.amounts.map((a) => [a.yuan, a.role]), v.thresholds]).toEqual([[[yuan, 'total']], []]);
  });
  it('an applicant’s own earmarked spending stays a condition', () => {
    expect(values('企业单列研发经费不少于500万元的,给予奖励。').thresholds.map((t) => t.min)).toEqual([5000000]);
  });
});

describe('a ceiling word before a remark in brackets still caps the sums after it (cap past a remark)', () => {
  it.each([
    // 泰兴 (jiangsu-taixing-shitijingji.txt)
    '对工业发展规模首次达到200亿元、100亿元的企业,分别最高奖励企业经营管理团队(团队名单由企业提供,并负责分配奖金,下同)200万元、100万元',
    '对工业发展规模首次达到200亿元、100亿元的企业，分别最高奖励企业经营管理团队（团队名单由企业提供，并负责分配奖金，下同）200万元、100万元',
  ])('%s', (s) => expect(values(s).amounts.map((a) => a.role)).toEqual(['cap', 'cap']));
});

describe('a title line followed by its edition and status in brackets ends its paragraph (title status)', () => {
  it('惠阳: the title is not run into the preamble under it', () => {
    const text = '惠州市惠阳区支持实体经济高质量发展若干措施(2025年修订版)(再次公开征求意见稿)\n为全面贯彻党的二十大精神,参考《惠州市促进商业消费高质量发展三年行动方案(2025-2027)(征求意见稿)》,修订如下。\n';
    expect(cleanText(text).clean.text.split('\n')[0]).toBe('惠州市惠阳区支持实体经济高质量发展若干措施(2025年修订版)(再次公开征求意见稿)');
  });
  it('a line that goes on without a title’s ending is still joined', () => {
    const text = '为全面贯彻党的二十大精神,结合我区(含开发区)实际\n制定本措施。\n';
    expect(cleanText(text).clean.text.split('\n')[0]).toBe('为全面贯彻党的二十大精神,结合我区(含开发区)实际制定本措施。');
  });
});

describe('a district that names its own development (推进京口高质量发展) names its place (own place, high-quality development)', () => {
  it.each([
    // 京口 (jiangsu-jingkou-chanyeqiangqu.txt): its only own-place words; it speaks as 本区, 区情
    ['为深入学习贯彻党的十九大精神,扎实推进产业强区,全面推进京口高质量发展,结合区情实际,制定如下政策:对新引进落户本区的项目给予奖励。', '京口区'],
    ['为推动漾濞高质量发展,结合县情,制定本措施。全县推进。', '漾濞彝族自治县'],
    // (a city a district names so is of another level: not taken)
    ['为推动南京高质量发展贡献力量,本区制定如下措施。全区推进。', undefined],
  ])('%s → %s', async (text, name) => {
    const { regionOfBody } = await import('../ingest/regions.js');
    expect(regionOfBody(text)?.name).toBe(name);
  });
});
