import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { isLeadLabel } from './lexicon.js';
import { findNotes, subjectUnits } from './units.js';

// Round 12 of the national development set (issue 9): the unit classes its 7 notices showed, each in its general form.
// Sentences are real (dev file named in the comment) or written from the class ("form").
const clausesOf = (text: string) => extractDocument(documentsOfPlainText(text)[0]);
const rows = (text: string) => clausesOf(text).map((c) => [c.text.trim().slice(0, 12), c.units, c.lead, c.deadlines.map((d) => d.raw)]);

describe('item_fields: an item closed by field lines, its labels opening with what they are about (项目责任单位, 项目责任人, 项目实施时间)', () => {
  // 新疆 叶城 (xinjiang-yecheng-xianjiezijin.txt): each project's paragraph, then its fields on lines of their own.
  const yecheng =
    '2026年中央财政衔接推进乡村振兴补助(少数民族发展任务)资金共计1508.001713万元。现将项目有关情况公示如下:\n' +
    '1.叶城县2026年洛克乡种植业基地配套建设(少数民族发展任务)项目(ycssmz202601):投资340万元,本次安排资金310万元。建设地点:洛克乡1村。由洛克乡按照《中华人民共和国招标投标法》和《中华人民共和国政府采购法》的相关规定组织实施,水利局负责监督指导服务,并报县委农村工作领导小组暨乡村振兴领导小组审查备案。由县农业农村局、财政局、发改委、审计局、纪委监委负责监督。\n' +
    '项目责任领导:努尔买买提·阿布来提(县人大常委会四级调研员)\n项目责任单位:洛克乡、水利局\n项目责任人:张海龙、王平\n项目实施时间:2026年1月-2026年10月\n' +
    '2.叶城县2026年宗朗乡种植业基地配套建设(少数民族发展任务)项目(ycssmz202602):投资340万元,本次安排资金310万元。建设地点:宗朗乡5村。\n' +
    '项目责任领导:阿布力肯·阿布都热合曼(县委常委、统战部部长、县政协党组副书记)\n项目责任单位:宗朗乡、水利局\n项目责任人:吴维强、王平\n项目实施时间:2026年1月-2026年10月\n';
  it('叶城: the 项目责任单位 line is the note of every clause of its project; leaders, persons and the time line name no unit', () => {
    const got = clausesOf(yecheng).filter((c) => c.units.length);
    expect(got.map((c) => [c.text.slice(0, 8), c.units])).toEqual([
      ['叶城县2026年', ['洛克乡', '水利局']],
      ['建设地点:洛克乡', ['洛克乡', '水利局']],
      ['由洛克乡按照《中', ['洛克乡', '水利局']],
      // A body named in running text of an item a note closes is a unit of its clause (ANNOTATION); a list may drop the
      // level after its first body.
      ['由县农业农村局、', ['县农业农村局', '财政局', '发改委', '审计局', '纪委监委', '洛克乡', '水利局']],
      ['叶城县2026年', ['宗朗乡', '水利局']],
      ['建设地点:宗朗乡', ['宗朗乡', '水利局']],
    ]);
    // the time field's value is each clause's deadline (ANNOTATION: a time limit a note gives)
    for (const c of got) expect(c.deadlines.find((d) => d.raw === '2026年1月-2026年10月'), c.text).toMatchObject({ from: '2026-01', date: '2026-10' });
    expect(got.flatMap((c) => c.units).some((u) => /努尔|阿布|张海龙|王平|吴维强/.test(u))).toBe(false);
  });
  it.each([
    // forms: other things a field is about, a lead label, full-width colon, traditional characters, a time field of its own
    ['一、实施老旧小区改造工程，完成改造300个。\n工作责任单位：县住建局、县财政局\n工作责任人：李明\n二、新建停车位500个。\n工作责任单位：县交通运输局\n',
      [['实施老旧小区改造工程，完成改造300个。', ['县住建局', '县财政局'], [], []], ['新建停车位500个。', ['县交通运输局'], [], []]]],
    ['1.建设冷链物流中心，计划投资800万元。\n任务牵头单位：区商务局\n任务配合单位：区发改局、区财政局\n完成时限：2025年12月底前\n',
      [['建设冷链物流中心，计划投', ['区商务局', '区发改局', '区财政局'], ['区商务局'], ['2025年12月底前']]]],
    ['1.新建高標準農田1萬畝。\n項目責任單位：縣農業農村局\n項目責任人：王強\n項目實施時間：2025年3月-2025年11月\n',
      [['新建高標準農田1萬畝。', ['縣農業農村局'], [], ['2025年3月-2025年11月']]]],
  ])('%s', (body, want) => {
    const text = `关于2025年重点项目安排的公示\n${body}`;
    expect(rows(text).filter((r) => (r[1] as string[]).length).map((r) => [r[0], r[1], r[2], r[3]])).toEqual(
      (want as unknown[][]).map((w) => [(w[0] as string).slice(0, 12), w[1], w[2], w[3]]),
    );
  });
  it('a qualified label leads as its bare label does', () => {
    expect(['项目牵头单位', '任务牵头部门', '工作主责单位', '牵头单位'].map(isLeadLabel)).toEqual([true, true, true, true]);
    expect(['项目责任单位', '工作配合单位', '项目实施单位'].map(isLeadLabel)).toEqual([false, false, false]);
  });
  it('a qualified label in a bracket is a note; a qualified field before it names no body', () => {
    expect(findNotes('推进项目建设。（项目责任人：张三；项目责任单位：镇人民政府、县水利局）').map((n) => n.units.map((u) => u.name))).toEqual([['镇人民政府', '县水利局']]);
  });
});

