import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments } from './extract.js';
import { unitRows, valueTable } from './fixture-table.js';

// Round 213 (issue 9): 原则上 sets a rule as 须 does, a modal reaching over 且 to a span held, a bound in a bracket on a thing a support
// verb backs, 升 a measured unit, a thing's make or registration day, and 督导单位 a note's label.

describe('原则上 before a bound sets a requirement on the project, as 须 does (rule set in principle)', () => {
  it.each([
    // 山东省 (shandong-shandongsheng-jigaizijin.txt)
    ['项目总投资额原则上不低于5000万元,承担国家制造业重点产业链高质量发展行动的企业实施的技术改造项目以及省委、省政府确定的重大事项可适当降低标准,但项目总投资额不得低于500万元。', [], [['总投资额', 50000000, null, '元'], ['总投资额', 5000000, null, '元']]],
    // valid: a plan's investment goal stays a target (no rule word)
    ['到2025年,全市完成项目总投资额达到5000亿元。', [[500000000000, 'target']], []],
  ])('%s', (s, amounts, thresholds) => {
    const v = valueTable(s);
    expect(v.amounts).toEqual(amounts);
    expect(v.thresholds).toEqual(thresholds);
  });
});

describe('a span held, the modal reaching over 且 (span held after a modal)', () => {
  it.each([
    // 云南 昌宁 (yunnan-changning-feimeikuangshan.txt)
    ['确保“五职”矿长必须有主体专业大专以上学历且有10年以上矿山一线从业经历。', [[10, null, '年']]],
    // 内蒙古 form already read (须具备3年以上相关工作经验)
    ['申报人须具备3年以上相关工作经验。', [[3, null, '年']]],
  ])('%s', (s, want) => expect(valueTable(s).thresholds.map((t) => t.slice(1))).toEqual(want));
});

describe('a bound in a bracket right after the thing a support verb backs is a bar on it (bracketed bound on a supported thing)', () => {
  it.each([
    // 浙江省 (zhejiang-zhejiangsheng-xinxingchuneng.txt)
    ['与新型电力系统发展相适应,重点支持集中式较大规模(容量不低于5万千瓦)和分布式平台聚合(容量不低于1万千瓦)新型储能项目建设,为电力系统提供容量支持及调峰能力。', [['容量', 50000, null, '千瓦'], ['容量', 10000, null, '千瓦']]],
    // valid: a bracketed bound in a plan's goal, no support verb, stays no threshold
    ['到2025年,建成一批大型储能电站(单站容量不低于10万千瓦)。', []],
  ])('%s', (s, want) => expect(valueTable(s).thresholds).toEqual(want));
});

describe('升 measures a size class, as 吨 and 亩 do (litres as a unit)', () => {
  it.each([
    // 浙江 仙居 (zhejiang-xianju-qicheyijiuhuanxin2024.txt)
    ['对报废国三及以下排放标准的燃油乘用车并购买2.0升及以下排量燃油乘用车的,补贴7000元。', [[null, 2, '升']]],
    // valid: a rate rising 升至 is no litre
    ['不良贷款率由3%升至5%的,不予补贴。', []],
  ])('%s', (s, want) => expect(valueTable(s).thresholds.filter((t) => t[3] === '升').map((t) => t.slice(1))).toEqual(want));
});

describe('the day before which a thing was made or first registered bounds its age, no deadline (thing’s make or registration day)', () => {
  it.each([
    // 山西 长治 (shanxi-changzhi-guosanchaiyouhuoche.txt)
    ['自本通告发布之日起至2020年3月31日,对在我市车辆管理部门登记注册的2013年7月1日前出厂的重型、中型、轻型柴油货车进行淘汰。', [['至2020年3月31日', '2020-03-31']]],
    // 浙江 仙居 (zhejiang-xianju-qicheyijiuhuanxin2024.txt): a bracketed remark between; two registration days
    ['对个人消费者报废本人名下国三及以下排放标准燃油乘用车或2018年4月30日前(含当日,下同)注册登记的新能源乘用车给予一次性定额补贴。', []],
    ['其中国三及以下排放标准燃油乘用车是指在2011年6月30日前注册登记的汽油乘用车、2013年6月30日前注册登记的柴油乘用车和其他燃料类型乘用车。', []],
    // valid: a firm registered before a day is an applicant's act, a window (round 143)
    ['对在2024年1月1日前依法登记注册的企业给予奖励。', [['在2024年1月1日前', '2024-01-01']]],
  ])('%s', (s, want) => expect(valueTable(s, '2024-06-17').deadlines).toEqual(want));
});

describe('督导单位 labels a note’s bodies, as 督办单位 does (supervising unit label)', () => {
  it('乌海 (neimenggu-wuhai-shengtaikuangqu.txt)', () => {
    const text =
      '乌海市生态矿区专项治理工作方案\n二、重点任务\n1.强化非煤矿山整合及退出工作。一是压实属地政府责任,2025年11月底前完成整合工作。(责任单位:各区政府;督导单位:市自然资源局、市生态环境局、市应急管理局)\n';
    expect(unitRows(text)).toEqual([['各区政府', '市自然资源局', '市生态环境局', '市应急管理局']]);
  });
});

