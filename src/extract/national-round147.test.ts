import { describe, expect, it } from 'vitest';
import { deadlinePairs, unitRows, valueRows } from './fixture-table.js';

// Classes from round 147 of the national development set (issue 9).
// Sentences are real, from the dev notice named in the comment; "form" marks one written from the class.

describe('a second sum of one grant after a comma takes the grant word before the first (grant list)', () => {
  it.each([
    // 四川省 (sichuan-sichuansheng-caoyuanxumu.txt): a sum per item, then a sum per mu
    ['肥料购置补助:5万元/个,25元/亩;', [[50000, undefined, 'fixed'], [25, undefined, 'fixed']]],
    ['地面处理补助:2万元/个,10元/亩;', [[20000, undefined, 'fixed'], [10, undefined, 'fixed']]],
    // form: the grant word before the sum, no colon
    ['对新建标准化圈舍的给予补助1.6万元,200元/平方米。', [[16000, undefined, 'fixed'], [200, undefined, 'fixed']]],
    // valid: a price after a grant with words between is no money given
    ['对购买设备的给予补助5万元,电价0.6元/度。', [[50000, undefined, 'fixed']]],
  ] as [string, unknown][])('%s', (s, want) => expect(valueRows(s).amounts).toEqual(want));
});

describe('a voucher programme set up with its ceiling is a total, as one issued is (voucher total)', () => {
  it.each([
    // 东莞 (guangdong-dongguan-rengongzhineng.txt)
    ['设立最高5000万元算力券,对制造企业、软信企业、高校院所等通过人工智能算力服务平台租用市内外智算资源的,按不超过实际服务额50%给予每年最高100万元资助。', [[50000000, undefined, 'total'], [1000000, undefined, 'cap']]],
    // 珠海 (guangdong-zhuhai-rengongzhineng.txt): the older form, 总额 written
    ['设立总额最高5亿元的“算力券”,降低企业使用智能算力的成本', [[500000000, undefined, 'total']]],
  ] as [string, unknown][])('%s', (s, want) => expect(valueRows(s).amounts).toEqual(want));
});

describe('the span a grant runs, its verb bounded (连续支持不超过3年), is a deadline and no condition (grant span)', () => {
  it.each([
    // 大连 中山区 (liaoning-zhongshan-kejichuangxin.txt): the grant's total after the span had made it read as a condition
    ['对于新增的省级瞪羚企业、独角兽企业(种子独角兽、潜在独角兽)按照年度实际研发费用给予最高15%补助,连续支持不超过3年,补助总额最高分别为200万元和500万元。', [], [['连续支持不超过3年', 'relative']]],
    // form: a term word after the grant's verb
    ['给予贷款贴息,贴息期限不超过2年,贴息总额最高100万元。', [], [['不超过2年', 'relative']]],
    // valid: how long the firm has run stays a condition
    ['对连续经营3年以上的企业给予奖励。', [[3, undefined, '年']], []],
  ] as [string, unknown[], unknown[]][])('%s', (s, thr, dl) => {
    expect(valueRows(s).thresholds).toEqual(thr);
    expect(deadlinePairs(s, '2023-05-10')).toEqual(dl);
  });
});

describe('a call that names its round of grants by year (现就2023年…开展奖励工作) sets no deadline (round call)', () => {
  it.each([
    // 虹口 (shanghai-hongkou-gaoqijiangli2023.txt)
    ['根据《虹口区加快推进科技创新中心建设的意见》(虹发改规〔2021〕5号)精神,为鼓励区内高新技术企业的发展壮大,现就2023年高新技术企业开展奖励工作,有关申报事项通知如下:', []],
    // 相城 (jiangsu-xiangcheng-shangwuzijin.txt): the round's payout
    ['现就2021年度相城区商务发展专项资金兑现有关事项通知如下:', []],
    // valid: a date the call sets stays one
    ['请于2023年11月21日前报送至区科委。', [['于2023年11月21日前', '2023-11-21']]],
  ] as [string, unknown][])('%s', (s, want) => expect(deadlinePairs(s, '2023-11-01')).toEqual(want));
});

describe('a bandwidth bounded in G or bps is a quantity of its own (data unit)', () => {
  it.each([
    // 河南省 (henan-henansheng-xinjijian.txt)
    ['郑州国家级互联网骨干直联点互联带宽年扩容300G以上的,分别给予各互联单位一次性奖励200万元。', [[300, undefined, 'G']]],
    // form
    ['对出口带宽达到100Gbps以上的数据中心给予一次性奖励', [[100, undefined, 'Gbps']]],
    // valid: a network's generation is no quantity; compute hours given are no condition (武汉, hubei-wuhan-opc.txt)
    ['新建5G基站1000个', []],
    ['每年为每家OPC提供不少于2000卡时的免费算力支持。', []],
  ] as [string, unknown][])('%s', (s, want) => expect(valueRows(s).thresholds).toEqual(want));
});

describe('a bound in brackets on the thing a support verb backs is a bar on it (supported thing)', () => {
  it.each([
    // 四川省 (sichuan-sichuansheng-caoyuanxumu.txt)
    ['重点支持联户、专业合作组织等开展草场(集中连片2000亩以上)围栏封育、地面处理、施肥及购置牧草机具,实现规模化、设施化、标准化、规范化生产经营与管理', [[2000, undefined, '亩']]],
    // 温州 (zhejiang-wenzhou-xiangcunzhenxing.txt): a grant after the bracket, as before
    ['对专营店(30平方米以上)连续两年每年分别补助10万元', [[30, undefined, '平方米']]],
    // valid: a size in brackets with no bound word is no bar (四川省: 牲畜暖棚(80平方米/户))
    ['重点支持甘孜、阿坝州和木里县牧户建设牲畜暖棚(80平方米/户)', []],
  ] as [string, unknown][])('%s', (s, want) => expect(valueRows(s).thresholds).toEqual(want));
});

describe('places acting as a group (各地区要…) under a note naming their governments are the note\'s body (local governments)', () => {
  it.each([
    // 内蒙古 (neimenggu-zizhiqu-jiechuxingfuwuye.txt), traditional characters
    ['一、精準實施疫情防控\n(一)各地區要壓實屬地主體責任,及時科學研判,有序調整防控措施,不得層層加碼。(自治區新冠肺炎疫情防控指揮部,各盟行政公署、市人民政府)\n', [['自治區新冠肺炎疫情防控指揮部', '各盟行政公署、市人民政府']]],
    // 广东省 (guangdong-guangdongsheng-chengshixiaofei.txt, folded to simplified): 各地 under 各地级以上市人民政府, as before
    ['一、稳定市场主体\n(一)各地要鼓励品牌经营店铺转为企业法人,企业所在市有条件的,可给予一定支持。(各地级以上市人民政府,省国资委按职责分工负责)\n', [['各地级以上市人民政府', '省国资委']]],
    // valid: a group the note does not name by its governments stays a unit
    ['一、稳定市场主体\n(一)各地区要落实属地责任,做好企业帮扶。(省商务厅、省财政厅)\n', [['各地区', '省商务厅', '省财政厅']]],
  ] as [string, string[][]][])('%s', (s, want) => expect(unitRows(s)).toEqual(want));
});
