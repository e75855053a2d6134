import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments, extractValues, planTitleTerm } from './extract.js';

// Round 68–69 classes (fourteenth session), each with the dev sentence that showed it.
const thresholds = (text: string) => extractValues(text).thresholds.map((t) => [t.metric, t.min ?? null, t.max ?? null, t.unit]);

describe('a magnitude word with no figure after a bound or before 以上 is one of that magnitude (bare magnitude)', () => {
  it.each([
    // 濮阳 (henan-puyang-gongyeqiangshi.txt): 超千万元, a size class of the projects counted
    ['初步谋划投资超千万元的重点工业项目160个,概算总投资290亿元,年度计划投资160亿元。', [['初步谋划投资', 10000000, null, '元']]],
    // 亿元 as before (the rule's first form)
    ['其中投资5000万元以上的项目123个,投资亿元以上的项目75个。', [['投资', 50000000, null, '元'], ['投资', 100000000, null, '元']]],
    ['对营业收入首次超亿元的企业,给予10万元奖励。', [['营业收入', 100000000, null, '元']]],
    // 千万 as an adverb names no money
    ['千万不要错过申报时间,给予50万元奖励。', []],
  ])('%s', (text, want) => expect(thresholds(text)).toEqual(want));
});

const deadlines = (text: string) => extractValues(text).deadlines.map((d) => [d.raw, d.date ?? null, d.kind ?? null]);

describe('a limit each year named by 当年 is recurring, no calendar date (当年 limit)', () => {
  it.each([
    // 常州西太湖 (jiangsu-xitaihu-gongyechuangxin.txt), a 2017–2019 policy: its yearly application deadline
    ['企业根据发展情况自行填报“常州西太湖科技产业园企业专项资金项目申报表”(附件2),报经济发展局,申报截至日期为当年12月31日。', [['当年12月31日', null, 'ongoing']]],
    // 云南省 (yunnan-yunnansheng-waizijiangli.txt): the window form, as before
    ['申报时间为当年12月1日至次年2月20日。', [['当年12月1日至次年2月20日', null, 'ongoing']]],
    // …with 前 after it
    ['奖励资金于当年11月底前拨付到位。', [['当年11月底前', null, 'ongoing']]],
    // a month of the year's figures names no limit
    ['当年12月份的产值计入下一年度统计。', []],
  ])('%s', (text, want) => expect(deadlines(text)).toEqual(want));
});

describe('a plan’s own title period is its term, on its body’s first clause (plan term)', () => {
  const docDeadlines = (text: string) =>
    extractDocuments(documentsOfPlainText(text)).flat().map((c) => [c.text.slice(0, 12), c.deadlines.map((d) => [d.raw, d.from ?? null, d.date ?? null])]);

  it.each([
    // 盐城 (jiangsu-yancheng-zhigaishuzhuan.txt): the title wrapped over two lines below the cover's signature
    ['盐城市深化制造业智能化改造数字化转型\n网络化联接三年行动计划(2025-2027年)\n为深入贯彻习近平总书记关于新型工业化的重要论述和对江苏工作重要讲话精神,制定本行动计划。\n一、总体目标\n到2027年,全市规上工业企业基本完成智能化改造。\n', [['为深入贯彻习近平总书记关', [['2025-2027年', '2025', '2027']]], ['到2027年,全市规上工', [['到2027年', null, '2027']]]]],
    // 山东省 (shandong-shandongsheng-shidachuangxin.txt): traditional characters
    ['科技研發創新行動計劃(2024—2025年)\n全社會研發經費投入年均增長10%左右,高新技術企業2024年突破3.5萬家。\n', [['全社會研發經費投入年均增', [['2024年', null, '2024'], ['2024—2025年', '2024', '2025']]]]],
    // 奉化 (zhejiang-fenghua-gongtongfuyu.txt): the first clause writes the period itself (in cited titles): no third
    ['奉化推进高质量发展建设共同富裕特色区行动方案(2021—2025年)\n为深入学习贯彻重要指示精神,对表《浙江高质量发展建设共同富裕示范区实施方案(2021—2025年)》,特制定行动方案如下。\n', [['为深入学习贯彻重要指示精', [['2021—2025年', '2021', '2025']]]]],
  ])('%s', (text, want) => expect(docDeadlines(text).filter(([, d]) => (d as unknown[]).length)).toEqual(want));

  // (Round 104 gives a cover's title that sends the plan its period too, for the body's first clause where nothing before it carries the
  // period: 潍坊's cover sentence does, so its clauses are unchanged; 滨州 2022, which keeps no plan title line, takes it.)
  it('a cover’s title that sends the plan gives its term; a repost’s line that issues it gives none (潍坊, shandong-weifang-xianyujingji.txt)', () => {
    expect(planTitleTerm('关于印发潍坊市县域经济高质量发展实施方案(2024-2025年)的通知')).toEqual({ raw: '2024-2025年', from: '2024', date: '2025' });
    expect(planTitleTerm('淄博市人民政府 印发先进制造业强市实施方案(2023—2025年)')).toBeUndefined();
    expect(planTitleTerm('潍坊市县域经济高质量发展实施方案(2024-2025年)')).toEqual({ raw: '2024-2025年', from: '2024', date: '2025' });
  });
});

