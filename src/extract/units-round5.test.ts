import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { findNotes, headingDutyNote, mergeUnits } from './units.js';
import { endsLikeBody } from './lexicon.js';

// Round 5 of the national development set (issue 9): the unit classes its 14 notices showed, each in its general
// form. Sentences are real: from a dev notice (file in eval/national/dev named in the comment). Where a form had no
// real sentence at hand, the comment says "form" and the sentence is written from the class.
const note = (text: string) => mergeUnits(...findNotes(text).map((n) => n.units));
const clausesOf = (text: string) => extractDocument(documentsOfPlainText(text)[0]);

describe('parks, zones and centres are bodies: a list of them is split', () => {
  it.each([
    // 山东 金乡 (shandong-jinxiang-zerenfengong.txt)
    ['修编经济开发区整体规划,提升完善各产业园发展规划。(牵头单位:县政府园区发展服务中心;责任单位:新材料产业园、高端装备产业园、食品产业园、商贸物流园等)',
      ['县政府园区发展服务中心', '新材料产业园', '高端装备产业园', '食品产业园', '商贸物流园']],
    // form: full-width brackets and colon, 科技园 / 化工园 / 物流园区, a bare list closing the sentence
    ['加快园区道路建设。（责任单位：县科技园、化工园、现代物流园区）', ['县科技园', '化工园', '现代物流园区']],
    ['加快园区道路建设。(县经济开发区管委会牵头,生物医药产业园、智能制造产业园配合)', ['县经济开发区管委会', '生物医药产业园', '智能制造产业园']],
  ])('%s', (text, units) => {
    expect(note(text).units).toEqual(units);
  });
  it('a place list before one park still shares its ending (楚雄 form stays one unit)', () => {
    expect(note('（责任单位：楚雄高新区和禄丰、牟定、武定产业园区管委会）').units).toEqual(['楚雄高新区和禄丰、牟定、武定产业园区管委会']);
  });
});

describe('a body with its other title in brackets ends like a body', () => {
  it.each([
    ['县发改局(粮食局)', true],
    ['各镇政府（街道办事处）', true],
    ['县农业农', false],
    ['(2024年底前)', false],
  ])('%s → %s', (name, body) => {
    expect(endsLikeBody(name)).toBe(body);
  });
  it('a bracketed list with such a body (form)', () => {
    expect(note('推进粮食储备设施建设。（县发改局(粮食局)、县财政局）').units).toEqual(['县发改局(粮食局)', '县财政局']);
  });
});

describe('a note cut off by the end of the excerpt: its complete names only', () => {
  it.each([
    // 湖北 嘉鱼 (hubei-jiayu-zerenfenjie.txt): labelled, a bracketed second title before the cut name
    ['(六)城乡居民人均可支配收入与经济增长同步。[牵头单位:县发改局(粮食局)、县农业农', ['县发改局(粮食局)'], ['县发改局(粮食局)']],
    // 河南 济源 (henan-jiyuan-zerendanwei.txt): unlabelled, cut inside its duty words
    ['6.城镇、农村居民人均可支配收入增长保持全省领先。(发展改革和统计局、农业农村局按职责分工', ['发展改革和统计局', '农业农村局'], []],
    // forms: cut inside 牵头 (lead), after a complete duty part, inside a name
    ['加快发展。（市商务局、市发改委牵', ['市商务局', '市发改委'], ['市商务局', '市发改委']],
    ['加快发展。（市工信局牵头，市财政局、市', ['市工信局', '市财政局'], ['市工信局']],
    ['加快发展。（市工信局、市财', ['市工信局'], []],
  ])('%s', (text, units, lead) => {
    expect(note(text)).toEqual({ units, lead });
  });
  it.each([
    ['加快发展。（2023年'],
    ['对获得国家级绿色制造体系（绿色工厂、绿色设计'],
    ['加快发展。（包括'],
  ])('an open bracket that is no note: %s', (text) => {
    expect(findNotes(text)).toEqual([]);
  });
});

