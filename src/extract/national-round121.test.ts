import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';
import { findNotes } from './units.js';

// Classes from round 121 of the national development set (issue 9) and the dev residuals looked at while it was collected.
// Sentences are real, from the dev notice named in the comment; "form" marks one written from the class.
const th = (s: string) => extractValues(s, '2024-05-30').thresholds.map((t) => [t.metric, t.min ?? null, t.max ?? null, t.unit]);

describe('a second condition joined by a bare 并 before the applicant, as 且/并且 join one (joined condition)', () => {
  it.each([
    // 中宁 (ningxia-zhongning-gouqitiaozheng.txt)
    ['收购鲜果价格等于(或高于)11元/公斤且收购量大于100吨以上并执行市场销售指导价的加工企业(代加工企业除外),整合国家现代农业产业园等各级各类项目资金,通过项目资金予以每公斤1元补助', [['收购量', 100, null, '吨']]],
    // forms
    ['年用工人数达到50人以上并签订一年以上劳动合同的企业,给予一次性奖励5万元。', [['年用工人数', 50, null, '人'], ['劳动合同期限', 1, null, '年']]],
    ['对种植面积达到200亩以上，并通过绿色食品认证的合作社，给予奖补。', [['种植面积', 200, null, '亩']]],
    // (并 after a figure that bounds nothing is no condition)
    ['全年完成造林3000亩并组织验收的乡镇名单见附件。', []],
  ] as [string, unknown[]][])('%s', (s, want) => expect(th(s)).toEqual(want));
});

describe('a quantity its bracket marks as reached, the grant later in the sentence, is a condition (marked bound)', () => {
  it.each([
    // 宝镇 (shanghai-baozhen-lvsenongye.txt)
    ['对新流转扣蟹池塘100亩(含)以上用于成蟹养殖,按照成蟹塘精养标准完成蟹塘改造并通过区级验收的经营主体,给予一次性蟹塘改造补贴,最高不超过1500元/亩。', [['新流转扣蟹池塘', 100, null, '亩']]],
    // forms: full-width brackets, 含本数, traditional characters (metric and unit are read folded)
    ['对新建标准化厂房5000平方米（含本数）以上用于招商，经验收合格的园区，给予一次性奖励。', [['新建标准化厂房', 5000, null, '平方米']]],
    ['對流轉土地50畝（含）以上發展設施農業，經驗收合格的家庭農場，給予補助。', [['流转土地', 50, null, '亩']]],
    // (no grant in the sentence: a count reported, no condition)
    ['全县现有经营面积100亩（含）以上家庭农场35家。', []],
  ] as [string, unknown[]][])('%s', (s, want) => expect(th(s)).toEqual(want));
});

describe('bounds listed with 、 each naming its measure, a check passed, then the grant (listed bounds, check passed)', () => {
  it.each([
    // 柯岩街道 (zhejiang-keyanjiedao-nongyejili.txt)
    ['大小麦连片方50亩以上、油菜连片方100亩以上、草籽连片方200亩以上,经县农业局验收合格,每方分别奖励0.1万元、0.15万元、0.2万元;', [['大小麦连片方', 50, null, '亩'], ['油菜连片方', 100, null, '亩'], ['草籽连片方', 200, null, '亩']]],
    // forms: one bound and a check; a check 认定后; full-width commas
    ['新建连栋大棚面积30亩以上，经县农业农村局验收合格，每亩补助3000元。', [['新建连栋大棚面积', 30, null, '亩']]],
    ['年接待游客5万人次以上,经文旅局认定后,给予一次性奖励5万元。', [['年接待游客', 50000, null, '人次']]],
    // (no grant after the check: a target reported, no condition)
    ['完成造林50亩以上、抚育100亩以上,经县林业局验收合格。', []],
  ] as [string, unknown[]][])('%s', (s, want) => expect(th(s)).toEqual(want));
});

