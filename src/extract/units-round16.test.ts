import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { findNotes, splitUnitList } from './units.js';
import { cleanText } from '../ingest/clean.js';

// Round 16 of the national development set (issue 9): the unit classes its new notices showed, each in its general form.
// Sentences are real (dev file or public page named in the comment); the variants change only the bracket shape, width,
// script or the words the class allows.
const clausesOf = (text: string) => extractDocument(documentsOfPlainText(text)[0]);
const names = (list: string) => splitUnitList(list, 0, false).map((u) => u.name);

describe('places sharing the body named after the last: one unit, never split at the 、 (ANNOTATION: as 各州、市人民政府)', () => {
  // 贵州省 (guizhou-guizhousheng-shuzhi.txt): 各市〔州〕、贵安新区数据管理部门 — each 市(州)'s and 贵安新区's data office. Every
  // bracket shape and width around the group's second level; the same with the group's levels written 各县(市、区).
  it.each([
    ['各市〔州〕、贵安新区数据管理部门'],
    ['各市(州)、贵安新区数据管理部门'],
    ['各市（州）、贵安新区数据管理部门'],
    ['各市[州]、贵安新区数据管理部门'],
    ['各市［州］、贵安新区数据管理部门'],
    ['各市【州】、贵安新区数据管理部门'],
    ['各县(市、区)、贵安新区数据管理部门'],
    ['各县（市、区）、兰州新区发展改革部门'],
    ['各县市区、高新区市场监管局'],
    ['各市〔州〕、贵安新区大数据局'],
    ['各县(市、区)、经开区人民政府'],
  ])('%s', (list) => {
    expect(names(list)).toEqual([list]);
  });
  // The level forms the older gold holds stay one unit (云南, 许昌, 辽阳, 周口 …), in any bracket shape.
  it.each([['各州、市人民政府'], ['各县、区政府(管委会)'], ['各县市、区政府'], ['各县(市)、区人民政府'], ['各县〔市〕、区人民政府'], ['各县（市）、区人民政府']])('%s (levels of one body)', (list) => {
    expect(names(list)).toEqual([list]);
  });
  // 青海 (older dev gold): named places before the shared body.
  it('海东市、兰州市、临夏州发展改革部门 stays one', () => {
    expect(names('海东市、兰州市、临夏州发展改革部门')).toEqual(['海东市、兰州市、临夏州发展改革部门']);
  });
});

describe('a group of places before a place alone, or before a body of its own, is a unit of its own', () => {
  it.each([
    // 湖北 鄂城区 (hubei-echeng-jiliban.txt): (责任单位:区发改经信局、区财政局,各镇街、开发区) — no body word after 开发区 to share.
    ['各镇街、开发区', ['各镇街', '开发区']],
    ['各镇街、經開區', ['各镇街', '經開區']],
    // 河南 濮阳县 (henan-puyangxian-xiaowei.txt): 各乡镇、县先进制造业开发区落实 — a zone by its own name.
    ['各乡镇、县先进制造业开发区', ['各乡镇', '县先进制造业开发区']],
    // A zone's own committee: a county has no 管委会 (山西 运城, https://ncp.pkulaw.com/epidemiclar/38be8d5449e27cd4d9743b715461238bbdfb.html: 各县(市、区)人民政府、各开发区管委会).
    ['各县(市、区)、开发区管委会', ['各县(市、区)', '开发区管委会']],
    ['各县（市、区）、高新区管理委员会', ['各县（市、区）', '高新区管理委员会']],
    // A body with no place of the group's level before it: 省直, 县财政局, 州级相关部门.
    ['各市〔州〕、省大数据局', ['各市〔州〕', '省大数据局']],
    ['各乡镇、县财政局', ['各乡镇', '县财政局']],
    ['各县市、州级相关部门', ['各县市', '州级相关部门']],
  ])('%s', (list, want) => {
    expect(names(list)).toEqual(want);
  });
  // End to end, the 鄂城 note as written (half width, its spaces) and in full width.
  it.each([['(责任单位:区发改经信局、区财政局,各镇街、开发区)'], ['（责任单位：区发改经信局、区财政局，各镇街、开发区）']])('%s', (note) => {
    const got = clausesOf(`第四条 支持重点服务业发展。对年度纳入省“五个一百工程”的重点企业,一次性奖励 3 万元。${note}\n`);
    expect(got.find((c) => c.text.includes('一次性奖励'))!.units).toEqual(['区发改经信局', '区财政局', '各镇街', '开发区']);
  });
});

