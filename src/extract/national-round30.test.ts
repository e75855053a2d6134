import { describe, expect, it } from 'vitest';
import { cleanText } from '../ingest/clean.js';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';

// Round 30 of the national development set: six notices scored at the frozen build 820dc31 before any rule for them (amounts 0.778,
// rates 1.000, thresholds 0.333, units 0.968, deadlines 0.800, region 4/6, issuer 1/4). The classes of their misses, each with the
// dev sentence that showed it (file named) and forms written from the class.
const v = (s: string, date = '2021-12-01') => extractValues(s, date);

describe('力争 governs the phrases after it to the sentence’s end (河南省, henan-henansheng-zhenzuogongye.txt)', () => {
  it.each([
    ['广泛开展对接活动,力争全年组织开展100场驻豫金融机构与项目融资需求对接活动,帮助企业融资1000亿元以上,对接转化100项科研成果。', [[100000000000, 'target']], []],
    ['力争全年帮助企业融资1000亿元以上。', [[100000000000, 'target']], []],
    // (a condition on an applicant stays one in a goal's sentence)
    ['力争全年新增规上企业100家,对年营收2000万元以上的企业给予奖励10万元。', [[100000, 'fixed']], [20000000]],
    // (and without 力争 the floor of a sum reached stays a condition)
    ['帮助企业融资1000亿元以上的银行,给予奖励。', [], [100000000000]],
  ] as [string, unknown[], number[]][])('%s', (s, amounts, mins) => {
    const x = v(s);
    expect([x.amounts.map((a) => [a.yuan, a.role]), x.thresholds.map((t) => t.min)]).toEqual([amounts, mins]);
  });
});

describe('a heading without its number on a line of its own, in a page with no hard wraps (郑州, henan-zhengzhou-zhuanjingtexin.txt)', () => {
  const lines = (t: string) => cleanText(t).clean.text.split('\n');
  it('stands apart from the long item under it', () => {
    const t = '三、主要任务\n推动创业创新\n支持企业加大研发投入。对有效期内的省级以上专精特新中小企业,市财政按照不超过设备、软件实际投资的10%给予补助,最高不超过200万元。(责任单位:市工信局、市财政局)\n';
    expect(lines(t).slice(0, 2)).toEqual(['三、主要任务', '推动创业创新']);
  });
  it('also after a closed sentence (胶州: …。 / 智能家电 / 加快卡奥斯…)', () => {
    const t = '积极培育新动能,推动产业转型升级。\n智能家电\n加快卡奥斯工业互联网生态园建设,加快打造一核四区N个配套项目的千亿级智能家电产业格局。\n';
    expect(lines(t)[1]).toBe('智能家电');
  });
  it('not in a title block, where no heading or sentence stands above it', () => {
    const t = '奖励政策\n惠州市惠阳区支持实体经济高质量发展若干措施(2025年修订版)(再次公开征求意见稿)\n';
    expect(lines(t).length).toBe(1);
  });
});

describe('ranks and steps that earn a medal or points (华舍街道, zhejiang-huashejiedao-jingjifazhan.txt)', () => {
  const th = (s: string) => v(s, '2011-01-01').thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]);
  it.each([
    ['根据工业企业当年实缴国地税、销售收入、技改投入、自营出口完成情况,经综合考评(实缴国地税每50万元得1分,销售收入每1000万元得1分,技改投入每500万元得1分,自营出口每150万美元得1分),根据得分高低排列,取前26位授予金牌。',
      [[500000, null, '元'], [10000000, null, '元'], [5000000, null, '元'], [1500000, null, '美元'], [null, 26, '位']]],
    ['根据贸易性公司当年自营出口海关数,取前4位授予金牌。', [[null, 4, '位']]],
    // the rank of the applicant named after it, rewarded further on
    ['对当年实缴税收前3位的商贸企业,授予金牌。', [[null, 3, '位']]],
    ['对当年实缴税收前2位的建筑公司和前3位的房地产企业授予金牌。', [[null, 2, '位'], [null, 3, '位']]],
    // (a score step in any metric: 每增加100万元加0.5分)
    ['研发投入每增加100万元加0.5分。', [[1000000, null, '元']]],
    // (a rank that earns nothing is no condition)
    ['对全省前3位的地区的经验做法予以推广。', []],
    // the noun the bound measures between it and 的
    ['常年种植大棚蔬菜达到20亩以上规模的,每亩奖励200元。', [[20, null, '亩']]],
  ] as [string, unknown[]][])('%s', (s, want) => expect(th(s)).toEqual(want));
  it('a step that earns points gives no amount', () => {
    expect(v('经综合考评(实缴国地税每50万元得1分,销售收入每1000万元得1分),取前26位授予金牌。').amounts).toEqual([]);
  });
});

