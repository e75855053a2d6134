import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { isParagraphEnd } from '../ingest/clean.js';
import { extractDocument } from './extract.js';
import { findNotes } from './units.js';

// Round 13 of the national development set (issue 9): the unit classes its 6 notices showed, each in its general form.
// Sentences are real (dev file named in the comment); the variants change only the marker, bracket width or script.
const clausesOf = (text: string) => extractDocument(documentsOfPlainText(text)[0]);
const rows = (text: string) => clausesOf(text).map((c) => [c.text.trim().slice(0, 9), c.units]);

describe('bullet_item: a bullet opens an item of its own; its note closes it alone, not the unnoted bullet before it', () => {
  // 山东 邹平 (shandong-zouping-zhaoshang.txt): a 适用范围 bullet without a note, then reward bullets each closed by its note.
  const scope =
    '本办法适用于从市域外引进的投资2000万元及以上的重大产业项目或当地实际财政年度贡献量100万元以上的财税贡献类项目。投资企业须在本市工商注册、依法纳税,具有独立法人资格并承诺在本市经营期限不低于10年且不减少注册资本。';
  const invest =
    '项目投资奖励。对新建项目自项目开工之日起3年内,按照固定资产投资额(以经审计的企业资产负债表为准,外资项目按照当年实际到账外资金额,下同)的5‰给予企业奖励。单个项目累计奖励金额最高不超过1500万元。';
  const contrib = '经营贡献奖励。对当地实际财政年度贡献量100万元以上的新建项目,项目投产后,三年内按照其当地实际财政年度贡献量的50%给予企业奖励。';
  const want = [
    ['本办法适用于从市域', []],
    ['投资企业须在本市工', []],
    ['对新建项目自项目开', ['市商务局', '市财政局']],
    ['单个项目累计奖励金', ['市商务局', '市财政局']],
    ['对当地实际财政年度', ['市财政局', '市商务局']],
  ];
  const page = (b: string, open: string, close: string, colon: string, label: string) =>
    `邹平市招商政策\n\n  ${b} ${scope}\n\n  ${b} ${invest}${open}${label}${colon}市商务局、市财政局${close}\n\n  ${b} ${contrib}${open}${label}${colon}市财政局、市商务局${close}\n`;
  it.each([
    ['•', '(', ')', ':', '责任单位'],
    ['●', '（', '）', '：', '责任单位'],
    ['·', '(', ')', ':', '责任部门'],
    ['■', '【', '】', '：', '责任单位'],
    ['◆', '（', '）', '：', '責任單位'],
    ['-', '(', ')', ':', '责任单位'],
  ])('%s items, notes %s%s%s', (b, open, close, colon, label) => {
    const got = rows(page(b, open, close, colon, label)).filter((r) => want.some((w) => w[0] === r[0]));
    expect(got).toEqual(want);
  });
  it('the bullet and a run-in title (项目投资奖励。) are no clause of the item', () => {
    const texts = clausesOf(page('•', '(', ')', ':', '责任单位')).map((c) => c.text.trim());
    expect(texts.some((t) => /^[•]|^项目投资奖励。$/.test(t))).toBe(false);
  });
  it('a bullet item without a note of its own still waits for the note line under it', () => {
    const text = `邹平市招商政策\n\n  • ${scope}\n\n  • ${invest}\n责任单位:市商务局、市财政局\n`;
    expect(rows(text).filter((r) => (r[1] as string[]).length).map((r) => r[0])).toEqual(['对新建项目自项目开', '单个项目累计奖励金']);
  });
  it('ingest: a bullet line is a paragraph of its own, after a note or a title line (never joined as a hard wrap)', () => {
    const note = '单个项目累计奖励金额最高不超过1500万元。(责任单位:市商务局、市财政局)';
    for (const b of ['•', '●', '·', '■', '◆', '-', '－']) {
      expect(isParagraphEnd(note, `${b}经营贡献奖励。`), b).toBe(true);
      expect(isParagraphEnd('邹平市招商政策', `${b}本办法适用于从市域外引进的投资2000万元及以上的重大产业项目`), b).toBe(true);
    }
    // (a line that opens with a figure's sign is no bullet: -5% is a wrapped value)
    expect(isParagraphEnd('对新建项目自项目开工之日起3年内,按照固定资产投资额的', '-5%给予企业奖励')).toBe(false);
  });
});

describe('lost_open_bracket: a label after a sentence end, closed by a bracket alone, is the note of its item (its opening bracket lost)', () => {
  // 辽宁 铁岭 (liaoning-tieling-gongyeqiangshi.txt): the page lost the note's opening bracket; the notes of the items
  // around it keep theirs.
  const tieling = (open: string, close: string, colon: string, label: string) =>
    '铁岭市推进工业强市建设若干政策措施\n' +
    `(二)支持企业提能增效。对制造业设备更新和技术改造项目,给予不超过设备投资10%补助,单个项目补助金额最高不超过100万元。${open}${label}${colon}市工业和信息化局、市财政局${close}\n` +
    `(三)支持重点产业发展。聚焦先进装备制造业、战略性新兴产业、高技术制造业等产业,大力发展未来产业,对带动性、战略性、创新性特征明显的产业项目给予政策支持对重点产业链关键环节补链的产业项目给予政策支持。${label}${colon}市财政局、市工业和信息化局${close}\n`;
  it.each([
    ['(', ')', ':', '责任单位'],
    ['（', '）', '：', '责任单位'],
    ['【', '】', '：', '责任单位'],
    ['(', ')', ':', '牵头单位'],
    ['(', ')', ':', '责任部门'],
    ['（', '）', '：', '責任單位'],
  ])('铁岭 %s…%s', (open, close, colon, label) => {
    const got = rows(tieling(open, close, colon, label)).filter((r) => (r[1] as string[]).length);
    expect(got).toEqual([
      ['对制造业设备更新和', ['市工业和信息化局', '市财政局']],
      ['聚焦先进装备制造业', ['市财政局', '市工业和信息化局']],
    ]);
  });
  it('the same loss in another notice: 邹平 (shandong-zouping-zhaoshang.txt) with its note\'s opening bracket taken out, and the note on a line of its own', () => {
    const zouping = '邹平市招商政策\n\n  • 经营贡献奖励。对当地实际财政年度贡献量100万元以上的新建项目,项目投产后,三年内按照其当地实际财政年度贡献量的50%给予企业奖励。';
    for (const note of ['责任单位:市财政局、市商务局)', '责任单位:市财政局、市商务局)。', '\n责任单位:市财政局、市商务局)']) {
      expect(rows(`${zouping}${note}\n`).filter((r) => (r[1] as string[]).length), note).toEqual([['对当地实际财政年度', ['市财政局', '市商务局']]]);
    }
  });
  it('a bracket closing something else is no note: the label must follow a sentence end and the bracket end the paragraph', () => {
    expect(findNotes('对重点产业链关键环节补链的产业项目给予政策支持。责任单位:市财政局、市工业和信息化局)对首次认定的企业给予奖励。')).toEqual([]);
  });
});
