import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';
import { expectGrounded, type Expected } from './fixture-table.js';
import type { Threshold } from '../types.js';

const cases: { text: string; thresholds: Expected<Threshold>[]; amounts?: number[] }[] = [
  { text: '对建立研发准备金制度，且申报研发费用在 100 万元（含）以上、1000 万元以下的企业，由区级财政给予补助', thresholds: [{ raw: '100 万元（含）以上、1000 万元以下', metric: '研发费用', min: 1000000, max: 10000000, minInclusive: true, maxInclusive: false, unit: '元' }], amounts: [] },
  { text: '对申报研发费用达到 1000 万元及以上的企业，由市级专项资金进行补助。', thresholds: [{ raw: '1000 万元及以上', metric: '研发费用', min: 10000000, minInclusive: true }], amounts: [] },
  { text: '对固定资产投资额5亿元及以上的制造业投资项目，企业可申请在3—5年内就近预留一定空间的工业用地', thresholds: [{ raw: '5亿元及以上', metric: '固定资产投资额', min: 500000000 }], amounts: [] },
  { text: '对用电到户单价超过1元/度的企业提供“一户一策”上门指导服务', thresholds: [{ raw: '1元/度', metric: '用电到户单价', min: 1, minInclusive: false, unit: '元/度' }], amounts: [] },
  {
    text: '认定次年产品销售收入达 1000 万元、3000 万元、5000 万元，一次性分别补助 10 万元、30 万元、50万元。',
    thresholds: [
      { raw: '1000 万元', metric: '产品销售收入', min: 10000000 },
      { raw: '3000 万元', min: 30000000 },
      { raw: '5000 万元', min: 50000000 },
    ],
    amounts: [100000, 300000, 500000],
  },
  { text: '企业上一年度产值达到1亿元，且连续两年产值增速为正增长', thresholds: [{ raw: '1亿元', min: 100000000 }], amounts: [] },
  // A target is not a threshold; a cap is not a threshold.
  { text: '规模以上工业总产值达到350亿元', thresholds: [], amounts: [35000000000] },
  { text: '单个企业最高不超过300万元', thresholds: [], amounts: [3000000] },
];

describe('thresholds', () => {
  for (const c of cases) {
    it(c.text.slice(0, 40), () => {
      const v = extractValues(c.text);
      expectGrounded(c.text, v.thresholds, c.thresholds, ['metric', 'min', 'max', 'minInclusive', 'maxInclusive', 'unit']);
      if (c.amounts) expect(v.amounts.map((a) => a.yuan)).toEqual(c.amounts);
    });
  }
});

// Forms common in other provinces' notices.
describe('thresholds: other phrasings', () => {
  it('年主营业务收入首次突破1亿元、5亿元、10亿元的企业，分别给予…', () => {
    const text = '对年主营业务收入首次突破1亿元、5亿元、10亿元的企业，分别给予一次性奖励10万元、30万元、50万元。';
    const v = extractValues(text);
    expect(v.thresholds.map((t) => [t.min, t.minInclusive])).toEqual([[100000000, false], [500000000, false], [1000000000, false]]);
    expect(v.amounts.map((a) => [a.yuan, a.role, a.per])).toEqual([[100000, 'fixed', 'once'], [300000, 'fixed', 'once'], [500000, 'fixed', 'once']]);
  });
  it('第六条 企业年度研发费用支出在500万元以上的… (an article of a 办法)', () => {
    const v = extractValues('第六条 企业年度研发费用支出在500万元以上的，按其年度研发费用增量部分的10%给予补助，最高不超过300万元。');
    expect(v.thresholds.map((t) => [t.metric, t.min])).toEqual([['研发费用支出', 5000000]]);
    expect(v.rates.map((r) => r.base)).toEqual(['年度研发费用增量部分']);
  });
  it('年度营业收入首次达到5000万元以上的企业', () => {
    expect(extractValues('对年度营业收入首次达到5000万元以上的企业，给予20万元奖励。').thresholds.map((t) => [t.metric, t.min])).toEqual([['营业收入', 50000000]]);
  });
  it('单个项目投资额不低于500万元的，按…给予补助', () => {
    const v = extractValues('单个项目设备投资额不低于500万元的，按设备投资额的10%给予补助，最高不超过200万元。');
    expect(v.thresholds.map((t) => [t.metric, t.min])).toEqual([['单个项目设备投资额', 5000000]]);
    expect(v.amounts.map((a) => [a.yuan, a.role])).toEqual([[2000000, 'cap']]);
    expect(v.rates.map((r) => [r.value, r.role, r.base])).toEqual([[0.1, 'fixed', '设备投资额']]);
  });
});

