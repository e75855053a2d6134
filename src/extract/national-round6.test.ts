import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';
import { headingYear } from './deadlines.js';

/** Ingest a text as a file of the given name and extract its clauses (what a user's `pclause extract` does). */
async function ingestAndExtract(body: string, name: string) {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const { ingestFile } = await import('../ingest/ingest.js');
  const { extractDocument } = await import('./extract.js');
  const file = join(mkdtempSync(join(tmpdir(), 'round6-')), name);
  writeFileSync(file, body);
  return (await ingestFile(file)).flatMap((d) => extractDocument(d));
}

// Round 5 of classes (issue 9), from the 14 notices of round 6 of the national development set: each class in its
// general form. Sentences are real: from a dev notice (file in eval/national/dev named in the comment); where no real
// sentence was at hand, the comment says "form" and the sentence is written from the class.
const deadlines = (text: string, docDate?: string) =>
  extractValues(text, docDate).deadlines.map((d) => {
    expect(text.slice(d.start, d.end)).toBe(d.raw);
    return [d.raw, d.from, d.date];
  });

describe('a month without a year that opens a phrase: the year written before, else the notice\'s (year from its title)', () => {
  it.each([
    // 江苏 苏州工业园区 (jiangsu-suzhougongyeyuanqu-gongzuoyaodian.txt, title 2015年二季度…工作要点, no date).
    ['4月贸易多元功能区完成验收并封关运作。', '2015', [['4月', undefined, '2015-04']]],
    ['6月举办中国半导体行业协会MEMS分会市场年会。', '2015', [['6月', undefined, '2015-06']]],
    ['推进顺丰电商基地、聚美优品等重点项目建设,4月新越百货开业,6月诚品书店开业。', '2015', [['4月', undefined, '2015-04'], ['6月', undefined, '2015-06']]],
    // A part of a month alone after the month (下旬, 月底 → the month written before).
    ['4月中旬举办伊朗中国纳米技术中心签约揭牌仪式暨纳米技术企业对接活动,启动纳米技术作品设计大赛,下旬举办2015苏州触控显示会议,月底出台《苏州工业园区MEMS产业创新发展规划》。', '2015',
      [['4月中旬', undefined, '2015-04'], ['下旬', undefined, '2015-04'], ['月底', undefined, '2015-04']]],
    // Forms: Chinese numerals, 份, a day, full-width comma, the year written before in the sentence.
    ['五月份召开全区招商引资推进会。', '2015', [['五月份', undefined, '2015-05']]],
    ['2016年3月启动规划编制，9月上旬完成评审。', '2015', [['2016年3月', undefined, '2016-03'], ['9月上旬', undefined, '2016-09']]],
    ['7月1日举办第二届产业对接会', '2015', [['7月1日', undefined, '2015-07-01']]],
  ] as [string, string, unknown[]][])('%s', (text, docDate, want) => {
    expect(deadlines(text, docDate)).toEqual(want);
  });
  it.each([
    // Not a time: a count of months, a month after a year, a since, a frequency, a month range's parts.
    ['企业连续6个月用工人数稳定', '2015'],
    ['2015年3月以来,累计完成投资', '2015'],
    ['每月召开一次调度会', '2015'],
    ['3月以来,全区新增市场主体1200户', '2015'],
  ])('none: %s', (text, docDate) => {
    expect(deadlines(text, docDate).filter(([raw]) => !String(raw).startsWith('2015年'))).toEqual([]);
  });
});

