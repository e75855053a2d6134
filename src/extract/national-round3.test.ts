import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';
import { moneyWords } from './money-words.js';
import { conditionWords } from './condition-words.js';

// Round 3 of the national development set (issue 9): the classes the 16 notices of round 4 showed, each in its
// general form. Sentences are real: from a dev notice (file in eval/national/dev named in the comment) or from a
// public page of another province (address in the comment; none of them in ../shared/holdout-sources.sha256).
// Where a form had no real sentence at hand, the comment says "form" and the sentence is written from the class.
const v = (text: string, docDate?: string) => extractValues(text, docDate);
const mins = (text: string) => v(text).thresholds.map((t) => [t.min, t.max, t.unit]);

describe('money words (dict/money-words.json)', () => {
  it('loads every list, none empty, no word twice; 日元 stays out (1月1日元旦 is no sum in yen)', () => {
    for (const l of [moneyWords.yuanWords, moneyWords.foreignCurrencies, moneyWords.perUnits]) {
      expect(l.length).toBeGreaterThan(0);
      expect(new Set(l).size).toBe(l.length);
    }
    expect(moneyWords.foreignCurrencies).not.toContain('日元');
    expect(v('2024年1月1日元旦起施行').amounts).toEqual([]);
  });
  it('the new condition-word lists load', () => {
    for (const l of [conditionWords.notBounds, conditionWords.yearActionVerbs, conditionWords.yearEventVerbs, conditionWords.termWords]) {
      expect(l.length).toBeGreaterThan(0);
      expect(new Set(l).size).toBe(l.length);
    }
  });
});

describe('money an applicant must reach, a currency word or a remark between the figure and its bound: a threshold, never an amount', () => {
  it.each([
    // 山东 滨州 (shandong-binzhou-zhaoshangjili.txt): a remark of 18 characters holding 不含 inside.
    ['新引进的市外实际投资5000万元人民币(外币按同期汇率折算,不含外方股东贷款)及以上的招商引资项目,境内市外项目自开工之日起3年内', [[50000000, undefined, '元']], []],
    ['对当地实际财政年度贡献在500万元人民币及以上的,第一、第二、第三年分别按照地方实际财政贡献的50%30%20%给予企业奖励', [[5000000, undefined, '元']], []],
    // ...a bracket after the bound, before the applicant; the grant in 人民币 stays an amount.
    ['新设(增)的实缴注册资本5000万元人民币及以上(外币按同期汇率折算)的世界500强企业(以最近年度《财富》杂志排行榜为准),给予企业100万元人民币一次性奖励', [[50000000, undefined, '元']], [1000000]],
    // 云南 昆明高新区 (yunnan-kunminggaoxinqu-zhaoshang.txt): 人民币 then (含) then the bound, spaces as the page has them.
    ['对新引进的用地类项目,投资总额超 1 亿元人民币(含)以上,且对高新区地方', [[100000000, undefined, '元']], []],
    ['对新引进租用办公楼宇、标准厂房的企业,当年对高新区地方经济贡献达到 20\n万元人民币(含)以上的企业,三年内按 50%的比例扶持企业发展。', [[200000, undefined, '元']], []],
    // Forms: the currency before the figure, the currency in brackets, a bound mark repeating the figure.
    ['对实际到资人民币5000万元以上的项目给予奖励', [[50000000, undefined, '元']], []],
    ['注册资本5000万元(人民币)以上的企业', [[50000000, undefined, '元']], []],
    ['年营业收入1000万元(不含1000万元)以下的企业', [[undefined, 10000000, '元']], []],
  ])('%s', (text, thresholds, amounts) => {
    const r = v(text);
    expect(r.thresholds.map((t) => [t.min, t.max, t.unit])).toEqual(thresholds);
    expect(r.amounts.map((a) => a.yuan)).toEqual(amounts);
  });
  it('the whole written form is the threshold raw, inclusiveness from the words (滨州)', () => {
    const text = '新引进的市外实际投资5000万元人民币(外币按同期汇率折算,不含外方股东贷款)及以上的招商引资项目';
    const [t] = v(text).thresholds;
    expect(t.raw).toBe('5000万元人民币(外币按同期汇率折算,不含外方股东贷款)及以上');
    expect(text.slice(t.start, t.end)).toBe(t.raw);
    expect([t.minInclusive, t.metric]).toEqual([true, '市外实际投资']);
  });
  it('过 is a bound (山东 济南高新区, shandong-jinangaoxinqu-chuangxinchuangye.txt); 通过/经过 are not', () => {
    const r = v('年度工业总产值和营业收入过100亿元后,每增长100亿元,给予企业最高100万元的奖励。');
    expect(r.thresholds.map((t) => [t.min, t.minInclusive])).toEqual([
      [10000000000, false],
      [10000000000, true],
    ]);
    expect(r.amounts.map((a) => [a.yuan, a.role])).toEqual([[1000000, 'cap']]);
    expect(v('通过3个月的试运行的企业').thresholds).toEqual([]);
  });
});

