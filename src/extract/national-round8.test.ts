import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';
import { valueRows } from './fixture-table.js';

// Round 7 of classes (issue 9), values half, from the 11 notices of round 8 of the national development set. Sentences
// are real: from a dev notice (file named in the comment) or a public page (address named); where no real sentence was
// at hand, the comment says "form" and the sentence is written from the class.
const values = valueRows;

describe('a bounded percentage joined by 且/并/或 to a second condition that runs on to the grant is a threshold', () => {
  it.each([
    // 贵州 沿河 (guizhou-yanhe-minyingjingji.txt): 且 and a money condition, then the grant without 的.
    ['对已入统在库的规模工业企业,当年产值增长20%以上且上年度产值2000万元以上,给予一次性奖励2万元。', [[0.2, undefined, '%'], [20000000, undefined, '元']]],
    // 北京 http://zhchw.com.cn/Index/show/catid/16/id/20874.html (traditional script): a money band, then ,且 and the
    // percentage with (含), then 最高獎勵 — the band and the percentage are both conditions.
    ['1.產值凈增量2億元(含)-10億元,且產值增速15%(含)以上,最高獎勵200萬元。', [[200000000, 1000000000, '元'], [0.15, undefined, '%']]],
    // 广东 深圳福田 http://www.uzuncorp.com/show-9-3143-1.html: ,且 and a qualification, then 给予; a bound then 人才奖励.
    ['上年度科学研究技术领域的机构研发投入占比达15%以上,且企业主要从事战略新兴产业和未来产业等研发活动,给予经营团队或核心人才最高50万元奖励。', [[0.15, undefined, '%']]],
    ['(四)研发投入额1亿元及以上,研发投入占营收比例达15%以上,人才奖励10万元/人。', [[100000000, undefined, '元'], [0.15, undefined, '%']]],
    // …and a money band before it, a comma between (the same page's tier (一)): the band is a condition too, not a total.
    ['(一)研发投入额300万元(含300万元)-1000万元,研发投入占营收比例达15%以上,人才奖励10万元/人。', [[3000000, 10000000, '元'], [0.15, undefined, '%']]],
    // Form: the same with 给予 and no bracket.
    ['年营业收入2000万元-5000万元,研发投入占比3%以上,给予10万元奖励', [[20000000, 50000000, '元'], [0.03, undefined, '%']]],
    // Forms: 并且 / 或 / 同时, full-width comma, (含) before 以上, a grant with words between.
    ['对营业收入增长15%(含)以上并且利润总额增长10%以上，给予一次性奖励5万元', [[0.15, undefined, '%'], [0.1, undefined, '%']]],
    ['对产值增长30%以上或税收增长20%以上的企业，给予奖励', [[0.3, undefined, '%'], [0.2, undefined, '%']]],
    ['当年营业收入增长10%以上同时新增就业50人以上，每家奖励3万元', [[0.1, undefined, '%'], [50, undefined, '人']]],
    ['销售收入增长30%以上或利润增长20%以上，奖励5万元', [[0.3, undefined, '%'], [0.2, undefined, '%']]],
    ['营业收入增速达到15%及以上并获评省级专精特新企业，给予10万元奖励', [[0.15, undefined, '%']]],
  ] as [string, unknown[]][])('%s', (text, thresholds) => {
    const v = values(text);
    expect(v.thresholds).toEqual(thresholds);
    expect(v.rates).toEqual([]);
  });
});

describe('a share written before what it measures, in a clause opened as a condition and closed by 的, is a threshold', () => {
  it.each([
    // 江苏 滨湖 (jiangsu-binhu-xiandaichanye.txt): 且80%以上投资本区的, a consequence without a grant.
    ['区内上市企业通过定向增发、发行可转债等再融资且80%以上投资本区的,可视同新引进项目。', [[0.8, undefined, '%']], '投资本区'],
    // Forms: 对…的企业, 凡…的, 如…以下…的, full-width comma.
    ['对80%以上产品出口的企业，给予出口信用保险保费50%的补助', [[0.8, undefined, '%']], '产品出口'],
    ['凡募集资金70%(含)以上用于本市项目的,享受同等政策', [[0.7, undefined, '%']], '用于本市项目'],
    ['如30%以下股份由外方持有的，按内资企业认定', [[undefined, 0.3, '%']], '股份由外方持有'],
  ] as [string, unknown[], string][])('%s', (text, thresholds, metric) => {
    const v = values(text);
    expect(v.thresholds.filter((t) => t[2] === '%')).toEqual(thresholds);
    expect(extractValues(text).thresholds.find((t) => t.unit === '%')!.metric).toBe(metric);
    expect(v.rates.filter((r) => r[0] === (thresholds[0] as number[])[0] || r[0] === (thresholds[0] as number[])[1])).toEqual([]);
  });
  it.each([
    // Not conditions: a goal's share of counted firms (form, 到…年/力争), a share of firms that 的 only joins (form).
    ['力争到2025年，80%以上规上企业实现数字化改造的目标', [[0.8, 'min']]],
    ['到2027年，全市60%以上的规上工业企业实现数字化转型', [[0.6, 'min']]],
    // Forms: a goal joined to another goal by 并且 or 且 after 到…年/力争 (a grant word later changes nothing).
    ['到2025年，规上工业增加值年均增长10%以上，并且实现翻番', [[0.1, 'min']]],
    ['力争到2025年，研发投入增长10%以上且新增专利100件，给予保障', [[0.1, 'min']]],
  ] as [string, unknown[]][])('a rate: %s', (text, rates) => {
    expect(values(text).rates).toEqual(rates);
    expect(values(text).thresholds).toEqual([]);
  });
});