describe('a note that extends to the items after it: 除…外,以下任务均涉及 + bodies + 不再重复 / 下同', () => {
  const standing = (text: string) => findNotes(text).flatMap((n) => (n.standing ?? []).map((u) => u.name));
  it.each([
    // 贵州省 (guizhou-guizhousheng-shuzhi.txt), as written.
    ['(责任单位:省大数据局、省工业和信息化厅,各市〔州〕、贵安新区数据管理部门。除专门列出外,以下任务均涉及各市〔州〕、贵安新区数据管理部门,不再重复)', '各市〔州〕、贵安新区数据管理部门'],
    // 四川省 (http://law.foodmate.net/show-219854.html): 〔责任单位:…按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕
    ['〔责任单位:省发展改革委、省市场监管局、商务厅、省大数据中心按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕', '相关市(州)人民政府'],
    // The words the class allows: the exception, the opener, the verb, the closing remark.
    ['（责任单位：省大数据局。除另有说明外，下列事项均由各市（州）、贵安新区数据管理部门落实，不再一一列出）', '各市（州）、贵安新区数据管理部门'],
    ['（责任单位：省大数据局。除特别注明外，后续任务都需各县（市、区）人民政府落实，下同）', '各县（市、区）人民政府'],
    ['(责任单位:省大数据局。以下任务均涉及各市(州)人民政府,不再重复)', '各市(州)人民政府'],
  ])('%s', (note, want) => {
    expect(standing(`组织开展算力产业供需对接。${note}`)).toEqual([want]);
  });
  // End to end: a later item with its own note carries the standing body after its own (the gold's order); simplified
  // and traditional, half and full width.
  const page = (a: string, b: string) =>
    `1.发展以智算为重点的算力产业。组织开展算力产业供需对接。${a}\n2.发展以建设高质量数据集为重点的数据产业。全省从事数据标注人员达到2万人以上。${b}\n`;
  it.each([
    ['(责任单位:省大数据局、省工业和信息化厅,各市〔州〕、贵安新区数据管理部门。除专门列出外,以下任务均涉及各市〔州〕、贵安新区数据管理部门,不再重复)', '(责任单位:省大数据局、贵州大数据集团)', ['省大数据局', '贵州大数据集团', '各市〔州〕、贵安新区数据管理部门']],
    ['（责任单位：省大数据局、省工业和信息化厅，各市（州）、贵安新区数据管理部门。除专门列出外，以下任务均涉及各市（州）、贵安新区数据管理部门，不再重复）', '（责任单位：省大数据局、贵州大数据集团）', ['省大数据局', '贵州大数据集团', '各市（州）、贵安新区数据管理部门']],
    ['(責任單位:省大數據局、省工業和信息化廳,各市〔州〕、貴安新區數據管理部門。除專門列出外,以下任務均涉及各市〔州〕、貴安新區數據管理部門,不再重複)', '(責任單位:省大數據局、貴州大數據集團)', ['省大數據局', '貴州大數據集團', '各市〔州〕、貴安新區數據管理部門']],
  ])('%s', (a, b, want) => {
    const got = clausesOf(page(a, b));
    expect(got.find((c) => c.text.includes('供需对接') || c.text.includes('供需對接'))!.units).toEqual([...want.slice(0, 1), a.includes('工業') ? '省工業和信息化廳' : '省工业和信息化厅', want[2]]);
    expect(got.find((c) => c.text.includes('数据标注') || c.text.includes('數據標注'))!.units).toEqual(want);
  });
});