describe('年初 that says when, and a half year whose work a measure looks back on (弥勒, yunnan-mile-wenjintizhi.txt)', () => {
  const dates = (s: string) => v(s, '2023-03-23').deadlines.map((d) => [d.raw, d.from ?? null, d.date ?? null]);
  it.each([
    ['2023年市级财政统筹安排2000万元项目前期工作经费,结合全市上半年各责任单位项目包装策划、投资规模、入库纳统、要素保障、争取资金等工作开展情况挂钩,年初首批次安排30%用于项目前期相关工作保障。',
      [['2023年', null, '2023'], ['年初', null, '2023-01']]],
    ['结合全年项目推进,中央和省预算内、专债等各类资金争取,入库纳统等情况,年终安排70%用于项目建设管理工作奖补资金。', [['年终', null, '2023-12']]],
    // an open-ended start and a figure of the year's start set no limit
    ['从年初开始就要加快进度。', []],
    ['年初以来,全市经济运行平稳。', []],
    ['年初预算安排500万元。', []],
    // (a half year that sets when stays a period)
    ['力争上半年完成投资50亿元。', [['上半年', '2023-01', '2023-06']]],
  ] as [string, unknown[]][])('%s', (s, want) => expect(dates(s)).toEqual(want));
});

describe('an item under a heading that lost its number (郑州, henan-zhengzhou-zhuanjingtexin.txt)', () => {
  const doc = (text: string) => extractDocument(documentsOfPlainText(text)[0]);
  const text =
    '郑州市专精特新企业培育实施方案\n二、发展目标\n到2026年年底,国家级专精特新“小巨人”企业达到150家,省级专精特新中小企业达到2000家。\n三、主要任务\n推动创业创新\n支持企业加大研发投入。对有效期内的省级以上专精特新中小企业,市财政按照不超过设备、软件实际投资的10%给予补助,最高不超过200万元。(责任单位:市工信局、市财政局)\n';
  it('the heading and the item’s title sentence are no clauses; the note closes the item alone', () => {
    const got = doc(text);
    expect(got.map((c) => [c.text.slice(0, 8), c.units])).toEqual([
      ['到2026年年底', []],
      ['对有效期内的省级', ['市工信局', '市财政局']],
    ]);
  });
});

describe('a page’s field line is furniture: no clause, no unit note (page field line)', () => {
  const doc = (text: string) => extractDocument(documentsOfPlainText(text)[0]);
  it.each([
    // 彭州 (sichuan-pengzhou-zhudaochanye.txt): 发布机构:… read as a unit note of the line above
    ['彭州市主导产业招商引资优惠政策\n政策来源:成都市彭州市人民政府 | 发布机构:成都市彭州市人民政府办公室 | 发布时间:2017-06-29 | 5630 次浏览: | 分享到:\n一、对新引进的企业给予奖励50万元。\n'],
    // 银川 (ningxia-yinchuan-touzijihua.txt): a bar-drawn field block, 责任部门 beside 发布日期
    ['银川市2025年投资计划\n|成文日期:|2025-02-12|\n责任部门: | 银川市发展和改革委员会 | 发布日期: | 2025-02-18 |\n一、全年完成固定资产投资500亿元。\n'],
  ])('%s', (text) => {
    const got = doc(text);
    expect(got.filter((c) => /发布|成文/.test(c.text))).toEqual([]);
    expect(got.flatMap((c) => c.units)).toEqual([]);
  });
  it('a sentence that names one field in passing stays a clause', () => {
    expect(doc('关于开展申报的通知\n一、申报材料请于2024年6月30日前报送,发布日期:以网站公告为准。\n').map((c) => c.deadlines.length)).toEqual([1]);
  });
});