// Classes of threshold misses on the national development set (eval/national/dev), each in its general form:
// every bound word, （含）/(含)/（不含）on either side, full- and half-width, traditional characters.
// Real sentences: the dev file in the comment, or a public page (address in the comment, a short excerpt).
type T = [min: number | undefined, max: number | undefined, unit: string];
const rows = (list: [text: string, thresholds: T[], rest?: { amounts?: number[]; rates?: number[] }][]) =>
  it.each(list)('%s', (text, want, rest) => {
    const v = extractValues(text);
    expect(v.thresholds.map((t) => [t.min, t.max, t.unit])).toEqual(want);
    for (const t of v.thresholds) expect(text.slice(t.start, t.end)).toBe(t.raw);
    if (rest?.amounts) expect(v.amounts.map((a) => a.yuan)).toEqual(rest.amounts);
    if (rest?.rates) expect(v.rates.map((r) => r.value)).toEqual(rest.rates);
  });

describe('thresholds: a size class of counted things, also in a target sentence and without 元', () => {
  rows([
    // 湖北 仙桃市
    ['力争到2025年底全市规上工业企业达700家,主板上市企业2-3家,营收超百亿企业不少于2家,重点打造产值超千亿元制造产业集群1个', [[10000000000, undefined, '元'], [100000000000, undefined, '元']], { amounts: [] }],
    ['營收超百億企業不少於2家', [[10000000000, undefined, '元']], { amounts: [] }],
    ['营业收入超100亿元企业达到5家', [[10000000000, undefined, '元']], { amounts: [] }],
    ['引进超10亿元优质产业项目15个以上、链主企业3户以上', [[1000000000, undefined, '元']], { amounts: [] }], // 云南 楚雄州
    // http://aiwsw.com/portal.php?aid=123133&mod=view (湖北省 中小企业特色产业集群 方案, as quoted there)
    ['年营业收入超1000亿元的2个,超500亿元的5个、超300亿元的20个、超100亿元的50个', [[100000000000, undefined, '元'], [50000000000, undefined, '元'], [30000000000, undefined, '元'], [10000000000, undefined, '元']], { amounts: [] }],
    // Without a bound word a size is nothing; a total set as a goal is a target amount.
    ['培育3个千亿产业集群', [], { amounts: [] }],
    ['打造五百亿规模的产业基地', [], { amounts: [] }],
    ['项目个数超400个,项目总投资超千亿', [], { amounts: [100000000000] }], // 浙江 温岭市
  ]);
});

describe('thresholds: steps, in money and in percentage points', () => {
  rows([
    ['年度营收达到100亿元后,每跨越一个百亿台阶再给予100万元奖励', [[10000000000, undefined, '元'], [10000000000, undefined, '元']], { amounts: [1000000] }], // 四川 双流区
    ['工业企业年主营业务收入超100亿元后,每上一个100亿元台阶,给予100万元奖励', [[10000000000, undefined, '元'], [10000000000, undefined, '元']], { amounts: [1000000] }], // 河南 郑州市
    ['每迈上一个千亿台阶给予奖励', [[100000000000, undefined, '元']]],
    // https://chacewang.com/newsdetail/news748437.html
    ['并按照产值每新增1000万元奖励2万元的标准给予增量奖励', [[10000000, undefined, '元']], { amounts: [20000] }],
    ['在此基础上,增速每增加一个百分点追加0.5万元奖励', [[0.01, undefined, '%']], { amounts: [5000], rates: [] }], // 四川 双流区
    ['产值每增长1%,再给予1万元奖励', [[0.01, undefined, '%']], { amounts: [10000], rates: [] }],
    // The percentage points a reward adds are a rate, not a step.
    ['每提前一个月投产增加0.5个百分点', [], { rates: [0.005] }],
  ]);
});

