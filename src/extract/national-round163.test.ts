import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';
import { dutyPairs } from './units.js';

// Classes from round 163 of the national development set (issue 9, forty-first session).
// Sentences are real, from the dev notice named in the comment; composed forms are marked "form".

describe('a month of each year in which something is applied for is a recurring window (yearly window)', () => {
  const dl = (s: string) => extractValues(s, '2017-06-01').deadlines.map((d) => [d.raw, d.date ?? d.kind]);
  it.each([
    // 郑州 (henan-zhengzhou-qingnianrencai.txt): months sharing one 月, one window as written
    ['青年人才按户籍所在地(以身份证为准)实行属地管理的原则,每年1、7月份由个人向各县(市、区)、开发区人社局提出申请。', [['每年1、7月份', 'ongoing']]],
    // form: each month with its 月, and a single month
    ['每年1月和7月由个人提出申请。', [['每年1月和7月', 'ongoing']]],
    ['每年6月组织申报。', [['每年6月', 'ongoing']]],
    // valid: a limit word after a day, read as before; a bare 每年 is a frequency
    ['每年6月30日前申报。', [['每年6月30日前', 'ongoing']]],
    ['每年培育企业50家。', []],
  ] as [string, unknown[][]][])('%s', (s, want) => expect(dl(s)).toEqual(want));
});

describe('a span the applicant claims a grant for is relative (claimed span)', () => {
  const dl = (s: string) => extractValues(s, '2017-06-01').deadlines.map((d) => [d.raw, d.kind]);
  it.each([
    // 郑州 (henan-zhengzhou-qingnianrencai.txt)
    ['博士、硕士和本科毕业生分别按每月1500元、1000元、500元的标准申领3年的生活补贴。', [['3年', 'relative']]],
    ['暂未工作或创业,且缴纳城镇居民养老保险满3个月的博士、硕士和本科毕业生(技工院校全日制预备技师(技师)视同),可按相应标准申领6个月的生活补贴。', [['6个月', 'relative']]],
  ] as [string, unknown[][]][])('%s', (s, want) => expect(dl(s)).toEqual(want));
});

describe('a day range whose first 日 is left out before the dash, with no year, takes the year before (yearless day range)', () => {
  it('綦江 (chongqing-qijiang-xiaofeiquan.txt): 我区拟于2023年12月4—6日举办…活动,12月4—10日举办“火锅消费周”子活动', () => {
    const v = extractValues('我区拟于2023年12月4—6日举办“首届中国綦江食品产业高质量发展大会暨金街美食音乐汇”活动,12月4—10日举办“火锅消费周”子活动,同期发放政府消费券100万元。', '2023-11-28');
    expect(v.deadlines.map((d) => [d.from, d.date])).toEqual([['2023-12-04', '2023-12-06'], ['2023-12-04', '2023-12-10']]);
  });
});

describe("a voucher programme's sum with the vouchers named before it, a batch of them, or a tier's vouchers counted before it is a total (vouchers named first)", () => {
  const roles = (s: string) => extractValues(s, '2023-11-28').amounts.map((a) => [a.yuan, a.role]);
  it.each([
    // 綦江 (chongqing-qijiang-xiaofeiquan.txt)
    ['我区拟于2023年12月4—6日举办“首届中国綦江食品产业高质量发展大会暨金街美食音乐汇”活动,12月4—10日举办“火锅消费周”子活动,同期发放政府消费券100万元。', [[1e6, 'total']]],
    ['电子消费券100万元。', [[1e6, 'total']]],
    ['此次发券分两次,第一次发券:2023年12月3日10:00,发放50万元。', [[5e5, 'total']]],
    // (the cut without 元 is read since round 268, as the gold labels it: voucher-cut-bare.test.ts)
    ['满100减30 单次3000张,9万元。', [[30, 'fixed'], [9e4, 'total']]],
    // valid: a face value, and money given to a firm, stay fixed
    ['每张消费券面额50元。', [[50, 'fixed']]],
    ['对企业发放奖励资金100万元。', [[1e6, 'fixed']]],
  ] as [string, unknown[][]][])('%s', (s, want) => expect(roles(s)).toEqual(want));
  it('冕宁 (sichuan-mianning-xiaofeiquan.txt), an older dev miss: 首期發放150萬 after 計劃發放消費券資金總額300萬 (the first still read as planned)', () => {
    expect(roles('財政專項資金,計劃發放消費券資金總額300萬,首期發放150萬,本次活動財政補貼發完即止')[1]).toEqual([1.5e6, 'total']);
  });
});

describe('由A牵头 and the act it leads names A, the lead (lead with its act)', () => {
  it.each([
    // 郑州 (henan-zhengzhou-qingnianrencai.txt)
    ['各县(市、区)、开发区人社局对相关资料进行初审,提出初步补贴名单,由市人社局牵头组织相关部门对申请材料进行审核后,报市人才工作领导小组审议,并经市政府研究确定拟补贴名单。', [['市人社局', true]]],
    // 龙游 (zhejiang-longyou-hexinqiye.txt), relabelled by round 114's rule
    ['(三)产业核心企业由县府办牵头组织相关部门认定、报县政府审定并经公示后发文确认。', [['县府办', true]]],
    // valid: 牵头负责 as before; an actor told to lead its own task names no unit
    ['由县农业局牵头负责评选工作。', [['县农业局', true]]],
    ['市经信委要牵头推进示范建设。', []],
  ] as [string, unknown[][]][])('%s', (s, want) => expect(dutyPairs(s).map((u) => [u.name, !!u.lead])).toEqual(want));
});