describe('sums in another currency: thresholds in their own unit, never amounts in yuan', () => {
  it.each([
    // 江苏 昆山 (jiangsu-kunshan-chuangxinjiqun.txt)
    ['支持重大项目落户,对当年“世界500强”企业投资控股的新设重点产业项目,一年内实际到账1000万美元及以上,给予不超过150万元的一次性资金支持', [[10000000, undefined, '美元']], [1500000]],
    ['对当年度新投资设立的重点产业项目,注册外资3000万美元及以上,到账500万美元及以上,给予不超过100万元的资金支持', [[30000000, undefined, '美元'], [5000000, undefined, '美元']], [1000000]],
    // 四川 彭州 (sichuan-pengzhou-zhudaochanye.txt): per mu in dollars beside per mu in yuan.
    [
      '对年新增实际利用外资300万美元以上,且增资后注册资本达20万美元/亩以上、当年工业产值达250万元/亩以上的工业企业,按当年新增实际利用外资的2‰—5‰标准给予一次性奖励,最高不超过20万元。',
      [[3000000, undefined, '美元'], [200000, undefined, '美元/亩'], [2500000, undefined, '元/亩']],
      [200000],
    ],
    // 广东 中山 http://zs.gov.cn/zwgk/zfxx/zfwj/gfxwj/content/post_1559278.html: the bracket repeats the bound.
    // (…and the share of the task joined to it by 且 is a condition too: round 35's 中山 gold, 且完成任务103%以上(含103%))
    ['2.先进奖:实际利用外资额5000万美元以上(含5000万美元),且完成任务105%以上', [[50000000, undefined, '美元'], [1.05, undefined, '%']], []],
    // https://www.chacewang.com/newsdetail/news276571.html
    ['对引进固定资产投资1亿元以上制造业项目、央企项目(不含化工项目)、到账外资形成实物工作量500万美元以上外资项目的企业负责人', [[100000000, undefined, '元'], [5000000, undefined, '美元']], []],
    // 广东 (措施 quoted at http://www.herich.com.cn/zixun/caijingshishi/2020-07-28/460966.html): a remark before the figure.
    ['对符合条件的年实际外资金额(不含外方股东贷款)超过5000万美元的新项目、超过3000万美元的增资项目等按不低于2%的比例予以奖励,最高奖励1亿元。', [[50000000, undefined, '美元'], [30000000, undefined, '美元']], [100000000]],
    // Forms: the bound mark with the figure before 以上 (青海's 引资500萬美元(含500萬美元)以上), 港元, 欧元.
    ['对引资500万美元(含500万美元)以上的中介人颁发表彰证书', [[5000000, undefined, '美元']], []],
    ['实际使用外资超过1亿港元的项目,给予奖励', [[100000000, undefined, '港元']], []],
    ['年进出口额500万欧元及以上的企业', [[5000000, undefined, '欧元']], []],
    // A grant in dollars is no amount in yuan (the Amount type has no currency): dropped, not misreported.
    ['给予10万美元奖励', [], []],
  ])('%s', (text, thresholds, amounts) => {
    const r = v(text);
    expect(r.thresholds.map((t) => [t.min, t.max, t.unit])).toEqual(thresholds);
    expect(r.amounts.map((a) => a.yuan)).toEqual(amounts);
  });
});

