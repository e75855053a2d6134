import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments, extractValues, planTitleTerm } from './extract.js';

// Round 73 classes (fifteenth session), found where a blind second labelling of 30 dev notices and the extractor differed; each
// with the dev sentence that showed it.
const clauses = (text: string) =>
  extractDocuments(documentsOfPlainText(text))
    .flat()
    .map((c) => [c.text, c.units, c.deadlines.map((d) => d.raw)]);

describe('a bar-drawn table’s last row cut before its closing bar is a row, numbered items in its cells and all (cut bar row)', () => {
  const head = '序号 | 项目 | 具体内容 | 牵头单位 | 配合单位 | 目标任务 | 完成 情况 | 落实情况 |\n';
  it.each([
    // 番禺 (guangdong-panyu-minshengshishi.txt): the excerpt ends inside the progress cell, which holds numbered items
    [
      head + '2 | 统筹增加基础教育学位 | 加大中小学学位建设力度,推动仲元中学第二校区等3所在建中小学在2022年进行招生,增加4680个学位。 | 区教育局 | — | 切实推动我区新学校建设工作,确保3所中小学在2022年开办招生,增加4680个公办义务教育学位。 | 推进中 | 1.仲元中学第二校区建设如期推进,招生工作基本完成,将于2022年9月投入使用。 2.品秀星瀚配套学校与广东外语外贸大学合作办学,学校将于2022年9月开办,招生工作已完成。',
      [
        ['加大中小学学位建设力度,推动仲元中学第二校区等3所在建中小学在2022年进行招生,增加4680个学位。', ['区教育局'], ['2022年']],
        ['切实推动我区新学校建设工作,确保3所中小学在2022年开办招生,增加4680个公办义务教育学位。', ['区教育局'], ['2022年']],
      ],
    ],
    // the same row closed by its bar, as before
    [
      head + '2 | 统筹增加基础教育学位 | 加大中小学学位建设力度,推动3所在建中小学在2022年进行招生。 | 区教育局 | — | 确保3所中小学在2022年开办招生。 | 推进中 | 1.仲元中学第二校区建设如期推进。 2.品秀星瀚配套学校开办。 |',
      [
        ['加大中小学学位建设力度,推动3所在建中小学在2022年进行招生。', ['区教育局'], ['2022年']],
        ['确保3所中小学在2022年开办招生。', ['区教育局'], ['2022年']],
      ],
    ],
  ])('%s', (text, want) => expect(clauses(text)).toEqual(want));
});

const thresholds = (text: string) => extractValues(text).thresholds.map((t) => [t.metric, t.min ?? null, t.max ?? null, t.unit]);

describe('a negated floor on what the applicant must not have is a bound below it (negated floor)', () => {
  it.each([
    // 洪山 (hubei-hongshan-peitaojiangli.txt): ANNOTATION round 43's example
    ['申报主体在洪山区经营,企业未纳入失信被执行人名单,无亡人或较大及以上安全事故,环保方面无20万元以上罚款或责令停产等情况。', [['环保方面无', null, 200000, '元']]],
    // 龙泉驿 (sichuan-longquanyi-xiaoshenggui.txt): a word between the negation and the figure, the bound's mark after it
    ['工业名录库证明、安全环保无重大事故证明、无单笔5万元以上(含)罚款的行政处罚证明。', [['无单笔', null, 50000, '元']]],
    // 未发生, as 无
    ['申报企业近三年未发生10万元以上的安全生产罚款。', [['近三年未发生', null, 100000, '元']]],
    // 无论 negates nothing: a floor still
    ['无论投资1亿元以上的项目,均给予奖励。', [['无论投资', 100000000, null, '元']]],
  ])('%s', (text, want) => expect(thresholds(text)).toEqual(want));
});

const deadlines = (text: string) => extractValues(text).deadlines.map((d) => [d.raw, d.date ?? null, d.kind ?? null]);

describe('a period that names whose taxes or fees a relief takes is none; the relief’s span is the deadline (taxes’ period)', () => {
  it.each([
    // 山西省 (shanxi-shanxisheng-gongyewenzengzhang.txt): quarters in a list before 部分税费
    ['延续实施制造业中小微企业延缓缴纳部分税费,2021年第四季度部分税费缓缴期限继续延长6个月,2022年第一季度、第二季度部分税费延缓缴纳6个月。', [['延长6个月', null, 'relative'], ['延缓缴纳6个月', null, 'relative']]],
    // a half year's contributions, 的 between
    ['对2022年上半年应缴纳的社会保险费给予缓缴。', []],
    // a period something is due in stays
    ['2022年第一季度完成设备采购。', [['2022年第一季度', '2022-03', null]]],
  ])('%s', (text, want) => expect(deadlines(text)).toEqual(want));
});

describe('a plan’s own title period is its term also with a draft’s or trial’s mark after it (plan term, draft mark)', () => {
  it.each([
    // 泸州 (sichuan-luzhou-meilisichuan.txt): the attached draft's title, its period written without 年
    ['美丽四川建设泸州市实施规划(2024—2035)(征求意见稿)', { raw: '2024—2035', from: '2024', date: '2035' }],
    ['某某产业发展三年行动计划(2023-2025年)(试行)', { raw: '2023-2025年', from: '2023', date: '2025' }],
    // a cover that sends it gives it too (round 104, as 滨州 2022 has it: the body's first clause takes it where nothing before carries it)
    ['关于印发某某产业发展三年行动计划(2023-2025年)(试行)的通知', { raw: '2023-2025年', from: '2023', date: '2025' }],
    // a title with no period gives none
    ['某某专项资金管理办法(试行)', undefined],
  ])('%s', (title, want) => expect(planTitleTerm(title)).toEqual(want));
});