describe('listed_subject: a list of actors in running text, the level written once', () => {
  it.each([
    // 叶城 (xinjiang-yecheng-xianjiezijin.txt)
    ['由县农业农村局、财政局、发改委、审计局、纪委监委负责监督。', ['县农业农村局', '财政局', '发改委', '审计局', '纪委监委']],
    // forms
    ['由市工信局、财政局、统计局负责审核。', ['市工信局', '财政局', '统计局']],
    ['区发改委、住建委、生态环境局要加强协调。', ['区发改委', '住建委', '生态环境局']],
  ])('%s', (text, units) => {
    expect(subjectUnits(text).map((u) => u.name)).toEqual(units);
  });
  it.each([
    // a list whose first item names no level is no actor list (as before: 水利局负责… is read only from the note)
    ['水利局负责监督指导服务。'],
    // items that are not bodies stop the list
    ['由县农业农村局、各村负责监督。'],
  ])('none: %s', (text) => {
    expect(subjectUnits(text)).toEqual([]);
  });
});

describe('cell_line_bar_table: a bar-drawn table a cell a line, joined into one line; each row its own unit cell', () => {
  const table = (caption: string, header: string[], rows: string[][], sep = ' |') =>
    `关于2025年资金安排的公示\n现将资金安排情况公示如下:\n${caption}\n${[...header, ...rows.flat()].map((c) => `${c}${sep}`).join('\n')}\n`;
  // Each row a clause named by its first cell (the task or project), with its unit cells as its note; the header and a 合计
  // row give none. (Merged with the round-12 values class, a row's clause is its task cell and its sums are the row's.)
  const cell = (t: string) => t.split(/[|｜]/)[0].replace(/\s/g, '');
  const unitRows = (text: string) => {
    const cs = clausesOf(text);
    expect(cs.filter((c) => /序[号號]|合[计計]/.test(c.text)).every((c) => !c.units.length)).toBe(true);
    return cs.filter((c) => c.units.length).map((c) => [cell(c.text), c.units, c.lead]);
  };
  it('精河 (新疆, xinjiang-jinghe-zijinfenpei.txt): a 合计 row first, the 资金来源 cell repeated in every row', () => {
    const text = table('精河县2025年中央、自治区财政衔接推进乡村振兴补助资金分配表', ['序号', '项目名称', '资金来源', '资金规模 (万元)', '项目实施单位'], [
      ['16个项目合计', '7040.49'],
      ['1', '精河县托里镇牛羊肉禽类屠宰场项目', '中央、自治区', '1000', '托里镇人民政府'],
      ['2', '精河县大河沿子镇呼和哈夏南村食品加工厂项目', '中央', '174', '大河沿子镇人民政府'],
      ['3', '精河县托里镇滴灌带(贴片)产能提升项目', '中央', '300', '托里镇人民政府'],
      ['4', '精河县托托镇苗圃基地建设项目', '中央', '24', '托托镇人民政府'],
      ['5', '2025年精河县“健康饮茶”“送茶入户”项目', '中央', '23', '精河县党委统战部'],
    ]);
    expect(unitRows(text)).toEqual([
      ['精河县托里镇牛羊肉禽类屠宰场项目', ['托里镇人民政府'], []],
      ['精河县大河沿子镇呼和哈夏南村食品加工厂项目', ['大河沿子镇人民政府'], []],
      ['精河县托里镇滴灌带(贴片)产能提升项目', ['托里镇人民政府'], []],
      ['精河县托托镇苗圃基地建设项目', ['托托镇人民政府'], []],
      ['2025年精河县“健康饮茶”“送茶入户”项目', ['精河县党委统战部'], []],
    ]);
  });
  it.each([
    // forms: a figure equal to the next row's number inside a row (2|…|3| then 3|…), a lead column and a second unit column,
    // full-width bars, traditional characters
    ['a figure equal to the next number stays a cell', table('2025年项目资金分配表', ['序号', '项目名称', '资金(万元)', '责任单位'], [
      ['1', '新建冷链仓储中心项目', '2', '县商务局'], ['2', '农产品加工园改造项目', '3', '县工信局'], ['3', '高标准农田建设项目', '80', '县农业农村局'],
    ]), [['新建冷链仓储中心项目', ['县商务局'], []], ['农产品加工园改造项目', ['县工信局'], []], ['高标准农田建设项目', ['县农业农村局'], []]]],
    ['lead and other units', table('重点任务分解表', ['序号', '重点任务', '牵头单位', '配合单位'], [
      ['1', '推进产业园区标准化厂房建设', '区发改局', '区财政局、区自然资源局'], ['2', '开展招商引资专项行动', '区商务局', '各街道办事处'],
    ], '｜'), [['推进产业园区标准化厂房建设', ['区发改局', '区财政局', '区自然资源局'], ['区发改局']], ['开展招商引资专项行动', ['区商务局', '各街道办事处'], ['区商务局']]]],
    ['traditional characters', table('項目資金分配表', ['序號', '項目名稱', '資金來源', '項目實施單位'], [
      ['1', '農產品冷鏈倉儲項目', '中央', '縣商務局'], ['2', '特色種植基地項目', '中央', '縣農業農村局'],
    ]), [['農產品冷鏈倉儲項目', ['縣商務局'], []], ['特色種植基地項目', ['縣農業農村局'], []]]],
  ])('%s', (_name, text, want) => {
    expect(unitRows(text as string)).toEqual(want);
  });
  it('the same table already joined into one line by its page (inlineBarRows): each full row its own unit cell', () => {
    // (The cleaner keeps a cell-a-line table's rows apart; a page that writes the whole table on one line reaches the clause
    // reader joined, as the cleaner once joined 精河's.)
    const text =
      '关于2025年资金安排的公示\n现将资金安排情况公示如下:\n' +
      '精河县2025年中央、自治区财政衔接推进乡村振兴补助资金分配表序号|项目名称|资金来源|资金规模(万元)|项目实施单位|16个项目合计|7040.49|' +
      '1|精河县托里镇牛羊肉禽类屠宰场项目|中央、自治区|1000|托里镇人民政府|2|精河县大河沿子镇呼和哈夏南村食品加工厂项目|中央|174|大河沿子镇人民政府|\n';
    expect(unitRows(text)).toEqual([
      ['精河县托里镇牛羊肉禽类屠宰场项目', ['托里镇人民政府'], []],
      ['精河县大河沿子镇呼和哈夏南村食品加工厂项目', ['大河沿子镇人民政府'], []],
    ]);
  });
  it('a table of a cell a line without a unit column is read as before (宿迁: a target table)', () => {
    const text = table('长三角先进制造业基地建设指标体系', ['序号', '指标', '2025年目标'], [['1', '制造业增加值占GDP比重(%)', '39'], ['2', '规模以上工业企业营业收入占全省比重(%)', '3']]);
    expect(clausesOf(text).every((c) => !c.units.length)).toBe(true);
  });
});

