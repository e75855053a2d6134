import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { deadlinePairs, valueRows } from './fixture-table.js';
import { moneyWords } from './money-words.js';

// Classes from the dev residuals looked at during round 125 of the national development set (issue 9).
// Sentences are real, from the dev notice named in the comment; "form" marks one written from the class.

describe('a range of investment an applicant named at length falls in is a condition, not a grant (long applicant)', () => {
  it.each([
    // 吉林省 (jilin-jilinsheng-qichepeitao.txt): the applicant a list of products long
    ['鼓励园区引进重大招商项目,对引进3000万元至5000万元投资的汽车化工专用料、车用化学品、汽车橡塑零部件重大招商项目的单位,按实际进资额的5‰给予奖励;', { amounts: [], rates: [[0.005, 'fixed']], thresholds: [[30000000, 50000000, '元']] }],
    // forms: full-width punctuation, a dash range
    ['对新引进5000万元—1亿元投资的新能源汽车零部件、智能网联设备、工业机器人整机制造项目的企业，按实际到位资金的1%给予奖励。', { amounts: [], rates: [[0.01, 'fixed']], thresholds: [[50000000, 100000000, '元']] }],
    // (a grant's own range stays a grant)
    ['对新认定的汽车化工专用料、车用化学品、汽车橡塑零部件重点企业,给予30万元至50万元奖励。', { amounts: [[300000, 500000, 'fixed']], rates: [], thresholds: [] }],
  ] as [string, unknown][])('%s', (s, want) => expect(valueRows(s)).toEqual(want));
});

describe('bands of bare sums (no 元) listed with 、 after a metric and its remark are conditions (bare listed bands)', () => {
  it.each([
    // 嘉兴 (zhejiang-jiaxing-renliziyuanfuwu.txt): the metric's remark in brackets, the bands without 元
    ['对规上人力资源服务企业年营收(不含代收代付)在1000万到5000万、5000万到1亿、1亿以上且增速连续2年分别超过30%、20%、10%的,给予20万元奖励。', {
      amounts: [[200000, undefined, 'fixed']],
      rates: [],
      thresholds: [[10000000, 50000000, '元'], [50000000, 100000000, '元'], [100000000, undefined, '元'], [0.3, undefined, '%'], [0.2, undefined, '%'], [0.1, undefined, '%']],
    }],
    // forms: 至 and ~, full-width brackets, the applicant a project
    ['对年销售收入（不含税）在500万至1000万、1000万至3000万的企业,分别给予3万元、5万元奖励。', { amounts: [[30000, undefined, 'fixed'], [50000, undefined, 'fixed']], rates: [], thresholds: [[5000000, 10000000, '元'], [10000000, 30000000, '元']] }],
    ['对固定资产投资2000万~5000万、5000万~1亿的项目,分别给予10万元、20万元补助。', { amounts: [[100000, undefined, 'fixed'], [200000, undefined, 'fixed']], rates: [], thresholds: [[20000000, 50000000, '元'], [50000000, 100000000, '元']] }],
  ] as [string, unknown][])('%s', (s, want) => expect(valueRows(s)).toEqual(want));
});

describe('a noun that opens with a counting word (项目, 人员) after a bare sum is what the sum is of, not what it counts (not counted)', () => {
  it.each([
    // forms
    ['对固定资产投资5000万以上的项目,给予10万元补助。', { amounts: [[100000, undefined, 'fixed']], rates: [], thresholds: [[50000000, undefined, '元']] }],
    ['對年營業收入1億以上的項目，給予20萬元獎勵。', { amounts: [[200000, undefined, 'fixed']], rates: [], thresholds: [[100000000, undefined, '元']] }],
    // (a count stays a count: 10万个, 1万人)
    ['全市新增市场主体10万个以上,新增就业1万人以上。', { amounts: [], rates: [], thresholds: [] }],
  ] as [string, unknown][])('%s', (s, want) => expect(valueRows(s)).toEqual(want));
});

describe('nounsNotCounted (dict/money-words.json)', () => {
  it('holds only nouns that open with a counting word of countedAfter, so each guards a real collision', () => {
    for (const n of moneyWords.nounsNotCounted) expect(moneyWords.countedAfter.some((c) => n.startsWith(c) && n.length > c.length)).toBe(true);
  });
});

/** Each clause's words (its first 10 characters), units and deadlines' raw text, of a text read as a document. */
const clauses = (text: string) =>
  documentsOfPlainText(text)
    .flatMap((d) => extractDocument(d))
    .map((c) => [c.text.slice(0, 10), [...c.units], (c.deadlines ?? []).map((d) => d.raw)]);

