import { describe, expect, it } from 'vitest';
import { documentsFromText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { findNotes, splitUnitList } from './units.js';

// Round 16 of the national development set (issue 9): the unit classes its new notices showed, each in its general form.
// Sentences are real (dev file or public page named in the comment); the variants change only the bracket shape, width,
// script or the words the class allows.
const clausesOf = (text: string) => extractDocument(documentsFromText({ text, format: 'txt', encoding: 'utf-8' }, 'x.txt')[0]);
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