describe('item_fields on one line: the unit field after another field, the space between lost', () => {
  it('泽库 (青海, http://www.zeku.gov.cn/contents/show/1370): 投资:… 实施单位:… under each project', () => {
    const text =
      '关于泽库县2023年第二批中央财政衔接推进乡村振兴补助资金分配计划的公告\n按照资金下达规模,共安排了6个项目,项目总投资为1259万元。资金分配计划具体如下:\n' +
      '1.西卜沙乡三个村游牧民定居点人饮巩固提升工程\n投资:500万元 实施单位:泽库县农牧水利和科技局\n2.泽库县和日镇司玛村人畜饮水安全工程\n投资:230万元 实施单位:泽库县农牧水利和科技局\n' +
      '5.王家乡叶金木村饲料加工基地扩建项目\n投资:167万元(少数民族发展资金)实施单位:王家乡人民政府\n';
    expect(clausesOf(text).filter((c) => c.units.length).map((c) => [c.text, c.units])).toEqual([
      ['投资:500万元', ['泽库县农牧水利和科技局']],
      ['投资:230万元', ['泽库县农牧水利和科技局']],
      ['投资:167万元(少数民族发展资金)', ['王家乡人民政府']],
    ]);
  });
  it.each([
    // forms: a full-width colon, a lead label, a time field first
    ['建设规模：新建厂房2万平方米 牵头单位：县工信局', ['县工信局'], ['县工信局']],
    ['完成时限:2025年底前 责任单位:市住建局、市财政局', ['市住建局', '市财政局'], []],
  ])('%s', (line, units, lead) => {
    const got = findNotes(line).map((n) => [n.units.map((u) => u.name), n.units.filter((u) => u.lead).map((u) => u.name)]);
    expect(got).toEqual([[units, lead]]);
  });
  it.each([
    // a sentence that names a unit label in passing is no field line; a value that is no body neither
    ['各单位要明确责任单位:按期完成'],
    ['投资:500万元 实施单位:待定'],
  ])('none: %s', (line) => expect(findNotes(line)).toEqual([]));
});