describe('a heading without its number in a hard-wrapped layout (郑州, as `eval --variant wrapped` writes it)', () => {
  it('a wrap leaves a full line, not a short one: the short line under a heading is a heading of its own', () => {
    const item = '支持企业加大研发投入。对有效期内的省级以上专精特新中小企业,在年度投资计算区间内用于提升企业创新能力和专业化水平而购置设备、软件的,市财政按照不超过设备、软件实际投资(税后超100万元)的10%给予补助,最高不超过200万元。';
    const wrap = (s: string) => s.match(/.{1,36}/g)!.join('\n');
    const goals = '到2024年年底,国家级专精特新“小巨人”企业达到110家,省级专精特新中小企业达到1200家,创新型中小企业力争达到5000家;到2026年年底,国家级专精特新“小巨人”企业达到150家。';
    const t = `二、发展目标\n${wrap(goals)}\n三、主要任务\n推动创业创新\n${wrap(item)}\n`;
    const lines = cleanText(t).clean.text.split('\n');
    expect(lines).toContain('推动创业创新');
    expect(lines).toContain(item);
  });
});

describe('a page’s date and time with a full-width colon (许昌, henan-xuchang-zhongdianrenwu.txt, as `eval --variant fullwidth` writes it)', () => {
  it('the issuer line above the stamp is still the issuer', () => {
    const text = '11411000005747138B/202302-00850\n市政府文件\n许昌市人民政府\n2023-02-20 15：38\n许政 [2023] 2号\n各县(市、区)人民政府,市人民政府各部门:\n现将2023年重点工作任务予以分解。\n';
    const d = documentsOfPlainText(text)[0];
    expect([d.issuer, d.date]).toEqual(['许昌市人民政府', '2023-02-20']);
  });
});

describe('a lead-in that hands down the year’s targets with 下达 (旌阳, sichuan-jingyang-renwufenjie.txt)', () => {
  it.each([
    ['现将全区2016年度经济社会发展目标任务下达你们', [['2016年度', null, '2016']]],
    ['现将2016年度目标任务下达给你们,请认真贯彻落实。', [['2016年度', null, '2016']]],
    // (money handed down names no task of the year)
    ['2024年专项资金下达后,及时拨付。', []],
  ] as [string, unknown[]][])('%s', (s, want) => expect(v(s, '2016-08-18').deadlines.map((d) => [d.raw, d.from ?? null, d.date ?? null])).toEqual(want));
});

describe('bounded spans: 原则上 before the bound, a support period named 年限 (梁溪, 沈阳高新区)', () => {
  const spans = (s: string) => v(s, '2024-01-01').deadlines.map((d) => [d.raw, d.kind ?? null]);
  it.each([
    // 梁溪 (jiangsu-liangxi-chanyezhengce.txt): the span a cross-year project may take, 原则上 no part of it
    ['新增技术和设备投资额达到500万元(含)以上的(跨年度项目允许隔年申报,原则上不超过2年)项目竣工后,给予奖励。', [['不超过2年', 'relative']]],
    // 沈阳高新区 (liaoning-shenyanggaoxinqu-chanyecujin.txt): 补助年限 names the support period as 补助期限 does
    ['补助金额最高不超过5万元,补助年限最长不超过2年。', [['最长不超过2年', 'relative']]],
    ['贴息期限不超过1年。', [['不超过1年', 'relative']]],
    // (the term of a thing is none: 最低折旧年限为3年; a bound inside a phrase with no term or grant is none: 每年最多3个月)
    ['最低折旧年限为3年。', []],
    ['每年最多3个月。', []],
    // (a condition on the applicant stays one)
    ['企业成立时间原则上不超过3年的,给予奖励。', []],
  ] as [string, unknown[]][])('%s', (s, want) => expect(spans(s)).toEqual(want));
});
