import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { findNotes, parseDutyNote, parseNote } from './units.js';

// Round 14 of the national development set (issue 9): the unit classes its 5 notices showed, each in its general form.
// Sentences are real (dev file named in the comment); the variants change only the adverb, colon, bracket width or script.
const clausesOf = (text: string) => extractDocument(documentsOfPlainText(text)[0]);
const named = (units: { name: string; lead: boolean }[]) => units.map((u) => [u.name, u.lead]);

describe('duty adverb: 分别/共同/联合/各自/协同 before the duty word closing a list is no part of the last name', () => {
  // 浙江 丽水 (zhejiang-lishui-zerenfenjie.txt): 责任单位:市人力社保局、市农业农村局分别牵头 / …、市发改委分别牵头, under a
  // note saying the first body leads "除标注“分别牵头”外": 分别牵头 makes each body lead.
  const lines: [string, string, string][] = [
    ['市人力社保局', '市农业农村局', '分别'],
    ['市人力社保局', '市发改委', '分别'],
    ['市人力社保局', '市发改委', '共同'],
    ['市人力社保局', '市发改委', '联合'],
    ['市人力社保局', '市发改委', '各自'],
    ['市人力社保局', '市发改委', '协同'],
  ];
  it.each(lines)('责任单位:%s、%s%s牵头 → both, both lead', (a, b, adv) => {
    for (const colon of [':', '：']) expect(named(parseNote(`责任单位${colon}${a}、${b}${adv}牵头`, 0).units)).toEqual([[a, true], [b, true]]);
  });
  it.each(lines)('unlabelled duty note %s、%s%s牵头 (a bracket with no label)', (a, b, adv) => {
    expect(named(parseDutyNote(`${a}、${b}${adv}牵头`, 0)!)).toEqual([[a, true], [b, true]]);
    expect(named(parseDutyNote(`${a}、${b}${adv}负责`, 0)!)).toEqual([[a, false], [b, false]]);
  });
  it('a body whose name holds the adverb keeps it (市工商业联合会牵头: 联合 is no adverb before 会)', () => {
    expect(named(parseDutyNote('市工商业联合会、市发改委牵头', 0)!)).toEqual([['市工商业联合会', true], ['市发改委', true]]);
    expect(named(parseNote('责任单位:市发改委、市工商业联合会', 0).units)).toEqual([['市发改委', false], ['市工商业联合会', false]]);
  });
  // End to end: the task line and its note line, as the page sets them; simplified and traditional, both colons.
  const page = (colon: string, note: string) => `丽水市目标任务分解\n\n6.城乡居民收入增速保持全省领先、农民收入增速快于城镇居民。\n\n责任单位${colon}${note}\n\n7.一般公共预算收入与经济增长基本同步。\n\n责任单位${colon}市财政局\n`;
  it.each([
    [':', '市人力社保局、市农业农村局分别牵头', ['市人力社保局', '市农业农村局']],
    ['：', '市人力社保局、市农业农村局分别牵头', ['市人力社保局', '市农业农村局']],
    [':', '市人力社保局、市農業農村局分別牽頭', ['市人力社保局', '市農業農村局']],
    ['：', '市人力社保局，市农业农村局分别牵头', ['市人力社保局', '市农业农村局']],
  ])('page with 责任单位%s%s', (colon, note, want) => {
    const got = extractDocument(documentsOfPlainText(page(colon, note))[0]);
    const task = got.find((c) => c.text.includes('城乡居民收入'))!;
    expect(task.units).toEqual(want);
    expect(got.find((c) => c.text.includes('一般公共预算'))!.units).toEqual(['市财政局']);
  });
});

describe('a bracket after a line of bodies is that body\'s other name, never a note naming a body of its own', () => {
  // 江苏 钟楼区 (jiangsu-zhonglou-zerenfenjie.txt): a task table flattened a cell a line, 高新园 / (邹区镇) and 应急管理局 /
  // (安委办) wrapped in their cells; the same notice's addressees write 高新园(邹区镇) in a line.
  it.each([
    ['高新园(邹区镇)'],
    ['高新园（邹区镇）'],
    ['高新园\n(邹区镇)'],
    ['经开区高新园(邹区镇)'],
    ['应急管理局\n(安委办)'],
    ['应急管理局（安委办）'],
    ['應急管理局\n(安委辦)'],
  ])('%j names no unit 邹区镇/安委办', (text) => {
    expect(findNotes(text).flatMap((n) => n.units.map((u) => u.name))).toEqual([]);
  });
  it.each([
    // A bracket closing a sentence, or standing alone, is still a note (the forms of earlier rounds).
    ['地区生产总值增长6%左右。(发改局、统计局)', ['发改局', '统计局']],
    ['(发改局、统计局)', ['发改局', '统计局']],
    ['社会消费品零售总额增长6%左右。\n（商务局）', ['商务局']],
    // ...and one after a list of several bodies or a body and a stop is no alias.
    ['经开区、各街道(统计局)', ['统计局']],
  ])('%j is still a note', (text, want) => {
    expect(findNotes(text).flatMap((n) => n.units.map((u) => u.name))).toEqual(want);
  });
});