describe('item_fields hard-wrapped: a field label a wrap leaves at a full line end keeps its value', () => {
  it('叶城 wrapped every 36 characters, as a PDF dump is: the same clauses, units and times as written', () => {
    const body =
      '2.叶城县2026年宗朗乡种植业基地配套建设(少数民族发展任务)项目(ycssmz202602):投资340万元,本次安排资金310万元。建设内容:新建0.6-1m³/s防渗渠4公里及配套,85万元/公里。建设地点:宗朗乡5村。由宗朗乡按照《中华人民共和国招标投标法》和《中华人民共和国政府采购法》的相关规定组织实施,水利局负责监督指导服务。';
    const fields = '项目责任单位:宗朗乡、水利局\n项目责任人:吴维强、王平\n项目实施时间:2026年1月-2026年10月\n';
    const head = '叶城县2026年财政衔接推进乡村振兴补助资金项目公示\n现将项目有关情况公示如下:\n';
    const wrap = (t: string) => t.match(/.{1,36}/g)!.join('\n');
    const read = (text: string) => clausesOf(text).filter((c) => c.units.length).map((c) => [c.text.replace(/\s/g, ''), c.units, c.deadlines.map((d) => d.raw.replace(/\s/g, ''))]);
    const written = read(`${head}${body}\n${fields}`);
    // the wrap falls right after 建设地点: (line 4 of the item)
    expect(wrap(body).split('\n').some((l) => l.endsWith('建设地点:'))).toBe(true);
    // (a dump wraps every line of the page: the preamble too, so the page's line width is known)
    const preamble = '2026年中央财政衔接推进乡村振兴补助(少数民族发展任务)资金共计1508.001713万元。计划实施产业发展项目4个、其他类项目1个。';
    expect(read(`${head}${wrap(preamble)}\n${wrap(body)}\n${fields}`)).toEqual(read(`${head}${preamble}\n${body}\n${fields}`));
    expect(written.map((r) => (r[0] as string).slice(0, 5))).toEqual(['叶城县20', '建设内容:', '建设地点:', '由宗朗乡按']);
  });
});