describe('a section heading that names its bodies by their part', () => {
  it.each([
    // 山西 沁县 (shanxi-qinxian-renwuqingdan.txt)
    ['县示范区管委会牵头工作(8项)', ['县示范区管委会'], true],
    // forms: 由…牵头负责的…, several bodies, 负责 (not lead), full-width count, 主责任务清单
    ['由市发展改革委牵头负责的重点任务', ['市发展改革委'], true],
    ['县财政局、县税务局负责事项（共5项）', ['县财政局', '县税务局'], false],
    ['區工信局主责任务清单', ['區工信局'], true],
    ['县发改局牵头（5项）', ['县发改局'], true],
    ['市委组织部、市人社局负责', ['市委组织部', '市人社局'], false],
  ])('%s', (heading, units, lead) => {
    const n = headingDutyNote(heading, 0)!;
    expect(n.units.map((u) => u.name)).toEqual(units);
    expect(n.units.every((u) => u.lead === lead)).toBe(true);
  });
  it.each([['重点工作任务'], ['责任到人,闭环管理'], ['加快推进牵头工作'], ['抓好牵头工作'], ['加快推进'], ['各司其职、分工负责']])('no body, no note: %s', (heading) => {
    expect(headingDutyNote(heading, 0)).toBeUndefined();
  });
  it('traditional characters: the names as written (form)', () => {
    const text = '附件1\n2025年縣政府工作報告任務清單\n一、縣示範區管委會牽頭工作(2項)\n1.打造食用菌酵素生產基地。\n';
    expect(clausesOf(text).map((c) => [c.units, c.lead])).toEqual([[['縣示範區管委會'], ['縣示範區管委會']]]);
  });
  it('its bodies hold for every clause of the section (沁县)', () => {
    const text = '附件1\n2025年县政府工作报告任务清单\n一、县示范区管委会牵头工作(8项)\n1.投资3000万元建设南美白对虾工厂化循环水养殖基地。\n2.打造食用菌酵素生产基地。\n二、县工信局牵头工作(3项)\n1.推动潞讯精密电子30条生产线投产。\n';
    const got = clausesOf(text).map((c) => [c.text, c.units, c.lead]);
    expect(got).toEqual([
      ['投资3000万元建设南美白对虾工厂化循环水养殖基地。', ['县示范区管委会'], ['县示范区管委会']],
      ['打造食用菌酵素生产基地。', ['县示范区管委会'], ['县示范区管委会']],
      ['推动潞讯精密电子30条生产线投产。', ['县工信局'], ['县工信局']],
    ]);
  });
});

describe('a label glued after a body, its list lost with the excerpt: the body only', () => {
  it.each([
    // 辽宁 海城 (liaoning-haicheng-zerenfengong.txt): 牵头单位:市发展和改革局 / 责任单位 (the excerpt's last line), joined
    ['8.精准把握国家、省市政策导向,超前谋划、精准对接,确保政策效应更好更快传导到企业,落地到项目。\n牵头领导:刘兴达\n牵头单位:市发展和改革局\n责任单位', ['市发展和改革局']],
    // forms: another label, a colon left, a body with a bracket
    ['加快发展。牵头单位:市工信局、市商务局配合部门', ['市工信局', '市商务局']],
    ['加快发展。牵头单位:市工信局、县发改局(粮食局)责任部门:', ['市工信局', '县发改局(粮食局)']],
  ])('%s', (text, units) => {
    const got = text.includes('\n') ? clausesOf(text).flatMap((c) => c.units) : note(text).units;
    expect(got).toEqual(units);
  });
  it('a group named by a label word stays whole: 各有关责任单位', () => {
    expect(note('加快发展。(责任单位:市工信局、各有关责任单位)').units).toEqual(['市工信局', '各有关责任单位']);
  });
});

describe('a bare labelled note cut off by the end of the document: its complete names only', () => {
  const unitsOf = (text: string) => clausesOf(text).flatMap((c) => c.units);
  it.each([
    // forms (the labelled bracket of 嘉鱼 without its bracket): on its own line, and run on after the sentence
    ['关于加快发展的通知\n一、加快发展。推进项目建设。\n责任单位:市发改委、市财', ['市发改委']],
    ['关于加快发展的通知\n一、加快发展。推进项目建设。责任单位:市发改委、市财', ['市发改委']],
    // complete notes at the document's end stay whole
    ['关于加快发展的通知\n一、加快发展。推进项目建设。\n责任单位:市发改委、各县市区', ['市发改委', '各县市区']],
    ['关于加快发展的通知\n一、加快发展。推进项目建设。责任单位:市发改委、全市上下。', ['市发改委', '全市上下']],
  ])('%s', (text, units) => {
    expect(unitsOf(text)).toEqual(units);
  });
});
