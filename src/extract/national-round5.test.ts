import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Round 4 of classes (issue 9), from the 14 notices of round 5 of the national development set: each class in its
// general form. Sentences are real: from a dev notice (file in eval/national/dev named in the comment) or from a
// public page of another province (address in the comment; none in ../shared/holdout-sources.sha256). Where no real
// sentence was at hand, the comment says "form" and the sentence is written from the class.
const v = (text: string, docDate?: string) => extractValues(text, docDate);
const bounds = (text: string) => v(text).thresholds.map((t) => [t.min, t.max, t.unit]);

describe('a money band a reward or a rate follows: a threshold, never amounts; a repeat in the bound mark is no value', () => {
  it.each([
    // 新疆 伊吾 (xinjiang-yiwu-zhaoshangjiangli.txt): 人民币 after the band, the mark repeating its top, 的按…‰奖励.
    ['1001万—2000万元人民币(含2000万元)的按3.2‰奖励;', [[10010000, 20000000, '元']], []],
    ['2001万—3000万元人民币(含3000万元)的按3.6‰奖励;', [[20010000, 30000000, '元']], []],
    // 福建 (https://fj.cnipai.com/news/detail/193230.html): a remark inside the mark, the reward right after.
    ['3亿元至10亿元(不含10亿元,下同)奖励10万元;10亿元至20亿元奖励20万元', [[300000000, 1000000000, '元'], [1000000000, 2000000000, '元']], [100000, 200000]],
    // 湖南 华容 (https://zs.qianzhan.com/news/detail/623/220215-e218e691.html): 的, then a comma before the reward.
    ['1亿元—3亿元(不含3亿元)的,奖励3万元', [[100000000, 300000000, '元']], [30000]],
    // 贵州 从江 (http://3g.qdn.cn/news/cj/201104/56543.shtml): the applicant named, a comma, then 按…给予.
    ['固定资产投资3000-5000万元项目,按实际完成固定资产投资额给予2.5‰奖励', [[30000000, 50000000, '元']], []],
    // Forms: a progressive tier's part (产业园 page https://mip.jinchutou.com/shtml/view-559658541.html writes 1000万元一1亿元部分
    // with an OCR'd dash) is the part of the base the share is paid on, no condition on who qualifies: no value (ANNOTATION, round 41,
    // 临高: …1.5亿元—5亿元(含)之间的部分按3.5‰奖励; as the part of a taxed base is none). 之间的, the applicant named after the reward.
    ['投资额在1000万元-1亿元部分按4‰比例进行奖励', [], []],
    ['1001万—2000万元部分按3.2‰奖励', [], []],
    ['5000万元—1亿元（含1亿元）的，奖励引荐人5万元', [[50000000, 100000000, '元']], [50000]],
    // Forms: full-width brackets and 至, a 【】 mark.
    ['5000万元至1亿元（含1亿元）的，按1%给予奖励', [[50000000, 100000000, '元']], []],
    ['5000万元至1亿元【不含1亿元】奖励5万元', [[50000000, 100000000, '元']], [50000]],
  ])('%s', (text, thresholds, amounts) => {
    const r = v(text);
    expect(r.thresholds.map((t) => [t.min, t.max, t.unit])).toEqual(thresholds);
    expect(r.amounts.map((a) => a.yuan)).toEqual(amounts);
  });
  it('the mark sets the top bound: (含…) inclusive, (不含…) not (伊吾, 福建)', () => {
    expect(v('1001万—2000万元人民币(含2000万元)的按3.2‰奖励;').thresholds[0].maxInclusive).toBe(true);
    expect(v('3亿元至10亿元(不含10亿元,下同)奖励10万元').thresholds[0].maxInclusive).toBe(false);
  });
  it('a grant band stays an amount (给予50万至100万元补助)', () => {
    const r = v('对认定的企业给予50万至100万元补助');
    expect(r.thresholds).toEqual([]);
    expect(r.amounts.map((a) => [a.yuan, a.yuanMax])).toEqual([[500000, 1000000]]);
  });
});