describe('a money range an applicant falls in is one threshold (every separator, a mark on either end)', () => {
  it.each([
    // 河南 新乡高新区 (henan-xinxianggaoxinqu-zhaoshang.txt): ~ and a bracket marking the upper end, then 且 and a term.
    ['首期完成固定资产投资额1000万元~2000万元(含2000万元)且资金到期为12个月内的科研类项目,奖励标准为投资额的1‰;', [10000000, 20000000, true, true]],
    ['首期完成固定资产投资额5000万元~1亿元(含1亿元)且资金到期为12个月的服务业项目,奖励标准为投资额的1‰;', [50000000, 100000000, true, true]],
    // http://ask.fsou.com/html/text/lar/171133/17113376_1.html: marks repeating the figure on both ends.
    ['4.完成固定资产投资3亿元(含3亿元)至5亿元(不含5亿元)的项目,奖励200万元;', [300000000, 500000000, true, false]],
    ['1.完成固定资产投资3000万元至1亿元(不含1亿元)的项目,奖励10万元。', [30000000, 100000000, true, false]],
    // http://www.sugarmusicstudio.com/ztzl/hqzcdxsx/zlxcyjqfz/03/sxlb: — with (含) on the lower end; an applicant named at length.
    ['1.季度累计营业收入同比增量0.5亿元(含)—1亿元的,按同比每增长1000万元给予3万元支持;', [50000000, 100000000, true, undefined]],
    ['对上一年度营业收入1亿元(含)—5亿元的软件和信息技术服务业企业(集团),申报当年,季度累计营业收入同比正增长且增量达0.3亿元以上的,按季度给予以下支持:', [100000000, 500000000, true, undefined]],
    // 上海 http://www.shtic.com/fhzhbw/cxbw/kjxjrgc/sbyq/4997.htm: 人民币 after the range.
    ['企业上年度产品销售收入在3000万元~10亿元人民币(3000万-2亿,1亿到10亿),且前三年产品年销售收入或净利润的平均增长率达到20%以上;', [30000000, 1000000000, true, undefined]],
    // Forms: the full-width wave and dashes fold to the same reading.
    ['年营业收入5000万元～1亿元的企业', [50000000, 100000000, true, undefined]],
    ['年营业收入5000万元–1亿元的企业', [50000000, 100000000, true, undefined]],
    ['年营业收入5000万元到1亿元的企业', [50000000, 100000000, true, undefined]],
  ])('%s', (text, [min, max, minInclusive, maxInclusive]) => {
    const r = v(text);
    const range = r.thresholds.find((t) => t.max !== undefined)!;
    expect([range.min, range.max, range.minInclusive, range.maxInclusive]).toEqual([min, max, minInclusive, maxInclusive]);
    // Neither end, nor the bracket's repeat, is an amount.
    expect(r.amounts.map((a) => a.yuan).filter((y) => y === min || y === max)).toEqual([]);
  });
  it('a grant range stays two amounts (分档给予20-500万元 is not a condition)', () => {
    const r = v('给予50万元至100万元补助');
    expect(r.thresholds).toEqual([]);
    expect(r.amounts.map((a) => [a.yuan, a.yuanMax])).toEqual([[500000, 1000000]]);
  });
});

describe('percentages among bounded conditions listed before the applicant are thresholds, not rates', () => {
  it('对同时符合…超过30%、…不低于500亿元、…超过30%、…超过5%、…不低于35亿元的企业 (济南高新区)', () => {
    const r = v('对同时符合主营业务收入三年平均增长率超过30%、集团在高新区主营业务板块上年度主营业务收入不低于500亿元、集团研发费用支出三年平均增长率超过30%、研发费用投入强度三年平均超过5%、上年度研发费用支出不低于35亿元的企业,给予企业高管人员一次性奖励2000万元。');
    expect(r.rates).toEqual([]);
    expect(r.thresholds.map((t) => [t.min, t.unit])).toEqual([
      [0.3, '%'],
      [50000000000, '元'],
      [0.3, '%'],
      [0.05, '%'],
      [3500000000, '元'],
    ]);
  });
  it('a share bounded before a second condition of the applicant (traditional, http://cmr6829.com/news/detail/99707.html)', () => {
    expect(mins('(1)主要從事軟件和信息技術服務業務、主營業務年收入2000萬元以上且軟件業務收入(包括但不限于嵌入式系統軟件)占企業主營業務收入比例不低于30%、具有獨立法人資格的企業;')).toEqual([
      [20000000, undefined, '元'],
      [0.3, undefined, '%'],
    ]);
  });
  it('shares by which a figure exceeds a standard, listed before the project (内蒙古 包头, a 五项新措施 repost; form)', () => {
    const r = v('对符合自治区确定的优先发展产业且容积率和建筑系数超过《工业项目用地控制指标》规定标准的40%以上、投资强度增加10%以上的工业项目,按最低价的70%确定出让价;');
    expect(r.thresholds.map((t) => [t.min, t.unit])).toEqual([
      [0.4, '%'],
      [0.1, '%'],
    ]);
    expect(r.rates.map((x) => x.value)).toEqual([0.7]);
  });
  it('a target list stays rates (到2025年…占比超过10%、…的企业 is a goal)', () => {
    const r = v('到2025年,数字经济核心产业增加值占比超过10%、培育省级专精特新的企业50家');
    expect(r.rates.map((x) => x.value)).toEqual([0.1]);
  });
});