describe('thresholds: a percentage an applicant must meet, with every bound', () => {
  rows([
    ['采取分期付款方式购买厂房的,首付50%即可先期办理产权证。', [[0.5, undefined, '%']], { rates: [] }], // 内蒙古 兴安盟
    ['首付比例不低于30%即可办理', [[0.3, undefined, '%']], { rates: [] }],
    ['首付30%以上方可办理', [[0.3, undefined, '%']], { rates: [] }],
    ['研发投入占比3%至5%的企业', [[0.03, 0.05, '%']], { rates: [] }], // ANNOTATION.md's example
    ['研发投入占比3%―5%的企业', [[0.03, 0.05, '%']], { rates: [] }],
    ['资产负债率低于70%的企业', [[undefined, 0.7, '%']], { rates: [] }],
    ['资产负债率小于等于70%的企业', [[undefined, 0.7, '%']], { rates: [] }],
    ['营业收入同比增长15%以上（含15%）的企业', [[0.15, undefined, '%']], { rates: [] }],
    ['营业收入同比增长15％以上的企业', [[0.15, undefined, '%']], { rates: [] }],
    // http://sme.dyyseo.com/hai-cang-qu-2020-nian-shi-xian-kua-yue-fa-zhan-jiang-li (厦门 海沧区)
    ['对企业2019年工业产值在1亿元(含)以上、5亿元(不含)以下,2020年工业产值同比增长达到40%(含)以上的予以奖励', [[100000000, 500000000, '元'], [0.4, undefined, '%']], { rates: [] }],
    // A rate paid stays a rate.
    ['按设备投资额的30%给予补助', [], { rates: [0.3] }],
  ]);
});

describe('thresholds: money bounds in all their forms', () => {
  rows([
    ['研发费用在100万元(含)以上、1000万元以下的企业', [[1000000, 10000000, '元']]],
    ['研发费用在100万元（含）以上、1000万元（含）以下的企业', [[1000000, 10000000, '元']]],
    ['固定资产投资1亿元以上（含1亿元）的项目', [[100000000, undefined, '元']], { amounts: [] }],
    ['年产值500万元以下（含）的企业', [[undefined, 5000000, '元']]],
    ['年产值500万元以下（不含）的企业', [[undefined, 5000000, '元']]],
    ['年产值500万元（含本数）以上的企业', [[5000000, undefined, '元']], { amounts: [] }],
    ['年营业收入500万元至2000万元（含）的企业', [[5000000, 20000000, '元']]],
    ['年营收在500万元—2000万元之间的企业', [[5000000, 20000000, '元']]],
    ['年度营收在3000万元（含本数）—1亿元的企业', [[30000000, 100000000, '元']]],
    ['年产值≥500万元的企业', [[5000000, undefined, '元']], { amounts: [] }],
    ['年产值大于等于500万元的企业', [[5000000, undefined, '元']], { amounts: [] }],
    ['年產值500萬元以上的企業', [[5000000, undefined, '元']]],
    ['年产值５００万元以上的企业', [[5000000, undefined, '元']]],
    ['年营收不超过2000万元的企业', [[undefined, 20000000, '元']], { amounts: [] }],
    ['年营收低于2000万元的小微企业', [[undefined, 20000000, '元']], { amounts: [] }],
    // A cap on the money given is no condition.
    ['单个企业最高不超过300万元', [], { amounts: [3000000] }],
  ]);
  it('inclusive or not as the marks say', () => {
    const f = (t: string) => extractValues(t).thresholds.map((x) => [x.minInclusive, x.maxInclusive]);
    expect(f('对企业2019年工业产值在1亿元(含)以上、5亿元(不含)以下')).toEqual([[true, false]]);
    expect(f('年产值500万元以下（含）的企业')).toEqual([[undefined, true]]);
    expect(f('年产值500万元以下（不含）的企业')).toEqual([[undefined, false]]);
    expect(f('年产值超过500万元的企业')).toEqual([[false, undefined]]);
    expect(f('年营收不超过2000万元的企业')).toEqual([[undefined, true]]);
  });
});