describe('a count an applicant or a party must reach, the figure repeated or a bound after it: a threshold with its unit', () => {
  it.each([
    // 新疆 伊吾 (xinjiang-yiwu-zhaoshangjiangli.txt): the figure written twice, 的 closing the condition, no grant.
    ['如引荐人为2人或2人以上的,视为1个引资团体', [[2, undefined, '人']]],
    // Forms: Chinese figures, 及, the thing counted after the bound, an upper bound.
    ['同一项目有两个或两个以上引荐人的,由引荐人协商分配奖励', [[2, undefined, '个']]],
    ['由3家及3家以上企业联合申报的项目', [[3, undefined, '家']]],
    ['从业人员在20人或20人以下的小微企业', [[undefined, 20, '人']]],
    // A bound after the figure, 的 and a comma before the grant (form of 吸纳就业…人以上的企业).
    ['吸纳就业10人以上的,给予一次性奖励', [[10, undefined, '人']]],
    ['新增就业不少于50人的企业,给予奖励', [[50, undefined, '人']]],
    // A bounded count in a clause opened by 如/若/凡 and closed by 的, no grant after (forms of 伊吾's sentence).
    ['如引荐人超过2人的,视为1个引资团体', [[2, undefined, '人']]],
    ['凡引荐人在2人以上的,视为1个引资团体', [[2, undefined, '人']]],
    ['若联合申报单位不少于3家的,由牵头单位申报', [[3, undefined, '家']]],
    // A count of what the applicant holds, named before the figure (forms: N个及以上, N项以上), also of what a town brought in.
    ['拥有有效发明专利5个及以上的企业,给予奖励', [[5, undefined, '个']]],
    ['主导制定国家标准2项以上的单位,给予奖励', [[2, undefined, '项']]],
    ['年内引进项目5个以上的乡镇,给予奖励', [[5, undefined, '个']]],
    // Not a condition: an act of counting (`countingVerbs`), a year repeated, a count without a bound (培育省级企业9—11个).
    ['培育10个以上的企业', []],
    ['建设3个及以上的示范项目', []],
    ['2019年或2019年以后的', []],
    ['建成2个省级示范园区', []],
  ])('%s', (text, want) => {
    expect(bounds(text)).toEqual(want);
  });
  it('the thing counted names the metric when it follows the bound (两个或两个以上引荐人的)', () => {
    expect(v('同一项目有两个或两个以上引荐人的,由引荐人协商分配奖励').thresholds[0].metric).toBe('引荐人');
    expect(v('如引荐人为2人或2人以上的,视为1个引资团体').thresholds[0]).toMatchObject({ metric: '引荐人', raw: '2人或2人以上', minInclusive: true });
  });
});

