import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { deadlinePairs, valueRows } from './fixture-table.js';

// Classes from round 140 of the national development set (issue 9).
// Sentences are real, from the dev notice named in the comment; "form" marks one written from the class.

const docs = (text: string) => documentsOfPlainText(text);
const bounds = (s: string) => valueRows(s).thresholds;
const sums = (s: string) => valueRows(s).amounts;

describe('a list of sums whose last carries the bound and 的 closing the condition gives each item the bound (list bound closes)', () => {
  it.each([
    // 涪陵 (chongqing-fuling-wuliu.txt): the grant in the next clause, after ;
    ['规上物流企业年营业额达到0.5亿元、1亿元、5亿元以上的;', [[50000000, undefined, '元'], [100000000, undefined, '元'], [500000000, undefined, '元']]],
    // form: (含) on the last
    ['年销售额达到1000万元、5000万元(含)以上的;', [[10000000, undefined, '元'], [50000000, undefined, '元']]],
    // form: the bound word written once before the first, none after the last
    ['年纳税额首次超过500万元、1000万元的;', [[5000000, undefined, '元'], [10000000, undefined, '元']]],
    // valid: no bound anywhere, no condition
    ['投资500万元、1000万元的;', []],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
  // valid: a goal's list, no 的 closing a condition, stays targets
  it('力争全市产值达到100亿元、200亿元以上。', () => {
    expect(bounds('力争全市产值达到100亿元、200亿元以上。')).toEqual([]);
    expect(sums('力争全市产值达到100亿元、200亿元以上。')).toEqual([[10000000000, undefined, 'target'], [20000000000, undefined, 'target']]);
  });
});

describe('a floor on a firm’s own capital is a condition on the applicant, grant or none in its clause (own capital)', () => {
  it.each([
    // 沙坪坝 (chongqing-shapingba-zongbuqiye.txt)
    ['实体性地区总部注册资本金原则不低于3000万元(“人民币或等值外币”),功能性总部注册资金不低于500万元(“人民币或等值外币”)。', [[30000000, undefined, '元'], [5000000, undefined, '元']]],
    // form: 实缴 and 达到
    ['总部企业实缴注册资本达到1亿元。', [[100000000, undefined, '元']]],
  ] as [string, unknown][])('%s', (s, want) => {
    expect(bounds(s)).toEqual(want);
    expect(sums(s)).toEqual([]);
  });
  // valid: capital in a list of goals, no bound word, is a target (嘉兴-style goal list)
  it('内资实体型注册资金3亿元 (a goal)', () => expect(bounds('完成合同外资1.5亿美元,外方到位资金0.8亿美元,内资实体型注册资金3亿元,引大引强引实企业项目15个;')).toEqual([]));
});

describe('a place won in a contest (获得(过)前三名) is a rank the applicant must reach (place won)', () => {
  it.each([
    // 石景山 (beijing-shijingshan-dianjing.txt)
    ['1.对于参加国际性、全国性顶级赛事获得过前三名的电竞俱乐部主场新落户,经评定,予以最高1000万元的一次性补贴。', [[undefined, 3, '名']]],
    ['2.参加国际性顶级赛事获得前三名的俱乐部,予以最高300万元的一次性补贴;', [[undefined, 3, '名']]],
    // form: 荣获, figures
    ['荣获前5名的参赛团队,给予奖励2万元。', [[undefined, 5, '名']]],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('a capacity bound on the installations a measure upgrades is a condition, as one on those it phases out (capacity upgraded)', () => {
  it.each([
    // 六盘水 (guizhou-liupanshui-jienengjianpai.txt)
    ['推进钢铁、水泥、焦化行业超低排放改造,推动65蒸吨/小时以上燃煤锅炉(含电力)超低排放改造', [[65, undefined, '蒸吨/小时']]],
    // form: 治理
    ['完成20蒸吨/小时以上燃煤锅炉综合治理。', [[20, undefined, '蒸吨/小时']]],
    // valid: a plant to build, no upgrade, bounds nothing
    ['建设2台35蒸吨/小时以上燃气锅炉。', []],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('a bounded quantity in 对…的, the thing named before 的 and a check before the grant, is a condition (thing before 的)', () => {
  it.each([
    // 郑州 (henan-zhengzhou-zhongyiyao.txt)
    ['对连片种植50亩以上道地药材的,经验收合格后按每亩500元、不超过30万元进行奖励。', [[50, undefined, '亩']]],
    // form: a cold store
    ['对新建200平方米以上冷库的,经验收合格后给予补助。', [[200, undefined, '平方米']]],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('a stay written in days then nights, the bound after both, is bounded on its first figure (stay pair)', () => {
  it.each([
    // 吉林省 (jilin-jilinsheng-yinkeruji.txt)
    ['对省内旅行社和具备旅行社资质的冰雪俱乐部组织招徕省外入吉游客6人(含)以上并停留3天2晚以上的旅行团,每名游客奖补300元。', [[6, undefined, '人'], [3, undefined, '天']]],
    // valid: nights first, the bound word before (内蒙古, national-round76)
    ['旅行社招徕境外游客在内蒙古过夜,全年累计达到200人(含)以上,停留时间不少于3晚4天,按照150元/人标准奖励。', [[200, undefined, '人'], [3, undefined, '晚']]],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('a period whose start is named 开始 or a bracket naming its day is one window (window joined)', () => {
  it.each([
    // 吉林省 (jilin-jilinsheng-yinkeruji.txt)
    ['自2025年1月15日开始至3月31日结束。', '2025-01-17', [['自2025年1月15日开始至3月31日结束', '2025-03-31']]],
    // 巩义 (henan-gongyi-qishuibutie.txt)
    ['补贴基准日为2023年8月3日(公告发布之日)至2023年12月31日,即购房合同网签时间、契税完税证时间均在该日期范围内。', '2023-08-03', [['2023年8月3日(公告发布之日)至2023年12月31日', '2023-12-31']]],
    // form: each end with its year
    ['申报时间自2024年3月1日开始至2024年6月30日结束。', '2024-02-20', [['2024年3月1日开始至2024年6月30日结束', '2024-06-30']]],
  ] as [string, string, unknown][])('%s', (s, date, want) => expect(deadlinePairs(s, date)).toEqual(want));
});

describe('即日起 with the verb of coming into force is the effective date, as 自发布之日起施行 is (effective today)', () => {
  it.each([
    // 巩义 (henan-gongyi-qishuibutie.txt)
    ['经市政府研究,我市即日起实行新建商品住房购房契税补贴政策。', [['即日起实行', 'effective']]],
    // form: the closing article
    ['本办法自即日起施行。', [['自即日起施行', 'effective']]],
    // valid: a window from today dates its end (连云港, round 52)
    ['即日起至8月5日', [['即日起至8月5日', '2023-08-05']]],
  ] as [string, unknown][])('%s', (s, want) => expect(deadlinePairs(s, '2023-08-01')).toEqual(want));
});

describe('a span of full, fiscal or tax years with 内 is a relative period; the year before (上一年度内) is none (counted years within)', () => {
  it.each([
    // 大英 (sichuan-daying-yingshi.txt)
    ['对新进入我县的影视企业,自纳税之日起5个完整纳税年度内,年度主营业务收入在500万元及以上的', [['5个完整纳税年度内', 'relative']]],
    // form: 会计年度
    ['自投产之日起3个会计年度内给予奖励。', [['3个会计年度内', 'relative']]],
    // valid: 辽宁省 (liaoning-liaoningsheng-zhaoshangjiangli.txt)
    ['本年度奖励资金奖励上一年度内投产项目', []],
  ] as [string, unknown][])('%s', (s, want) => expect(deadlinePairs(s, '2023-03-22')).toEqual(want));
});

describe('two consecutive years joined by a dash before a season’s name are one period (season span)', () => {
  it.each([
    // 吉林省 (jilin-jilinsheng-yinkeruji.txt)
    ['现将《2024-2025新雪季吉林省"引客入吉"政策奖补资金申报指南》印发你们', [['2024-2025', '2025']]],
    // form: a sports season
    ['2023—2024赛季主场比赛', [['2023—2024', '2024']]],
  ] as [string, unknown][])('%s', (s, want) => expect(deadlinePairs(s, '2025-01-17')).toEqual(want));
});

describe('a line of arrows under a repost’s lead parts the lead from the notice (pointer line)', () => {
  // 巩义 (henan-gongyi-qishuibutie.txt)
  const text =
    '补贴50%!巩义最新商品房契税补贴政策出炉\n\n07.08.2023  17:20\n\n过房的小伙伴注意啦!\n\n巩义2023年商品房契税补贴政策出炉,\n\n有需要的朋友赶紧看\n\n今年的补贴要怎么领吧\n\n↓↓\n\n为有效激发房地产市场活力,促进新建商品住房销售,按照郑州市《关于进一步促进房地产市场平稳健康发展的通知》精神,经市政府研究,我市即日起实行新建商品住房购房契税补贴政策。\n';
  it('the notice’s first sentence is a clause of its own', () => {
    const clauses = docs(text).flatMap((d) => extractDocument(d));
    const first = clauses.find((c) => c.text.includes('为有效激发'))!;
    expect(first.text.startsWith('为有效激发')).toBe(true);
  });
});
