import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Round 183 (issue 9): conditions whose grant or applicant the rules did not see, each class checked on sentences from more than one
// province. A distance from a line bounds what a measure acts on (两侧300米范围内/外: 鄞州, 运城); the first of two bounded alternatives (…300亩
// 以上或种植蔬菜50亩以上的: 鄞州); the thing a bound qualifies taken up again by 对其 (…200吨及以上的粮食烘干中心,对其…: 天府新区); 对 opening
// a later phrase of the sentence (…配套政策,对种植规模50亩以上,…: 天府新区; 對集中連片標準化種植500畝以上,且…: 内蒙古); the grant added to
// another level's (在市级200元/亩补助基础上,新区再配套补助: 天府新区); a basis phrase between the closing 的 and the grant (…的,按实际委托流转
// 面积,每年给村150元/亩补助: 鄞州); a rate bounded by a reference level written right before it, no bracket (…控制目标5.5%,…的,可以享受: 三门峡,
// 乌兰察布 in brackets).
const thresholds = (text: string) => extractValues(text).thresholds.map((t) => [t.raw, t.min ?? null, t.max ?? null, t.unit]);

describe('conditions whose grant or applicant comes further on (conditions further on)', () => {
  it.each([
    // 鄞州 (zhejiang-yinzhou-nongyefuchi2021.txt)
    ['在主干道两侧300米范围内,单个规模经营主体种植水稻连片委托流转面积300亩以上或种植蔬菜50亩以上的,按实际委托流转面积,每年给村200元/亩补助。', [['300米范围内', null, 300, '米'], ['300亩以上', 300, null, '亩'], ['50亩以上', 50, null, '亩']]],
    ['在主干道两侧300米范围外,单个规模经营主体种植水稻连片委托流转面积100亩以上或种植蔬菜30亩以上,且委托流转面积占耕地面积80%以上的,按实际委托流转面积,每年给村150元/亩补助;', [['300米范围外', 300, null, '米'], ['100亩以上', 100, null, '亩'], ['30亩以上', 30, null, '亩'], ['80%', 0.8, null, '%']]],
    // 运城 (shanxi-yuncheng-dayungaosu.txt): a distance in a task
    ['推行清洁生产,发展循环经济,制定方案,2008年底前对大运高速公路两侧1公里范围内的金属镁、水泥、玻璃器皿等工业企业分期分批进行升级改造', [['1公里范围内', null, 1, '公里']]],
    // 天府新区 (sichuan-tianfuxinqu-liangshishengchan.txt)
    ['二、支持烘干仓储等设施建设。经批准改(扩)建日处理能力200吨及以上的粮食烘干中心,对其新购置的烘干设施设备在上级补助的基础上追加补助达到新购置费用的50%;', [['200吨及以上', 200, null, '吨']]],
    ['实施玉米大豆带状复合套种配套政策,对种植规模50亩以上,在市级200元/亩补助基础上,新区再配套补助100元/亩。', [['50亩以上', 50, null, '亩']]],
    ['在规划的草莓园区内,种植一季草莓后,又按规范种植一季水稻达50亩以上,在市级200元/亩补助基础上,新区再配套补助300元/亩。', [['50亩以上', 50, null, '亩']]],
    // 内蒙古 (neimenggu-zizhiqu-naichanye.txt), traditional characters
    ['在奶牛養殖優勢區,推進國產優質苜蓿提質增產,對集中連片標準化種植500畝以上,且與養殖場(戶)簽訂飼草購銷合同的苜蓿種植主體,分3年給予每畝1000元補貼。', [['500畝以上', 500, null, '亩']]],
    // 三门峡 (henan-sanmenxia-wengangfanhuan.txt): the reference level's figure with no bracket
    ['参保企业足额缴纳失业保险费12个月以上,上年度未裁员或裁员率不高于上年度全国城镇调查失业率控制目标5.5%,30人(含)以下的参保企业裁员率不高于参保职工总数20%的,可以享受稳岗返还政策。', [['12个月以上', 12, null, '个月'], ['5.5%', null, 0.055, '%'], ['30人(含)以下', null, 30, '人'], ['20%', null, 0.2, '%']]],
    // 乌兰察布 (neimenggu-wulanchabu-wengangfanhuan.txt): in brackets, further conditions before the applicant
    ['参保企业足额缴纳失业保险费12个月以上,上年度未裁员或裁员率不高于上年度全国城镇调查失业率控制目标(5.5%), 30人(含)以下的参保企业裁员率不高于参保职工总数20%的,可以申请失业保险稳岗返还。', [['12个月以上', 12, null, '个月'], ['5.5%', null, 0.055, '%'], ['30人(含)以下', null, 30, '人'], ['20%', null, 0.2, '%']]],
  ])('%s', (s, want) => expect(thresholds(s)).toEqual(want));
  it.each([
    // a goal's rate at a reference level is a goal, not a condition
    ['到2025年,城镇调查失业率控制在5.5%以内。'],
    // a span of years after 对 with no grant in the sentence
    ['对种植规模50亩以上的情况进行调查摸底。'],
  ])('valid: %s', (s) => expect(thresholds(s)).toEqual([]));
  it('valid: the rate a goal sets stays a rate', () => {
    expect(extractValues('到2025年,城镇调查失业率控制在5.5%以内。').rates.map((r) => r.value)).toEqual([0.055]);
  });
});