describe('a year a lead-in or heading sets for the targets or work below it', () => {
  it.each([
    // 上海 静安 (shanghai-jingan-zhongdiangongzuo.txt): a lead-in naming the year's work, closed by 如下:.
    ['根据市委、市政府决策部署,按照区委工作要求,2023年区政府重点工作具体安排如下:', '2023-02-27', [['2023年', undefined, '2023']]],
    // 广东 紫金 (guangdong-zijin-jihua.txt): 今年 in running text describes, the lead-in's year sets.
    ['综合考虑国内外经济环境和省、市对今年发展的预期及政策导向,结合我县发展实际与潜力,2022年全县国民经济和社会发展的主要预期目标计划如下:', '2022-03-01', [['2022年', undefined, '2022']]],
    // 辽宁省 (liaoning-liaoningsheng-fengongfangan.txt): 今年 opening a heading of targets → the notice's year.
    ['一、今年全省经济社会发展的主要预期目标', '2024-02-05', [['今年', undefined, '2024']]],
    // Forms: full-width colon, 是：, 为：, 今年 opening a lead-in.
    ['2024年全县重点工作任务是：', '2024-01-20', [['2024年', undefined, '2024']]],
    ['今年全市经济社会发展主要预期目标为：', '2024-01-20', [['今年', undefined, '2024']]],
  ] as [string, string, unknown[]][])('%s', (text, docDate, want) => {
    expect(deadlines(text, docDate)).toEqual(want);
  });
  it.each([
    // 山东 烟台 (shandong-yantai-jingji.txt): 今年 describing funds; a year's work named, no lead-in (ANNOTATION).
    ['加快地方政府专项债资金使用和发放进度,今年累计争取的362.22亿元地方政府专项债资金年底前全部发放', '2024-03-01', [['年底前', undefined, '2024-12']]],
    ['做好2024年经济工作意义重大。', '2024-03-01', []],
    ['今年以来,全市经济运行稳中向好', '2024-03-01', []],
  ] as [string, string, unknown[]][])('describes: %s', (text, docDate, want) => {
    expect(deadlines(text, docDate)).toEqual(want);
  });
});

describe('headingYear: a heading of the year\'s targets, its year (今年/明年 from the notice\'s)', () => {
  it.each([
    // 广东省 (guangdong-guangdongsheng-renwufengong.txt), 湖北 蔡甸 (hubei-caidian-zerenfenjie.txt), 辽宁省, 山东 金乡 (dev).
    ['一、2021年经济社会发展主要预期目标', '2021-03-21', '2021年', '2021'],
    ['一、2023年全区经济社会发展的主要预期目标', '2023-01-03', '2023年', '2023'],
    ['一、今年全省经济社会发展的主要预期目标', '2024-02-05', '今年', '2024'],
    ['一、2025年主要预期目标', '2025-02-10', '2025年', '2025'],
    // 湖北 咸宁 (hubei-xianning-zerenfenjie.txt) writes 计划目标; forms: 明年, 主要指标, full-width digits.
    ['一、2024年经济社会发展计划目标', '2024-02-01', '2024年', '2024'],
    ['（一）明年主要预期指标', '2023-12-20', '明年', '2024'],
    ['一、２０２２年全县发展主要目标', '2022-01-10', '２０２２年', '2022'],
  ])('%s', (heading, docDate, raw, date) => {
    expect(headingYear(heading, docDate)).toEqual({ raw, date });
  });
  it.each([
    // 湖北 咸宁: a heading of work, not targets (its gold labels none); a heading looking back; a month.
    ['二、2024年七个方面重点工作'],
    ['一、2023年工作回顾'],
    ['一、2024年3月主要目标'],
  ])('none: %s', (heading) => {
    expect(headingYear(heading, '2024-01-01')).toBeUndefined();
  });
});

describe('a heading of the year\'s targets on its own line: a clause of its own holding the year, before the first target', () => {
  it('广东省 (guangdong-guangdongsheng-renwufengong.txt, shortened)', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { ingestFile } = await import('../ingest/ingest.js');
    const { extractDocument } = await import('./extract.js');
    const file = join(mkdtempSync(join(tmpdir(), 'head-')), 'renwu.txt');
    writeFileSync(file, '广东省2021年省《政府工作报告》重点任务分工方案\n\n为贯彻落实全国两会精神,现将2021年省《政府工作报告》重点任务分工如下:\n\n一、2021年经济社会发展主要预期目标\n\n1.地区生产总值增长6%以上。\n\n2.地方一般公共预算收入增长5%左右。\n\n二、2020年工作回顾\n\n3.全省完成投资增长7%。\n');
    const clauses = (await ingestFile(file)).flatMap((d) => extractDocument(d));
    const withYear = clauses.filter((c) => c.deadlines.some((d) => d.raw === '2021年' && d.date === '2021'));
    expect(withYear.map((c) => [c.text, c.deadlines.map((d) => c.text.slice(d.start, d.end))])).toContainEqual(['一、2021年经济社会发展主要预期目标', ['2021年']]);
    // Once: not on the targets below it, not under a heading that looks back.
    expect(clauses.filter((c) => /增长/.test(c.text)).map((c) => c.deadlines.length)).toEqual([0, 0, 0]);
  });
});