describe('a title’s period on a line of its own closes the title: the term goes on the body’s first clause (plan term, period line)', () => {
  const firstClauses = (text: string) =>
    extractDocuments(documentsOfPlainText(text))
      .flat()
      .slice(0, 2)
      .map((c) => [c.text.slice(0, 8), c.deadlines.map((d) => [d.raw, d.from ?? null, d.date ?? null])]);
  it.each([
    // 临沧 (yunnan-lincang-xinxinggongyehua.txt): the blind second labelling put the term on the preamble, as rounds 68–69 say
    [
      '临沧市新型工业化三年攻坚行动计划\n(2020—2022年)\n为全面贯彻市委四届六次全会精神,破解临沧工业发展的关键制约因素,特制定本行动计划。\n一、总体目标\n通过三年合力攻坚,到2022年,全市工业经济跨越发展的四梁八柱基本形成。\n',
      [
        ['为全面贯彻市委四', [['2020—2022年', '2020', '2022']]],
        ['通过三年合力攻坚', [['三年', null, null], ['到2022年', null, '2022']]],
      ],
    ],
    // 遵义 (guizhou-zunyi-youxiaotouzi.txt): a hyphen for the dash
    [
      '遵义市扩大有效投资三年行动方案\n(2021-2023年)\n为进一步扩大有效投资,优化投资结构,特制定本方案。\n一、总体要求\n2021-2023年全市工业投资累计完成1450亿元以上。\n',
      [
        ['为进一步扩大有效', [['2021-2023年', '2021', '2023']]],
        ['2021-202', [['2021-2023年', '2021', '2023']]],
      ],
    ],
  ])('%s', (text, want) => expect(firstClauses(text)).toEqual(want));
});

const amounts = (text: string) => extractValues(text).amounts.map((a) => [a.yuan, a.role]);

describe('a breakthrough a place is to make at a scale written without 元 is a target amount (scale breakthrough, round 49)', () => {
  it.each([
    // 山东省 县域经济 (shandong-shandongsheng-xianyujingji.txt): the blind second labelling read it as round 49's 向千亿规模迈进
    ['支持一批基础好、潜力大的县(市)加快补齐短板弱项、着力增强内生动力、加速实现千亿突破,引领全省县域经济高质量发展。', [[100000000000, 'target']]],
    ['全市工业总产值实现百亿突破。', [[10000000000, 'target']]],
    // a breakthrough of another kind names no sum
    ['实现千亿突破性进展。', []],
    // the scale as a name, as before
    ['发挥5个“千亿”县(市)带动作用。', []],
  ])('%s', (text, want) => expect(amounts(text)).toEqual(want));
});

describe('a scale first reached in a year written 年度 is the window of that act, as with 年 (first reach, 年度)', () => {
  it.each([
    // 海南 (hainan-hainansheng-xinxichanye.txt): the reward tiers beside round 35's 年营业收入于2024年首次突破相应规模
    ['对2024年度营业收入首次突破1亿元的实质性运营信息传输、软件和信息技术服务业企业,给予50万元一次性奖励;', [['2024年度', '2024', null]]],
    // written 年, as before
    ['对2024年营业收入首次突破1亿元的企业,给予50万元一次性奖励。', [['2024年', '2024', null]]],
    // a review that looks back, no grant: none
    ['2023年度全市营收首次突破千亿元。', []],
    // a level, no first reaching: the period measured, none
    ['对2023年度营业收入达到1亿元以上的企业给予奖励。', []],
  ])('%s', (text, want) => expect(deadlines(text)).toEqual(want));
});

describe('a record of fields with a time field and no unit field gives its period to every field line (time-only record, rounds 57–59)', () => {
  const recordDeadlines = (text: string) =>
    extractDocuments(documentsOfPlainText(text))
      .flat()
      .map((c) => [c.text.slice(0, 6), c.deadlines.map((d) => d.raw)]);
  it('格尔木 (qinghai-geermu-bangfuchejian.txt): the fields before and after 项目施工期限, not the page’s own fields below', () => {
    const text =
      '项目批复文号:格农组〔2025〕1号\n项目资金来源:衔接资金\n项目建设地点:格尔木市郭勒木德镇文化站、小岛村\n项目施工期限:2025年4月-2025年9月\n项目验收结果:已验收合格\n公告时间:2025年9月1日-9月10日\n通讯地址:格尔木市金峰中路75号\n';
    expect(recordDeadlines(text)).toEqual([
      ['项目批复文号', ['2025年4月-2025年9月']],
      ['项目资金来源', ['2025年4月-2025年9月']],
      ['项目建设地点', ['2025年4月-2025年9月']],
      ['项目验收结果', ['2025年4月-2025年9月']],
      ['公告时间:2', ['2025年9月1日-9月10日']],
      ['通讯地址:格', []],
    ]);
  });
  it('a time field under a sentence that is no field stays that sentence’s limit alone (驻马店’s 完成时限 line, as before)', () => {
    const text = '关于印发某某工作方案的通知\n各有关单位:\n一、推进重点项目建设\n加快推进产业园基础设施建设。\n完成时限:2021年6月30日\n二、优化营商环境\n强化要素保障,优化营商环境。\n责任单位:市发展改革委\n';
    expect(recordDeadlines(text)).toEqual([
      ['加快推进产业', ['2021年6月30日']],
      ['强化要素保障', []],
    ]);
  });
});