describe('a table a cell a line whose column names run to ten characters, its progress column of a period last (long column, period progress)', () => {
  // 青岛 (shandong-qingdao-guapaiduban2017.txt): 年度工作任务和目标 is nine characters, 上半年进展 reports what was done
  const qingdao = ['政府工作报告公开挂牌督办事项上半年进展', '', '序号', '', '公开挂牌督办事项', '', '年度工作任务和目标', '', '责任单位', '', '上半年进展', '', '1', '',
    '全市生产总值增长8%左右。固定资产投资增长12%左右。', '', '全市生产总值增长8%左右,固定资产投资增长12%左右,完成年度计划目标。', '',
    '市发展改革委、市经济信息化委、市财政局', '', '上半年全市经济运行总体企稳、稳中有进,生产总值增长7.7%,固定资产投资增长9.3%,节能减排工作按进度推进。', '', '2', '',
    '社会消费品零售总额增长10.5%左右。', '', '全年实现社会消费品零售总额增长10.5%左右。', '', '市商务局', '', '社会消费情况:1-5月份,全市限上批发企业实现销售额增长。'].join('\n');
  it('gives each task its row\'s units and reads no clause from the progress cells', () => {
    const got = clauses(`2017年政府工作报告公开挂牌督办事项上半年进展情况\n${qingdao}`);
    const units = ['市发展改革委', '市经济信息化委', '市财政局'];
    expect(got).toEqual([
      ['全市生产总值增长8%', units, []],
      ['固定资产投资增长12', units, []],
      ['全市生产总值增长8%', units, []],
      ['社会消费品零售总额增', ['市商务局'], []],
      ['全年实现社会消费品零', ['市商务局'], []],
    ]);
  });
});

describe('notes that share a task by remit with each body leading, one county leading, and short tasks each closed by its own note (remit lead, county lead, noted task)', () => {
  // 滨州 (shandong-binzhou-zerenfengong.txt)
  const binzhou = [
    '(九)将耕地保有量、单位地区生产总值能耗降低和主要污染排放物总量减少等3项指标分解到各县(区),并建立定期公布的相应制度。(市国土资源局、经贸委、环保局按照职责牵头负责)',
    '三、重大工程和项目责任主体和分工',
    '(一)新农村建设重点工程。',
    '农业综合开发、良种繁育推广、配方施肥与沃土、植物病虫害综合防治、优质粮食产业示范工程。(市农业局、发改委、财政局按职责牵头负责)',
    '城市基础设施向农村延伸工程。(市发改委、建设局按职责牵头负责)新农村社区建设试点工程、“城中村”改造工程。(市建设局牵头负责)',
    '生态村建设工程。(市环保局牵头负责)',
    '(二)重大交通基础设施建设工程。',
    '滨州港建设工程。(市交通局牵头负责)',
    '大高通用航空城建设工程。(沾化县牵头负责)',
  ].join('\n');
  it('reads every note, gives the section titles none and drops no task', () => {
    expect(clauses(`滨州市重点工作责任分工\n${binzhou}`)).toEqual([
      ['将耕地保有量、单位地', ['市国土资源局', '经贸委', '环保局'], []],
      ['农业综合开发、良种繁', ['市农业局', '发改委', '财政局'], []],
      ['城市基础设施向农村延', ['市发改委', '建设局'], []],
      ['新农村社区建设试点工', ['市建设局'], []],
      ['生态村建设工程。', ['市环保局'], []],
      ['滨州港建设工程。', ['市交通局'], []],
      ['大高通用航空城建设工', ['沾化县'], []],
    ]);
  });
  it.each([
    // forms: 按照职能, a district, full-width brackets; not the whole of a place (全市牵头)
    ['推进园区道路建设,加快配套。（区住建局、区交通局按照职能牵头负责）', [['区住建局', '区交通局']]],
    ['推进航空城建设,加快发展。(滨城区牵头)', [['滨城区']]],
    ['推进航空城建设,加快发展。(全市牵头)', []],
  ] as [string, string[][]][])('%s', (s, want) => expect(clauses(`关于印发某市重点工作分工方案的通知\n${s}`).map((c) => c[1]).filter((u) => (u as string[]).length)).toEqual(want));
});

describe('the document\'s title on a line of its own below the cover that carries it is a title, not the start of the preamble (carried title line)', () => {
  // 铁西区 (liaoning-tiexi-yingshanghuanjing.txt): a title counting its articles, 55条
  const tiexi = ['各有关单位:', '《鞍山市铁西区2025年优化营商环境55条》已经区政府同意,现印发给你们,请结合实际,认真贯彻执行。', '鞍山市铁西区人民政府办公室', '2025年5月13日', '(此件公开发布)',
    '鞍山市铁西区2025年优化营商环境55条', '为深入贯彻习近平总书记在辽宁考察时的重要讲话和重要指示精神,推出优化营商环境55条工作举措。',
    '2.拓展“高效办成一件事”场景。扩大服务范围,年底前推出一个“高效办成一件事”主题场景。(牵头单位:区数据局)'].join('\n');
  it('reads no deadline from the title\'s year and keeps the preamble apart', () => {
    expect(clauses(tiexi).filter((c) => (c[2] as string[]).length || (c[1] as string[]).length)).toEqual([['扩大服务范围,年底前', ['区数据局'], ['年底前']]]);
  });
});

