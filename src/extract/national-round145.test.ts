import { describe, expect, it } from 'vitest';
import { deadlinePairs, unitRows, valueRows } from './fixture-table.js';

// Classes from round 145 of the national development set (issue 9).
// Sentences are real, from the dev notice named in the comment; "form" marks one written from the class.

const bounds = (s: string) => valueRows(s).thresholds;

describe('首次实现 before a measure and a list of sums paired with grants bounds each as 首次达到 does (first realised)', () => {
  it.each([
    // 安吉 (zhejiang-anji-fuwuye.txt)
    ['限上商贸零售企业首次实现营业收入1亿元、2亿元、4亿元,分别给予企业经营者一次性奖励5万元、10万元、20万元;', [[100000000, undefined, '元'], [200000000, undefined, '元'], [400000000, undefined, '元']]],
    // valid: a goal with 力争 stays a target
    ['力争首次实现营业收入突破100亿元', []],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('a step compared with the year before, 每同比增加, is a step as 每增加 is (step year on year)', () => {
  it('龙华 (guangdong-longhua-dianzishangwu.txt)', () => {
    const s = '对已纳统的批发、零售企业,从下一年度开始,企业通过公共网络实现的零售额每同比增加1000万元,给予10万元的奖励,单个企业最高不超过50万元。';
    expect(bounds(s)).toEqual([[10000000, undefined, '元']]);
    expect(valueRows(s).amounts).toEqual([[100000, undefined, 'fixed'], [500000, undefined, 'cap']]);
  });
});

describe('spans and plans (round 145 forms)', () => {
  it.each([
    // 浦东 2009 (shanghai-pudong-hangyunzhongxin.txt): a plan's end in straight quotes
    ['"十二五"末,初步形成船公司、航运物流企业、航运服务企业、国际航运中介组织和机构等组成的较为完善的航运服务体系。', '2009-11-06', [['"十二五"末', '2015']]],
    // 龙华 (guangdong-longhua-dianzishangwu.txt): how often one may apply in a span is no time limit
    ['申请第七条第二款的企业,按签定入驻协议时间,一年内提出申请,企业三年内只得申报一次。', '2021-10-01', [['一年内', 'relative']]],
    // 水城 (guizhou-shuicheng-jiuyebutie.txt): 累计 between the grant and its bound
    ['补贴标准:每月500元场租补贴,对实际月租低于500元的,据实补贴,每个创业扶持对象享受累计不超过3年。', '2025-09-26', [['不超过3年', 'relative']]],
  ] as [string, string, unknown][])('%s', (s, date, want) => expect(deadlinePairs(s, date)).toEqual(want));
});

describe('a quantity in tonnes of standard coal is a unit of its own, as 吨 is (energy unit)', () => {
  it.each([
    // form, from 成都 2022 (sichuan-chengdu-lvseditan.txt) and 湖北省 (hubei-hubeisheng-jienenggongzuo.txt)
    ['对年综合能耗5万吨标准煤及以上的企业给予支持', [[50000, undefined, '吨标准煤']]],
    // valid: plain tonnes stay tonnes
    ['对年产5万吨以上的企业给予支持', [[50000, undefined, '吨']]],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('a body joined by 和 to kinds that share the next body is two units (body and shared kinds)', () => {
  it('湖北省 (hubei-hubeisheng-jienenggongzuo.txt)', () =>
    expect(unitRows('(一)突出抓好重点耗能行业的节能工作。(省发展改革委、省经委、华中电监局和机械、石化、轻工、纺织、冶金、建材行业投资促进中心负责)\n')).toEqual([
      ['省发展改革委', '省经委', '华中电监局', '机械、石化、轻工、纺织、冶金、建材行业投资促进中心'],
    ]));
  // valid: a place before the word shares the body after it (ANNOTATION: one unit)
  it('楚雄 form', () =>
    expect(unitRows('(一)加快园区建设。(责任单位:楚雄高新区和禄丰、牟定、武定产业园区管委会)\n')).toEqual([['楚雄高新区和禄丰、牟定、武定产业园区管委会']]));
});