describe('the households a rural-revitalisation grant is for are applicants (脱贫户, 监测户, 监测对象, 脱贫人口)', () => {
  it.each([
    // 巴楚 (xinjiang-bachu-xianjiezijin.txt)
    ['持续加大就业扶持力度,对转移到巴楚县以外就业3个月以上的脱贫户或监测对象家庭人口给予一次性交通费补助,按照县外喀什地区以内(包括图木舒克市)不超过200元/人', [['转移到巴楚县以外就业', 3, null, '个月']]],
    // forms
    ['对年务工收入达到1万元以上的监测户,给予一次性奖励2000元。', [['年务工收入', 10000, null, '元']]],
    ['对发展庭院经济种植面积2亩以上的脱贫人口,每户奖补1000元。', [['发展庭院经济种植面积', 2, null, '亩']]],
  ] as [string, unknown[]][])('%s', (s, want) => expect(th(s)).toEqual(want));
});

describe('a designation year with 获 or where it was applied for before the act is the cohort’s window (cohort window)', () => {
  const dl = (s: string, date: string) => extractValues(s, date).deadlines.map((d) => [d.raw, d.date ?? d.kind]);
  it.each([
    // 渝北 (chongqing-yubei-gaochengzhang.txt)
    ['通过渝北区科技局初审,2018年度获认定为市级高成长性科技企业;', '2019-10-14', [['2018年度', '2018']]],
    ['现将2018年度获认定高成长性科技企业奖励申报工作有关事项通知如下:', '2019-10-14', [['2018年度', '2018']]],
    // forms: where it was applied for, 申请 before the act, a grant after
    ['对2023年在本区申报认定的高新技术企业,给予一次性奖励10万元。', '2024-08-21', [['2023年', '2023']]],
    ['2022年度获评为省级专精特新中小企业的,奖励20万元。', '2023-03-01', [['2022年度', '2022']]],
    // (a year a sentence describes, no act of designation: no window)
    ['2023年在本区举办的展会共12场。', '2024-08-21', []],
  ] as [string, string, unknown[]][])('%s', (s, date, want) => expect(dl(s, date)).toEqual(want));
});

describe('a payment a standard includes, named before the standard, does not make the standard a fee (included payment)', () => {
  const amounts = (s: string) => extractValues(s, '2020-01-01').amounts.map((a) => a.yuan);
  it.each([
    // 新疆 (xinjiang-xinjiangqu-zuidigongzi.txt, traditional)
    ['一是含勞動者個人繳納的養老、失業、醫療保險費和住房公積金(以下簡稱“三險一金”)的月最低工資標準分為1670元、1470元、1390元、1310元4個檔次。', [1670, 1470, 1390, 1310]],
    // forms: 包含, 不含, simplified
    ['包含个人缴纳社会保险费的月最低工资标准为2100元。', [2100]],
    ['不含个人缴纳部分的小时最低工资标准为20元。', [20]],
    // (a fee the firm pays stays no amount)
    ['企业每年向园区缴纳的管理费为5000元。', []],
  ] as [string, number[]][])('%s', (s, want) => expect(amounts(s)).toEqual(want));
});

describe('a five-year plan’s 时期 closing its clause is that plan’s period, as one a stop follows is (plan period at the end)', () => {
  const dl = (s: string) => extractValues(s, '2026-03-01').deadlines.map((d) => [d.raw, d.from, d.date]);
  it.each([
    // forms (a clause cut at a heading's end, a table cell)
    ['“十五五”时期', [['“十五五”时期', '2026', '2030']]],
    ['重点任务完成时限|“十四五”时期', [['“十四五”时期', '2021', '2025']]],
    // (a 时期 that qualifies a noun after it stays none)
    ['围绕我区“十四五”时期六大产业总体布局', []],
  ] as [string, unknown[]][])('%s', (s, want) => expect(dl(s)).toEqual(want));
});

