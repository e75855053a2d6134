import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';
import { valueRows } from './fixture-table.js';

// Round 194 (issue 9): classes that new notices (relief for small firms, land-use rules, allotments, handling offices) carried.
const deadlines = (text: string, day = '2022-12-01') => extractValues(text, day).deadlines.map((d) => [d.raw, d.date ?? d.kind]);
const unitsOf = (text: string) => extractDocument(documentsOfPlainText(text)[0]).filter((c) => c.units.length).map((c) => c.units);

describe('relief spans: the relief an added one builds on, and a fee waived after the things it is waived for (relief span forms)', () => {
  it.each([
    // 博乐 (xinjiang-bole-zhuqishukun.txt)
    ['其他区域在原有减免3个月的基础上再减免1个月租金。', [['3个月', 'relative'], ['1个月', 'relative']]],
    // 木垒 (xinjiang-mulei-huiminzhuqi.txt)
    ['免收门店、商超、市场、商业综合体2个月垃圾清运费。', [['2个月', 'relative']]],
    ['对高层次人才、高管人才分别免4年、3年房租', [['4年', 'relative'], ['3年', 'relative']]],
  ])('%s', (s, want) => expect(deadlines(s)).toEqual(want));
});

describe('the years whose progress an allotment is measured by are no limit (years of progress measured)', () => {
  it('杭州 (zhejiang-hangzhou-jiazhuangdianti.txt): the allotment\'s own year stays', () =>
    expect(deadlines('按照各区2022年、2023年项目完成情况,经市住保房管局审核确认,现将2023年既有住宅加装电梯与管线迁移财政补助资金(第二批)2700万元下达给你们', '2023-06-14')).toEqual([['2023年', '2023']]));
});

describe('a bound on a measured quantity stated as a rule (原则上) is a requirement (in-principle bounds)', () => {
  it.each([
    // 海盐 (zhejiang-haiyan-youjigengxin.txt)
    ['工业主平台单个区块连片改造面积原则上不少于100亩,其他平台原则上不少于50亩。', [[100, undefined, '亩'], [50, undefined, '亩']]],
    ['原则上实施改造宗地面积不少于10亩,改造后容积率不低于1.5。', [[10, undefined, '亩']]],
  ])('%s', (s, want) => expect(valueRows(s).thresholds).toEqual(want));
  it.each([
    ['a count that plans how work is shared (姚安)', '承担单环节项目任务的服务主体原则上不少于3家。'],
    ['the quantity a grant counts (长春新区)', '补贴面积原则上最高不超过500㎡(含)。'],
    ['a quota of what is picked', '原则上每年安排不超过10个项目'],
    ['a span, read as a limit', '跨年度项目允许隔年申报,原则上不超过2年'],
    ['days of a procedure (朝阳)', '入库时间应早于注册登记的时间,原则上不少于20个工作日。'],
  ])('invalid: %s', (_n, s) => expect(valueRows(s).thresholds).toEqual([]));
});

describe('a handling office with its telephone is an item\'s unit, the number no part of it; a bank written 农商行 is a body (handling office notes)', () => {
  it('木垒 (xinjiang-mulei-huiminzhuqi.txt)', () =>
    expect(unitsOf('01、对低保户、特困人员采取发放1000元/户采暖补贴(或暖心煤)。(办理单位:县民政局;电话:13709944271)\n02、对困难群众减免2个月物业费。(办理单位:县住建局;电话:0994-4826186)')).toEqual([['县民政局'], ['县住建局']]));
  it('武汉 (hubei-wuhan-fugongfuchan2020.txt)', () =>
    expect(unitsOf('(一)建立纾困专项资金。筹措建立首期200亿元纾困专项资金。(牵头单位:市发改委;责任单位:汉口银行、武汉农商行、市金控集团)')[0]).toEqual(['市发改委', '汉口银行', '武汉农商行', '市金控集团']));
});