describe("an article's title (第三条 鼓励利用外资。对…) is its heading, not a clause carrying the article's note", () => {
  // 湖北 鄂城区 (hubei-echeng-jiliban.txt): the title had been a clause of its own, holding the article's units; it is no
  // measure. The same form in 山东 济南高新区 (shandong-jinangaoxinqu-chuangxinchuangye.txt), 广东 宝安
  // (guangdong-baoan-xianjinzhizao.txt) and 北京 西城 (beijing-xicheng-chanye.txt, traditional).
  it.each([
    ['第三条 鼓励利用外资。对在我区投资年实际外资金额超过3 亿美元的制造业项目、地区总部项目,可按照“一事一议”方式给予重点支持。(责任单位:区发改经信局、区市场监督管理局、区财政局,各镇街、开发区)', '鼓励利用外资', '一事一议'],
    ['第三条 壮大主导产业规模。加快新一代信息技术、生物医药、高端装备与智能制造等产业发展,鼓励企业集团化、集聚式发展。', '壮大主导产业规模', '加快新一代信息技术'],
    ['第一条 鼓励打造战略性新兴产业专业园区。在四大市级先进制造业园区,通过土地整备、利益统筹、城市更新、综合整治或转型增效,打造战略性新兴产业专业园区。', '鼓励打造战略性新兴产业专业园区', '在四大市级先进制造业园区'],
    ['第二條 加強增量培育。用好用足落地政策“組合拳”,充分發揮政策疊加吸引力。', '加強增量培育', '用好用足'],
    ['第二条　防控外贸风险。对上年度出口500 万美元以下中小微成长型外贸企业,企业保费给予全额补助。', '防控外贸风险', '中小微成长型'],
  ])('%s', (line, title, body) => {
    const got = clausesOf(`鄂城区促进办法\n${line}\n`);
    expect(got.some((c) => c.text.includes(title))).toBe(false);
    expect(got.some((c) => c.text.includes(body))).toBe(true);
  });
  it('the title names the section of the article\'s sentences', () => {
    const got = clausesOf('鄂城区促进办法\n第三条 鼓励利用外资。对在我区投资年实际外资金额超过3 亿美元的制造业项目,可按照“一事一议”方式给予重点支持。\n第二條 加強增量培育。用好用足落地政策“組合拳”,充分發揮政策疊加吸引力。\n');
    expect(got.map((c) => c.section[c.section.length - 1])).toEqual(['第三条鼓励利用外资', '第二條加強增量培育']);
  });
  it('the units of the article go to its sentences, none to the article before it', () => {
    const got = clausesOf(
      '鄂城区促进办法\n第二条 防控外贸风险。对上年度出口500 万美元以下中小微成长型外贸企业,企业保费给予全额补助。(责任单位:区发改经信局、区财政局,各镇街、开发区)\n第三条 鼓励利用外资。对在我区投资年实际外资金额超过3 亿美元的制造业项目,可按照“一事一议”方式给予重点支持。(责任单位:区发改经信局、区市场监督管理局、区财政局,各镇街、开发区)\n',
    );
    expect(got.map((c) => c.units.includes('区市场监督管理局'))).toEqual([false, true]);
  });
  // What stays content: a first sentence that is a rule of the 办法, says something in parts, or stands alone with its note.
  it.each([
    ['第二条 本办法自发布之日起施行。有效期三年。', '本办法自发布之日起施行'],
    ['第五条 对新认定的企业给予奖励。奖励资金由区财政安排。', '对新认定的企业给予奖励'],
    ['第六条 支持企业上市,给予一次性奖励。具体办法另行制定。', '支持企业上市'],
    ['第四条 支持重点服务业发展。(责任单位:区发改经信局、区财政局)', '支持重点服务业发展'],
  ])('%s keeps %s as a clause', (line, first) => {
    expect(clausesOf(`鄂城区促进办法\n${line}\n`).some((c) => c.text.includes(first))).toBe(true);
  });
});

