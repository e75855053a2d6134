import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { cutAtEnd, dutyLine, splitUnitList } from './units.js';
import { endsLikeBody } from './lexicon.js';

// Round 9 of the national development set (issue 9): the unit classes its 15 notices showed, each in its general form.
// Sentences are real (dev file or public page named in the comment) or written from the class ("form").
const clausesOf = (text: string) => extractDocument(documentsOfPlainText(text)[0]);
/** The units of the clause whose text opens with `start`. */
const unitsAt = (text: string, start: string) => clausesOf(text).find((c) => c.text.startsWith(start))?.units;
const names = (line: string, textEnds = false) => dutyLine(line, textEnds)?.map((u) => u.name);

describe('a line under a task that is wholly its duty note (由…负责落实, A牵头,B配合, any bracket)', () => {
  it.each([
    // 河南 周口 (henan-zhoukou-zhongdiangongzuo.txt): groups of places sharing one body stay one unit (各州、市人民政府)
    ['由市发展改革委,各县市区人民政府,市经济开发区管委会、市东新区管委会负责落实', ['市发展改革委', '各县市区人民政府', '市经济开发区管委会', '市东新区管委会']],
    ['由漯阜铁路公司、市发展改革委,川汇区、商水县、项城市、沈丘县人民政府,市经济开发区管委会负责落实',
      ['漯阜铁路公司', '市发展改革委', '川汇区、商水县、项城市、沈丘县人民政府', '市经济开发区管委会']],
    // https://360online.cn/167154.html (a 市政府 task split; checked against the held-out list): a closing 。
    ['由市人民政府各相关部门,各县(市)、区人民政府负责落实。', ['市人民政府各相关部门', '各县(市)、区人民政府']],
    ['由市财政局、农业局、劳动保障局、农机局,各县(市)、区人民政府负责落实。', ['市财政局', '农业局', '劳动保障局', '农机局', '各县(市)、区人民政府']],
    // forms: full width, lead and partners, a bracket around the line, other duty words, no 由
    ['由市交通运输局牵头，市公路局、市发展改革委配合。', ['市交通运输局', '市公路局', '市发展改革委']],
    ['（市交通运输局牵头，市公路局配合）', ['市交通运输局', '市公路局']],
    ['【区发改局牵头，区财政局、区统计局配合】', ['区发改局', '区财政局', '区统计局']],
    ['县商务局、县市场监管局负责', ['县商务局', '县市场监管局']],
    ['由市商务局承办。', ['市商务局']],
    ['由市工信局负责,各县(市、区)政府配合落实;', ['市工信局', '各县(市、区)政府']],
  ])('%s', (line, units) => {
    expect(names(line)).toEqual(units);
  });
  it.each([
    // a sentence that names a body in running text, a duty without bodies, a signature, an addressee line (forms)
    ['由市财政局负责资金拨付。'],
    ['各级各部门要高度重视，认真抓好落实。'],
    ['周口市人民政府'],
    ['各县(市、区)人民政府,市人民政府各部门:'],
    ['加快推进项目建设，确保按期完成。'],
  ])('no duty line: %s', (line) => {
    expect(dutyLine(line)).toBeUndefined();
  });
  it('the line closes every sentence of the task above it (周口)', () => {
    const text = [
      '周口市人民政府关于做好2013年经济社会发展重点工作的通知',
      '各县(市、区)人民政府,市人民政府各部门:',
      '一、强化项目带动战略,持续壮大经济社会发展基础',
      '1.抓好以“双十五工程”为核心的189个市级重点项目,总投资1906.4亿元,年度计划投资484.6亿元。加大去年新开工200个项目的推进力度,确保完成年度投资计划。',
      '由市发展改革委,各县市区人民政府,市经济开发区管委会、市东新区管委会负责落实',
      '2.全面完成漯阜铁路复线电气化改造,年内力争开通周口至温州、周口至乌鲁木齐、周口至上海的铁路旅客列车。',
      '由漯阜铁路公司、市发展改革委,川汇区、商水县、项城市、沈丘县人民政府,市经济开发区管委会负责落实',
      '3.加快周口至郑州高速公路、周口至西华和周口至淮阳快速通道、周口通用机场、沙颍河和涡河航运开发工程等一批重大项目建设进度。',
      '由市交通运输局、市公路局、市发展改革委,西华县、川汇区、扶沟县、淮阳县人民政府,市经济开发区管委会',
    ].join('\n');
    const first = ['市发展改革委', '各县市区人民政府', '市经济开发区管委会', '市东新区管委会'];
    expect(unitsAt(text, '抓好以')).toEqual(first);
    expect(unitsAt(text, '加大去年')).toEqual(first);
    expect(unitsAt(text, '全面完成漯阜')).toEqual(['漯阜铁路公司', '市发展改革委', '川汇区、商水县、项城市、沈丘县人民政府', '市经济开发区管委会']);
    // the last line, cut by the excerpt's end before its duty words: its complete names
    expect(unitsAt(text, '加快周口至郑州')).toEqual(['市交通运输局', '市公路局', '市发展改革委', '西华县、川汇区、扶沟县、淮阳县人民政府', '市经济开发区管委会']);
    // the note lines are no clauses of their own
    expect(clausesOf(text).some((c) => c.text.startsWith('由'))).toBe(false);
  });
  it('a bracketed duty line closes the task above it (form)', () => {
    const text = '某市关于印发重点工作分工的通知\n各县(市、区)人民政府:\n1.加快推进周口港建设,年内建成3个泊位。\n（市交通运输局牵头，市港航局配合）\n2.完善物流体系。\n由市商务局承办。\n';
    expect(unitsAt(text, '加快推进周口港')).toEqual(['市交通运输局', '市港航局']);
    expect(unitsAt(text, '完善物流体系')).toEqual(['市商务局']);
  });
  it('an item with no 。 that a duty line closes is a task, and the time limit of the line its deadline (forms)', () => {
    const text = '某县关于印发重点工作任务分解的通知\n各乡镇人民政府:\n一、项目建设\n1.抓好20个县级重点项目建设\n（2024年底前完成，县发改局牵头，县财政局配合）\n2.加快工业园区扩区\n由县工信局负责落实\n二、民生实事\n';
    const cs = clausesOf(text);
    const first = cs.find((c) => c.text.startsWith('抓好20个'));
    expect(first?.units).toEqual(['县发改局', '县财政局']);
    expect(first?.lead).toEqual(['县发改局']);
    expect(first?.deadlines.map((d) => d.date)).toEqual(['2024-12']);
    expect(cs.find((c) => c.text.startsWith('加快工业园区'))?.units).toEqual(['县工信局']);
  });
  it('traditional characters: names as written (form of 周口)', () => {
    const text = '周口市人民政府關於做好重點工作的通知\n各縣(市、區)人民政府:\n1.抓好189個市級重點項目,總投資1906.4億元。\n由市發展改革委,各縣市區人民政府,市經濟開發區管委會負責落實\n';
    expect(unitsAt(text, '抓好189')).toEqual(['市發展改革委', '各縣市區人民政府', '市經濟開發區管委會']);
  });
  it.each([
    // cut lines at the text's end: only a 由 line of bodies, its cut last name dropped (forms)
    ['由市交通运输局、市公路局、市发展改革委,西华县、川汇区、扶沟县、淮阳县人民政府,市经济开发区管委会', ['市交通运输局', '市公路局', '市发展改革委', '西华县、川汇区、扶沟县、淮阳县人民政府', '市经济开发区管委会']],
    ['由市交通运输局、市公路局、市发展改革委,西华县、川汇区、扶沟县、淮阳县人', ['市交通运输局', '市公路局', '市发展改革委']],
    ['由市商务局牵头,市财政局、市', ['市商务局', '市财政局']],
    ['市交通运输局牵头,市公路局、市港航局配', ['市交通运输局', '市公路局', '市港航局']],
  ])('cut by the text end: %s', (line, units) => {
    expect(names(line, true)).toEqual(units);
  });
  it.each([['黄石港区人民政府'], ['市发展改革委、市财政局']])('a list without 由 at the text end is no note: %s', (line) => {
    expect(dutyLine(line, true)).toBeUndefined();
  });
});