describe('quantity conditions that are not money', () => {
  it.each([
    // 上海 闵行 (shanghai-minhang-caozuoxize.txt): …以上的, then the grant after a comma; (含) wins over 超过.
    ['在本区新购置自用工业厂房且购置面积超过2000平方米(含)以上的,经认定,给予购房总价的10%、上限1000万元的前置购房补贴', [[2000, undefined, '平方米', true]]],
    ['在本区新租赁自用工业厂房,且租赁面积超过5000平方米(含)以上的,经认定,给予租金的50%、上限1000万元的前置租房补贴', [[5000, undefined, '平方米', true]]],
    // 贵州 贵阳 (guizhou-guiyang-ruanjian.txt): a rank on a list.
    ['(一)对首次入选国家部委指导发布的软件与信息服务业相关榜单前100名的企业,给予一次性100万元奖励', [[undefined, 100, '名', true]]],
    // Forms: quantities listed after one bound (a dropped page's 收购青稞量达300吨、500吨…的企业), prices per 斤.
    ['对当年收购青稞量达300吨、500吨、1000吨的企业,分别给予10万元、20万元、30万元奖励', [[300, undefined, '吨', true], [500, undefined, '吨', true], [1000, undefined, '吨', true]]],
    ['当年新增用电量超过500万千瓦时、1000万千瓦时的企业', [[5000000, undefined, '千瓦时', false], [10000000, undefined, '千瓦时', false]]],
    ['青稞收购价格2.0元/斤以上的企业', [[2, undefined, '元/斤', true]]],
    ['对新入选中国软件百强榜单前50位的企业给予奖励', [[undefined, 50, '位', true]]],
  ])('%s', (text, want) => {
    const r = v(text);
    expect(r.thresholds.map((t) => [t.min, t.max, t.unit, t.min !== undefined ? t.minInclusive : t.maxInclusive])).toEqual(want);
  });
  it('the amounts of a quantity list pair with it (青稞 form)', () => {
    expect(v('对当年收购青稞量达300吨、500吨、1000吨的企业,分别给予10万元、20万元、30万元奖励').amounts.map((a) => a.yuan)).toEqual([100000, 200000, 300000]);
  });
});

describe('discounts and per-mille are rates', () => {
  it.each([
    // 上海 闵行 (shanghai-minhang-caozuoxize.txt)
    ['经认定,给予产业用地优惠价格出让,土地出让起始价格优惠上限为市场评估价格的7折,不低于同类用地基准地价', [0.7]],
    // 河南 新乡高新区 / 四川 彭州 / 山东 滨州 (dev): per-mille, a range of them.
    ['奖励标准为投资额的1.2‰;', [0.0012]],
    ['按当年新增实际利用外资的2‰—5‰标准给予一次性奖励', [0.002, 0.005]],
    ['外资项目按照其当年实际到账外资金额的5‰给予企业奖励', [0.005]],
    // Forms: discounts in words and with two digits; per-mille and per-ten-thousand in words.
    ['租金按八折收取', [0.8]],
    ['给予9.5折优惠', [0.95]],
    ['按七五折计收', [0.75]],
    ['按85折执行', [0.85]],
    ['按投资额的千分之五给予奖励', [0.005]],
    ['按交易额的万分之三给予补贴', [0.0003]],
    // Not discounts: 折算, 折旧, 折合.
    ['外币按同期汇率折算', []],
    ['固定资产加速折旧', []],
  ])('%s', (text, values) => {
    expect(v(text).rates.map((r) => r.value)).toEqual(values);
  });
});

