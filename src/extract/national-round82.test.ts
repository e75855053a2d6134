import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';

// Round 82 classes (eighteenth session), from ten dev notices (finance, employment, tourism, investment promotion from 海南, 浙江,
// 山西, 湖北, 贵州, 山东, 广东, 四川, 辽宁, 内蒙古) labelled blind and scored before any rule for them, each with the dev sentence
// that showed it and forms from other provinces.
const th = (s: string) => extractValues(s).thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]);
const amounts = (s: string) => extractValues(s).amounts.map((a) => a.yuan);
const docsOf = (text: string) => documentsOfPlainText(text);
const clausesOf = (text: string) => docsOf(text).flatMap(extractDocument);

describe('a band written from its top down is the same band (band top down)', () => {
  it.each([
    // 三亚 (hainan-sanya-jinrongye.txt)
    ['实收资本在1亿元-5000万元(含)的,给予一次性奖励50万元;', [[50000000, 100000000, '元']]],
    // forms
    ['年纳税额1000万元至500万元的企业,奖励10万元。', [[5000000, 10000000, '元']]],
  ])('%s', (s, want) => expect(th(s)).toEqual(want));
});

describe('grades reached, listed, with the level that sets them and 标准 (grades reached, listed)', () => {
  it.each([
    // 赤壁 (hubei-chibi-wenlvxiaofei.txt)
    ['经相关专业机构鉴定,达到国家五星级、四星级、三星级标准的各类社会宾馆饭店(规上企业),分别给予40万元、20万元、5万元奖励。', [[5, null, '星级'], [4, null, '星级'], [3, null, '星级']]],
    // forms
    ['对达到省级三级、二级标准的企业,分别给予10万元、5万元奖励。', [[3, null, '级'], [2, null, '级']]],
    // (a grade certified, no bound word: no condition, as the guide has it)
    ['对新评定为国家五星级、四星级、三星级休闲露营营地的,分别给予50万元、30万元、10万元奖励。', []],
  ] as [string, unknown[]][])('%s', (s, want) => expect(th(s)).toEqual(want));
});

describe('a band whose grant is a relief, and the relief’s span (relief band)', () => {
  it.each([
    // 锡林浩特 (neimenggu-xilinhaote-zhaoshang.txt)
    ['投资人民币200万元至500万元的免交5年;', [[2000000, 5000000, '元']], ['5年']],
    // forms
    ['投资1000万元至3000万元的项目,免收城市基础设施配套费3年。', [[10000000, 30000000, '元']], ['3年']],
  ] as [string, unknown[], string[]][])('%s', (s, want, spans) => {
    expect(th(s)).toEqual(want);
    expect(amounts(s)).toEqual([]);
    expect(extractValues(s).deadlines.map((d) => d.raw)).toEqual(spans);
  });
});

describe('a worked example in brackets gives no values of its own (worked example)', () => {
  it.each([
    // 山西省 (shanxi-shanxisheng-waishangtouzi.txt)
    [
      '对实际到位资金超过1000万美元以上且符合产业政策的外商投资企业,按照实际到位外资金额的5%给予人民币奖励(如实际到资1000万美元奖励50万元人民币,以此类推),单个企业最高奖励不超过1000万元。',
      [10000000],
      [0.05],
    ],
    // forms: 例如, 比如
    ['按新增产值的1%给予奖励(例如:新增产值1亿元奖励100万元)。', [], [0.01]],
    // (a bracket that names kinds is no example: its figures stay)
    ['对年产值5000万元以上的企业(如规上工业企业)给予10万元奖励。', [100000], []],
  ] as [string, number[], number[]][])('%s', (s, sums, rates) => {
    expect(amounts(s)).toEqual(sums);
    expect(extractValues(s).rates.map((r) => r.value)).toEqual(rates);
  });
});