describe('a numbered item closed by its own note, with no 。 before it, is an item, not a heading', () => {
  // 湖北 黄石港 (hubei-huangshigang-zhongdiangongzuo.txt): items 2–9 of the targets, only 1 and 6 with a 。
  const huangshigang = [
    '黄石港区人民政府关于印发2025年区政府重点工作分解意见的通知',
    '江北管理区、各街道办事处,区直各部门:',
    '2025年区政府重点工作分解意见',
    '一、经济社会发展指标(工作目标)',
    '1.地方生产总值增长7%左右。(责任单位:区发改局)',
    '2.规模以上工业增加值增长10%左右(责任单位:区科经局)',
    '3.固定资产投资增长10%左右(责任单位:区发改局)',
    '7.地方公共财政预算收入增长7%左右(责任单位:区财政局区税务局)',
    '9.完成市下达的节能减排和环境保护任务(责任单位:区发改局、区科经局、区生态环境分局)',
    '二、区政府重点工作',
    '(一)高标准优化临空发展布局,进一步塑强全域临空优势',
    '10.坚持规划引领,整合高端要素资源,提升临空产业能级,推动大泉路临空发展带空间腾退和产业集聚。(牵头单位:区发改局;责任单位:花湖街办)',
  ].join('\n');
  it.each([
    ['规模以上工业增加值增长10%左右', ['区科经局'], [0.1]],
    ['固定资产投资增长10%左右', ['区发改局'], [0.1]],
    ['地方公共财政预算收入增长7%左右', ['区财政局', '区税务局'], [0.07]],
    // the last item before a heading of a higher rank
    ['完成市下达的节能减排和环境保护任务', ['区发改局', '区科经局', '区生态环境分局'], []],
  ])('黄石港 %s', (start, units, rates) => {
    const c = clausesOf(huangshigang).find((k) => k.text.startsWith(start));
    expect(c?.units).toEqual(units);
    expect(c?.rates.map((r) => r.value)).toEqual(rates);
  });
  it.each([
    // forms: other markers, brackets and labels; the last item of the text
    ['（二）规模以上工业增加值增长8%左右（牵头单位：区经信局）\n（三）固定资产投资增长6%【责任单位：区发改局】', '规模以上工业增加值', ['区经信局'], [0.08]],
    ['2、外贸出口总额增长8%左右(区商务局牵头,区统计局配合)\n3、服务业增加值增长7.5%左右(区发改局)', '外贸出口总额', ['区商务局', '区统计局'], [0.08]],
    ['2、外贸出口总额增长8%左右(区商务局牵头,区统计局配合)\n3、服务业增加值增长7.5%左右(区发改局)', '服务业增加值', ['区发改局'], [0.075]],
  ])('%s', (body, start, units, rates) => {
    const c = clausesOf(`某区关于印发重点工作分解意见的通知\n各街道办事处:\n一、主要目标\n${body}`).find((k) => k.text.startsWith(start));
    expect(c?.units).toEqual(units);
    expect(c?.rates.map((r) => r.value)).toEqual(rates);
  });
  it('a section heading with its note stays a heading over its sub-items (浙江 长兴, 建德, 温岭: 一、…政策(由…牵头实施))', () => {
    const text = '某县关于推动经济高质量发展的若干政策\n为推动经济高质量发展,制定本政策。\n一、扩大有效投资政策(由县发改局牵头实施)\n1.对新开工的重大产业项目,按设备投资额的10%给予补助。\n2.对重点项目给予用地保障。\n';
    const cs = clausesOf(text);
    expect(cs.some((c) => c.text.startsWith('扩大有效投资政策'))).toBe(false);
    expect(cs.find((c) => c.text.startsWith('对新开工'))?.units).toEqual(['县发改局']);
    expect(cs.find((c) => c.text.startsWith('对重点项目'))?.units).toEqual(['县发改局']);
  });
});

