import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { pageFieldsOf } from '../ingest/metadata.js';
import { extractDocument, extractValues } from './extract.js';

// Round 25 of the national development set: ten notices scored at the frozen build 9448399 before any rule for them (amounts
// 0.907, rates 0.778, thresholds 0.211, units 0.861, deadlines 0.692, date 5/7). The classes of their misses, each with the dev
// sentence that showed it (file named) and forms written from the class.
const v = (s: string, date = '2025-04-25', listed = false) => extractValues(s, date, listed);
const mins = (s: string, date?: string) => v(s, date).thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]);
const dates = (s: string, date?: string) => v(s, date).deadlines.map((d) => [d.raw, d.from ?? null, d.date ?? null]);
const rows = (text: string) =>
  extractDocument(documentsOfPlainText(text)[0]).map((c) => [c.text, c.units, c.rates.map((r) => r.value)]);

describe('a score in points is a condition (分)', () => {
  it.each([
    // 大兴 (beijing-daxing-hexintuandui.txt)
    ['符合区域引导扶持产业发展方向的,且综合考评80分(含)以上的企业,对其核心团队给予奖励和服务。', [[80, null, '分']]],
    ['综合考评100分以上的,给予企业最高200万元奖励;', [[100, null, '分']]],
    ['95分-99分的,给予企业最高100万元奖励;', [[95, 99, '分']]],
    // a band of another quantity before its grant, a comma between
    ['占地500亩-1000亩的,给予企业最高100万元奖励;', [[500, 1000, '亩']]],
  ] as [string, unknown[]][])('%s', (s, want) => expect(mins(s)).toEqual(want));
});

describe('a voucher’s spending floor is a condition, its discount the sum (满X元减Y元)', () => {
  it.each([
    // 石景山 (beijing-shijingshan-xiaofeiquan.txt)
    ['满50元减20元;', 50, 20],
    ['满300元减120元。', 300, 120],
    ['单笔消费满200元的,立减80元。', 200, 80],
  ])('%s', (s, floor, off) => {
    expect([mins(s).map((t) => t[0]), v(s).amounts.map((a) => a.yuan)]).toEqual([[floor], [off]]);
  });
  it('a reduction target stays no condition', () => expect(mins('能耗较上年减少10%以上。')).toEqual([]));
});

describe('items under a heading of conditions, and a window that is no goal (江门: 一、入库条件调整)', () => {
  const JIANGMEN = '各市(区)工业和信息化主管部门:\n现组织开展2020年省级促进经济高质量发展专项企业技术改造资金项目入库申报工作,有关事项通知如下:\n一、入库条件调整\n(一)事后奖补项目在2019年1月1日(含)至2019年8月31日(含)内完工,完工日期在项目备案证建设期内,项目符合条件的设备购置总额不低于500万元。\n(三)股权投资项目企业主营业务收入2000万元以上,项目总投资不低于3000万元。\n江门市工业和信息化局\n2019年9月23日\n';
  const got = extractDocument(documentsOfPlainText(JIANGMEN)[0]);
  it('the floors are thresholds, not targets; the window is one period; the year of a fund’s name is none', () => {
    const item = got.find((c) => c.text.startsWith('事后奖补项目'))!;
    expect([item.thresholds.map((t) => t.min), item.amounts, item.deadlines.map((d) => [d.from, d.date])]).toEqual([[5000000], [], [['2019-01-01', '2019-08-31']]]);
    expect(got.find((c) => c.text.startsWith('股权投资项目'))!.thresholds.map((t) => t.min)).toEqual([20000000, 30000000]);
    expect(got.find((c) => c.text.startsWith('现组织开展'))?.deadlines ?? []).toEqual([]);
  });
  it.each([
    ['2019年1月1日（含）至2019年8月31日（不含）完工', ['2019-01-01', '2019-08-31']],
    ['2019年1月1日至2019年8月31日内完工', ['2019-01-01', '2019-08-31']],
  ])('a window with its ends’ marks: %s', (s, want) => expect(v(s, '2019-09-23').deadlines.map((d) => [d.from, d.date])).toEqual([want]));
});