describe('the size of a fund or pool being set up is a total amount, also with its floor (以上, 不低于, 不少于)', () => {
  it.each([
    // 江苏 滨湖 (jiangsu-binhu-xiandaichanye.txt): 设立总额…以上的…基金, spaces around the figure, a grant word later.
    ['滨湖区本级设立总额 30 亿元以上的现代产业发展基金,重点通过招商配套、政策性扶持和基金扶持等多种方式,集中力量加大对科技创新和产业高质量发展的财政资金扶持', [[3000000000, undefined, 'total']]],
    // 安徽 池州 http://cni.top/html/2022/tzrd_1216/85889.html: 出资设立总规模不低于…的…基金体系.
    ['引导基金按照市委市政府统一部署,由市级财政出资设立总规模不低于100亿元的池州市新兴产业引导基金体系,并下设立主题基金群、功能基金群、天使基金群。', [[10000000000, undefined, 'total']]],
    // 福建 厦门 http://fuzhou.baogaosu.com/xinwen/…/41408687: a fund's 规模 with its floor, 募集…不低于.
    ['据悉,该基金规模原则上不低于1亿元人民币,除省、市财政出资的5000万元外,还将募集社会资本不低于5000万元。', [[100000000, undefined, 'total'], [50000000, undefined, 'fixed'], [50000000, undefined, 'total']]],
    // 江苏 常州 https://czj.changzhou.gov.cn/html/czfb/2013/OJPCNLOE_0530/9588.html: 每年设立…专项资金, grants after.
    ['从2013年到2015年, 市财政部门每年设立1亿元战略性新兴产业发展专项资金, 按照“竞争择优、突出重点、集成资源、注重绩效”的原则支持具有龙头效应的战略性新兴产业项目。', [[100000000, undefined, 'total']]],
    // Forms: 安排不少于…专项资金, 统筹安排…以上资金 then a grant, 设立规模…以上的…基金, 筹集不低于…的…资金 with a grant after.
    ['市财政每年安排不少于1亿元专项资金，用于支持企业技术改造', [[100000000, undefined, 'total']]],
    ['每年统筹安排5000万元以上资金，对符合条件的企业给予奖励', [[50000000, undefined, 'total']]],
    ['设立规模10亿元以上的产业投资基金，对入驻企业给予股权投资支持', [[1000000000, undefined, 'total']]],
    ['县财政每年筹集不低于2000万元的产业发展资金，对企业给予补助', [[20000000, undefined, 'total']]],
  ] as [string, unknown[]][])('%s', (text, amounts) => {
    const v = values(text);
    expect(v.amounts).toEqual(amounts);
    expect(v.thresholds).toEqual([]);
  });
  it.each([
    // Still a condition: the applicant's own funds, closed by 的 and the grant (form).
    ['对企业安排研发经费500万元以上的，给予奖励', [[5000000, undefined, '元']]],
  ] as [string, unknown[]][])('a threshold: %s', (text, thresholds) => {
    expect(values(text).thresholds).toEqual(thresholds);
    expect(values(text).amounts).toEqual([]);
  });
});

describe('the starting point of a base (起点/门槛/起始指标, …起) is a threshold on that base, not a cap', () => {
  const of = (text: string) => extractValues(text).thresholds.map((t) => [t.metric, t.min, t.max, t.unit]);
  it.each([
    // 江苏 滨湖 (jiangsu-binhu-xiandaichanye.txt): (起点1亿元) inside a 按不超过…的1% grant; the rate is the cap it was.
    ['所投资项目竣工投产后,按不超过其实际投资总额(起点1亿元)的1%给予奖励,最高不超过300万元。', [['实际投资总额', 100000000, undefined, '元']], [[3000000, undefined, 'cap']], [[0.01, 'cap']]],
    // 21ks.net https://21ks.net/haowen/201737.html (固定资产投资奖励办法范文): 以…500万元为奖励起始指标.
    ['其他市直部门及垂直管理部门不下达具体考核指标,以招商引资500万元为奖励起始指标。', [['招商引资', 5000000, undefined, '元']], [], []],
    // Forms: full-width brackets and 起点为, 【】 with a colon, 〔〕 under 不超过, 門檻為 in traditional script (the metric is
    // read folded, 项目 dropped as elsewhere), a figure followed by 起.
    ['对新引进项目，按实际投资额（起点为5000万元）的2%给予奖励', [['实际投资额', 50000000, undefined, '元']], [], [[0.02, 'fixed']]],
    ['按设备投资额【起点：500万元】的10%给予补助', [['设备投资额', 5000000, undefined, '元']], [], [[0.1, 'fixed']]],
    ['按不超过其设备投资额〔起点1000万元〕的8%给予补助', [['设备投资额', 10000000, undefined, '元']], [], [[0.08, 'cap']]],
    ['項目投資門檻為5000萬元', [['投资', 50000000, undefined, '元']], [], []],
    ['实际投资1亿元起的项目，按其投资额的1%给予奖励', [['实际投资', 100000000, undefined, '元']], [], [[0.01, 'fixed']]],
  ] as [string, unknown[], unknown[], unknown[]][])('%s', (text, thresholds, amounts, rates) => {
    expect(of(text)).toEqual(thresholds);
    expect(values(text).amounts).toEqual(amounts);
    expect(values(text).rates).toEqual(rates);
  });
  it.each([
    // None: 门槛 and 起步 as words with no figure of their own (shandong-shandongsheng-yingshanghuanjing.txt,
    // sichuan-liangshan-zhongdianxiangmu.txt).
    '清理一批妨碍要素市场化配置的隐形门槛和壁垒',
    '2014年是我州全面深化改革的起步之年',
  ])('nothing: %s', (text) => {
    expect(of(text)).toEqual([]);
  });
});