describe('a grade an applicant must hold: a threshold on the grade number, unit 级 / 星级 / A级', () => {
  it.each([
    // 浙江 萧山 (zhejiang-xiaoshan-chuangxinqiangqu.txt): a Chinese figure, 级, the applicant right after.
    ['对各级数字化车间、智能工厂,智能制造示范项目,上云或5G示范应用以及智能制造等级三级以上企业,给予最高300万元资助。', [[3, undefined, '级']], [3000000]],
    // 浙江 绍兴 (http://halmanatech.com/news/702.html): 4A with its 级 in brackets, 及以上, the applicant later.
    ['或获得两化融合管理体系、智能制造能力成熟度、数据管理能力成熟度贯标4A(4级)及以上证书(有效期内)的企业,直接评定为4.0水平。', [[4, undefined, 'A级']], []],
    // Forms: letters, 3A/４A, 星级, an upper bound, full-width letters.
    ['对新评为AAA级以上旅游景区的单位给予奖励', [[3, undefined, 'A级']], []],
    ['对获评国家4A级及以上景区的企业给予奖励', [[4, undefined, 'A级']], []],
    ['对评为三星级及以上的酒店企业', [[3, undefined, '星级']], []],
    ['信用等级为二级以下的企业', [[undefined, 2, '级']], []],
    ['获评ＡＡＡ级（含）以上信用等级的企业', [[3, undefined, 'A级']], []],
    // Not grades: a level of government, no figure; a count of firms (10个以上的企业 counts them).
    ['推动市级以上企业技术中心建设', [], []],
    ['培育10个以上的企业', [], []],
  ])('%s', (text, thresholds, amounts) => {
    const r = v(text);
    expect(r.thresholds.map((t) => [t.min, t.max, t.unit])).toEqual(thresholds);
    expect(r.amounts.map((a) => a.yuan)).toEqual(amounts);
  });
  it('the grade words are the raw (萧山)', () => {
    const text = '以及智能制造等级三级以上企业,给予最高300万元资助。';
    const [t] = v(text).thresholds;
    expect([t.raw, text.slice(t.start, t.end), t.minInclusive]).toEqual(['三级以上', '三级以上', true]);
  });
});

describe('a scale without 元 that a goal names right after (过千亿目标任务, 突破千亿大关): a target amount', () => {
  it.each([
    // 四川 凉山 (sichuan-liangshan-zhongdianxiangmu.txt): 过 as the bound, 目标任务 after.
    ['紧紧围绕全年固定资产投资过千亿目标任务,按照职责分工,加强领导,落实责任', [[100000000000, 'target']]],
    // 湖南 (https://www.wnwk.com/doc/568772.html): 迈过…大关, the sum with 元 after.
    ['辖内财政收入迈过千亿大关,达1330亿元,增长28.55%', [[100000000000, 'target'], [133000000000, 'target']]],
    // Forms: 突破…大关, 超…的目标, 冲刺…目标.
    ['力争全市规上工业产值突破千亿大关', [[100000000000, 'target']]],
    ['实现地区生产总值超百亿的目标', [[10000000000, 'target']]],
    ['全力冲刺千亿目标', [[100000000000, 'target']]],
    // Forms: a new step reached (迈上/站上…台阶), not a step rewarded (每跨越一个百亿台阶 is a threshold).
    ['力争全县工业总产值迈上千亿台阶', [[100000000000, 'target']]],
    ['地区生产总值站上千亿新台阶', [[100000000000, 'target']]],
    // Not money: a size class of counted things, a 级 class, 通过.
    ['打造3个千亿产业集群', []],
    ['培育千亿级产业集群', []],
  ])('%s', (text, want) => {
    expect(v(text).amounts.map((a) => [a.yuan, a.role])).toEqual(want);
  });
});

const dls = (text: string, docDate = '2014-03-01') => v(text, docDate).deadlines.map((d) => [d.raw, d.date ?? d.kind]);

describe('a second year in the same sentence, 计划 as its verb: each year is a deadline', () => {
  it.each([
    // 四川 凉山 (sichuan-liangshan-zhongdianxiangmu.txt): 2014年计划完成投资 after a first 2014年.
    ['2014年全州重点项目共涉及农林牧水利、交通、能源、工业及服务业、城市建设、民生及社会事业等六大类135个,总投资3658亿元,2014年计划完成投资703亿元。', [['2014年', '2014'], ['2014年', '2014']]],
    // Forms: 计划 before another action verb.
    ['2024年计划新开工项目50个', [['2024年', '2024']]],
    ['2024年计划实施重点项目120个', [['2024年', '2024']]],
    // Not a deadline: a plan named as a compound (浙江 温岭, the existing case), a plan's work.
    ['2023年市本级政府投资计划安排项目169个,安排财政资金45.93亿元。', []],
  ])('%s', (text, want) => {
    expect(dls(text, '2014-03-01')).toEqual(want);
  });
});

