import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { deadlinePairs } from './fixture-table.js';

// Classes from round 128 of the national development set (issue 9).
// Sentences are real, from the dev notice named in the comment; "form" marks one written from the class.

/** Each clause's words (its first 12 characters) and units, of a text read as a document. */
const units = (text: string) =>
  documentsOfPlainText(text)
    .flatMap((d) => extractDocument(d))
    .map((c) => [c.text.slice(0, 12), [...c.units]]);

describe('a note’s field naming the secretary-general a task is assigned to is a person field, not the note’s end (secretary field)', () => {
  it.each([
    // 连云港 (jiangsu-lianyungang-yanhaikaifa.txt): the person field first in the bracket, the unit label after it
    [
      '沿海开发工作任务分解\n三、六项保障措施\n1.建立强有力的推进工作体系。\n(责任秘书长:李振峰,责任单位:市政府办公室)\n2.编制13个专项规划。\n(责任秘书长:各分管秘书长,责任单位:市政府办公室、市各相关单位)\n',
      [
        ['建立强有力的推进工作体系', ['市政府办公室']],
        ['编制13个专项规划。', ['市政府办公室', '市各相关单位']],
      ],
    ],
    // forms: a deputy, full-width brackets and colons, the leader before
    [
      '重点工作分解\n1.推进区划调整。\n（牵头领导：王明，协调副秘书长：李华，责任单位：市民政局）\n',
      [['推进区划调整。', ['市民政局']]],
    ],
  ] as [string, unknown][])('%s', (text, want) => expect(units(text)).toEqual(want));
});

describe('a list of bodies in a table cell opened by a mark (*, ★) has no mark in its first name (cell mark)', () => {
  it.each([
    // 嘉兴 (zhejiang-jiaxing-wunianrenwu.txt): * before a cell's list
    [
      '序号 | 主 要 工 作 任 务 | 责任单位 |\n6 | 人才资源总量超过150万人。 | *市委组织部(市委人才办)、 市人力社保局 |\n9 | 单位GDP能耗、碳排放强度持续下降。 | *市发展改革委、市生态环境局 |\n',
      [
        ['人才资源总量超过150万', ['市委组织部(市委人才办)', '市人力社保局']],
        ['单位GDP能耗、碳排放强', ['市发展改革委', '市生态环境局']],
      ],
    ],
    // forms: ★ and ▲, full-width bars
    ['序号｜重点任务｜牵头单位｜\n1｜建设城市书房20家。｜★市文广旅游局、市财政局｜\n2｜新增停车位1万个。｜▲市交通局｜\n', [
      ['建设城市书房20家。', ['市文广旅游局', '市财政局']],
      ['新增停车位1万个。', ['市交通局']],
    ]],
  ] as [string, unknown][])('%s', (text, want) => expect(units(text).filter((r) => (r[1] as string[]).length)).toEqual(want));
});

describe('a note the text cuts right after its label names no body (label alone)', () => {
  it.each([
    // 黄浦 (shanghai-huangpu-jingxihua.txt), its last paragraph cut after 牽頭單位
    ['黃浦區城市管理精細化三年行動計劃\n(一)推進居住環境品質提升。到2025年底全面完成零星二級舊里以下房屋改造。(牽頭單位:區建管委、區房管局)\n(二)科學規劃建設更新街區。提升全區背街小巷市容環境衛生治理水平,到2026年底實現267條背街小巷治理實效達標。(牽頭單位', [
      ['到2025年底全面完成零', ['區建管委', '區房管局']],
      ['提升全區背街小巷市容環境', []],
    ]],
    // form: simplified, a 责任部门 label
    ['若干措施\n支持企业技改,给予最高50万元补助。(责任部门', [['支持企业技改,给予最高5', []]]],
  ] as [string, unknown][])('%s', (text, want) => expect(units(text)).toEqual(want));
});

describe('a sentence after its list item’s number opens as one without it (item opening)', () => {
  it.each([
    // 偃师 (henan-yanshi-xianjiezijin.txt): a fund's year opening its line, after 1、
    ['1、2022年中央财政衔接推进乡村振兴补助资金458.1万元;', '2022-08-01', [['2022年', '2022']]],
    // forms: (1), 一、
    ['(2)2024年省级财政衔接推进乡村振兴补助资金35万元;', '2024-05-01', [['2024年', '2024']]],
    ['一、2025年市级财政衔接资金195万元。', '2025-03-01', [['2025年', '2025']]],
    // (a number inside a sentence opens nothing: the year stays a programme's)
    ['下达资金共计1、2022年中央财政衔接推进乡村振兴补助资金458.1万元;', '2022-08-01', []],
  ] as [string, string, unknown][])('%s', (s, date, want) => expect(deadlinePairs(s, date)).toEqual(want));
});

