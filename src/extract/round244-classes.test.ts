import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Round 244 (issue 9, support for newer industries: culture, biomedicine, AI), scored before its rules (thresholds 0 of 9, deadlines
// 0.917): each class of miss with the sentence that showed it (eval/national/dev) and its general forms.
const bounds = (s: string) => extractValues(s).thresholds.map((t) => [t.raw, t.min ?? null, t.max ?? null, t.unit]);
const raws = (s: string) => extractValues(s).deadlines.map((d) => [d.raw, d.kind ?? d.date]);

describe('things counted in 张 are a quantity a bound may set (张 counted)', () => {
  it.each([
    // 喀什 (xinjiang-kashi-wenhualvyou.txt): tickets bought
    ['凡全年购买古城景区门票数10000张以上的前5名旅行社,一次性分别扶持30、25、20、15、10万元的宣传营销费', [['10000张以上', 10000, null, '张'], ['5名', null, 5, '名']]],
    // form: beds of a care home
    ['床位30张以上的养老机构,给予补助10万元。', [['30张以上', 30, null, '张']]],
  ])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('a grade written with 星 alone keeps its unit as written (星 as written)', () => {
  it.each([
    // 喀什: 4星及以上
    ['在各大院线上映,影评达到4星及以上的电影给予50万元扶持;', [['4星及以上', 4, null, '星']]],
    // valid: 星级 where the text writes it
    ['住宿3星级以上饭店的,给予奖励。', [['3星级以上', 3, null, '星级']]],
  ])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('a magnitude with no 元 after a bound on a measure of money is a floor in yuan (bare magnitude)', () => {
  it.each([
    // 长春新区 (jilin-changchunxinqu-shengwuyiyao.txt)
    ['企业在取得药品批准文号后,先给予扶持资金的50%支持,待产品上市后,单品年销售收入过亿再给予另50%支持。', [['亿', 100000000, null, '元']]],
    // form: 突破千万, the applicant after 的
    ['对年营业收入首次突破千万的企业,给予奖励10万元。', [['千万', 10000000, null, '元']]],
  ])('%s', (s, want) => expect(bounds(s)).toEqual(want));
  it.each([
    // valid: a count of visitors is no money
    ['年接待游客过亿人次。'],
  ])('valid: %s', (s) => expect(bounds(s)).toEqual([]));
});

describe('a stipend paid out for a stated number of months is a relative span (paid-out span)', () => {
  it.each([
    // 武汉 (hubei-wuhan-wenlvfusu2020.txt)
    ['对未评定为星级导游的在岗小语种导游,按照每人每月500元的标准发放6个月稳岗补贴。', [['6个月', 'relative']]],
    // form: 12个月生活补贴
    ['按每人每月1000元发放12个月生活补贴。', [['12个月', 'relative']]],
  ])('%s', (s, want) => expect(raws(s)).toEqual(want));
  it.each([
    // valid: a year's grant named, no span
    ['发放2023年度稳岗补贴。'],
  ])('valid: %s', (s) => expect(raws(s)).toEqual([]));
});

describe('a rank of those rewarded after a bounded figure, a one-off grant each after the comma, is a second threshold (ranked after a bound)', () => {
  it.each([
    // 喀什: 一次性分别扶持
    ['凡全年购买古城景区门票数10000张以上的前5名旅行社,一次性分别扶持30、25、20、15、10万元的宣传营销费', [['10000张以上', 10000, null, '张'], ['5名', null, 5, '名']]],
    // form: 一次性奖励
    ['对年度纳税额500万元以上的前10名企业,一次性奖励20万元。', [['500万元以上', 5000000, null, '元'], ['10名', null, 10, '名']]],
  ])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('a work rewarded (a film, a series, a work of web media) is who a bound before it qualifies (works as applicants)', () => {
  it.each([
    // 喀什: channels counted before the series, a per-episode grant
    ['在央视和3个以上省台播放的电视连续剧每集给予1万元扶持;', [['3个以上', 3, null, '个']]],
    // 喀什: views bounded before a list of works closed by 作品
    ['在腾讯、优酷、爱奇艺等网络系统播放点击量超过20万次的微电影、歌曲(MV)、宣传片等网络传媒作品每个给予1万元的扶持。', [['20万次', 200000, null, '次']]],
    // form: 电影, box office in money
    ['票房收入超过5000万元的电影,给予出品企业奖励100万元。', [['5000万元', 50000000, null, '元']]],
  ])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});