describe('an item with no closing 。 that a note line closes is a task clause with the note\'s units', () => {
  const run = (body: string) => ingestAndExtract(body, 'items.txt');
  it('湖北 蔡甸 (hubei-caidian-zerenfenjie.txt): (一)…增长7%以上 / 责任单位:…, the last note cut off by the excerpt', async () => {
    const clauses = await run('2023年区《政府工作报告》确定的主要目标任务责任分解方案\n\n一、2023年全区经济社会发展的主要预期目标\n\n(一)地区生产总值增长7%以上\n\n责任单位:区发展和改革局\n\n(二)规上工业增加值增长12%以上\n\n责任单位:区科技和经信局\n\n(三)工业投资增长12%以上\n\n责任单位:区\n');
    expect(clauses.filter((c) => c.rates.length).map((c) => [c.text, c.rates.map((r) => r.value), c.units])).toEqual([
      ['地区生产总值增长7%以上', [0.07], ['区发展和改革局']],
      ['规上工业增加值增长12%以上', [0.12], ['区科技和经信局']],
      ['工业投资增长12%以上', [0.12], []],
    ]);
  });
  it('forms: 1. items, full-width colon, 牵头单位', async () => {
    const clauses = await run('某市2024年重点工作责任分工\n\n为推进工作,现分工如下:\n\n1.固定资产投资增长8%左右\n\n牵头单位：市发展改革委\n\n2.社会消费品零售总额增长6%\n\n牵头单位：市商务局\n');
    expect(clauses.filter((c) => c.rates.length).map((c) => [c.text, c.units])).toEqual([
      ['固定资产投资增长8%左右', ['市发展改革委']],
      ['社会消费品零售总额增长6%', ['市商务局']],
    ]);
  });
  it('a heading that a sub-item follows is no clause', async () => {
    const clauses = await run('某市2024年重点工作责任分工\n\n为推进工作,现分工如下:\n\n一、扩大有效投资\n\n(一)固定资产投资增长8%左右\n\n责任单位:市发展改革委\n');
    expect(clauses.map((c) => c.text)).not.toContain('扩大有效投资');
  });
});

describe('a time limit that recurs each quarter or month on a set day of a set month: ongoing', () => {
  it.each([
    // 湖北 蔡甸 (hubei-caidian-zerenfenjie.txt); the quarter opening the period is a start of its own: its first month (round 45's
    // rule, which 蔡甸's gold was brought in line with in round 51).
    ['从2023年第一季度开始,各责任单位要在每季度最后一个月的30日前将本季度落实各项工作目标任务进展情况报区人民政府办公室', [['2023年第一季度', 'from undefined', '2023-01'], ['每季度最后一个月的30日前', 'ongoing']]],
    // Forms: 末月, 第三个月, 最后一月, 首月的.
    ['于每季度末月25日前报送', [['每季度末月25日前', 'ongoing']]],
    ['每季度第三个月的20日前报送进展情况', [['每季度第三个月的20日前', 'ongoing']]],
    ['每半年最后一月10日前上报', [['每半年最后一月10日前', 'ongoing']]],
    ['每季度首月的10日前报送上季度情况', [['每季度首月的10日前', 'ongoing']]],
  ] as [string, unknown[]][])('%s', (text, want) => {
    const got = extractValues(text, '2023-01-03').deadlines.map((d) => (d.kind ? [d.raw, d.kind] : [d.raw, `from ${d.from}`, d.date]));
    expect(got).toEqual(want);
  });
});