describe('deadlines: durations, described years, measured periods, periods in cited titles', () => {
  it.each([
    // 贵州 贵阳 (guizhou-guiyang-ruanjian.txt)
    ['支持企业通过股权质押融资、应收账款质押融资、供应链金融等手段获得商业贷款,对符合条件的贷款给予50%的贴息补助,最多3年,最高不超过50万元。', [['最多3年', 'relative']]],
    ['按企业年度购买算力实际花费金额的10%给予补助,最高不超过50万元,补助时间不超过3年。', [['不超过3年', 'relative']]],
    // 河南 新乡高新区 (dev): the term of the funds, with and without 内.
    ['首期完成固定资产投资额5000万元~1亿元(含1亿元)且资金到期为12个月的服务业项目', [['12个月', 'relative']]],
    ['首期完成固定资产投资额2000万元~5000万元(含5000万元)且资金到期为18个月内的科研类项目', [['18个月内', 'relative']]],
    // 湖北 随州 http://kjj.suizhou.gov.cn/fbjd_38/zfxxgkgz/zc/zcjd_13059/202507/t20250717_1349122.shtml: a bare 期限 opening a phrase.
    ['单户企业贴息总额共计不超过100万元,期限最长不超过2年。', [['最长不超过2年', 'relative']]],
    // Traditional characters read through fold.
    ['補助時間不超過3年', [['不超過3年', 'relative']]],
    // Not a support period: a lease's or an asset's term, an applicant's age (a threshold).
    ['先租赁后出让方式的租赁期限为5年,先租后让合计年期为20年及以上', []],
    ['企业所得税法实施条例规定最低折旧年限为3年的可选择一次性税前扣除', []],
    ['对成立时间不超过3年的企业给予支持', []],
  ])('%s', (text, want) => {
    expect(v(text, '2024-03-01').deadlines.map((d) => [d.raw, d.kind])).toEqual(want);
  });
  it.each([
    // 广东 紫金 (guangdong-zijin-jihua.txt), 湖北 潜江 (hubei-qianjiang-zerenfenjie.txt): described years.
    ['2022年将迎来党的二十大,维持全县经济社会大局稳定至关重要。', '2022-03-21', []],
    ['做好2022年经济社会发展工作,要坚持以习近平新时代中国特色社会主义思想为指导', '2022-03-21', []],
    ['做好2017年政府工作,必须准确把握新常态的新要求', '2017-01-13', []],
    ['市第八届人民代表大会第一次会议审议通过的《政府工作报告》,对2017年工作作出了全面部署。', '2017-01-13', []],
    // 山西 泽州 https://qiantufanwen.com/8877.html: 是 after a comma.
    ['2022年,是泽州发展历程中极不平凡的一年。', '2022-01-01', []],
    ['恰逢2024年建市40周年', '2024-01-01', []],
    // ...but a year that sets what it introduces is a deadline (ANNOTATION, project decisions): 紫金, 宁波 (traditional), 潜江.
    ['2022年全县国民经济和社会发展的主要预期目标计划如下:', '2022-03-21', [['2022年', '2022']]],
    ['圍繞保障重大項目建設、激發全社會投資活力,市級財政2024年統籌安排資金用于支持綜合交通強市', '2024-01-01', [['2024年', '2024']]],
    ['2017年全市经济社会发展主要预期目标是:地区生产总值增长8.5%左右;', '2017-01-13', [['2017年', '2017']]],
    ['2022年重点抓好以下工作:', '2022-03-21', [['2022年', '2022']]],
  ])('%s', (text, date, want) => {
    expect(v(text, date).deadlines.map((d) => [d.raw, d.date])).toEqual(want);
  });
  it.each([
    // 山东 济南高新区 (dev): the period an applicant's figure is measured over, in a bracket.
    ['在统年度工业总产值和营业收入均首次突破50亿元、100亿元的工业企业(2018年-2019年未突破以上标准),分别给予企业最高200万元、500万元的奖励。', []],
    // Form: the same without a bracket, a negated condition after the period.
    ['对2021年—2023年均未享受过该项政策的企业', []],
    // A time limit stays one, also before a condition word: 2024年底前…达到.
    ['推进园区标准化厂房建设,2024年底前入驻企业达到50家', [['2024年底前', undefined, '2024-12']]],
    // 河南 开封 (henan-kaifeng-wenjin.txt): a half year in a cited title is a period; so are a quarter and a span of months.
    ['全面落实《河南省人民政府办公厅关于印发扎实推进2024年下半年经济稳进向好若干措施的通知》(豫政办〔2024〕37号)要求', [['2024年下半年', '2024-07', '2024-12']]],
    ['落实《关于做好2025年第一季度经济工作的通知》', [['2025年第一季度', '2025-01', '2025-03']]],
    ['落实《2024年1—6月重点工作安排》', [['2024年1—6月', '2024-01', '2024-06']]],
    // A single year in a cited title is still none.
    ['落实《2025年银川市第一批基本建设项目投资计划》', []],
    // 辽宁 营口 (liaoning-yingkou-cuxiaofei.txt): a quarter naming a meeting, a year opening an event's quoted name.
    ['为深入贯彻全省三季度经济运行调度会议精神,紧抓“中秋”、“国庆”消费旺季机遇', []],
    ['一是开展2025年营口市“乐购国庆惠享营口”汽车促销活动。', []],
    ['我市2025年“两节”期间举行促消费活动', [['2025年', undefined, '2025']]],
  ])('%s', (text, want) => {
    expect(v(text, '2024-09-06').deadlines.map((d) => [d.raw, d.from, d.date])).toEqual(want);
  });
});

