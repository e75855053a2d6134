import { describe, expect, it } from 'vitest';
import { deadlinePairs, unitRows } from './fixture-table.js';
import { findNotes, mergeUnits } from './units.js';

// Classes from round 152 of the national development set (issue 9) and from a probe of unit-note forms.
// Sentences are real, from the notice named in the comment; "form" marks one written from the class: the probe wrote each
// label and duty shape into the same note, and no dev notice holds these shapes, so they are forms.

const note = (text: string) => mergeUnits(...findNotes(`对设备投资500万元以上的项目给予补助。${text}`).map((n) => n.units));

describe('a note labels its bodies with any role word before 单位 or 部门 (label vocabulary)', () => {
  it.each([
    // form: the role after the lead's label
    ['（牵头单位：市发展改革委；协助单位：市财政局、市商务局）', ['市发展改革委', '市财政局', '市商务局'], ['市发展改革委']],
    ['（牵头单位：市发展改革委；协作单位：市财政局、市商务局）', ['市发展改革委', '市财政局', '市商务局'], ['市发展改革委']],
    ['（牵头单位：市发展改革委；参加单位：市财政局、市商务局）', ['市发展改革委', '市财政局', '市商务局'], ['市发展改革委']],
    ['（主办单位：市发展改革委；支持单位：市财政局、市商务局）', ['市发展改革委', '市财政局', '市商务局'], ['市发展改革委']],
    ['（牵头部门：市发展改革委；辅助单位：市财政局、市商务局）', ['市发展改革委', '市财政局', '市商务局'], ['市发展改革委']],
    // form: a qualifier before 责任单位 (其他, 相关, 次要, 第一) is part of the label, never a body
    ['（主要责任单位：市发展改革委；次要责任单位：市财政局、市商务局）', ['市发展改革委', '市财政局', '市商务局'], ['市发展改革委']],
    ['（第一责任单位：市发展改革委；其他责任单位：市财政局、市商务局）', ['市发展改革委', '市财政局', '市商务局'], ['市发展改革委']],
    ['（牵头单位：市发展改革委；相关责任单位：市财政局、市商务局）', ['市发展改革委', '市财政局', '市商务局'], ['市发展改革委']],
    ['（承担单位：市发展改革委、市财政局）', ['市发展改革委', '市财政局'], []],
    ['具体负责单位：市发展改革委、市财政局', ['市发展改革委', '市财政局'], []],
  ] as [string, string[], string[]][])('%s', (text, units, lead) => expect(note(text)).toEqual({ units, lead }));
});

describe('a duty note parts its duties with 、 or a space as with a comma, and reads every duty word (duty parts)', () => {
  it.each([
    // form
    ['（区科技局牵头、区财政局配合）', ['区科技局', '区财政局'], ['区科技局']],
    ['（区科技局牵头 区财政局配合）', ['区科技局', '区财政局'], ['区科技局']],
    ['（区科技局主抓，区财政局配合）', ['区科技局', '区财政局'], ['区科技局']],
    ['（区科技局牵头，区财政局协同）', ['区科技局', '区财政局'], ['区科技局']],
    // form: 镇街 ends a group of places as 街镇 does
    ['（区科技局、区财政局，各镇街按职责分工负责）', ['区科技局', '区财政局', '各镇街'], []],
    // valid: a body whose name holds no duty word stays whole
    ['（区科技局、区财政局按职责分工负责）', ['区科技局', '区财政局'], []],
  ] as [string, string[], string[]][])('%s', (text, units, lead) => expect(note(text)).toEqual({ units, lead }));
});

describe('a group 等 closes before 和 or 及 and another body (group before a joined body)', () => {
  it.each([
    // form (粤府办〔2023〕5号's note, read in a reposted copy whose words a spinner had changed): a group that names its level
    // (等省有关部门) is a unit of its own, as 等县级相关部门 is
    ['（省发展改革委、交通运输厅、水利厅、住房城乡建设厅、能源局等省有关部门和各地级以上市人民政府按职责分工负责）', ['省发展改革委', '交通运输厅', '水利厅', '住房城乡建设厅', '能源局', '省有关部门', '各地级以上市人民政府']],
    // form: a bare group only ends the list
    ['（市发展改革委、市财政局等有关部门和各区县政府按职责分工负责）', ['市发展改革委', '市财政局', '各区县政府']],
    ['（市发展改革委、市财政局等单位及各区县政府按职责分工负责）', ['市发展改革委', '市财政局', '各区县政府']],
    ['（责任单位：市发展改革委、市财政局等市有关部门和各区县政府）', ['市发展改革委', '市财政局', '市有关部门', '各区县政府']],
  ] as [string, string[]][])('%s', (text, units) => expect(note(text).units).toEqual(units));
});

describe('duty notes in traditional characters, read whole (round 152)', () => {
  it('青海省 (qinghai-qinghaisheng-yingshanghuanjing2022.txt)', () => {
    expect(unitRows('1.健全市場準入機制。強化市場基礎制度規則統一,嚴格落實市場準入“全國一張清單”管理模式,推動“非禁即入”普遍落實。(責任單位:省發展改革委、省商務廳牽頭,相關地區部門按職責分工負責)\n')).toEqual([
      ['省發展改革委', '省商務廳', '相關地區部門'],
    ]);
  });
  it('咸阳 2022 放管服 要点 (a traditional repost on newton.com.tw): a level group joined by 及 to the places', () => {
    expect(unitRows('1.全面實施行政許可事項清單管理。依據國家和省行政許可事項清單,2022年10月底前編制並公布市、縣兩級行政許可事項清單,將依法設定的行政許可事項全部納入清單管理,清單之外一律不得違法實施行政許可。(市政府辦公室、市行政審批制度改革工作領導小組辦公室牽頭,市級各有關部門及各縣市區政府按職責分工負責)\n')).toEqual([
      ['市政府辦公室', '市行政審批制度改革工作領導小組辦公室', '市級各有關部門', '各縣市區政府'],
    ]);
  });
});

describe('a goal span right after 力争 or 经过, one year or a range of years (goal span)', () => {
  it.each([
    // 大连 (liaoning-dalian-yejianjingji.txt)
    ['从2019年起,力争3-5年时间,在全市打造市级示范夜商圈5个以上、示范夜街区5个以上。', '2019-10-01', [['从2019年起', '2019'], ['3-5年时间', 'relative']]],
    // 沈阳 (liaoning-shenyang-yejingji.txt), past its labelled scope
    ['经过3-5年建设发展,将我市打造成为区域夜经济中心。', '2019-06-01', [['3-5年', 'relative']]],
    // form
    ['争取两年时间,完成全部改造任务。', '2024-01-01', [['两年时间', 'relative']]],
    // valid: a year after 力争 is a date, not a span
    ['力争2025年实现全覆盖。', '2024-01-01', [['2025年', '2025']]],
  ] as [string, string, unknown[]][])('%s', (s, date, want) => expect(deadlinePairs(s, date)).toEqual(want));
});