describe('a procedure done the same day, or in half a day, is a relative time limit (same day, half span)', () => {
  it.each([
    // 包头 (neimenggu-baotou-zhongshixiangmu.txt)
    ['符合准入政策项目,单位提交备案材料后,当日予以备案。', [['当日', 'relative']]],
    // 汤阴 (henan-tangyin-jingjifazhanjihua.txt)
    ['在行政事项办结时间和流程上做“减法”,将企业开办时间由3个工作日压减至半天以内;', [['半天以内', 'relative']]],
    // forms: 当天, a fraction of a working day (its whole figure), half a year
    ['对符合条件的申请,窗口当天办结。', [['当天', 'relative']]],
    ['企业开办时间压缩至0.5个工作日以内。', [['0.5个工作日以内', 'relative']]],
    ['力争半年内完成改造。', [['半年内', 'relative']]],
    // (a day a rate is read on, and a day's vouchers carried over, set no limit)
    ['奖励金按县政府批准奖励当日国家外汇管理局公布的汇率中间价结算为人民币发放。', []],
    ['本次消费券活动资金按天分配,当日未核销完毕顺延至次日发放。', []],
  ] as [string, unknown[]][])('%s', (s, want) => expect(deadlinePairs(s, '2025-03-05')).toEqual(want));
});

describe('the body under a title a cover carries on a line of its own takes the title\'s period as its term (carried title term)', () => {
  // 寿光 (shandong-shouguang-xianyujingji.txt): the title run on into the preamble after a space
  const shouguang = [
    '各镇人民政府、街道办事处,高新区管委会,双王城生态经济发展中心,有关部门、单位: 《寿光市县域经济高质量发展工作方案(2024—2025年)》已经寿光市委、市政府同意,现印发给你们,请结合实际认真组织实施。',
    '寿光市人民政府 2024年9月13日', '(此件公开发布)',
    '寿光市县域经济高质量发展工作方案(2024—2025年) 为全面贯彻落实《山东省县域经济高质量发展三年行动方案(2023—2025年)》,进一步激发县域发展活力动力,加快推动县域经济绿色低碳高质量发展,制定本工作方案。',
  ].join('\n');
  it('gives the cover its own period and the preamble the cited plan\'s and the title\'s', () => {
    expect(clauses(shouguang).map((c) => c[2])).toEqual([['2024—2025年'], [], ['2023—2025年', '2024—2025年']]);
  });
});

describe('a heading note in 〔〕 or 【】 that a hard wrap carried to the next line closes its line there (wrapped bracket note)', () => {
  // 铜仁 (guizhou-tongren-yingshanghuanjing.txt) as a PDF's 36-character wrap sets it (`eval --variant wrapped`)
  const unitsOf = (text: string) => clauses(`关于印发铜仁市优化营商环境实施方案的通知\n${text}`).map((c) => c[1]);
  it.each([
    ['(二)“证照分离”改革。〔牵头单位:市市场监管局、市司法局;责任单位:“\n证照分离”改革成员单位〕\n在2020年前全市实现“证照分离”改革全覆盖。对所有涉企经营许可事项实行\n分类改革,破解“准入不准营”难题。', ['市市场监管局', '市司法局', '“证照分离”改革成员单位']],
    // form: 【】
    ['(三)开办企业。【牵头单位:市市场监管局;责任单位:市税务局、市人社\n局】\n压缩企业开办时间至1个工作日以内。', ['市市场监管局', '市税务局', '市人社局']],
  ] as [string, string[]][])('%s', (text, want) => expect([...new Set(unitsOf(text).map((u) => JSON.stringify(u)))]).toEqual([JSON.stringify(want)]));
});

describe('a period whose progress a report covers sets no limit (reported period)', () => {
  it.each([
    // 青岛 (shandong-qingdao-guapaiduban2017.txt): the table's caption
    ['政府工作报告公开挂牌督办事项上半年进展', []],
    // 栖霞 (shandong-qixia-minshengshishi.txt, traditional) and 即墨 (shandong-jimo-zhongdiangongzuojinzhan.txt)
    ['近期,市政府督查室對全市重點民生實事二季度完成情況進行了督導調度,現將有關情況通報如下:', []],
    ['2022年即墨区政府工作报告确定重点工作三季度进展情况表', []],
    // forms: 工作进展情况; and a period with an act done in it stays a limit
    ['现将三季度工作进展情况通报如下:', []],
    ['二季度完成方案设计及招标。', [['二季度', '2024-06']]],
    ['上半年完成投资50亿元。', [['上半年', '2024-06']]],
  ] as [string, unknown[]][])('%s', (s, want) => expect(deadlinePairs(s, '2024-07-10')).toEqual(want));
});