describe('a 完成时限 value: the whole value; on a line of its own it is a time limit of each sentence of the article above', () => {
  it.each([
    // 河南 驻马店 (henan-zhumadian-yingshanghuanjing.txt); forms: brackets, 完成时间, a value longer than the field's run.
    ['（责任单位：市市场监督管理局；完成时限：持续巩固提升）', [['持续巩固提升', 'ongoing']]],
    ['完成时限:持续巩固提升', [['持续巩固提升', 'ongoing']]],
    ['（完成时间：长期坚持推进）', [['长期坚持推进', 'ongoing']]],
    ['完成时限：常态化开展，每季度通报', [['常态化开展', 'ongoing']]],
    ['完成时限：持续推进并逐步完善提升工作机制', [['持续推进', 'ongoing']]],
  ] as [string, unknown[]][])('%s', (text, want) => {
    expect(extractValues(text, '2021-05-01').deadlines.map((d) => [d.raw, d.kind])).toEqual(want);
  });
  const run = (body: string) => ingestAndExtract(body, 'times.txt');
  it('驻马店 (shortened): the line between the article and its unit note, and after the note', async () => {
    const clauses = await run('某市2021年优化营商环境工作方案\n\n为贯彻落实市委部署,制定本方案。\n\n1.压缩开办时间。全面实行企业开办5小时办结工作制。\n完成时限:持续巩固提升\n责任单位:市市场监督管理局\n2.优化“一网通办”功能。引导申请人通过全程电子化平台办理相关业务。完善企业开办“一网通办”服务平台功能,推进“互联网+公章刻制”服务。\n完成时限:2021年6月30日\n责任单位:市市场监督管理局\n3.推进不动产登记。实现不动产登记1个工作日办结。\n责任单位:市自然资源和规划局\n完成时间：2021年12月底前\n');
    const got = clauses.filter((c) => c.deadlines.length).map((c) => [c.text.slice(0, 12), c.deadlines.map((d) => d.raw), c.units]);
    expect(got).toEqual([
      ['全面实行企业开办5小时办', ['持续巩固提升'], ['市市场监督管理局']],
      ['引导申请人通过全程电子化', ['2021年6月30日'], ['市市场监督管理局']],
      ['完善企业开办“一网通办”', ['2021年6月30日'], ['市市场监督管理局']],
      // (its 1个工作日办结 a span the procedure is done in: round 125's decision, applied in round 210)
      ['实现不动产登记1个工作日', ['1个工作日', '2021年12月底前'], ['市自然资源和规划局']],
    ]);
  });
});

describe('a span of years a total is reached over: relative', () => {
  it.each([
    // 海南省 (hainan-hainansheng-kejichuangxin.txt); forms: 共计, 合计, 内 before 累计, digits.
    ['国家科技计划项目批准数量翻一番,三年累计突破1000个;', [['三年', 'relative', '2024-06-01']]],
    ['力争5年共计投入10亿元', [['5年', 'relative', '2026-06-01']]],
    ['两年合计新增规上企业50家', [['两年', 'relative', '2023-06-01']]],
    ['两年内累计培育企业20家', [['两年内', 'relative', '2023-06-01']]],
  ] as [string, unknown[]][])('%s', (text, want) => {
    expect(extractValues(text, '2021-06-01').deadlines.map((d) => [d.raw, d.kind, d.resolved])).toEqual(want);
  });
  it.each([
    // 浙江 萧山 (zhejiang-xiaoshan-chuangxinqiangqu.txt): 每年累计 recurs; forms: 三年来 looks back, 共同 is no total.
    ['骨干企业每年累计采购区内无关联企业配套产品5000万元以上'],
    ['三年来累计完成投资120亿元'],
    ['两年企业共同申报'],
  ])('none: %s', (text) => {
    expect(extractValues(text, '2021-06-01').deadlines).toEqual([]);
  });
});

