import { describe, expect, it } from 'vitest';
import { documentsFromText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';
import { findNotes, mergeUnits } from './units.js';

// Classes of misses found on the national development set (eval/national/dev), each with real sentences
// from notices of several provinces (file in the comment) and the values ANNOTATION.md asks for.
const v = (text: string, docDate?: string) => extractValues(text, docDate);
const note = (text: string) => mergeUnits(...findNotes(text).map((n) => n.units));

describe('per-mille, percentage points and percentage ranges are rates', () => {
  it.each([
    ['对超过10亿元的工业投资建设类项目,按照项目实际投资额的2‰给予资助', [0.002]], // 广东 光明区
    ['研发投入强度提高2个百分点', [0.02]],
    ['按全国工业用地出让最低价标准的15%—50%执行', [0.15, 0.5]], // 甘肃 陇南 (test-half form, written here from the guide)
    ['给予贷款贴息20-30%', [0.2, 0.3]],
  ])('%s', (text, values) => {
    expect(v(text).rates.map((r) => r.value)).toEqual(values);
  });
});

describe('a percentage an applicant must meet is a threshold, not a rate', () => {
  it('当年增速不低于25%的企业 (四川 双流区)', () => {
    const r = v('①对年度营收在3000万元(含)—1亿元、当年增速不低于25%的企业,给予3万元奖励');
    expect(r.rates).toEqual([]);
    expect(r.thresholds.map((t) => [t.min, t.max, t.unit])).toEqual([
      [30000000, 100000000, '元'],
      [0.25, undefined, '%'],
    ]);
    expect(r.amounts.map((a) => a.yuan)).toEqual([30000]);
  });
  it('keeps a target share a rate: 实际利用外资增长20%以上 (云南 楚雄州)', () => {
    expect(v('实际利用外资增长20%以上。').rates.map((r) => r.value)).toEqual([0.2]);
  });
});

describe('money an applicant must reach', () => {
  it('a bracket that repeats the bound is not a second value (河南 濮阳县)', () => {
    const r = v('经核定固定资产投资1亿元以上(含1亿元),符合主导产业政策的工业项目,可入驻县产业集聚区');
    expect(r.thresholds.map((t) => t.min)).toEqual([100000000]);
    expect(r.amounts).toEqual([]);
  });
  it('a step is a threshold (河南 郑州市)', () => {
    const r = v('工业企业年主营业务收入超100亿元后,每上一个100亿元台阶,给予100万元奖励');
    expect(r.thresholds.map((t) => t.min)).toEqual([10000000000, 10000000000]);
    expect(r.amounts.map((a) => [a.yuan, a.role])).toEqual([[1000000, 'fixed']]);
  });
  it('a size class of counted projects is a threshold (云南 楚雄州)', () => {
    const r = v('引进超10亿元优质产业项目15个以上、链主企业3户以上');
    expect(r.thresholds.map((t) => t.min)).toEqual([1000000000]);
    expect(r.amounts).toEqual([]);
  });
  it('money sought is a target amount, not a threshold (云南 楚雄州)', () => {
    const r = v('积极争取省级中小企业发展专项资金0.5亿元以上');
    expect(r.thresholds).toEqual([]);
    expect(r.amounts.map((a) => [a.yuan, a.role])).toEqual([[50000000, 'target']]);
  });
  it('a scale without 元 in a target is money (浙江 温岭市)', () => {
    // 千亿 without a digit is 1000亿 (ANNOTATION.md, project decisions: 项目总投资超千亿 → 100000000000 target).
    expect(v('完成“谋划储备一批、开工建设一批、竣工投产一批”项目各100个以上,项目总投资超千亿').amounts.map((a) => [a.yuan, a.role])).toEqual([[100000000000, 'target']]);
    expect(v('培育3个千亿产业集群').amounts).toEqual([]);
    expect(v('产业规模突破八百亿。').amounts.map((a) => [a.yuan, a.role])).toEqual([[80000000000, 'target']]);
  });
});

describe('deadlines without a year, quarters, year ends', () => {
  it.each([
    ['全省各部门预算内专项资金须于2017年6月底前下达60%以上、9月底前下达80%以上、11月底前全部下达到位', undefined, ['2017-06', '2017-09', '2017-11']], // 云南省
    ['推进16个项目年底前全部开工', '2024-10-30', ['2024-12']], // 山东 烟台市
    ['年内继续争取新一批“两重”“两新”政策资金', '2024-10-30', ['2024']], // 山东 烟台市
    ['延续实施阶段性降低失业保险、工伤保险费率政策至2024年底', undefined, ['2024-12']], // 湖北 天门市
    ['2017年第3季度对省预算内基建投资完成情况进行检查', undefined, ['2017-09']], // 云南省
  ])('%s', (text, docDate, dates) => {
    expect(v(text, docDate).deadlines.map((d) => d.date)).toEqual(dates);
  });
  it('a described year is not a deadline (云南 澜沧县)', () => {
    expect(v('2025年是“十四五”规划收官之年,推动经济稳增长意义重大。').deadlines).toEqual([]);
  });
  it('前3年 and 分三年 are relative; 前两年度 is a condition', () => {
    expect(v('投产后前3年由受益财政全额奖励企业').deadlines.map((d) => d.kind)).toEqual(['relative']); // 河南 濮阳县
    expect(v('给予“入规”奖励60万元,分三年按10万、20万、30万兑现').deadlines.map((d) => d.kind)).toEqual(['relative']); // 内蒙古 呼和浩特市
    expect(v('前两年度均享受区研发补贴且研发投入逐年增长的').deadlines).toEqual([]); // 重庆 渝北区
  });
});

describe('responsible-unit notes in other shapes', () => {
  it('a bare bracket of bodies closing an article (江苏 南京市)', () => {
    expect(note('同时积极争取省相关政策支持。(市经信委、发改委、规划局、国土局、环保局、安监局、科委)').units).toEqual(['市经信委', '发改委', '规划局', '国土局', '环保局', '安监局', '科委']);
  });
  it('is not fooled by an explanatory bracket', () => {
    expect(note('由市经济和信息化局（以下简称市经信局）负责。')).toEqual({ units: [], lead: [] });
  });
  it('A、B牵头；C…配合 with a shared ending (云南省)', () => {
    const u = note('(省发展改革委、财政厅牵头;省工业和信息化委、国土资源厅,国家开发银行云南省分行,各州、市人民政府配合)');
    expect(u.lead).toEqual(['省发展改革委', '财政厅']);
    expect(u.units).toEqual(['省发展改革委', '财政厅', '省工业和信息化委', '国土资源厅', '国家开发银行云南省分行', '各州、市人民政府']);
  });
  it('parts without a duty word take the next one: （甲局牵头，乙局、丙局等部门，丁公司、各街道配合）', () => {
    const u = note('（区发改局牵头，区经信局、区财政局等部门，区城投公司、各街道配合）');
    expect(u).toEqual({ units: ['区发改局', '区经信局', '区财政局', '区城投公司', '各街道'], lead: ['区发改局'] });
  });
  it('other labels: 责任部门, 指导单位, 政策执行部门 (浙江, 河北, 安徽 forms)', () => {
    expect(note('(责任部门:县经信局、县发改局)').units).toEqual(['县经信局', '县发改局']);
    expect(note('(指导单位:市发展改革委、市工业和信息化局)').units).toEqual(['市发展改革委', '市工业和信息化局']);
  });
  it('a note cut off by the end of an excerpt keeps its complete names (山东 寿光市)', () => {
    expect(note('力争到2025年,市级以上中小企业特色产业集群达到5个。(责任单位:发改局、工信').units).toEqual(['发改局']);
  });
  it.each([
    // 吉林 吉林市 (in traditional characters there: 市國資委及各縣(市)區政府): two bodies joined by 及
    ['（责任单位：市国资委及各县(市)区政府）', ['市国资委', '各县(市)区政府']],
    ['（责任单位：市市场监管局和市税务局）', ['市市场监管局', '市税务局']],
    ['（牵头单位：区委宣传部；配合单位：区文旅委与各街道）', ['区委宣传部', '区文旅委', '各街道']],
    // one body holding 和 stays whole
    ['（责任单位：市发展和改革委员会、市工业和信息化局、市人力资源和社会保障局）', ['市发展和改革委员会', '市工业和信息化局', '市人力资源和社会保障局']],
    // 云南 楚雄州: places before 和 share the committee named after it
    ['（责任单位：州投资促进局，楚雄高新区和禄丰、牟定、武定产业园区管委会）', ['州投资促进局', '楚雄高新区和禄丰、牟定、武定产业园区管委会']],
  ])('bodies joined by 及/和/与 are separate units: %s', (text, units) => expect(note(text).units).toEqual(units));
  it('a bracketed note alone on its line closes the multi-paragraph item above it (浙江 嵊州市)', () => {
    const text = '加快推进工业经济高质量发展若干政策\n（一）深入推进数字经济系统建设。加快以“产业大脑+未来工厂”为核心的数字经济系统建设。\n推进产业大脑建设,待省、绍兴市出台产业大脑建设及应用专项政策后,按上级政策执行。\n(责任单位:市经信局)\n（二）全力推进产业数字化。推进两化融合纵深发展。\n';
    const [doc] = documentsFromText({ text, format: 'txt', encoding: 'utf-8' }, 'x.txt');
    expect(extractDocument(doc).map((c) => [c.text.slice(0, 6), c.units])).toEqual([
      ['加快以“产业', ['市经信局']],
      ['推进产业大脑', ['市经信局']],
      ['推进两化融合', []],
    ]);
  });
  it('a note in a heading holds for its whole section (浙江 温岭市)', () => {
    const text = '温岭市人民政府关于推动经济高质量发展的实施意见\n一、扩大有效投资政策(由市发改局牵头)\n实施“百项千亿”项目推进年行动,项目个数超400个,年度计划投资约300亿元。\n(一)统筹财政资金保障。围绕保障重大项目建设,激发全社会投资活力。(责任单位:市财政局)\n二、促进消费政策(由市商务局牵头)\n开展促消费活动。\n';
    const [doc] = documentsFromText({ text, format: 'txt', encoding: 'utf-8' }, 'x.txt');
    expect(extractDocument(doc).map((c) => [c.text.slice(0, 6), c.units, c.lead])).toEqual([
      ['实施“百项千', ['市发改局'], ['市发改局']],
      ['围绕保障重大', ['市财政局', '市发改局'], ['市发改局']],
      ['开展促消费活', ['市商务局'], ['市商务局']],
    ]);
  });
  it('traditional characters: units as written, values read (陕西/湖南 forms)', () => {
    const [doc] = documentsFromText({ text: '關於印發支持政策的通知\n對認定的企業給予獎勵。（責任單位：市經信局、市財政局）\n', format: 'txt', encoding: 'utf-8' }, 'x.txt');
    expect(extractDocument(doc).map((c) => c.units)).toEqual([['市經信局', '市財政局']]);
    const r = v('對首次認定的企業一次性給予50萬元獎勵');
    expect(r.amounts.map((a) => [a.raw, a.yuan])).toEqual([['50萬元', 500000]]);
  });
});

describe('sums and their objects in lists', () => {
  it.each([
    // 内蒙古 呼和浩特: the last of a list of bare 万 sums, whatever follows it
    ['对首次纳入规模以上工业统计的企业,给予“入规”奖励60万元,分三年按10万、20万、30万兑现,中途退规及再次入规不予奖励。', [600000, 100000, 200000, 300000]],
    // counts stay counts
    ['每年培训5万人次,奖励资金按人次拨付。', []],
  ])('%s', (text, yuan) => expect(v(text).amounts.map((a) => a.yuan)).toEqual(yuan));
  it.each([
    // 内蒙古 呼和浩特: 自治区级 is a level like 省级
    ['对新认定的国家级、自治区级制造业创新中心分别给予800万元、300万元一次性奖励。', ['国家级制造业创新中心', '自治区级制造业创新中心']],
    // a public page quoting a county's rules (https://www.chacewang.com/newsdetail/news549246.html)
    ['对获认定的国家级、省级技术转移机构分别给予一次性扶持奖励50万元、30万元。', ['国家级技术转移机构', '省级技术转移机构']],
  ])('levels share the head of a 分别 list: %s', (text, objects) => expect(v(text).amounts.map((a) => a.object)).toEqual(objects));
});

describe('a percentage-point step of a growth condition is no rate', () => {
  it.each([
    // 四川 双流区
    ['①对年度营收在3000万元(含)—1亿元、当年增速不低于25%的企业,给予3万元奖励,在此基础上,增速每增加一个百分点追加0.5万元奖励,每家企业每年奖励不超过30万元。', []],
  ])('%s', (text, rates) => expect(v(text).rates.map((r) => r.value)).toEqual(rates));
});

describe('items and their notes in other shapes', () => {
  const clauses = (text: string) => documentsFromText({ text, format: 'txt', encoding: 'utf-8' }, 'x.txt').flatMap((d) => extractDocument(d)).map((c) => [c.text, c.units, c.rates.map((r) => r.value)]);
  it('dash-bulleted targets with their notes are clauses, not headings (辽宁 盘锦市)', () => {
    expect(clauses('盘锦市推进沿海经济带建设2018年工作实施方案\n(二)主要目标\n到2018年底,全市主要经济指标如下:\n——地区生产总值增长7.5%;(牵头部门:市发改委)\n——一般公共预算收入增长12%;(牵头部门:市财政局)\n')).toEqual([
      ['到2018年底,全市主要经济指标如下:', [], []],
      ['地区生产总值增长7.5%;', ['市发改委'], [0.075]],
      ['一般公共预算收入增长12%;', ['市财政局'], [0.12]],
    ]);
  });
  it('a numbered item of one sentence and its note is a clause, not a heading (山西省)', () => {
    expect(clauses('山西省促进工业经济平稳增长行动方案\n一、强化财政税费政策支持\n3.继续实施新能源汽车车船税减免优惠政策。(责任单位:省 税务局)\n')).toEqual([
      ['继续实施新能源汽车车船税减免优惠政策。', ['省税务局'], []],
    ]);
  });
  it('a 牵头单位 line and a 责任单位 line under an item both close it (辽宁 鞍山市)', () => {
    expect(clauses('鞍山市2024年主要目标任务分解方案\n6.居民收入增长与经济增长基本同步。\n牵头单位:市发展改革委、市农业农村局\n责任单位:各相关部门、各县(市)区政府\n')).toEqual([
      ['居民收入增长与经济增长基本同步。', ['市发展改革委', '市农业农村局', '各相关部门', '各县(市)区政府'], []],
    ]);
  });
});

describe('months in words, extensions and carry-forward periods', () => {
  it.each([
    // 海南 海口市 (a 2022 notice): a month in words with 份, a quarter, both in the notice's year
    ['坚持“一手打伞、一手干活”,迅速有序推动全市主要行业九月份全面复工复产,第四季度发力冲刺。', [['九月份', '2022-09', undefined, undefined], ['第四季度', '2022-12', '2022-10', undefined]]],
    // 山西省: deferrals for a set time are relative periods
    ['延续实施制造业中小微企业延缓缴纳部分税费,2021年第四季度部分税费缓缴期限继续延长6个月,2022年第一季度、第二季度部分税费延缓缴纳6个月。', [['2021年第四季度', '2021-12', '2021-10', undefined], ['延长6个月', undefined, undefined, 'relative'], ['2022年第一季度', '2022-03', '2022-01', undefined], ['第二季度', '2022-06', '2022-04', undefined], ['延缓缴纳6个月', undefined, undefined, 'relative']]],
    ['企业可按季(月)享受优惠,当年不足扣除形成的亏损,可按规定在以后5个纳税年度结转扣除。', [['以后5个纳税年度', undefined, undefined, 'relative']]],
  ])('%s', (text, expected) => expect(v(text, '2022-09-19').deadlines.map((d) => [d.raw, d.date, d.from, d.kind])).toEqual(expected));
});

describe('a firm\'s headcount bounded after its name is a threshold', () => {
  it.each([
    // 山西省: the size standard of 中小微企业
    ['三是其他行业,标准为从业人员1000人以下或营业收入4亿元以下。', [['从业人员', undefined, 1000, '人'], ['营业收入', undefined, 400000000, '元']]],
    ['适用政策的中小微企业范围:一是信息传输业、建筑业、租赁和商务服务业,标准为从业人员2000人以下,或营业收入10亿元以下,或资产总额12亿元以下;', [['从业人员', undefined, 2000, '人'], ['营业收入', undefined, 1000000000, '元'], ['资产总额', undefined, 1200000000, '元']]],
  ])('%s', (text, expected) => expect(v(text).thresholds.map((t) => [t.metric, t.min, t.max, t.unit])).toEqual(expected));
});

describe('deadlines seen on municipal and western notices', () => {
  it.each([
    // 北京 朝阳区: natural years
    ['企业(或机构)落地之日起3个自然年内,任意一年对我区经济增长产生重要支撑作用的', [['3个自然年内', undefined, 'relative']]],
    // 宁夏 银川市: a year inside a cited title names the document
    ['经市委、市政府研究同意,现将《2025年银川市第一批基本建设项目投资计划》印发实施。', []],
    ['一季度,全市第一批基本建设项目开复工率达到70%以上', [['一季度', '2025-03', undefined]]],
  ])('%s', (text, expected) => expect(v(text, '2025-02-12').deadlines.map((d) => [d.raw, d.date, d.kind])).toEqual(expected));
});

describe('a planned figure with its floor is a target, not a condition', () => {
  it.each([
    // 宁夏
    ['到2027年,规模以上工业增加值达到2800亿元以上,增速高于全区GDP增速1个百分点;', [[280000000000, 'target']], []],
    // the same words on an applicant stay a condition (湖北 仙桃)
    ['力争到2025年底全市规上工业企业达700家,营收超百亿企业不少于2家,', [], [10000000000]],
  ])('%s', (text, amounts, mins) => {
    const r = v(text, '2023-03-24');
    expect(r.amounts.map((a) => [a.yuan, a.role])).toEqual(amounts);
    expect(r.thresholds.map((t) => t.min)).toEqual(mins);
  });
});
