import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';
import { extractDocument } from './extract.js';
import { documentsOfPlainText } from '../ingest/ingest.js';

// Classes round 235's notices showed (ANNOTATION round 235), each with the sentence that showed it and its general forms.
const values = (text: string, docDate?: string) => extractValues(text, docDate);
const deadlines = (text: string, docDate?: string) => values(text, docDate).deadlines.map((d) => [d.raw, d.kind ?? d.date]);
const amounts = (text: string) => values(text).amounts.map((a) => [a.raw, a.yuan, a.role]);
const bounds = (text: string) => values(text).thresholds.map((t) => [t.raw, t.min ?? null, t.max ?? null, t.unit]);

// A window the applicant acts in, a record named after the act (2022年6月17日—2022年6月29日取得不动产契税完税凭证的自然人, 曲阜): the
// window is a deadline, as 2023年3月23日至2023年5月23日购买…住宅 is; only the period a record itself covers (2024年1—12月…明细表, 完税凭证
// right after the period) is none.
describe('a window the applicant acts in before a record (act before record)', () => {
  it.each([
    // 曲阜 (shandong-qufu-goufangxiaofeiquan2022.txt)
    ['3.活动对象:2022年6月17日— 2022年6月29日取得不动产契税完税凭证的自然人。', [['2022年6月17日— 2022年6月29日', '2022-06-29']]],
    // forms: 办理, traditional characters
    ['2024年3月1日至2024年5月31日办理契税完税凭证的购房人。', [['2024年3月1日至2024年5月31日', '2024-05-31']]],
    ['2022年6月17日至2022年6月29日辦理不動產契稅完稅憑證的自然人。', [['2022年6月17日至2022年6月29日', '2022-06-29']]],
  ])('%s', (s, want) => expect(deadlines(s, '2022-06-17')).toEqual(want));
  it.each([
    // valid: the period a record covers stays none
    ['2.提供2022年6月17日—2022年6月29日完税凭证复印件。'],
    ['5.经合作银行盖章的2024年1—12月中小微企业贷款担保业务明细表(附件3);'],
  ])('%s: none', (s) => expect(deadlines(s, '2022-06-17')).toEqual([]));
});

// A standard moved from its old level, the old level's year before it (从2022年910元/人/月提高到947元/人/月, 武定): the new level, a target,
// as 从910元/人/月提高到947元/人/月 was read; the year had hidden the old level from the rule.
describe('an old level with its year before the verb that moves it (dated old level)', () => {
  it.each([
    // 武定 (yunnan-wuding-dibaotekun2023.txt)
    ['从2022年910元/人/月提高到947元/人/月。', [['947元/人/月', 947, 'target']]],
    // forms: 由…的, a dot between head and month, 年度, traditional characters
    ['由2022年的700元/人·月提高到728元/人·月。', [['728元/人·月', 728, 'target']]],
    ['从2023年度5343元/人/年调整为6038元/人/年。', [['6038元/人/年', 6038, 'target']]],
    ['從2022年910元/人/月提高到947元/人/月。', [['947元/人/月', 947, 'target']]],
  ])('%s', (s, want) => expect(amounts(s)).toEqual(want));
});