describe('a numbered item whose first sentence counts what it sets is a task, not a title over the sentences after it', () => {
  // 山西 沁县 (shanxi-qinxian-renwuqingdan.txt): under 一、县示范区管委会牵头工作(8项) (the section names its lead), item 3's first
  // sentence had been cut off as the item's heading and lost the section's unit. Half/full width, traditional.
  const section = (item: string) => `2025年县政府工作报告任务清单\n一、县示范区管委会牵头工作(8项)\n1.投资3000万元建设南美白对虾工厂化循环水养殖基地。\n${item}\n`;
  it.each([
    ['3.建设3个劳动密集型产业园。推动潞讯精密电子30条生产线投产,培育服装加工产业园,推动天欣纸业环保包装等项目达产达效。', '建设3个劳动密集型产业园。', '县示范区管委会'],
    ['3．建设3个劳动密集型产业园。推动潞讯精密电子30条生产线投产，培育服装加工产业园，推动天欣纸业环保包装等项目达产达效。', '建设3个劳动密集型产业园。', '县示范区管委会'],
    ['3.建設3個勞動密集型產業園。推動潞訊精密電子30條生產線投產,培育服裝加工產業園,推動天欣紙業環保包裝等項目達產達效。', '建設3個勞動密集型產業園。', '縣示範區管委會'],
  ])('%s', (item, first, unit) => {
    const text = item.includes('建設') ? section(item).replace('一、县示范区管委会牵头工作', '一、縣示範區管委會牽頭工作') : section(item);
    const got = clausesOf(text);
    expect(got.find((c) => c.text === first)?.units).toEqual([unit]);
  });
  // The form already read as content where the first sentence goes on after a comma (湖北 咸宁, a 督查 page:
  // http://xianning.gov.cn/xxgk/xxgkml/qtzdgknr/zwdc/202201/t20220110_2498525.shtml), and a title without a count stays a heading
  // (贵州省, guizhou-guizhousheng-shuzhi.txt: 2.发展以建设高质量数据集为重点的数据产业。).
  it('咸宁: 2.培育互联网融合发展平台2家,… is content', () => {
    const got = clausesOf('（二）报告中确定的其他指标任务完成情况\n2.培育互联网融合发展平台2家,省级工业互联网融合发展试点示范企业总数达30家。支持企业实施数字化、智能化改造,推动5G+工业互联网、物联网、大数据、云计算等技术在制造业领域广泛深入应用。\n');
    expect(got.some((c) => c.text.startsWith('培育互联网融合发展平台2家'))).toBe(true);
  });
  it('贵州省: a title without a count stays the heading', () => {
    const got = clausesOf('2.发展以建设高质量数据集为重点的数据产业。加快推进博彦科技、东软等企业或项目落地见效,培育壮大数据企业矩阵。(责任单位:省大数据局、贵州大数据集团)\n');
    expect(got.some((c) => c.text.includes('发展以建设高质量数据集'))).toBe(false);
    expect(got.find((c) => c.text.includes('博彦科技'))!.units).toEqual(['省大数据局', '贵州大数据集团']);
  });
});