describe('a figure reached beside its yearly 递增 rate in a list of goals is a target, as one beside 增长 is (goal list, 递增)', () => {
  const values = (s: string) => {
    const v = extractValues(s, '1991-12-20');
    return { amounts: v.amounts.map((a) => [a.yuan, a.role]), thresholds: v.thresholds.map((t) => t.min) };
  };
  it.each([
    // 平阴 1991 (shandong-pingyin-xiaokang.txt)
    ['县乡村集体公共积累达到3.4亿元以上,年均递增15%;', { amounts: [[340000000, 'target']], thresholds: [] }],
    // forms: 增幅; a full-width semicolon
    ['全县财政收入达到2亿元以上,年均增幅10%；', { amounts: [[200000000, 'target']], thresholds: [] }],
    // (a condition on the applicant with a grant stays one)
    ['对年销售收入达到2亿元以上、年均递增15%的企业,给予奖励。', { amounts: [], thresholds: [200000000, 0.15] }],
  ] as [string, unknown][])('%s', (s, want) => expect(values(s)).toEqual(want));
});

describe('a place’s list of policies named with its year (威海市2022年…政策清单(第一批)) is the list’s name, no deadline (named list)', () => {
  const dl = (s: string) => extractValues(s, '2022-03-30').deadlines.map((d) => [d.raw, d.date]);
  it.each([
    // 威海 (shandong-weihai-chanyezhengcebao.txt) and 青岛 (shandong-qingdao-wenzhongxianghao2023.txt): the list's heading
    ['威海市2022年支持产业高质量发展政策清单(第一批)', []],
    ['青岛市2023年“稳中向好、进中提质”政策清单(第一批)', []],
    // (a sentence that does something in the year before a list is still a time: 全市2024年完成…清单所列事项)
    ['全市2024年完成重点任务清单所列事项', [['2024年', '2024']]],
  ] as [string, unknown[]][])('%s', (s, want) => expect(dl(s)).toEqual(want));
});

describe('roles a sentence assigns by name (由A牵头,B、C配合) are its units with no note; a committee and its government share one office (running-text roles)', () => {
  const units = (text: string) => {
    const docs = documentsOfPlainText(`关于印发某县设施农业小区建设奖励办法的通知\n${text}`);
    return docs.flatMap((d) => extractDocument(d)).map((c) => [c.units, c.lead]);
  };
  it.each([
    // 盘山 (liaoning-panshan-sheshinongye.txt)
    ['由县农业局牵头,县委县政府督查室、县财政局配合,成立评选工作小组,具体负责对各镇政府设施农业小区建设进展情况排名评优。', [[['县农业局', '县委县政府督查室', '县财政局'], ['县农业局']]]],
    // forms: 协助; a city's bodies
    ['由市发改委牵头,市财政局、市商务局协助,建立重点项目库。', [[['市发改委', '市财政局', '市商务局'], ['市发改委']]]],
    // (a body acting in running text, no role pair and no note: no unit)
    ['市财政局负责资金拨付。', [[[], []]]],
  ] as [string, unknown[]][])('%s', (text, want) => expect(units(text)).toEqual(want));
  it('glued bodies still part; a committee and its government’s shared office does not', () => {
    const names = (s: string) => findNotes(s).flatMap((n) => n.units.map((u) => u.name));
    expect(names('(责任单位:市委宣传部市文旅局)')).toEqual(['市委宣传部', '市文旅局']);
    expect(names('(责任单位:市委市政府督查室、市财政局)')).toEqual(['市委市政府督查室', '市财政局']);
    expect(names('(责任单位:县委县财政局)')).toEqual(['县委', '县财政局']);
  });
});