describe('a page whose first paragraph became its title: the body is read from where the title ends', () => {
  const clausesOf = (text: string) => extractDocument(documentsOfPlainText(text)[0]);
  it('a title run into the preamble without a space (河南 新乡高新区, henan-xinxianggaoxinqu-zhaoshang.txt)', () => {
    const text =
      '河南省新乡高新区重大招商引资项目奖励办法为充分调动社会各界招商引资积极性,吸引更多外来投资,现将主要奖励办法公告如下: 1.对于成功引进的制造业投资项目,首期完成固定资产投资额1亿元~5亿元(含5亿元)且资金到期为12个月内的制造业项目,奖励标准为投资额的1‰;首期完成固定资产投资额10亿元以上且资金到期为24个月内的制造业项目,奖励标准为投资额的1.5‰。 2.对于成功引进的科研类投资项目,首期完成固定资产投资额5000万元以上的科研类项目,奖励标准为投资额的1.5‰。';
    const c = clausesOf(text);
    expect(c[0].text.startsWith('为充分调动')).toBe(true);
    expect(c.flatMap((x) => x.thresholds.map((t) => [t.min, t.max]))).toEqual([
      [100000000, 500000000],
      [1000000000, undefined],
      [50000000, undefined],
    ]);
    expect(c.flatMap((x) => x.rates.map((r) => r.value))).toEqual([0.001, 0.0015, 0.0015]);
  });
  it('a page without a title whose preamble became the title (辽宁 营口, liaoning-yingkou-cuxiaofei.txt)', () => {
    const text =
      '为深入贯彻全省三季度经济运行调度会议精神,紧抓“中秋”、“国庆”消费旺季机遇,有效激发消费潜力,促进消费市场持续回暖,根据《省商务厅关于精心组织“中秋”、“国庆”期间促消费活动的通知》要求,我市2025年“两节”期间举行促消费活动。\n一、专项资金规模及构成\n本次促消费专项资金总额为800万元,资金来源包括:省级财政补助资金400万元,市级财政按照省定1:1配比原则配套资金400万元。';
    const c = clausesOf(text);
    expect(c[0].text.startsWith('为深入贯彻')).toBe(true);
    expect(c[0].deadlines.map((d) => d.date)).toEqual(['2025']);
  });
  it('a title after a transmittal, a space before the preamble (河南 开封, henan-kaifeng-wenjin.txt)', () => {
    const text =
      '各县、区人民政府,市人民政府各部门: 《扎实推进2024年下半年经济稳进向好若干措施》已经市政府同意,现印发给你们,请认真贯彻落实。 2024年9月6日 (此件公开发布) 扎实推进2024年下半年经济稳进向好若干措施 为深入学习贯彻党的二十大和二十届二中、三中全会精神,全面落实《河南省人民政府办公厅关于印发扎实推进2024年下半年经济稳进向好若干措施的通知》(豫政办〔2024〕37号)要求,现提出以下重点工作措施。 一、持续强化产业链群培育 1.做强“7+10+N”产业链群。深入开展“万人助万企”。';
    const c = clausesOf(text);
    const first = c.find((x) => x.text.startsWith('为深入学习贯彻'));
    expect(first?.deadlines.map((d) => [d.from, d.date])).toEqual([['2024-07', '2024-12']]);
  });
});