describe('a task table flattened a cell a line with no blank line between cells: each line is a cell, each sub-task a row', () => {
  // 江苏 钟楼区 (jiangsu-zhonglou-zerenfenjie.txt): header 序号 / 目标名称 / 工作标准 / 区政府 / 分管领导 / 牵头单位 / 配合单位 with
  // merged cells; (1)…(7) sub-tasks under the merged 目标名称 cell, each followed by its leader's name and its bodies, a body's
  // other name wrapped to the next line ((邹区镇), (安委办)). A sub-task whose unit cells were merged with the one above (no unit
  // line of its own: (4) under (3)'s 商务局) shares them (since round 22's 武汉, line-table-subrows.test.ts; it had carried none).
  const table = (t: (s: string) => string) =>
    t(
      '附件1\n2024年《政府工作报告》主要目标任务责任分解表\n序号\n目标名称\n工 作 标 准\n区政府\n分管领导\n牵头单位\n配合单位\n1\n全区经济社会发展的主要预期目标\n' +
        '(1)地区生产总值增长6%左右。\n王旭锋\n发改局\n经开区\n高新园\n(邹区镇)\n各街道\n统计局\n(2)一般公共预算收入增长3%以上。\n财政局\n' +
        '(3)社会消费品零售总额增长6%左右。\n吴 伟\n商务局\n(4)实际使用外资和进出口总额稳中提质。\n(5)居民人均可支配收入增速与经济增速同步。\n' +
        '(6)主要污染物减排、单位GDP能耗下降,大气、水环境质量改善完成市下达任务。\n谢志诚\n工信局\n生态环境局\n(7)安全生产形势平稳向好。\n应急管理局\n(安委办)\n区安委会各成员单位\n' +
        '2\n聚焦产业强区不动摇,高效统筹存量和增量,以更实举措推动产城融合\n聚力攻坚\n项目“双进”\n(8)健全驻点招商、基金招商等机制,优化招商图谱,提升招引精度。\n',
    );
  const forms: [string, (s: string) => string][] = [
    ['as written', (s) => s],
    ['full-width brackets', (s) => s.replace(/\(/g, '（').replace(/\)/g, '）')],
    ['CRLF line ends', (s) => s.replace(/\n/g, '\r\n')],
  ];
  it.each(forms)('%s', (_name, t) => {
    const got = clausesOf(table(t));
    const units = (start: string) => got.find((c) => c.text.startsWith(start))?.units;
    const br = (s: string) => t(s);
    expect(units('地区生产总值')).toEqual(['发改局', '经开区', br('高新园(邹区镇)'), '各街道', '统计局']);
    expect(units('一般公共预算收入')).toEqual(['财政局']);
    expect(units('社会消费品零售总额')).toEqual(['商务局']);
    expect(units('实际使用外资')).toEqual(['商务局']);
    expect(units('主要污染物减排')).toEqual(['工信局', '生态环境局']);
    expect(units('安全生产形势')).toEqual([br('应急管理局(安委办)'), '区安委会各成员单位']);
    expect(units('健全驻点招商')).toEqual([]);
    // the leader's name is no unit, and the header is no clause
    expect(got.some((c) => c.text.includes('王旭锋') || c.text.includes('牵头单位'))).toBe(false);
  });
  it('traditional characters', () => {
    const got = clausesOf(table((s) => s).replace('(1)地区生产总值增长6%左右。\n王旭锋\n发改局', '(1)地區生產總值增長6%左右。\n王旭鋒\n發改局').replace('牵头单位', '牽頭單位'));
    expect(got.find((c) => c.text.startsWith('地區生產總值'))?.units).toEqual(['發改局', '经开区', '高新园(邹区镇)', '各街道', '统计局']);
  });
});

describe('cleaning keeps such a table\'s cells apart', () => {
  // 钟楼区 (jiangsu-zhonglou-zerenfenjie.txt): the cells had run together as a wrapped sentence would (王旭锋发改局, 经开区高新园(邹区镇)).
  it('a line each', () => {
    const t = '2024年《政府工作报告》主要目标任务责任分解表\n序号\n目标名称\n工作标准\n区政府\n分管领导\n牵头单位\n配合单位\n1\n全区经济社会发展的主要预期目标\n(1)地区生产总值增长6%左右。\n王旭锋\n发改局\n经开区\n高新园\n(邹区镇)\n';
    expect(cleanText(t).clean.text.split('\n').slice(2)).toEqual(['目标名称', '工作标准', '区政府', '分管领导', '牵头单位', '配合单位', '1', '全区经济社会发展的主要预期目标', '(1)地区生产总值增长6%左右。', '王旭锋', '发改局', '经开区', '高新园', '(邹区镇)']);
  });
  it('the blank-line form (辽宁 辽中区, cell-lines.test.ts) is unchanged, and text before the table still wraps', () => {
    const t = '主要工作任务分解表\n\n序号\n\n主要工作举措\n\n牵头单位\n\n配合单位\n\n1\n\n加快推进肉鸡、肉牛全产业链规划布局和对外招商\n\n区农业农村局\n';
    expect(cleanText(t).clean.text.split('\n')).toEqual(['主要工作任务分解表', '序号', '主要工作举措', '牵头单位', '配合单位', '1', '加快推进肉鸡、肉牛全产业链规划布局和对外招商', '区农业农村局']);
  });
});