describe('a time limit that recurs each month, quarter or week: ongoing, raw as written', () => {
  it.each([
    // 四川 凉山 (sichuan-liangshan-zhongdianxiangmu.txt).
    ['建立项目推进详细台账,并确定专人于每月5日前向州重点办报送项目推进情况。', [['每月5日前', 'ongoing']]],
    // 河南 济源 (henan-jiyuan-zerendanwei.txt): the quarter's end.
    ['每季度末,各责任单位要向市政府报告重点工作进展情况。', [['每季度末', 'ongoing']]],
    // 山东 (http://fsou.com/html/text/lar/170946/17094683.html): a list of days in the month.
    ['请各地于每月9日、19日、28日前,将当月上、中、下旬项目建设执行情况报送省厅农产品质量安全监管处。', [['每月9日、19日、28日前', 'ongoing']]],
    // 住房城乡建设部 (http://cmdaaicheng.com/content-8-331-1.html): a weekday and an hour.
    ['各市县信息报送单位要在每周二中午12时前报送上周管廊建设的规划和工程建设情况。', [['每周二中午12时前', 'ongoing']]],
    // Forms: after the period ends, the quarter's first month, 号, the month's end.
    ['每季度结束后10个工作日内报送', [['每季度结束后10个工作日内', 'ongoing']]],
    ['于每季度首月10日前报送上季度数据', [['每季度首月10日前', 'ongoing']]],
    ['每月25号前报送', [['每月25号前', 'ongoing']]],
    ['每月底前报送统计数据', [['每月底前', 'ongoing']]],
    ['于每月月底前报送', [['每月月底前', 'ongoing']]],
    ['每季季末报送', [['每季季末', 'ongoing']]],
    ['每月的10日前报送', [['每月的10日前', 'ongoing']]],
    ['每半年末报送一次', [['每半年末', 'ongoing']]],
    // Not a time limit: a recurring assessment, a frequency.
    ['对每季度考核排名前六位的乡(镇)分别按20万元给予资金奖补', []],
    ['每月召开一次调度会', []],
  ])('%s', (text, want) => {
    expect(dls(text)).toEqual(want);
  });
  it('每年12月底前 recurs each year: ongoing, as 每月5日前 (ANNOTATION round 9; 重庆 000, outside the seed gold scope)', () => {
    expect(dls('由各街镇、园城根据每年12月底前将符合条件的企业报送至区经济信息委', '2021-10-14')).toEqual([['每年12月底前', 'ongoing']]);
  });
});

describe('a support period between a grant and its sum: relative', () => {
  it.each([
    // 浙江 萧山 (zhejiang-xiaoshan-chuangxinqiangqu.txt).
    ['对区内上下游企业共建创新联合体开展的“技术靶点攻关+场景开放+成果转化/产业化”项目,按项目总投入20%给予三年最高1500万元资助。', [['三年', 'relative']]],
    // Forms: 补助…每年, 奖励…累计, a support period's name (支持周期, 资助期限).
    ['补助3年,每年10万元', [['3年', 'relative']]],
    ['奖励两年,累计不超过50万元', [['两年', 'relative']]],
    ['项目支持周期为3年', [['3年', 'relative']]],
    ['资助期限最长不超过2年', [['最长不超过2年', 'relative']]],
    // Not one: a term granted with a thing (ANNOTATION: 给予50年的土地出让年限). A grant given for years (给予2年租金补贴) is the
    // span it runs over since ANNOTATION's grant-span decision (免征企业所得税3年 → relative; round 8).
    ['给予50年的土地出让年限', []],
    ['给予2年租金补贴', [['2年', 'relative']]],
  ])('%s', (text, want) => {
    expect(dls(text)).toEqual(want);
  });
  it('the period resolves from the notice date (萧山: 三年 from 2014-03-01 → 2017-03-01)', () => {
    expect(v('按项目总投入20%给予三年最高1500万元资助。', '2014-03-01').deadlines[0].resolved).toBe('2017-03-01');
  });
});