/** Each clause's words (its first 10 characters) and deadlines' raw text, of a text read as a document. */
const times = (text: string) =>
  documentsOfPlainText(text)
    .flatMap((d) => extractDocument(d))
    .map((c) => [c.text.slice(0, 10), (c.deadlines ?? []).map((d) => d.raw)]);

describe('a project record’s 时间进度 field is its time field: the period reaches every field of the record (schedule field)', () => {
  it.each([
    // 周口示范区 (henan-zhoukoushifanqu-xianjiezijin.txt): one record of fields, the period fourth
    [
      '2023年度财政衔接推进乡村振兴补助资金项目实施计划\n(一)示范区农产品种植产业园项目\n项目名称:示范区农产品种植产业园项目\n项目类型:产业发展类\n时间进度:2023年1月至2023年12月\n责任单位:示范区脱贫衔接办\n建设任务:新建标准化大棚11座,及周边辅助配套设施。\n',
      [
        ['项目名称:示范区农产', ['2023年1月至2023年12月']],
        ['项目类型:产业发展类', ['2023年1月至2023年12月']],
        ['新建标准化大棚11座', ['2023年1月至2023年12月']],
      ],
    ],
  ] as [string, unknown][])('%s', (text, want) => expect(times(text)).toEqual(want));
});

/** Each clause's words (its first 10 characters), amounts and thresholds' minima, of a text read as a document. */
const figures = (text: string) =>
  documentsOfPlainText(text)
    .flatMap((d) => extractDocument(d))
    .filter((c) => c.amounts.length || c.thresholds.length)
    .map((c) => [c.text.slice(0, 10), c.amounts.map((a) => a.yuan), c.thresholds.map((t) => t.min)]);

describe('a figure a record’s goal field, or a paragraph opening on its goals’ year, bounds is a goal, not a condition (goal field)', () => {
  it.each([
    // 周口示范区 (henan-zhoukoushifanqu-xianjiezijin.txt): the field's name cut from its clauses, both sentences of the field
    [
      '2023年度财政衔接推进乡村振兴补助资金项目实施计划\n项目名称:示范区农产品种植产业园项目\n绩效目标:产权归村集体所有,带动周边群众通过务工增收,预计带动脱贫劳动力务工100人以上,每人每年务工收入可达2万元以上;脱贫群众还可通过个人承包大棚,每棚每年收入可达2万元以上。\n',
      [
        ['绩效目标:产权归村集', [20000], []],
        ['脱贫群众还可通过个人', [20000], []],
      ],
    ],
    // form: 项目预期效益 with a full-width colon
    ['项目公示\n项目预期效益：带动村集体年增收达到5万元以上。\n', [['项目预期效益：带动村', [50000], []]]],
    // (a condition field stays a condition)
    ['申报通知\n申报条件:企业年营业收入达到2000万元以上。\n', [['申报条件:企业年营业', [], [20000000]]]],
    // …or a paragraph that opens on its goals' year: 广州 (guangdong-guangzhou-duikoubangfu.txt), a later sentence of it
    ['对口帮扶工作方案\n至2017年,对口帮扶工作取得阶段性成效,梅州市实现人均生产总值37300元。广州(梅州)产业转移工业园二期基本建成,梅州市产业园区规模以上工业增加值达到300亿元以上。\n', [
      ['至2017年,对口帮', [37300], []],
      ['广州(梅州)产业转移', [30000000000], []],
    ]],
    // form: 到, a full-width comma
    ['行动计划\n到2025年，全市数字经济加快发展。产业园区工业增加值达到500亿元以上。\n', [['产业园区工业增加值达', [50000000000], []]]],
    // (an applicant in such a paragraph still meets a condition)
    ['若干措施\n到2025年,全市规上工业企业达到1000家。对年营业收入达到1亿元以上的企业,给予50万元奖励。\n', [['对年营业收入达到1亿', [500000], [100000000]]]],
  ] as [string, unknown][])('%s', (text, want) => expect(figures(text)).toEqual(want));
});