describe('the year’s tasks a sentence hands down, counted by their aspects, also with 的 (N个方面的工作)', () => {
  it.each([
    // 湖北省 (hubei-hubeisheng-fazhanjihua2022.txt): at the end of a long lead-in sentence
    ['根据省委经济工作会议精神,按照省《政府工作报告》部署,围绕乘势而上、排难而进,在危机中育新机、于变局中开新局,奋力实现“开局企稳、复元打平、再续精彩”的目标,2022年重点做好十个方面的工作。', [['2022年', '2022', null]]],
    // 十堰 (hubei-shiyan-fazhanjihua2022.txt): without 的, as before
    ['2022年重点做好以下八个方面工作。', [['2022年', '2022', null]]],
  ])('%s', (text, want) => expect(extractValues(text, '2022-02-09').deadlines.map((d) => [d.raw, d.date ?? null, d.kind ?? null])).toEqual(want));
});

describe('a doubled dash between two figures is a range’s dash (300万元——1000万元)', () => {
  it.each([
    // 姜堰 (jiangsu-jiangyan-zhuanxingshengji.txt): investment bands, the lower end's mark after the upper figure
    ['其中,投入300万元——1000万元(含300万元)的,按照设备投资额的5%予以补助;', [['投入', 3000000, 10000000, '元']]],
    ['投入1000万元——3000万元(含1000万元)的,按照设备投资额的6%予以补助;', [['投入', 10000000, 30000000, '元']]],
    // a single dash, as before
    ['其中,投入300万元—1000万元(含300万元)的,按照设备投资额的5%予以补助;', [['投入', 3000000, 10000000, '元']]],
  ])('%s', (text, want) => expect(thresholds(text)).toEqual(want));

  it('a period written with one (2023——2025年) and a dash opening a list item (——规模总量实现新跨越) are read as before', () => {
    expect(extractValues('实施期限为2023——2025年。').deadlines.map((d) => [d.from, d.date])).toEqual([['2023', '2025']]);
    expect(extractValues('——规模总量实现新跨越。到2025年,全市规上工业企业数实现翻番。').deadlines.map((d) => d.date)).toEqual(['2025']);
  });
});

describe('a document without a date of its own takes the date of the notice that sends it for 年内 (sent undated)', () => {
  it('中山 (guangdong-zhongshan-wenwaimao.txt): the cover, addressed where its title should be, dated 2025年4月15日', () => {
    const text =
      '火炬开发区管委会,翠亨新区管委会,各镇政府、街道办事处,市各有关单位:\n《中山市稳外贸促增长若干措施》业经市委、市政府同意,现印发给你们,请认真贯彻实施。实施过程中遇到的问题,请径向市商务局反映。\n中山市人民政府办公室\n2025年4月15日\n中山市稳外贸促增长若干措施\n为进一步支持企业加快拓展国内外市场,制定以下措施。\n一、加快开拓国际国内市场。落实“粤贸全球”计划,深入实施“百展千企”境外拓市场行动,年内推动3000家次企业参加境外展会。(责任单位:市商务局、工业和信息化局、财政局,各镇街)\n';
    const clauses = extractDocuments(documentsOfPlainText(text)).flat();
    expect(clauses.flatMap((c) => c.deadlines.map((d) => [d.raw, d.date]))).toEqual([['年内', '2025']]);
  });
});