// A list of bands closed by an open one (面积达200—400亩、400—600亩、600亩以上的分别叠加奖补1万元、2万元、3万元, 五华): each band a
// threshold, the last a floor; the second band's upper end had been read as an item of a list the last bound closes, and the bands lost.
describe('bands listed, the last open (bands then open band)', () => {
  it.each([
    // 五华 (guangdong-wuhua-lianghuangfugeng2022.txt)
    ['对连片复耕复种耕地面积达200—400亩、400—600亩、600亩以上的分别叠加奖补1万元、2万元、3万元。', [['200—400亩', 200, 400, '亩'], ['400—600亩', 400, 600, '亩'], ['600亩以上', 600, null, '亩']]],
    // forms: the unit on both ends, a hyphen, 至, traditional characters
    ['对面积达200亩—400亩、400亩—600亩、600亩以上的分别奖补1万元、2万元、3万元。', [['200亩—400亩', 200, 400, '亩'], ['400亩—600亩', 400, 600, '亩'], ['600亩以上', 600, null, '亩']]],
    ['存栏100-500头、500-1000头、1000头以上的,分别给予5万元、10万元、20万元奖励。', [['100-500头', 100, 500, '头'], ['500-1000头', 500, 1000, '头'], ['1000头以上', 1000, null, '头']]],
    ['對連片復耕復種耕地面積達200—400畝、400—600畝、600畝以上的分別疊加獎補1萬元、2萬元、3萬元。', [['200—400畝', 200, 400, '亩'], ['400—600畝', 400, 600, '亩'], ['600畝以上', 600, null, '亩']]],
  ])('%s', (s, want) => expect(bounds(s)).toEqual(want));
  it.each([
    // valid: figures listed before the bound, no band among them, stay each a floor
    ['新建营业面积1000平方米、2000平方米、3000平方米以上的,分别给予奖励。', [['1000平方米', 1000, null, '平方米'], ['2000平方米', 2000, null, '平方米'], ['3000平方米以上', 3000, null, '平方米']]],
  ])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

// A worked example in brackets after a rate, 如 after a remark and a comma and a result worked out (…15%返还消费券(消费券精确到整拾元,如购买
// 居民住宅缴纳11198元契税,税额20%为2239.6元,…实际返还面值2230元消费券), 曲阜): its figures are no sum or rate of their own, as an example
// closed by 以此类推 is (round 82).
describe('a worked example in brackets (worked example)', () => {
  it.each([
    // 曲阜 (shandong-qufu-goufangxiaofeiquan2022.txt)
    ['商业用房按照15%返还消费券(消费券精确到整拾元,如购买居民住宅缴纳11198元契税,税额20%为2239.6元,精确到整拾元实际返还面值2230元消费券)', [], [['15%', 0.15]]],
    // forms: 假设 opening the bracket, a grant's verb then the figure; traditional characters
    ['按租金的30%给予补贴(假设年租金10万元,则补贴3万元)。', [], [['30%', 0.3]]],
    ['按照實際到位外資金額的5%給予獎勵(如實際到資1000萬美元獎勵50萬元人民幣,以此類推)。', [], [['5%', 0.05]]],
  ])('%s', (s, wantAmounts, wantRates) => {
    const v = values(s);
    expect(v.amounts.map((a) => [a.raw, a.yuan])).toEqual(wantAmounts);
    expect(v.rates.map((r) => [r.raw, r.value])).toEqual(wantRates);
  });
  it.each([
    // valid: a bracket naming what counts, no case worked, keeps its sum
    ['对新建大型粪污收集处理设施(如大型沼气池)的,户均奖补不超过1500元。', [['1500元', 1500]]],
  ])('%s', (s, want) => expect(values(s).amounts.map((a) => [a.raw, a.yuan])).toEqual(want));
});

// A grant table under the notice's sentences (| 序号 | 乡镇 | 姓名 | 种植面积 | 补贴金额 | / | 1 | 阿西尔乡 | 黄玉成 | 68 | 10200 |, 塔城): its
// header's column of places (乡镇, a body's ending alone) is no body, and its first row is no note of the sentences above it, which
// are no task's row; every clause of the notice had taken 乡镇 or the first payee's town as its unit.
describe('a grant table under sentences (grant table no note)', () => {
  const units = (text: string) => documentsOfPlainText(text).flatMap((d) => extractDocument(d)).filter((c) => c.units.length).map((c) => [c.text.replace(/\s+/g, ''), c.units.map((u) => (typeof u === 'string' ? u : u.name))]);
  it('塔城: no clause takes the table’s places', () => {
    const text = '2025年耕地轮作补贴发放情况公示\n中央财政对耕地轮作给予适当补助,补助标准轮作为150元/亩。\n塔城市农业农村局\n2025年9月17日\n| 序号 | 乡镇 | 姓名 | 种植面积 | 补贴金额 |\n| 1 | 阿西尔乡 | 黄玉成 | 68 | 10200 |\n| 2 | 阿西尔乡 | 聂廷严 | 60 | 9000 |\n';
    expect(units(text)).toEqual([]);
  });
  it('form: a column named 街镇 over the payees, traditional characters', () => {
    const text = '2024年耕地輪作補貼發放情況公示\n中央財政對耕地輪作給予適當補助,補助標準為150元/畝。\n沙灣市農業農村局\n2024年9月17日\n| 序號 | 街鎮 | 姓名 | 種植面積 | 補貼金額 |\n| 1 | 城關鎮 | 張三 | 68 | 10200 |\n';
    expect(units(text)).toEqual([]);
  });
  it('valid: a task table’s unit cells on the line under its task stay its units', () => {
    const text = '2024年重点工作任务分工\n| 序号 | 重点任务 | 责任单位 |\n| 1 | 推进产业园区建设,新增标准厂房10万平方米。 | |\n| | | ★区发改委、统计局 |\n';
    expect(units(text).map(([, u]) => u)).toContainEqual(['区发改委', '统计局']);
  });
});
