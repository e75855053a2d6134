import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';
import { taskLabels } from './units.js';

// Classes from round 110 of the national development set (issue 9). Sentences are real, from the dev notice named in the comment;
// "form" marks one written from the class.

describe('a level moved by 调整为 from the level before it: the old level no value, the new one a target (adjusted from-to)', () => {
  const amounts = (sentence: string, date = '2011-08-30') => extractValues(sentence, date).amounts.map((a) => [a.yuan, a.role]);
  it.each([
    // 锦州 (liaoning-jinzhou-zuidigongzi.txt)
    ['1、古塔区、凌河区、太和区、锦州经济技术开发区、松山新区由750元调整为900元;', [[900, 'target']]],
    ['2、凌海市、北镇市、黑山县、义县由6元调整为7.5元。', [[7.5, 'target']]],
    // 沈阳 (liaoning-shenyang-zuidigongzi.txt)
    ['(二)新民区、辽中区、法库县、康平县由900元调整为1050元。', [[1050, 'target']]],
    // 上海市 (shanghai-shanghaishi-nonghunzhiqing.txt): the level's measure between 从 and the sum
    ['一、农婚知青生活困难补助标准自2019年7月1日起,从原来每人每月820元调整为每人每月900元。', [[900, 'target']]],
    // 临江 (jilin-linjiang-dibaotekun.txt): an average per head and period after 调整到 (sixty-eighth session)
    ['城市最低生活保障标准由月人均550元调整到月人均560元;', [[560, 'target']]],
    // form: lowered, 上调至
    ['非全日制用工小时最低工资标准由12元上调至13.5元。', [[13.5, 'target']]],
    // form: a price set with no level before it stays a standard
    ['污水处理费征收标准调整为1.2元/吨。', [[1.2, 'fixed']]],
  ])('%s', (sentence, want) => {
    expect(amounts(sentence)).toEqual(want);
  });
  it('孟津 (henan-mengjin-xianjiezijin.txt): a fund’s size changed keeps both sums (money moved, no level set)', () => {
    const s = '2022年,孟津区根据项目实施情况,对第一批批复的道路建设项目资金规模进行调整,由598.73万元调整为559.5万元,收回39.23万元';
    expect(extractValues(s, '2022-05-01').amounts.map((a) => a.yuan)).toEqual([5987300, 5595000, 392300]);
  });
});

describe('a standard raised with its measure between 由 and the sum (年人均不低于, 月人均): the old level no value (raised from, measured)', () => {
  const amounts = (sentence: string) => extractValues(sentence, '2008-12-01').amounts.map((a) => [a.yuan, a.role]);
  it.each([
    // 济南 (shandong-jinan-dibaobiaozhun.txt)
    ['一、城市居民最低生活保障标准,历下、市中、槐荫、天桥、历城5区由月人均300元提高到330元;长清区由月人均260元提高到300元。', [[330, 'target'], [300, 'target']]],
    ['二、农村居民最低生活保障标准,由年人均不低于1080元提高到1200元;', [[1200, 'target']]],
    ['农村五保供养标准,集中供养标准由每人每年不低于2600元提高到2700元,分散供养标准由每人每年不低于1600元提高到1700元。', [[2700, 'target'], [1700, 'target']]],
  ])('%s', (sentence, want) => {
    expect(amounts(sentence)).toEqual(want);
  });
});

describe('task labels after the lead-in that opens their list, and a first body named by its place (task labels, led in)', () => {
  it.each([
    // 河南省 (henan-henansheng-mubiaokaoping.txt)
    ['具体分工是,省统计局:纳入考评范围的各项统计指标;省发展改革委:省重点建设项目按计划完成情况;', [['省统计局'], ['省发展改革委']]],
    ['省商务厅:实际利用外资额、引进省外资金额;郑州海关:对外贸易出口总额;省旅游局:旅游目标;', [['省商务厅'], ['郑州海关'], ['省旅游局']]],
    // form: 分工如下 with a full-width colon
    ['具体分工如下：市税务局：做好减税降费政策落实。', [['市税务局']]],
  ] as [string, string[][]][])('%s', (para, units) => {
    expect(taskLabels(para).map((n) => n.units.map((u) => u.name))).toEqual(units);
  });
  it.each([
    // forms: a field, a contact, a lead-in of another kind are no labels
    '申报条件:注册在本市的企业。',
    '联系单位:市工信局,电话:1234567。',
    '工作要求:各部门要高度重视。',
  ])('%s', (para) => expect(taskLabels(para)).toEqual([]));
});

describe('a year naming the long-range objectives of a plan, outside its title’s marks, is no deadline (named long-range objectives)', () => {
  const deadlines = (sentence: string) => extractValues(sentence, '2022-10-10').deadlines.map((d) => d.raw);
  it.each([
    // 怒江 (yunnan-nujiang-yiwujiaoyu.txt)
    ['1.加强统筹谋划。结合“十四五”规划和2035年远景目标,各县市要将义务教育优质均衡发展作为提高教育公共服务供给水平的重要举措,纳入经济社会发展统筹谋划。', []],
    // forms: a year reached by 到 stays a deadline
    ['到2035年,基本实现社会主义现代化远景目标。', ['到2035年']],
    ['到2035年远景目标全面实现。', ['到2035年']],
  ])('%s', (sentence, want) => {
    expect(deadlines(sentence)).toEqual(want);
  });
});
