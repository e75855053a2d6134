import { describe, expect, it } from 'vitest';
import { deadlinePairs, valueRows } from './fixture-table.js';

// Classes from round 151 of the national development set (issue 9).
// Sentences are real, from the dev notice named in the comment; "form" marks one written from the class.

describe('an age bounded before its figure names whom a measure is for wherever it stands (age before)', () => {
  it.each([
    // 广东省 (guangdong-guangdongsheng-jinengpeixunbutie.txt), traditional characters
    ['勞動者應年滿16周歲,其中男性年齡不超過60周歲,女性年齡不超過55周歲。', [[16, undefined, '周岁'], [undefined, 60, '周岁'], [undefined, 55, '周岁']]],
    // form
    ['申请人年龄不超过45周岁,具有本科以上学历。', [[undefined, 45, '周岁']]],
    // valid: a band's first end (龙井, jilin-longjing-fupinjiangbu.txt) and an age as a time (沙市, hubei-shashi-shengyubutie.txt) are not
    ['该子女超过1周岁未申请的视作自动放弃,不得要求补领。', []],
  ] as [string, unknown][])('%s', (s, want) => expect(valueRows(s).thresholds).toEqual(want));
});

describe('spans: a hedged support period, a comment window (round 151)', () => {
  it.each([
    // 瓯海 (zhejiang-ouhai-jiuyejianxi.txt): 一般 between the period's name and its bound
    ['补贴期限一般不超过6个月。', '2022-10-01', [['不超过6个月', 'relative']]],
    // 威海 (shandong-weihai-zhigaishuzhuan.txt): the public's span to comment is the procedure's own, none
    ['因需要尽快出台《行动计划》,指导工作顺利开展,公众可在7日内提出意见。', '2022-12-12', []],
    // valid: a dated end to the comments stays one (威海)
    ['公众所提意见请通过信件或电子邮件等方式于2022年12月19日前反馈至威海市工业和信息化局。', '2022-12-12', [['于2022年12月19日前', '2022-12-19']]],
  ] as [string, string, unknown[]][])('%s', (s, date, want) => expect(deadlinePairs(s, date)).toEqual(want));
});

describe('a loan balance a place is to add is a target (new lending)', () => {
  it('四川省 (sichuan-sichuansheng-chuangyesannian.txt)', () => {
    expect(valueRows('力争到2027年底,全省三年累计(以下简称“累计”)发放创业担保贷款150亿元,个人经营性贷款余额新增1800亿元').amounts).toEqual([[15000000000, undefined, 'target'], [180000000000, undefined, 'target']]);
  });
});
