import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments, extractValues } from './extract.js';

// Round 75 classes (sixteenth session), from eight dev notices labelled blind and scored before any rule for them.
const clauses = (text: string) =>
  extractDocuments(documentsOfPlainText(text))
    .flat()
    .map((c) => [c.text, c.units]);

describe('an item’s first sentence of more than 30 characters is a measure, not its heading (long first sentence)', () => {
  it.each([
    // 广元 (sichuan-guangyuan-zhizaoye.txt): an item with no title phrase, its note after three sentences
    [
      '一、加快产业集群培育\n(二)引导各类专项资金优先支持铝基材料、绿色家居等重点产业集群培育和县域主导产业发展。对招引、新建支撑产业集群的龙头企业给予奖补。(责任单位:市经济和信息化局、市财政局)\n',
      [
        ['引导各类专项资金优先支持铝基材料、绿色家居等重点产业集群培育和县域主导产业发展。', ['市经济和信息化局', '市财政局']],
        ['对招引、新建支撑产业集群的龙头企业给予奖补。', ['市经济和信息化局', '市财政局']],
      ],
    ],
    // 钢城 (shandong-gangcheng-fangguanfu.txt)
    [
      '1.及时承接落实国务院和省、市政府取消、下放和改变管理方式的行政权力事项。做好承接工作。(责任单位:区政府办公室)\n',
      [
        ['及时承接落实国务院和省、市政府取消、下放和改变管理方式的行政权力事项。', ['区政府办公室']],
        ['做好承接工作。', ['区政府办公室']],
      ],
    ],
    // a short title phrase stays the heading (30 characters or fewer)
    [
      '(一)加大对新建入规工业企业激励力度。在市级工业发展资金中安排100万元。(责任单位:市经济和信息化局)\n',
      [['在市级工业发展资金中安排100万元。', ['市经济和信息化局']]],
    ],
  ] as [string, [string, string[]][]][])('%s', (text, want) => expect(clauses(text)).toEqual(want));
});

describe('a band written with its lower bound word before the figure and its upper word before the second (over-under band)', () => {
  const th = (s: string) => extractValues(s).thresholds.map((t) => [t.min, t.max]);
  it.each([
    // 雅安 (sichuan-yaan-wenchanmanchan.txt): 激励 with its figure is the grant that makes the band a condition
    ['在市级工业发展资金中安排100万元,对2020年新建入规的工业企业激励5万元,当年工业总产值超过1亿元不足5亿元的追加激励2万元、5亿元及以上的追加激励5万元。', [[100000000, 500000000], [500000000, undefined]]],
    ['对营业收入超过1000万元不足5000万元的企业给予10万元奖励。', [[10000000, 50000000]]],
    ['对营业收入超过1000万元、低于5000万元的企业给予10万元奖励。', [[10000000, 50000000]]],
    // (a second figure that is no bound: two conditions)
    ['对营业收入超过1000万元、研发投入超过100万元的企业给予10万元奖励。', [[10000000, undefined], [1000000, undefined]]],
  ] as [string, (number | undefined)[][]][])('%s', (s, want) => expect(th(s)).toEqual(want));
  it('the band’s figures are no target amounts', () => {
    const v = extractValues('当年工业总产值超过1亿元不足5亿元的追加激励2万元。');
    expect(v.amounts.map((a) => [a.yuan, a.role])).toEqual([[20000, 'fixed']]);
  });
});

describe('deadlines of round 75’s notices (grant span before the grant, listed payout months, a purchase window)', () => {
  const d = (s: string) => extractValues(s).deadlines.map((x) => [x.raw, x.date ?? x.kind]);
  it.each([
    // a grant's span written before the grant with 的: 福田 (guangdong-futian-zhaoshangyinzi.txt), 海南 (hainan-hainansheng-hulianwang.txt)
    ['按条件给予不超过3年的租金支持,最高1000万元/年,累计不超过3000万元,享受租赁支持期间不得转租。', [['不超过3年', 'relative']]],
    ['在规划园区内工作的,给予面积不超过50平方米的3年全额租房补贴。', [['3年', 'relative']]],
    ['给予最长不超过3年的租金补贴。', [['最长不超过3年', 'relative']]],
    // (a term of a thing; a loan's term: 费县 shandong-feixian-zhengceqingdan.txt)
    ['给予50年的土地出让年限。', []],
    ['由政策性银行和商业银行择优给予不超过20年的中长期贷款支持。', []],
    // 雅安: calendar months listed after 分 are no span; 分5天, 分3年 stay spans
    ['入规激励资金分7月、次年1月两次集中兑现,并按市级工业发展资金确定的分担原则执行。', []],
    ['本次消费券共分5天发放。', [['分5天', 'relative']]],
    // 宁夏, 山西省: equipment bought in a year, a tax relief after it
    ['中小微企业2022年度内新购置的单位价值500万元以上的设备器具,折旧年限为3年的可选择一次性税前扣除', [['2022年度内', '2022']]],
  ] as [string, string[][]][])('%s', (s, want) => expect(d(s)).toEqual(want));
});