describe('a growth reached, then a grant paid as a share (北京经开区: 增速达8%,按…的1%给予支持)', () => {
  it.each([
    ['2025年第一季度营业收入增速达8%,按第一季度营业收入增量部分的1%给予支持;', 0.08, 0.01],
    ['研发投入强度达5%以上,按研发投入的10%给予补助。', 0.05, 0.1],
  ])('%s', (s, floor, paid) => {
    const x = v(s);
    expect([x.thresholds.map((t) => t.min), x.rates.map((r) => r.value)]).toEqual([[floor], [paid]]);
  });
  it('the quarter a figure is measured over, or an award named by its quarter, is no deadline; a quarter that sets work is', () => {
    expect(dates('现开展2025年一季度信息服务业营收增长奖励申报工作')).toEqual([]);
    expect(dates('详见附件《2025年一季度信息服务业营收增长奖励办事指南》。')).toEqual([]);
    expect(dates('2025年一季度完成投资奖励申报。')).toEqual([['2025年一季度', '2025-01', '2025-03']]);
    expect(dates('落实《扎实推进2024年下半年经济稳进向好若干措施》。')).toEqual([['2024年下半年', '2024-07', '2024-12']]);
  });
});

describe('deadlines of task lists (上城, 苍溪, 大兴)', () => {
  it.each([
    // 上城 (zhejiang-shangcheng-mubiaofenjie.txt): the year of the work report whose tasks are handed down; 年底考核 names an assessment
    ['为确保完成区十五届人大三次会议通过的2019年《政府工作报告》、民生实事项目所提出的各项目标任务,经区政府研究决定,进行分解。', '2019-02-15', [['2019年', null, '2019']]],
    ['实行进度督察、数据评估、年底考核。', '2019-02-15', []],
    ['年底前完成建设。', '2019-02-15', [['年底前', null, '2019-12']]],
    // 苍溪 (sichuan-cangxi-zhaoshang.txt): 一季度一批 is a quarter; 一季度一督导 a frequency
    ['力争一季度一批项目正式投产。', '2022-02-22', [['一季度', '2022-01', '2022-03']]],
    ['坚持一季度一督导。', '2022-02-22', []],
    // 大兴 (beijing-daxing-hexintuandui.txt): 试行 from publication is in force as 施行 is
    ['自公布之日起试行,试行期间如遇国家及北京市相关政策变动将做相应调整。', '2025-04-25', [['自公布之日起试行', null, null]]],
  ] as [string, string, unknown[]][])('%s', (s, date, want) => expect(dates(s, date)).toEqual(want));
  it('a year before a work report only cited is none', () => expect(dates('根据2019年《政府工作报告》精神,制定本措施。', '2019-02-15')).toEqual([]));
});

