import { describe, expect, it } from 'vitest';
import { deadlinePairs, valueRows } from './fixture-table.js';

// Classes from round 156 of the national development set (issue 9): rent relief, farm insurance, skills contests, allotment reports.
// Sentences are real, from the dev notice named in the comment; "form" marks one written from the class.

describe('thresholds: an area with a share off the own cost after it, a rank of competitors (round 156)', () => {
  it.each([
    // 宁夏 (ningxia-ningxiasheng-nongyebaoxian.txt)
    ['以乡(镇)、村为单位进行统一投保,面积在5000亩以上的,自缴保费优惠5%;', [[5000, undefined, '亩']]],
    // 山东省 (shandong-shandongsheng-jinengdasaijiangli.txt): 选手 names who competes, as 企业 names who applies
    ['对获得全国行业职业技能竞赛一类赛和全国性职业技能专项赛前三名的选手,省人力资源社会保障厅分别给予5万元、2万元、1万元奖励。', [[undefined, 3, '名']]],
  ] as [string, unknown[]][])('%s', (s, want) => expect(valueRows(s).thresholds).toEqual(want));
});

describe('years and months: a short term measured in a year, a decimal that is an item number, the month of a bill, a planned month (round 156)', () => {
  it.each([
    // 重庆市 (chongqing-chongqingshi-zujinjianmian2022.txt) and 东城 (beijing-dongcheng-zujinjianmian.txt): the year a term falls short in
    ['承租方在2022年实际租期不满一年的,根据租期按比例享受减免。', '2022-07-01', []],
    ['其中承租方2022年内实际租期不满一年的,根据实际租期按比例(实际承租天数/365天)享受减免。', '2022-05-13', []],
    // valid: a figure reached in the year stays its window (成华, sichuan-chenghua-xiaofei.txt)
    ['鼓励限额以上汽车销售企业拓展新能源车销售业务,在2022年度内销售新能源汽车零售额超过3000万元的,每家企业给予20万元一次性奖励。', '2022-06-01', [['2022年度内', '2022']]],
    // 东城: 1. is the item's number, no span of 1.2022 years
    ['1.2022年内承租东城区国资委系统企业京内国有房屋;', '2022-05-13', [['2022年', '2022']]],
    // valid: a decimal span stays one
    ['在1.5年内完成建设。', '2022-05-13', [['1.5年内', 'relative']]],
    // 西城 (beijing-xicheng-fangzubuzhu.txt): the month whose rent is relieved
    ['中小微企业承租区属国有企业房产用于办公且不裁员、少裁员的,出租方减半收取其2月份房租;', '2020-03-01', []],
    // 乌拉盖 (neimenggu-wulagai-nongjigouzhi.txt): a month a plan expects the work done in
    ['剩余申请资金正在审核、农牧户签字、公示中,预计12月中旬完成资金兑付工作。', '2023-11-22', [['12月中旬', '2023-12']]],
  ] as [string, string, unknown[]][])('%s', (s, date, want) => expect(deadlinePairs(s, date)).toEqual(want));
});