describe('a size class with a bound word qualifying counted things: a threshold in 元 (ANNOTATION: a size that qualifies counted things)', () => {
  it.each([
    // 上海 静安 (shanghai-jingan-zhongdiangongzuo.txt).
    ['高质量开展投资促进工作,全年新增注册企业10000家,引进税收千万级以上项目120个。', [[10000000, true, '千万级以上']], []],
    // 四川 雅安 (https://jhwsj.yaan.gov.cn/xinwen/show/736ffc9b-6d31-4385-baa8-0b9f8ed77fa1.html): 亿元及以上, no 级.
    ['1-12月,全市新引进亿元及以上项目43个,总投资226.51亿元', [[100000000, true, '亿元及以上']], [22651000000]],
    // 安徽 亳州 (http://www.bozhou.cn/p/256508.html): 亿元以上 (already read; kept).
    ['1—10月份,全市新签约亿元以上工业项目219个,总投资1115.2亿元', [[100000000, true, '亿元以上']], [111520000000]],
    // Forms: a figure before the class (its sum is no amount), 超 before it, 量级, 或以上.
    ['引进10亿元级以上重大项目8个', [[1000000000, true, '10亿元级以上']], []],
    ['力争引进百亿级以上产业项目2个', [[10000000000, true, '百亿级以上']], []],
    ['新增营收千万量级或以上企业30家', [[10000000, true, '千万量级或以上']], []],
  ] as [string, unknown[], number[]][])('%s', (text, want, amounts) => {
    const v = extractValues(text, '2023-02-27');
    expect(v.thresholds.map((t) => [t.min, t.minInclusive, t.raw])).toEqual(want);
    expect(v.thresholds.every((t) => t.unit === '元')).toBe(true);
    expect(v.amounts.map((a) => a.yuan)).toEqual(amounts);
  });
  it.each([
    // Without a bound word a size class is nothing (ANNOTATION: 3个千亿产业集群).
    ['新增百亿级企业3家'],
    ['打造3个千亿级产业集群'],
  ])('none: %s', (text) => {
    expect(extractValues(text, '2023-02-27').thresholds).toEqual([]);
  });
});

// Forms the next notice is likely to write (task-division and work-point notices: 工作要点, 任务分工); "form" sentences.
describe('time limits the next task list may write: 今年/明年 with a month or the year\'s end, parts of a month kept in raw', () => {
  it.each([
    ['今年底前完成', [['今年底前', '2024-12']]],
    ['今年年底前全部完工', [['今年年底前', '2024-12']]],
    ['明年6月底前完成', [['明年6月底前', '2025-06']]],
    ['明年底前建成投用', [['明年底前', '2025-12']]],
    ['2024年11月中旬完成', [['2024年11月中旬', '2024-11']]],
    ['2024年4月上旬前印发', [['2024年4月上旬前', '2024-04']]],
    ['2024年6月中下旬举办', [['2024年6月中下旬', '2024-06']]],
    ['11月上中旬召开', [['11月上中旬', '2024-11']]],
    // Not a part of a month: 初步.
    ['2024年3月初步完成', [['2024年3月', '2024-03']]],
    // Looking back, a start of no set year: none.
    ['今年以来,全市经济运行稳中向好', []],
    // 山西省 (shanxi-shanxisheng-gongyewenzengzhang.txt): 2022年度内 is the window a purchase must fall in, a deadline (ANNOTATION
    // round 75, which overturned this table's first reading, none).
    ['中小微企业2022年度内新购置的单位价值500万元以上的设备器具', [['2022年度内', '2022']]],
  ] as [string, unknown[]][])('%s', (text, want) => {
    expect(extractValues(text, '2024-03-01').deadlines.map((d) => [d.raw, d.date])).toEqual(want);
  });
});

describe('other provinces\' pages, traditional characters: a month without a year and a monthly limit', () => {
  it.each([
    // 四川 成都 (http://www.jumpstarthappiness.com/rule/45663.html, a 2001 notice reposted in traditional characters).
    ['各單位聯系電話於4月15日前報送市政府研究室。', [['於4月15日前', '2001-04-15', undefined]]],
    ['市政府各部門每月10日前要將上一個月或前一階段的工作情況書面報送市政府研究室', [['每月10日前', undefined, 'ongoing']]],
    // Form: 苏州工业园区's sentence in traditional characters.
    ['4月中旬舉辦簽約儀式,下旬舉辦觸控顯示會議,月底出臺規劃。', [['4月中旬', '2001-04', undefined], ['下旬', '2001-04', undefined], ['月底', '2001-04', undefined]]],
  ] as [string, unknown[]][])('%s', (text, want) => {
    expect(extractValues(text, '2001-04-04').deadlines.map((d) => [d.raw, d.date, d.kind])).toEqual(want);
  });
});