describe('an inclusive mark said once for the list after it, (含,下同), is an inclusive mark (inclusive for the rest)', () => {
  it.each([
    // 莱西 (shandong-laixi-shuangzhaoshuangyin.txt)
    ['年度地方经济贡献200万元以上(含,下同)、500万元以下的企业,自投产纳税之日起,前3年按缴纳所得税、增值税地方留成部分50%比例给予奖励扶持。', [['地方经济贡献', 2000000, 5000000, '元']]],
    // forms: full-width, 、 inside; a quantity
    ['年度纳税额100万元以上（含，下同）的企业,给予奖励。', [['纳税额', 1000000, null, '元']]],
    ['新增就业50人以上(含、下同)的企业,给予一次性奖励2万元。', [['新增就业', 50, null, '人']]],
  ] as [string, unknown[]][])('%s', (s, want) => expect(th(s)).toEqual(want));
});

describe('a goal that closes its own item in a list parted by semicolons, no applicant nor grant in it, is a target (bare goal)', () => {
  const values = (s: string, listed = false) => {
    const v = extractValues(s, '2023-02-10', listed);
    return { amounts: v.amounts.map((a) => [a.yuan, a.role]), thresholds: v.thresholds.map((t) => t.min) };
  };
  it.each([
    // 舟山 2023 (zhejiang-zhoushan-zerenfenjie2023.txt): 地区生产总值增长7%以上;固定资产投资达到1100亿元以上;…
    ['固定资产投资达到1100亿元以上;', { amounts: [[110000000000, 'target']], thresholds: [] }],
    // forms: a stop; 突破
    ['全县工业总产值突破100亿元。', { amounts: [[10000000000, 'target']], thresholds: [] }],
    // (an applicant or a grant in the clause keeps it a condition)
    ['年营业收入达到2000万元以上的企业;', { amounts: [], thresholds: [20000000] }],
    ['年营业收入达到2000万元以上,给予奖励10万元;', { amounts: [[100000, 'fixed']], thresholds: [20000000] }],
  ] as [string, unknown][])('%s', (s, want) => expect(values(s)).toEqual(want));
  it('in a list of conditions it stays a condition', () => {
    expect(values('年营业收入达到2000万元以上;', true)).toEqual({ amounts: [], thresholds: [20000000] });
  });
});

describe('a season after a year is part of the time, not the start of a place’s name (season)', () => {
  const dl = (s: string) => extractValues(s, '2017-05-18').deadlines.map((d) => d.date);
  it.each([
    // 盘山 (liaoning-panshan-sheshinongye.txt): 秋季县政府 is no 秋季县
    ['本次奖励只适用于2017年春季设施农业小区建设任务完成较好镇政府的相关干部,2017年秋季县政府将重新制定奖励办法并对设施农业小区建设工作中表现突出的干部将加大奖励力度。', ['2017', '2017']],
    // forms: 冬季, 夏季 before a body
    ['2017年冬季市政府将出台补助办法。', ['2017']],
    ['力争2018年夏季区政府完成全部改造任务。', ['2018']],
  ] as [string, string[]][])('%s', (s, want) => expect(dl(s)).toEqual(want));
});

describe('a clause that opens with the label of a list of conditions, the list run on after its colon, holds conditions (inline condition label)', () => {
  const values = (s: string) => {
    const v = extractValues(s, '2020-05-20');
    return { amounts: v.amounts.map((a) => [a.yuan, a.role]), thresholds: v.thresholds.map((t) => [t.min ?? null, t.unit]) };
  };
  it.each([
    // 社旗 (henan-sheqi-nongyezhudao.txt)
    ['建设的基本标准为:产业规模,种植业面积达到1500亩以上(设施农业实际种植规模达到300亩以上),养殖业原则上达到各类规模化养殖场标准5倍以上;', { amounts: [], thresholds: [[1500, '亩'], [300, '亩'], [5, '倍']] }],
    // forms: a label of the guide's list, with an item number; 认定标准 with a full-width colon (and no goal read from a bare bound)
    ['申报条件:年营业收入达到2000万元以上;', { amounts: [], thresholds: [[20000000, '元']] }],
    ['(一)认定标准：种植面积达到1500亩以上;', { amounts: [], thresholds: [[1500, '亩']] }],
  ] as [string, unknown][])('%s', (s, want) => expect(values(s)).toEqual(want));
});
