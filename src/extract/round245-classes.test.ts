import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Round 245's classes (unseen dev notices: environment, employment, intellectual property), each in its general form.
const bounds = (s: string) => extractValues(s).thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]);
const spans = (s: string) => extractValues(s).deadlines.map((d) => [d.raw, d.from ?? null, d.date ?? null]);

describe('a quantity in a Latin unit is bounded as one in characters is (thresholds)', () => {
  it.each([
    // (合川 生猪调出大县 2021: a biogas pit's volume in m3)
    ['申请修建大中型沼气(单个沼气池300m3以上)的申报主体要请有相关专业能力的单位进行设计并指导建设。', [[300, null, 'm3']]],
  ])('%s', (s, expected) => expect(bounds(s)).toEqual(expected));
  it.each([
    // (targets and capacities with no bound word: no condition)
    '到2025年,电堆最大额定功率达到150kW,寿命超过20000小时,膜电极铂载量低于0.2g/kW',
    '(二)补助总容量120MW,项目建成并网后按补助申请时间先到先得,超过部分不予补助',
  ])('no bound: %s', (s) => expect(bounds(s)).toEqual([]));
});

describe('the thing counted between the classifier and the bound (thresholds)', () => {
  it.each([
    // (合川, 重庆: 500头生猪以上; 腾冲, 云南: 20头牛以上)
    ['生猪养殖场粪污治理设施建设的申报对象为非禁养区内常年出栏500头生猪以上的生猪养殖场(户)、家庭农场、农业企业、合作社、农业生产社会化服务组织。', [[500, null, '头']]],
    ['补助对象:界头镇、芒棒镇、固东镇存栏20头牛以上的125个养殖场(户、合作社),符合申报省级全株玉米青贮补助政策的养殖主体', [[20, null, '头']]],
  ])('%s', (s, expected) => expect(bounds(s)).toEqual(expected));
  // (not a rate's step: 2个百分点以上 stays a rate's bound, 个 being no head counted)
  it('增长2个百分点以上的 stays a bound on a rate', () => expect(bounds('规上工业增加值增长2个百分点以上的,给予奖励。')).toEqual([[0.02, null, '%']]));
});

describe("a plan's period opening its sentence, a target set after it (deadlines)", () => {
  it.each([
    // (青海省 空气质量 方案, in traditional characters)
    ['“十四五”時期揮發性有機物(VOCs)重點工程減排量累計達到1500噸、氮氧化物重點工程減排量累計達到6200噸。', [['“十四五”時期', '2021', '2025']]],
    ['“十四五”时期,全市新型储能装机规模力争达到300万千瓦。', [['“十四五”时期', '2021', '2025']]],
  ])('%s', (s, expected) => expect(spans(s)).toEqual(expected));
  it.each([
    // (a heading's period over the indicators below it, 辽宁省; a plan's layout it qualifies, seeds)
    '(一)“十二五”时期主要规划指标',
    '围绕我区“十四五”时期六大产业总体布局,加快发展。',
  ])('none: %s', (s) => expect(spans(s)).toEqual([]));
});

describe("a cohort of graduates named by its year, its place and 户籍 between (deadlines)", () => {
  it('乌鲁木齐: 2023届乌鲁木齐市户籍高校毕业生', () =>
    expect(spans('精准开展就业跟踪服务,确保2023届乌鲁木齐市户籍高校毕业生登记率达到100%,就业去向落实率不低于同期水平。')).toEqual([['2023届', null, '2023']]));
});

const money = (s: string) => extractValues(s).amounts.map((a) => [a.yuan, a.role, a.object ?? null]);

describe("fines listed as a decision's outcome are money taken (amounts)", () => {
  it('驻马店 秸秆禁烧 2014: 处罚情况是…10万元、…8万元', () =>
    expect(money('处罚情况是正阳县兰青乡10万元、皮店乡8万元、新阮店乡6万元,上蔡县东洪乡10万元、东岸乡8万元、崇礼乡6万元。')).toEqual([]));
});

describe('names closed by 等 and their kind before 分别 are the objects (amounts)', () => {
  it('驻马店: 西平县、平舆县、驿城区、遂平县等县区分别奖励资金…', () =>
    expect(money('对秸秆禁烧和综合利用工作成效显著的西平县、平舆县、驿城区、遂平县等县区分别奖励资金10万元、8万元、5万元、5万元。')).toEqual([
      [100000, 'fixed', '西平县'],
      [80000, 'fixed', '平舆县'],
      [50000, 'fixed', '驿城区'],
      [50000, 'fixed', '遂平县'],
    ]));
});

describe("a bare sum per head after the standard's name (amounts)", () => {
  it.each([
    // (应县, 山西; 永川's 按2000/人标准 already read)
    ['离校未就业高校毕业生可参加政府补贴的职业技能培训,其中参加普惠制培训的最高补贴标准为1000/人,参加订单式、项目制培训的最高补贴标准为4000/人。', [1000, 4000]],
  ])('%s', (s, expected) => expect(money(s).map((a) => a[0])).toEqual(expected));
});

describe('a percentage-point step with its payer and payee before the grant, a rate a measure equals before 时 (rates → thresholds)', () => {
  // (周口 水环境: both are what the county must reach, no share paid)
  const s = '出境河流水质为Ⅳ、Ⅴ类水质,化学需氧量和氨氮的达标率均大于90%时,达标率比上年度每增加1个百分点,市政府每年对该河流的县(市、区)奖励10万元,连续两年以上均为100%时,每年对该河流的县市区奖励30万元。';
  it('no rate is paid', () => expect(extractValues(s).rates).toEqual([]));
  it('the step and the level reached are conditions', () => expect(bounds(s)).toEqual([[0.9, null, '%'], [0.01, null, '%'], [1, null, '%']]));
  it('a share paid stays a rate', () => expect(extractValues('按项目投资额的30%给予补助,最高不超过100万元。').rates.map((r) => r.value)).toEqual([0.3]));
});

describe('round 249: what an entity must hold after 应, and a bound that gives the standing to apply (thresholds)', () => {
  it.each([
    // (农安 社会化服务 2020: 应 before 持有; a 台套 of machines counted)
    ['新型农业经营主体应持有两年以上的营业执照,主体本身具备一台套以上的农业生产机械设备。', [[2, null, '年'], [1, null, '台套']]],
    // (…须/应当 as before: 须具备3年以上相关工作经验)
    ['申报人须具备3年以上相关工作经验。', [[3, null, '年']]],
    ['单个主体托管数量不少于1000亩具备申报资格。', [[1000, null, '亩']]],
  ])('%s', (s, expected) => expect(bounds(s)).toEqual(expected));
  // (应 before a time limit sets no condition)
  it('各乡镇应在2024年6月底前完成验收 stays a limit', () => expect(bounds('各乡镇应在2024年6月底前完成验收。')).toEqual([]));
});