describe('分别 objects: levels after a two-verb act (获批认定国级、省级…), a remark bracket inside the 分别 list', () => {
  const objects = (text: string) => extractValues(text).amounts.map((a) => [a.yuan, a.object]);
  it.each([
    // 贵州 沿河 (guizhou-yanhe-minyingjingji.txt): 获批认定 then the short level 国级 (dict/levels.json).
    ['新增获批认定国级、省级、市级、县级农业龙头企业荣誉称号,带动地方特色产业发展,促农增收效果显著,县级分别一次性奖励5万元、2万元、1万元、0.5万元补助。',
      [[50000, '国级农业龙头企业荣誉称号'], [20000, '省级农业龙头企业荣誉称号'], [10000, '市级农业龙头企业荣誉称号'], [5000, '县级农业龙头企业荣誉称号']]],
    // 广东 深圳 http://m.12425.cn/news/202111/xwif_20317.html: 被评定为, and (累计) after each sum of the list.
    ['农业企业被评定为国家级、省级、市级“农业产业化重点龙头企业”的,分别给予70万元(累计)、50万元(累计)和30万元的奖励',
      [[700000, '国家级“农业产业化重点龙头企业”'], [500000, '省级“农业产业化重点龙头企业”'], [300000, '市级“农业产业化重点龙头企业”']]],
    // 福建 晋江 http://ijjnews.com/wxpd/system/2018/04/24/011024108.shtml: 列入 as the act.
    ['适用范围及奖励:对新列入国家级、省级农业标准化生产示范场创建的企业,分别给予一次性补助10万元、5万元。',
      [[100000, '国家级农业标准化生产示范场创建'], [50000, '省级农业标准化生产示范场创建']]],
    // Form: 获批认定 before full levels.
    ['对新获批认定国家级、省级专精特新“小巨人”企业，分别奖励50万元、20万元', [[500000, '国家级专精特新“小巨人”企业'], [200000, '省级专精特新“小巨人”企业']]],
    // Seed 000 (corpus/000_1783c25a94a31d5b.txt): a noun's 认定 (管理体系认定等示范称号) opens nothing.
    ['对获得国家、市级工业互联网、制造业与互联网融合、“两化”融合管理体系认定等示范（标杆）称号的企业，分别给予10万元、5万元奖励。',
      [[100000, '国家级示范（标杆）称号'], [50000, '市级示范（标杆）称号']]],
  ] as [string, unknown[]][])('%s', (text, want) => {
    expect(objects(text)).toEqual(want);
  });
});

describe('the classes above in traditional script and full-width figures (forms; read through fold, values as written)', () => {
  it.each([
    ['當年產值增長２０％以上且上年度產值2000萬元以上，給予一次性獎勵2萬元。', [[20000, undefined, 'fixed']], [], [[0.2, undefined, '%'], [20000000, undefined, '元']]],
    ['当年产值增长百分之二十以上并且上年度产值2000万元以上,给予一次性奖励2万元', [[20000, undefined, 'fixed']], [], [[0.2, undefined, '%'], [20000000, undefined, '元']]],
    ['再融資且80％以上投資本區的，可視同新引進項目。', [], [], [[0.8, undefined, '%']]],
    ['按不超過其實際投資總額（起點1億元）的1%給予獎勵', [], [[0.01, 'cap']], [[100000000, undefined, '元']]],
    ['濱湖區本級設立總額30億元以上的現代產業發展基金,重點通過招商配套、政策性扶持', [[3000000000, undefined, 'total']], [], []],
  ] as [string, unknown[], unknown[], unknown[]][])('%s', (text, amounts, rates, thresholds) => {
    const v = values(text);
    expect(v.amounts).toEqual(amounts);
    expect(v.rates).toEqual(rates);
    expect(v.thresholds).toEqual(thresholds);
    for (const t of extractValues(text).thresholds) expect(text.slice(t.start, t.end)).toBe(t.raw);
  });
});