describe('thresholds: quantities that are not money (months, people, mu)', () => {
  rows([
    // 湖北 天门市
    ['工伤保险基金累计结存可支付月数在18(含)至23个月时,基准费率下调20%', [[18, 23, '个月']], { rates: [0.2] }],
    ['累计结存可支付月数在24个月(含)时,基准费率下调50%', [[24, undefined, '个月']], { rates: [0.5] }],
    ['可支付月数在18（含）至23个月时', [[18, 23, '个月']]],
    ['可支付月数在24个月（含）时', [[24, undefined, '个月']]],
    ['结余可支付月数在24个月以上的统筹地区', [[24, undefined, '个月']]],
    ['对职工人数达到100人以上的企业给予奖励', [[100, undefined, '人']]],
    ['从业人员不少于50人的企业', [[50, undefined, '人']]],
    ['占地面积低于10亩的项目', [[undefined, 10, '亩']]],
    ['员工人数在100-300人的企业', [[100, 300, '人']]],
    ['员工人数在100～300人的企业', [[100, 300, '人']]],
    ['员工人数在100〜300人的企业', [[100, 300, '人']]],
    // Not conditions: a calendar year, a period, a count of things set as a goal, a bare 在…时.
    ['在2023年的基础上', []],
    ['企业可申请在3—5年内就近预留一定空间的工业用地', []],
    ['力争每年引导15家以上工业企业“上云”', []],
    ['在24个月时', []],
  ]);
});

describe('a metric between two bounds written as signs', () => {
  it.each([
    ['5000万元≤投资额<1亿元的项目，补助10%', ['投资额', 50000000, true, 100000000, false]],
    ['对1亿元＜年营业收入≤5亿元的企业，奖励20万元', ['年营业收入', 100000000, false, 500000000, true]],
  ])('%s', (text, want) => {
    const v = extractValues(text);
    expect(v.thresholds.map((t) => [t.metric, t.min, t.minInclusive, t.max, t.maxInclusive])).toEqual([want]);
    expect(v.amounts.map((a) => a.yuan)).not.toContain(want[1]);
  });
});

describe('an award floor is money given, not a condition (ANNOTATION: 给予30万元及以上资助)', () => {
  it.each([
    ['给予每家企业20万元及以上奖励', [[200000, 'fixed']]],
    ['给予最高可达500万元的支持', [[5000000, 'cap']]],
    ['给予30万元及以上资助', [[300000, 'fixed']]],
  ])('%s', (text, amounts) => {
    const v = extractValues(text);
    expect(v.thresholds).toEqual([]);
    expect(v.amounts.map((a) => [a.yuan, a.role])).toEqual(amounts);
  });
  it('a measure of the applicant after the grant word is still a condition', () => {
    const v = extractValues('给予年营业收入1亿元以上的企业10万元奖励');
    expect(v.thresholds.map((t) => [t.metric, t.min])).toEqual([['年营业收入', 100000000]]);
    expect(v.amounts.map((a) => a.yuan)).toEqual([100000]);
  });
});

describe('percentage conditions in more shapes', () => {
  it.each([
    ['对增速在10%（含）至20%之间的企业，奖励5万元', ['增速', 0.1, 0.2]],
    ['对10%≤增速<20%的企业，奖励5万元', ['增速', 0.1, 0.2]],
    ['对产值增幅高于全市平均水平5个百分点以上的企业，奖励10万元', ['产值增幅高于全市平均水平', 0.05, undefined]],
  ])('%s', (text, want) => {
    const v = extractValues(text);
    expect(v.thresholds.map((t) => [t.metric, t.min, t.max])).toEqual([want]);
    expect(v.rates).toEqual([]);
  });
  it('a range paid is two rates, not a condition', () => expect(extractValues('按投资额的10%至20%给予补助').rates.map((r) => r.value)).toEqual([0.1, 0.2]));
});

describe('亿元 without a figure', () => {
  it.each([
    ['对营业收入首次超亿元的企业给予奖励', ['营业收入', 100000000]],
    ['对年产值亿元以上企业给予奖励', ['年产值', 100000000]],
  ])('%s', (text, want) => expect(extractValues(text).thresholds.map((t) => [t.metric, t.min])).toEqual([want]));
});