describe('items after a grant-standard heading on its line, each closed by ；, are its standards (standard items on the heading’s line)', () => {
  it('贵州 剑河 (guizhou-jianhe-youeryuangongyongjingfei.txt): every item, not the first only', () => {
    const text =
      '剑河县教育和科技局关于下达2019年幼儿园生均公用经费的通知\n各乡镇(街道)教育服务组、幼儿园(含民办幼儿园):\n根据县财政局文件精神,2019年幼儿园生均公用经费按照政府同意核定标准。一、公办幼儿园补助标准:(1)、城关幼儿园:50元/年·生;(2)、乡镇幼儿园:150元/年·生;(3)、村级幼儿园(教学点):200元/年·生。二、民办幼儿园补助标准:(1)、城关幼儿园:100元/年·生;(2)、乡镇幼儿园:200元/年·生;(3)、村级幼儿园(教学点):300元/年·生。\n';
    const sums = extractDocuments(documentsOfPlainText(text)).flat().flatMap((c) => c.amounts.map((a) => [a.yuan, a.role]));
    expect(sums).toEqual([[50, 'fixed'], [150, 'fixed'], [200, 'fixed'], [100, 'fixed'], [200, 'fixed'], [300, 'fixed']]);
  });
});

describe('the level a sum is raised from, its working in brackets before the verb, is none; the new level a target (raised from a worked level)', () => {
  it.each([
    // 山东 临沂 (shandong-linyi-gongjijinzufangtiqu2024.txt): 上调至, a bracket between the old level and the verb
    ['职工租住本市商品住房的,每户12个月房租提取限额由10368元(864元/月×12个月)上调至21600元(1800元/月×12个月),其他政策保持不变。', [[21600, 'target']]],
    // 广东 广州 (guangdong-guangzhou-gongjijindaikuan2002.txt): a ceiling raised from a level is the new level's target
    ['住房公积金个人住房抵押贷款最高额度从16万元提高到25万元。', [[250000, 'target']]],
    // 浙江 舟山 (zhejiang-zhoushan-gongjijindaikuan2013.txt), traditional characters
    ['符合其他條件申請住房公積金貸款購買自住住房的家庭,每個家庭住房公積金貸款最高額度由35萬元提高到40萬元。', [[400000, 'target']]],
    // valid: a ceiling raised with no level before it stays a cap (广东 东莞, guangdong-dongguan-kaituoshichang.txt)
    ['汽车出口企业形成实际贸易量的,最高支持金额提高至500万元。', [[5000000, 'cap']]],
  ])('%s', (s, want) => expect(valueTable(s).amounts).toEqual(want));
});

describe('a sum a higher level passed down, named with 的 before it and shared out, is a total (pool passed down)', () => {
  it.each([
    // 广东 汕头 (guangdong-shantou-tiexigongshi2020.txt)
    ['据此,我局拟对广东洛斯特制药有限公司等73家符合贴息条件的企业,对省下达的1382万元参照省贴息标准,按比例给予贷款贴息(具体见附表),现予以公示。', [[13820000, 'total']]],
    // 湖北 蔡甸 (hubei-caidian-jigaitiexi.txt), read so before
    ['市局已下達給我區省新增重點領域技術改造貸款貼息資金120萬元,對我區兩家企業在2023年3月至11月發生的技術改造貸款給予貼息補助。', [[1200000, 'total']]],
    // valid: a grant to each firm stays fixed
    ['对符合条件的企业,给予贷款贴息10万元。', [[100000, 'fixed']]],
  ])('%s', (s, want) => expect(valueTable(s).amounts).toEqual(want));
});

describe('deadlines of round 213 (span dated by 即 in its bracket, fund allotted after a comma, a budget classification’s year, the issuer’s past act, an effort named by what it cures)', () => {
  it.each([
    // 云南 石屏 (yunnan-shiping-puhuiyoueryuanrending.txt): 有效期三年(即…) is one time, the bracket's
    ['县教育体育局将对普惠性民办幼儿园实行动态管理,有效期三年(即2020年9月至2023年9月),三年后根据有关规定重新申报认定。', '2020-08-31', [['2020年9月至2023年9月', '2023-09']]],
    // 贵州 剑河 (guizhou-jianhe-youeryuangongyongjingfei.txt): a fund's year, the sum handed over after a comma
    ['现将2019年幼儿园生均公用经费106.55万元,下达给你们。', '2020-02-12', [['2019年', '2019']]],
    // …and a budget classification's year is none (round 107)
    ['请列入2020年政府收入分类“2050201普通教育”相关项。', '2020-02-12', []],
    // 湖北 蔡甸 (hubei-caidian-jigaitiexi.txt): a past month, the issuer's own act after the comma, is a record
    ['2023年12月,我局根據市經信局《關于開展省級新增重點領域技術改造貸款貼息項目申報工作的通知》要求,組織轄區工業企業申報省級技術改造貸款貼息項目。', '2024-05-08', []],
    // valid: a month ahead of the notice stays a limit
    ['2024年6月,我局将组织开展评审。', '2024-05-08', [['2024年6月', '2024-06']]],
    // 云南 昌宁 (yunnan-changning-feimeikuangshan.txt): 通过三年治本攻坚
    ['通过三年治本攻坚,昌宁县非煤矿山安全保障能力大幅提升。', '2025-08-29', [['三年', 'relative']]],
  ])('%s', (s, date, want) => expect(valueTable(s, date).deadlines).toEqual(want));
});