describe('a lower and an upper bound written around two figures: one band threshold', () => {
  it.each([
    // 陕西 长武 (https://shanxi.cnipai.com/news/detail/190822.html): a mark repeating each figure, no separator.
    ['绿色工业方面,引进投资额1亿元(含1亿元)以上5亿元(不含5亿元)以下项目的,最高一次性奖励引资人30万元', [[100000000, 500000000, '元', true, false]], [300000]],
    // 四川 洪雅 (https://www.schy.gov.cn/info/1015/77104.htm): 以上…以下 with no mark.
    ['对成功引进符合奖励条件的项目,投资额在5000万元以上1亿元以下的,引荐的乡镇或部门年终目标考核加2分', [[50000000, 100000000, '元', true, false]], []],
    // Forms: an upper word before the second figure (以上不足, 以上未满, 以上、不超过), a mark on the upper end only.
    ['投资额1000万元以上不足5000万元的,按0.5%奖励', [[10000000, 50000000, '元', true, false]], []],
    ['投资额1000万元以上未满5000万元的,按0.5%奖励', [[10000000, 50000000, '元', true, false]], []],
    ['投资额1亿元以上、不超过5亿元的项目,奖励10万元', [[100000000, 500000000, '元', true, true]], [100000]],
    ['营业收入1亿元以上、5亿元(含5亿元)以下的企业', [[100000000, 500000000, '元', true, true]], []],
    // Not a band: a cap after a lower bound.
    ['投资额1亿元以上,最高奖励50万元', [[100000000, undefined, '元', true, undefined]], [500000]],
  ])('%s', (text, thresholds, amounts) => {
    const r = v(text);
    expect(r.thresholds.map((t) => [t.min, t.max, t.unit, t.minInclusive, t.maxInclusive])).toEqual(thresholds);
    expect(r.amounts.map((a) => a.yuan)).toEqual(amounts);
  });
});

describe('traditional characters and full-width punctuation read the same (forms of the round\'s dev sentences)', () => {
  it('thresholds, amounts and deadlines', () => {
    expect(bounds('如引薦人為2人或2人以上的，視為1個引資團體')).toEqual([[2, undefined, '人']]);
    expect(bounds('智能製造等級三級以上企業，給予最高300萬元資助。')).toEqual([[3, undefined, '级']]);
    expect(bounds('1001萬—2000萬元人民幣（含2000萬元）的按3.2‰獎勵；')).toEqual([[10010000, 20000000, '元']]);
    expect(v('緊緊圍繞全年固定資產投資過千億目標任務').amounts.map((a) => [a.yuan, a.role])).toEqual([[100000000000, 'target']]);
    expect(dls('按項目總投入20%給予三年最高1500萬元資助。')).toEqual([['三年', 'relative']]);
    expect(dls('並確定專人於每月5日前向州重點辦報送')).toEqual([['每月5日前', 'ongoing']]);
    expect(dls('2014年計劃完成投資703億元')).toEqual([['2014年', '2014']]);
  });
});

describe('a fund named for what it pays is a total: its 奖励/扶持 hands nothing over', () => {
  it.each([
    // 新疆 伊吾 (xinjiang-yiwu-zhaoshangjiangli.txt).
    ['县财政设立招商引资奖励基金100万元/年', [[1000000, 'total']]],
    // Forms: 扶持资金, 补助专项资金; a grant of such funds stays fixed.
    ['设立产业发展扶持资金5000万元', [[50000000, 'total']]],
    ['市财政每年安排科技创新补助专项资金2000万元', [[20000000, 'total']]],
    ['对认定的企业给予补助资金50万元', [[500000, 'fixed']]],
    ['给予奖励资金50万元', [[500000, 'fixed']]],
  ])('%s', (text, want) => {
    expect(v(text).amounts.map((a) => [a.yuan, a.role])).toEqual(want);
  });
});
