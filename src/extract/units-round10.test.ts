import { describe, expect, it } from 'vitest';
import { findNotes } from './units.js';

// Round 10 of the national development set (issue 9): the unit classes its 7 notices showed, each in its general form.
// Sentences are real (dev file or public page named in the comment) or written from the class ("form").
const noteOf = (text: string) => findNotes(text).map((n) => ({ units: n.units.map((u) => u.name), lead: n.units.filter((u) => u.lead).map((u) => u.name) }));

describe('explained_note: an unlabelled note whose later sentences only explain the list (who leads, 下同)', () => {
  it.each([
    // 湖北 黄冈 (hubei-huanggang-fenbanyijian.txt): the first row's note carries the rule for every row
    ['1、全市GDP增长10%以上(由市发展改革委、经委、农办、农业局、商务局、旅游局、统计局负责。一项任务涉及多个部门的,原则上由排名首位的部门牵头负责。下同)。',
      ['市发展改革委', '经委', '农办', '农业局', '商务局', '旅游局', '统计局'], ['市发展改革委']],
    // forms: full-width brackets and a ；, a bare list closing a sentence, other words for "the first leads"
    ['加快培育新兴产业。（由市工信局、市科技局负责；排在首位的为牵头单位，下同）',
      ['市工信局', '市科技局'], ['市工信局']],
    ['提升口岸通关效率。（市商务局、海关、市交通运输局。列第一位的为牵头单位，下同）',
      ['市商务局', '海关', '市交通运输局'], ['市商务局']],
    ['推进老旧小区改造。(县住建局、县财政局负责。下同)', ['县住建局', '县财政局'], []],
    ['完成造林任务2万亩(由县林业局、各乡镇负责。第一位的为牵头单位)', ['县林业局', '各乡镇'], ['县林业局']],
  ])('%s', (text, units, lead) => {
    expect(noteOf(text)).toEqual([{ units, lead }]);
  });
  it.each([
    // a bracket whose later sentence says something else is no note (forms)
    ['全年完成投资50亿元(由市发改委负责。资金来源为专项债)。'],
    ['新建5G基站300个(含改造站点。以下简称新基站)。'],
  ])('no note: %s', (text) => {
    expect(noteOf(text)).toEqual([]);
  });
});