describe('a cap per a measure in the phrase after the grant is money given (capped per measure)', () => {
  const a = (s: string) => extractValues(s).amounts.map((x) => [x.yuan, x.role]);
  it.each([
    // 福田 (guangdong-futian-zhaoshangyinzi.txt): a table's merged sub-row
    ['市、区的重点建设项目|按条件给予特装支持,最高5000元/平方米。', [[5000, 'cap']]],
    ['对重点项目按条件给予装修补贴,最高500元/平方米。', [[500, 'cap']]],
    // (a price's cap with no grant: none)
    ['工业用地价格最高不超过60万元/亩。', []],
  ] as [string, (number | string)[][]][])('%s', (s, want) => expect(a(s)).toEqual(want));
});

describe('a quarter opening a named reward policy is no period (quarter names a policy)', () => {
  const d = (s: string) => extractValues(s).deadlines.map((x) => x.raw);
  it.each([
    // 信阳 (henan-xinyang-manfuhe.txt)
    ['全市工信系统深入企业一线,广泛宣传一季度规上工业企业满负荷生产奖励政策,指导企业合理安排生产。', []],
    ['全市108家企业符合一季度满负荷生产奖励条件,共获得奖励资金1650万元。', []],
    ['各县区要认真落实二季度稳增长奖补办法。', []],
    // (a quarter a task falls in stays one)
    ['2024年一季度完成项目签约,二季度开工建设。', ['2024年一季度', '二季度']],
  ] as [string, string[]][])('%s', (s, want) => expect(d(s)).toEqual(want));
});

describe('以内 after a figure bounds it from above as 以下 does (within bound)', () => {
  const v = (s: string) => {
    const x = extractValues(s);
    return [x.thresholds.map((t) => [t.min, t.max]), x.amounts.map((a) => [a.yuan, a.role])];
  };
  it.each([
    // 德州运河 (shandong-dezhouyunhe-xiaofeiji.txt)
    ['4-6月份,对区内汽车销售企业销售售价10万元以内(含10万元)的车辆,每辆车奖励购车者500元加油卡;', [[[undefined, 100000]], [[500, 'fixed']]]],
    ['对年营业收入2000万元以内的企业给予5万元补助。', [[[undefined, 20000000]], [[50000, 'fixed']]]],
    // (a grant's own bound stays a cap)
    ['给予10万元以内的补助。', [[], [[100000, 'cap']]]],
    ['单个项目补助控制在50万元以内。', [[], [[500000, 'cap']]]],
  ] as [string, unknown][])('%s', (s, want) => expect(v(s)).toEqual(want));
});

describe('a bracket right after a threshold that refines it is a condition too (bracketed sub-condition)', () => {
  const v = (s: string) => {
    const x = extractValues(s);
    return [x.thresholds.map((t) => [t.min, t.max]), x.amounts.map((a) => [a.yuan, a.role])];
  };
  it.each([
    // 花都 (guangdong-huadu-jigaijiangli.txt): money written without 元 in the bracket
    ['项目总投资额须在500万元以上(计划设备投资额不低于500万)且通过银行固定资产贷款审批。', [[[5000000, undefined], [5000000, undefined]], []]],
    ['对项目总投资1000万元以上(其中设备投资不低于500万元)的企业,给予奖励。', [[[10000000, undefined], [5000000, undefined]], []]],
    // (a mark in the bracket is no second condition)
    ['对营业收入1亿元以上(含1亿元)的企业给予奖励。', [[[100000000, undefined]], []]],
  ] as [string, unknown][])('%s', (s, want) => expect(v(s)).toEqual(want));
});