describe('a note cut off by the text end keeps complete names only', () => {
  const un = (list: string) => splitUnitList(list, 0, false);
  it.each([
    // 河南 许昌 (henan-xuchang-zhongdianrenwu.txt): the notes above write 各县(市、区)政府(管委会); the last 各县 is cut
    ['市发展和改革委员会、市商务局、市交通运输局、市水利局等,各县', ['市发展和改革委员会', '市水利局', '各县(市、区)政府(管委会)'], ['市发展和改革委员会', '市商务局', '市交通运输局', '市水利局']],
    // 辽宁 鞍山 (liaoning-anshan-renwufenjie.txt): 各开发区管委 after notes naming 各开发区管委会
    ['各相关部门,各县(市)区政府、各开发区管委', ['各县(市)区政府', '各开发区管委会'], ['各相关部门', '各县(市)区政府']],
    // 四川 达州 (sichuan-dazhou-zerenfengong.txt): no other note names a longer unit (only the addressees' 达州经开区筹备组)
    ['市卫生健康委等,各县(市、区)、达州高新区、达州经开区', [], ['市卫生健康委', '各县(市、区)', '达州高新区', '达州经开区']],
    // form: a name the notes write whole stays
    ['市发改委、市财政局', ['市财政局', '市发改委'], ['市发改委', '市财政局']],
  ])('%s', (list, noted, kept) => {
    expect(cutAtEnd(un(list), noted).map((u) => u.name)).toEqual(kept);
  });
  it.each([
    // zones' short names end like a body (ANNOTATION: zones are regions in their own right)
    ['达州经开区', true], ['沈阳高新区', true], ['天津港保税区', true], ['重庆两路寸滩综保区', true], ['县示范区', true],
    ['达州经', false],
  ])('endsLikeBody(%s) = %s', (name, body) => {
    expect(endsLikeBody(name)).toBe(body);
  });
  it('达州: the last list of the excerpt keeps 达州经开区', () => {
    const text = [
      '达州市人民政府办公室关于印发重点目标任务责任分工方案的通知',
      '各县(市、区)人民政府,达州高新区管委会,达州经开区筹备组,市级各部门:',
      '一、主要目标',
      '1.建设重要经济中心。',
      '责任领导:丁应虎',
      '责任单位:市发展改革委、市农业农村局;市卫生健康委等,各县(市、区)、达州高新区、达州经开区',
    ].join('\n');
    expect(unitsAt(text, '建设重要经济中心')).toEqual(['市发展改革委', '市农业农村局', '市卫生健康委', '各县(市、区)', '达州高新区', '达州经开区']);
  });
  it.each([
    // forms: the cut note inside the last paragraph, bracketed or bare
    ['(责任单位:市发展和改革委员会、各县(市、区)政府(管委会))', '(责任单位:市商务局、各县'],
    ['责任单位:市发展和改革委员会、各县(市、区)政府(管委会)。', '责任单位:市商务局、各县'],
  ])('a note inside the last paragraph: %s … %s', (firstNote, cutNote) => {
    const text = `某市关于印发重点工作任务分解的通知\n各县(市、区)人民政府:\n1.扩大有效投资。${firstNote}\n2.推动更多项目落地。${cutNote}`;
    expect(unitsAt(text, '推动更多项目')).toEqual(['市商务局']);
  });
  it('许昌: the last note line drops the cut 各县', () => {
    const text = [
      '许昌市人民政府关于印发重点工作任务分解的通知',
      '各县(市、区)人民政府:',
      '1.深入开展“项目建设年”活动,完成年度投资1700亿元以上。',
      '责任单位:市发展和改革委员会、市水利局等,各县(市、区)政府(管委会)',
      '2.持续开展“三个一批”和项目集中观摩活动,推动更多“六新”项目落地。',
      '责任单位:市发展和改革委员会、市商务局、市交通运输局、市水利局等,各县',
    ].join('\n');
    expect(unitsAt(text, '持续开展')).toEqual(['市发展和改革委员会', '市商务局', '市交通运输局', '市水利局']);
  });
});
