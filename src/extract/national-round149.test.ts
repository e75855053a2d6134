import { describe, expect, it } from 'vitest';
import { deadlinePairs, unitRows, valueRows } from './fixture-table.js';

// Classes from round 149 of the national development set (issue 9).
// Sentences are real, from the dev notice named in the comment; "form" marks one written from the class.

describe('a group\'s remark on what it includes is dropped also before a second explaining bracket (included remark)', () => {
  it.each([
    // 湖州 (zhejiang-huzhou-zerenfenjie2024.txt)
    ['一、重点工作\n1.坚持稳中求进、以进促稳、先立后破,坚定不移实施“八八战略”。\n责任单位:市政府办公室、市级其他有关单位、各区县政府(含南太湖新区、长合区管委会)(列第一位的为工作牵头单位或汇总单位,下同)\n', [['市政府办公室', '市级其他有关单位', '各区县政府']]],
  ] as [string, string[][]][])('%s', (s, want) => expect(unitRows(s)).toEqual(want));
});

describe('an exception opening a note\'s standing sentence names no body (note exception)', () => {
  it.each([
    // 内蒙古 (neimenggu-zizhiqu-naichanye.txt), traditional characters
    ['一、加強“草源”基地建設\n1.對奶農合作社給予青貯玉米收儲補貼。(責任單位:自治區農牧廳、財政廳,各盟行政公署、市人民政府按職責分工負責;除第20條外,以下各項任務均需各盟行政公署、市人民政府落實,不再單獨列出)\n', [['自治區農牧廳', '財政廳', '各盟行政公署、市人民政府']]],
  ] as [string, string[][]][])('%s', (s, want) => expect(unitRows(s)).toEqual(want));
});

describe('a call that sends its round\'s applications with 现将 names the round by year, no deadline (round call)', () => {
  it.each([
    // 宁夏 (ningxia-ningxiasheng-fuhuapeiyu.txt)
    ['现将2025年科技企业孵化器和众创空间孵化培育科技企业补助申报工作有关事项通知如下:', '2025-05-13', []],
    // 惠州 (guangdong-huizhou-xiaoshenggui.txt): an allotment it sends keeps its year
    ['现将2023年“小升规”市级资金项目1992万元奖励安排计划下达给“四个区”,并就有关事项通知如下:', '2023-06-01', [['2023年', '2023']]],
  ] as [string, string, unknown[]][])('%s', (s, date, want) => expect(deadlinePairs(s, date)).toEqual(want));
});

describe('a floor whose side above is left out is a ceiling (left out above)', () => {
  it.each([
    // 山西省 (shanxi-shanxisheng-zhongchuangjiangli.txt), traditional characters
    ['已享受省扶持眾創空間發展專項資金支持的,補足金額,支持資金等于或大于50萬元的,不再獎勵。', [[undefined, 500000, '元']]],
    // form
    ['年营业收入超过5000万元的企业不予补助', [[undefined, 50000000, '元']]],
    // valid: a floor with a grant after stays a floor
    ['年营业收入超过5000万元的企业给予补助', [[50000000, undefined, '元']]],
  ] as [string, unknown][])('%s', (s, want) => expect(valueRows(s).thresholds).toEqual(want));
});

describe('a budget floored in a goal is a total; an input to reach is a target (fund floor, input reached)', () => {
  it.each([
    // 银川 (ningxia-yinchuan-kejiqiangshi.txt)
    ['2018年和2020年,市本级财政年度支持科技创新资金分别不低于4亿元和7亿元;', [[400000000, undefined, 'total'], [700000000, undefined, 'total']]],
    ['全社会研究与开发(R&D)投入分别达到35亿元和66亿元,占GDP比重不低于2.1%和3%;', [[3500000000, undefined, 'target'], [6600000000, undefined, 'target']]],
    // 徐州高新区 (jiangsu-xuzhougaoxinqu-xiandaichanye.txt)
    ['“十三五”期间,徐州高新区财政每年安排产业发展扶持资金不低于2亿元,用于支持重大项目引进', [[200000000, undefined, 'total']]],
    // valid: funds a phrase with 支持 gives its recipient (衢州, zhejiang-quzhou-gaozhiliang.txt)
    ['支持高能级科创平台科技攻关经费不低于8000万元。', [[80000000, undefined, 'fixed']]],
  ] as [string, unknown][])('%s', (s, want) => expect(valueRows(s).amounts).toEqual(want));
});

describe('a bound right before the bodies or places it sizes, no 的 between (sized noun)', () => {
  it.each([
    // 重庆 2007 (chongqing-chongqingshi-jienengjianpai.txt)
    ['各区县(自治县)人民政府要加强对年耗能5000吨标准煤以上重点用能单位的节能监管,落实能源利用状况报告制度', [[5000, undefined, '吨标准煤']]],
    // 山东省 (shandong-shandongsheng-tupoheze.txt)
    ['对完成粮食播种面积任务的设区市给予奖励,加大10亿斤以上产粮大县奖励性补助力度。', [[1000000000, undefined, '斤']]],
    // 湖北省 (hubei-hubeisheng-jienenggongzuo.txt)
    ['突出抓好冶金、电力、石化、建材等重点耗能行业和年耗能1万吨标准煤以上企业的节能工作', [[10000, undefined, '吨标准煤']]],
    // valid: a size with no noun it qualifies right after is none
    ['全市粮食总产量稳定在10亿斤以上。', []],
  ] as [string, unknown][])('%s', (s, want) => expect(valueRows(s).thresholds).toEqual(want));
});