describe('amount roles: a fund named before its size, a planned investment', () => {
  it.each([
    // 辽宁 营口 (liaoning-yingkou-cuxiaofei.txt)
    ['本次促消费专项资金总额为800万元,资金来源包括:省级财政补助资金400万元,市级财政按照省定1:1配比原则配套资金400万元。', [[8000000, 'total'], [4000000, 'total'], [4000000, 'total']]],
    // 湖北 潜江 (hubei-qianjiang-zerenfenjie.txt), 浙江 温岭 (zhejiang-wenling-gaozhiliang.txt)
    ['突出工业主体地位。投资200亿元,实施工业项目“155”工程。', [[20000000000, 'target']]],
    ['项目个数超400个,项目总投资超千亿,年度计划投资约300亿元', [[100000000000, 'target'], [30000000000, 'target']]],
    // Money handed to someone stays a grant; money sought stays a goal (云南 楚雄州).
    ['给予补助资金50万元', [[500000, 'fixed']]],
    ['积极争取省级中小企业发展专项资金0.5亿元以上', [[50000000, 'target']]],
  ])('%s', (text, want) => {
    expect(v(text).amounts.map((a) => [a.yuan, a.role])).toEqual(want);
  });
});

describe('the forms the next notice may write differently (written from the classes above)', () => {
  it.each([
    // a range with marks on both ends in full-width brackets and a full-width wave, 之间 before the applicant
    ['年营业收入1000万元（含）～5000万元（不含）之间的企业', [[10000000, 50000000, '元']]],
    // a quantity range before the applicant, no bound word
    ['用地面积50亩至100亩的项目', [[50, 100, '亩']]],
    // a count of things bounded in a list of conditions
    ['研发投入占比不低于3%、发明专利不少于5件的企业', [[0.03, undefined, '%'], [5, undefined, '件']]],
    // a second condition after a comma and 且
    ['营业收入增速不低于10%,且研发投入占比不低于3%的企业', [[0.1, undefined, '%'], [0.03, undefined, '%']]],
    // 为 before a range is no part of the metric
    ['年营业收入为5000万—1亿元的企业，给予奖励', [[50000000, 100000000, '元']]],
  ])('%s', (text, want) => {
    expect(mins(text)).toEqual(want);
    expect(v(text).rates).toEqual([]);
  });
  it.each([
    ['最长补贴3年', '最长补贴3年'],
    // (the span's words with its bound, as the dev gold writes 连续补贴3年 and 连续补贴不超3年: 花都, round 90)
    ['连续补贴不超过3年', '连续补贴不超过3年'],
    ['贴息期限为1年', '1年'],
  ])('a bounded support period: %s', (text, raw) => {
    expect(v(text).deadlines.map((d) => [d.raw, d.kind])).toEqual([[raw, 'relative']]);
  });
});

describe('分别 objects: percentage tiers two phrases before the grant, a bound written once', () => {
  it('对上年度营业收入1亿元以上且同比增长10%、20%、30%以上的企业,按照…的1%给予奖励,最高分别不超过… (贵阳, guizhou-guiyang-ruanjian.txt)', () => {
    const r = v('对上年度营业收入1亿元以上且同比增长10%、20%、30%以上的企业,按照其上年度营业收入新增部分的1%给予奖励,最高分别不超过20万元、30万元、50万元。');
    expect(r.amounts.map((a) => [a.yuan, a.object])).toEqual([
      [200000, '同比增长10%以上'],
      [300000, '20%以上'],
      [500000, '30%以上'],
    ]);
  });
});

describe('traditional characters and full-width digits read through fold, values reported as written', () => {
  it.each([
    ['註冊外資3000萬美元及以上,到賬500萬美元及以上,給予不超過100萬元的資金支持', [[30000000, undefined, '美元'], [5000000, undefined, '美元']]],
    ['實際投資5000萬元人民幣(外幣按同期匯率折算)及以上的項目', [[50000000, undefined, '元']]],
    ['年銷售收入１０００万元～５０００万元的企业', [[10000000, 50000000, '元']]],
    ['對首次入選相關榜單前１００名的企業', [[undefined, 100, '名']]],
  ])('%s', (text, want) => {
    const r = v(text);
    expect(r.thresholds.map((t) => [t.min, t.max, t.unit])).toEqual(want);
    for (const t of r.thresholds) expect(text.slice(t.start, t.end)).toBe(t.raw);
  });
  it('補助時間最長不超過２年 → a relative deadline, raw as written', () => {
    expect(v('補助時間最長不超過２年').deadlines.map((d) => [d.raw, d.kind])).toEqual([['最長不超過２年', 'relative']]);
  });
});
