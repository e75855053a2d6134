import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments, extractValues } from './extract.js';

// Round 76 classes (seventeenth session), from ten dev notices (文旅, 外贸, 农业产业, 商贸) labelled blind and scored before any
// rule for them. Each class has the sentence that showed it and forms from other provinces.
const th = (s: string) => extractValues(s).thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]);

describe('a bound quantity with the grant right after it, no 的 between (bound then grant)', () => {
  it.each([
    // 内蒙古 (neimenggu-zizhiqu-youkejiangli.txt): tiers of a charter flight's passengers
    ['国际:组织境外游客入内蒙古且一次性每班次达到100人(含)以上奖励5万元。', [[100, null, '人']]],
    ['国内:组织区外游客入内蒙古且一次性每班次达到30人(含)以上奖励0.5万元、60人(含)以上奖励1万元。', [[30, null, '人'], [60, null, '人']]],
    // forms: 不少于 … 以上给予, 超过 … 以下 (an upper bound)
    ['参展企业不少于50家以上给予展位补贴2万元。', [[50, null, '家']]],
    ['接待游客超过1000人次以上给予奖励10万元。', [[1000, null, '人次']]],
    // (a figure with no bound closing it is no condition: 奖励 right after a count of what is built)
    ['新建停车场3个奖励5万元。', []],
  ])('%s', (s, want) => expect(th(s)).toEqual(want));
});

describe('bounded requirements one after another, a comma each, then the grant (bounds then grant)', () => {
  it.each([
    // 西吉 (ningxia-xiji-nongyechanye.txt): a demonstration village's standards, the grant per household after them
    [
      '户均存栏西门塔尔肉牛5头及以上,其中基础母牛3头及以上,建有60立方米以上的青贮池1座,每户补贴5000元',
      [[5, null, '头'], [3, null, '头'], [60, null, '立方米']],
    ],
    // 内蒙古: a stay of nights after the visitors' count, the grant at a standard per head
    ['旅行社招徕境外游客在内蒙古过夜,全年累计达到200人(含)以上,停留时间不少于3晚4天,按照150元/人标准奖励。', [[200, null, '人'], [3, null, '晚']]],
    // 内蒙古: the bound, what the tour does, then the grant per train
    ['国内:一次性组织游客400人(含)以上乘专列入内蒙古,每列给予一次性奖励3万元。', [[400, null, '人']]],
    // (a target's counts with no grant after them stay counts)
    ['到2025年,新增规上企业50家以上,新增就业1000人以上。', []],
  ])('%s', (s, want) => expect(th(s)).toEqual(want));
});

describe('a measured size of things counted right after it (size class of counted things)', () => {
  it.each([
    // 西吉: head of cattle, a quoted name, then the parks counted
    ['移民区新建存栏西门塔尔肉牛300头以上“出户入园”养殖园区3个,每个安排建设资金510万元;', [[300, null, '头']]],
    // 浙江省 (zhejiang-zhejiangsheng-kuajingdianshang.txt): money sizing counties and platforms in a target, each counted after its name
    ['到2027年,年跨境电商交易额超百亿元的重点县(市、区)15个以上,年交易规模超百亿元的跨境电商平台10家以上;', [[10000000000, null, '元'], [10000000000, null, '元']]],
    // form: 亩 sizing bases
    ['到2025年,建成面积1000亩以上的标准化种植基地20个。', [[1000, null, '亩']]],
    // (a count followed by the next counted item of a list is no size: 云南 dev, 项目15个以上、“链主”企业20家以上)
    ['引进超10亿元优质产业项目15个以上、“链主”企业20家以上。', [[1000000000, null, '元']]],
  ])('%s', (s, want) => expect(th(s)).toEqual(want));
});

describe('quantities of farms and tourism: 羽, 晚, 株, 场次… and a band whose magnitude is written once (quantity units)', () => {
  it.each([
    // 西吉
    ['对存栏肉鸡(蛋鸡)5万羽以上的养殖场,给予补贴35万元。', [[50000, null, '羽']]],
    ['对新建存栏肉鸡3-4万羽的养殖企业,补贴资金20万元;', [[30000, 40000, '羽']]],
    // forms: 株 (seedlings), 场次 (events)
    ['对新栽植苗木1000株以上的合作社,每株补贴5元。', [[1000, null, '株']]],
    ['全年举办演出20场次以上的景区,给予奖励10万元。', [[20, null, '场次']]],
    // (a count of events an act holds is no band of a condition: 綦江 seed, 每年开展 2-3 场的企业上云推介会)
    ['引导云平台服务商针对不同产业集群,每年开展 2-3 场的企业上云推介会。', []],
  ])('%s', (s, want) => expect(th(s)).toEqual(want));
});

describe('a rank written without its counter before 的 (rank without counter)', () => {
  it.each([
    // 怀柔 (beijing-huairou-lvyou.txt)
    ['对申报年度接待来怀游客人数排名前5的主体,经评审给予不超过审定销售额3%的资金支持。', [[null, 5, '名']]],
    // 温岭 (zhejiang-wenling-gaozhiliang.txt): relabelled, a rewarded rank in a 考核 (ANNOTATION round 76)
    ['对在每季度“政策处理比拼”赛道考核得分排名前3的镇(街道)予以资金奖励', [[null, 3, '名']]],
    // (the counter written stays as written)
    ['对考核排名前六位的乡(镇)分别按20万元给予资金奖补。', [[null, 6, '位']]],
  ])('%s', (s, want) => expect(th(s)).toEqual(want));
});

describe('a scale of 万亿 written without a digit is money, as 百亿 and 千亿 are (bare 万亿)', () => {
  const yuan = (s: string) => extractValues(s).amounts.map((a) => a.yuan);
  it.each([
    // 扬州 (jiangsu-yangzhou-fuwuye.txt)
    ['2025年突破4000亿元、2028年冲刺5000亿元,为全市地区生产总值过万亿元提供更强支撑。', [400000000000, 500000000000, 1000000000000]],
    ['力争全市地区生产总值突破万亿。', [1000000000000]],
    // (a class of clusters is no sum: 万亿级)
    ['打造万亿级产业集群。', []],
  ])('%s', (s, want) => expect(yuan(s)).toEqual(want));
});

describe('a room number in a contact line is no unit note (room number)', () => {
  const units = (text: string) =>
    extractDocuments(documentsOfPlainText(text))
      .flat()
      .flatMap((c) => c.units);
  it.each([
    // 杭州 (zhejiang-hangzhou-kuajingdianshang.txt)
    '关于公开征求意见的公告\n公开征求意见时间为2022年11月23日至2022年12月2日,欢迎有关单位和社会各界人士提出修改意见。\n联系地址:杭州市解放东路18号市民中心E座,市商务局办公室(1602室)\n',
    // form: a building and floor
    '关于公开征求意见的公告\n意见反馈截止时间为2024年3月1日。\n联系地址:某市行政中心(3号楼)\n',
  ])('%s', (text) => expect(units(text)).toEqual([]));
});