describe('tables and fields of round 25', () => {
  it('上城 (zhejiang-shangcheng-mubiaofenjie.txt): column names set out with spaces; a task named by its name and its figure beside it', () => {
    const text = '2019年目标任务分解表\n序号 | 任 务 名 称 | 指 标 要 求 | 牵 头 部 门 | 配 合 部 门 | 目 标 类 型 |\n1 | 地区生产总值 | 增长5.5%(市下达指标) | 区发改经信局 | 区财政局、区统计局 | A |\n2 | 服务业增加值 | 增长6% | 区发改经信局 | 区统计局 | A |\n';
    expect(rows(text).filter((r) => r[1].length)).toEqual([
      ['地区生产总值|增长5.5%(市下达指标)', ['区发改经信局', '区财政局', '区统计局'], [0.055]],
      ['服务业增加值|增长6%', ['区发改经信局', '区统计局'], [0.06]],
    ]);
  });
  it('开封 (henan-kaifeng-fenjieluoshi.txt): a unit field whose bodies are apart by spaces only', () => {
    const text = '关于印发重点工作分解落实意见的通知\n2005年3月1日\n1.加快重点项目建设,当年要完成投资3000亿元左右。\n责任单位:市发改委 五县五区政府 开发区管委会\n';
    expect(rows(text).at(-1)?.[1]).toEqual(['市发改委', '五县五区政府', '开发区管委会']);
  });
  it('新密 form: spaces inside names beside 、 part nothing', () => {
    const text = '关于印发重点工作分解落实意见的通知\n2023年3月1日\n1.加强城市和建筑风貌管理,完成投资3000万元。\n责任单位: 市 住建局 、资源规划 局\n';
    expect(rows(text).at(-1)?.[1]).toEqual(['市住建局', '资源规划局']);
  });
  it('苍溪 (sichuan-cangxi-zhaoshang.txt): a bar-drawn field first on its line', () => {
    expect(pageFieldsOf(['索 引 号 | 008478033/2022-0140 | 公文种类 | 其他 | 发布机构 | 苍溪县政府 |', '发布日期 | 2022-02-22 | 主题词 | 招商引资 |'])).toEqual({ issuer: '苍溪县政府', published: '2022-02-22' });
    // 周口 (henan-zhoukou-zhongdiangongzuo.txt): a field left empty does not swallow the next
    expect(pageFieldsOf(['发文机关 | 成文日期 | 2013-01-09 | |', '发文字号 | 周政〔2013〕2号 | 发布日期 | 2013-01-22 |'])).toMatchObject({ signed: '2013-01-09', docNumber: '周政〔2013〕2号' });
  });
});

describe('more deadlines of round 25 (开封, 孟州)', () => {
  it('开封 (henan-kaifeng-fenjieluoshi.txt): a list of dates whose first follows 于 inside a phrase', () => {
    expect(dates('各责任单位务于4月25日、6月25日、9月25日、12月25日前分四次向市政府报告。', '2005-03-01').map((d) => d[2])).toEqual(['2005-04-25', '2005-06-25', '2005-09-25', '2005-12-25']);
    expect(dates('位于城区的项目享受优惠。', '2005-03-01')).toEqual([]);
  });
  it.each([
    // 孟州 (henan-mengzhou-lvsegaizao.txt): a time field after the item's number, on its own line or run on after a heading
    ['二、重点任务\n1.时间节点:持续开展企业能效水效对标提升活动。\n'],
    ['根据文件精神,特制定本方案。 二、重点任务 实施能效水效领跑者行动 1.时间节点:持续开展企业能效水效对标提升活动。 2.加快推进。\n'],
  ])('a time field is the item’s, not its heading: %s', (body) => {
    const got = extractDocument(documentsOfPlainText(`孟州市推进工业绿色化改造攻坚方案\n2017年11月24日\n${body}`)[0]);
    expect(got.find((c) => c.text.includes('持续开展企业能效'))?.deadlines.map((d) => [d.raw, d.kind])).toEqual([['持续开展', 'ongoing']]);
  });
});

describe('今年 setting a figure to reach is the notice’s year; 当年 naming the year’s share is none (开封, 玄武)', () => {
  it.each([
    ['今年我省在建和新开工的建设项目总规模将达7000亿元,当年要完成投资3000亿元左右。', [['今年', null, '2005']]],
    ['项目投资总额1008亿元,当年计划完成投资167亿元。', []],
    ['今年累计争取资金5000万元。', []],
    ['对当年新增投资500万元以上的企业给予奖励。', []],
  ] as [string, unknown[]][])('%s', (s, want) => expect(dates(s, '2005-03-01')).toEqual(want));
});

describe('a quarter measured by a positive growth before a grant is the period measured (北京经开区)', () => {
  it.each([
    ['2025年第一季度营业收入实现正增长,按第一季度营业收入增量部分的0.5%给予支持;', []],
    ['力争2025年第一季度实现正增长。', [['2025年第一季度', '2025-01', '2025-03']]],
  ] as [string, unknown[]][])('%s', (s, want) => expect(dates(s)).toEqual(want));
});