describe('item numbers of two levels (1.1, 3.1) head their items (decimal item numbers)', () => {
  it('山西省 dev: 1.2实行经济贡献奖励。 is the item’s heading, its note the item’s', () => {
    const cs = clausesOf(
      '关于进一步加大吸引外商投资力度的若干措施\n1、加大吸引外商投资力度\n1.1继续实行到资奖励。单个企业最高奖励不超过1000万元。(省商务厅、省财政厅负责)\n1.2实行经济贡献奖励。省级财政给予一定比例的奖励。(省商务厅、省财政厅和各市人民政府负责)\n2.5亿元以上的项目给予奖励。\n',
    );
    expect(cs.map((c) => c.text)).not.toContain('1.2实行经济贡献奖励。');
    expect(cs.find((c) => c.text.startsWith('省级财政'))!.units).toEqual(['省商务厅', '省财政厅', '各市人民政府']);
    expect(cs.find((c) => c.text.startsWith('单个企业'))!.units).toEqual(['省商务厅', '省财政厅']);
    // (a decimal figure opening a line is no item number)
    expect(cs.some((c) => c.text.startsWith('2.5亿元以上'))).toBe(true);
  });
});

describe('a note whose first body leads, said with 者 (first leads)', () => {
  it('辽宁省 dev (traditional): 列第一位者為牽頭單位', () => {
    const cs = clausesOf(
      '一、堅持擴大就業發展戰略\n(一)堅持就業優先。把穩定和擴大就業作為經濟運行合理區間的下限。(省發展改革委、省財政廳、省國稅局等負責,列第一位者為牽頭單位,下同)\n',
    );
    const c = cs.find((x) => x.text.startsWith('把穩定'))!;
    expect(c.units).toEqual(['省發展改革委', '省財政廳', '省國稅局']);
    expect(c.lead).toEqual(['省發展改革委']);
  });
});

describe('metadata: a signing date cut before its 日; a province named by its abbreviation (round 82 metadata)', () => {
  it('济宁 dev: 2021年9月29 under the signing body is the notice’s date', () => {
    const text = '济宁市人民政府办公室关于印发济宁市创业行动工作方案的通知\n发布日期:2021-09-30 11:28\n各县(市、区)人民政府:\n《济宁市创业行动工作方案》已经市政府同意,现印发给你们,请认真贯彻落实。\n济宁市人民政府办公室\n                2021年9月29\n到2023年,城镇新增就业19万人以上。\n';
    const [d] = docsOf(text);
    expect(d.date).toBe('2021-09-29');
    expect(clausesOf(text).flatMap((c) => c.deadlines.map((x) => x.date))).toEqual(['2023']);
  });
  it('山西省 dev: 在晋投资, 在晋工作 in a notice that speaks as the province', () => {
    const text = '1、加大吸引外商投资力度\n1.2实行经济贡献奖励。世界500强在晋投资企业,省级财政根据经济贡献给予一定比例的奖励。(省商务厅、省财政厅负责)\n1.5支持平等享受政策。依法给予在晋工作的外籍人员平等社会保障待遇。我省各级政府要落实。\n';
    expect(docsOf(text)[0].region).toBe('山西省');
  });
});

describe('each sum after the rank or prize it goes to (rank before sum)', () => {
  const objects = (s: string) => extractValues(s).amounts.map((a) => [a.yuan, a.object]);
  it.each([
    // 四川省 (sichuan-sichuansheng-caijinhudong.txt)
    ['对年度新增投资额排名全省前3名的保险机构,省级财政分别给予第1名500万元、第2名300万元、第3名200万元。', [[5000000, '第1名'], [3000000, '第2名'], [2000000, '第3名']]],
    // forms: prizes, grades
    ['获奖项目给予奖励,其中一等奖10万元、二等奖5万元、三等奖2万元。', [[100000, '一等奖'], [50000, '二等奖'], [20000, '三等奖']]],
    ['按信用等级分别给予A级20万元、B级10万元。', [[200000, 'A级'], [100000, 'B级']]],
  ] as [string, unknown[]][])('%s', (s, want) => expect(objects(s)).toEqual(want));
  it('a prize named once, before its applicant, is no such list: 对获得一等奖的企业给予10万元奖励', () =>
    expect(objects('对获得一等奖的企业给予10万元奖励。')).toEqual([[100000, '一等奖的企业']]));
});
