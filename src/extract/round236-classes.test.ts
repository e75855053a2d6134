import { describe, expect, it } from 'vitest';
import { extractValues, extractDocument } from './extract.js';
import { parseNote } from './units.js';
import { documentsOfPlainText } from '../ingest/ingest.js';

// Classes round 236's notices showed (ANNOTATION round 236), each with the sentence that showed it and its general forms.
const clauses = (text: string) =>
  documentsOfPlainText(text).flatMap((d) => extractDocument(d)).map((c) => [c.text.replace(/\s+/g, ''), c.deadlines.map((d) => [d.raw, d.kind ?? d.date])]);

// A record's time field under its problem paragraph (整改时限:立行立改,长期坚持。 / 整改时限:2023年12月底前。, 汕头): the field's value is
// every line's deadline above it, read whole — an immediate start before the ongoing words is one limit, raw as written; the value alone,
// not the stop closing its line (the date had been read one character late, 023年12月底前。 giving 12月); a remark in brackets closing the
// paragraph ((省整改方案整改措施清单第一项)) is no clause and no part of the field's line.
describe('a record’s time field under its problem lines (record time field)', () => {
  it('汕头: 立行立改,长期坚持 on each line, the remark no clause', () => {
    const text = '汕头市整改情况公示\n一、广东省有些地市认识不够到位,措施不够有力。有些市县思想认识不够到位,工作落实时冷时热。对标高质量发展要求仍有差距。(省整改方案整改措施清单第一项)\n整改时限:立行立改,长期坚持。\n整改进展:达到时序进度。\n';
    expect(clauses(text)).toEqual([
      ['有些市县思想认识不够到位,工作落实时冷时热。', [['立行立改,长期坚持', 'ongoing']]],
      ['对标高质量发展要求仍有差距。', [['立行立改,长期坚持', 'ongoing']]],
      ['整改进展:达到时序进度。', []],
    ]);
  });
  it('form: a dated field, its stop after the value, traditional characters', () => {
    const text = '汕頭市整改情況公示\n一、有些市縣思想認識不夠到位,工作落實時冷時熱。對標高質量發展要求仍有差距。\n整改時限:2023年12月底前。\n整改進展:達到時序進度。\n';
    expect(clauses(text)).toEqual([
      ['對標高質量發展要求仍有差距。', [['2023年12月底前', '2023-12']]],
      ['整改進展:達到時序進度。', []],
    ]);
  });
  it.each([
    // the field in a sentence: an immediate start and the ongoing words, 、 between too
    ['整改时限:立行立改,长期坚持。', [['立行立改,长期坚持', 'ongoing']]],
    ['完成时限:立即整改、持续推进', [['立即整改、持续推进', 'ongoing']]],
    // valid: how often a thing is done is no time limit (办理期限:每年1次, 云阳); a dated limit then ongoing words stay two
    ['完成时限:2023年6月底前并长期坚持', [['2023年6月底前', '2023-06'], ['长期坚持', 'ongoing']]],
  ])('%s', (s, want) => expect(extractValues(s, '2023-01-01').deadlines.map((d) => [d.raw, d.kind ?? d.date])).toEqual(want));
  it('valid: 办理期限:每年1次 under a grant gives it no deadline', () => {
    const text = '云阳县文旅品牌创建奖励办法\n一、新创建成功的国家4A级旅游景区给予不超过1000万元的一次性奖励。\n办理期限:每年1次。\n';
    expect(clauses(text).flatMap(([, d]) => d)).toEqual([]);
  });
});

// Bodies a duty word closes and bodies after them in one labelled note (责任单位:经济投资局和航空口岸局分别牵头、区发改局, 海曙): the first
// lead, the rest the label's units; the note had been read as one name, 航空口岸局分别牵头、区发改局.
describe('bodies after a duty in a labelled note (labelled duty then bodies)', () => {
  const note = (s: string) => parseNote(s, 0).units.map((u) => [u.name, u.lead]);
  it.each([
    // 海曙 (zhejiang-haishu-zerenfenjie2023.txt)
    ['责任单位:经济投资局和航空口岸局分别牵头、区发改局', [['经济投资局', true], ['航空口岸局', true], ['区发改局', false]]],
    // forms: one lead and a comma; 、 after 牵头
    ['责任单位:区发改局、区财政局分别牵头,区商务局', [['区发改局', true], ['区财政局', true], ['区商务局', false]]],
    ['责任单位:区发改局牵头、区财政局', [['区发改局', true], ['区财政局', false]]],
  ])('%s', (s, want) => expect(note(s)).toEqual(want));
  it.each([
    // valid: each part with its duty; an unlabelled bracket whose last part has none is no note
    ['责任单位:区发改局牵头,区财政局配合', [['区发改局', true], ['区财政局', false]]],
    ['(区发改局牵头、全区各单位)', []],
  ])('%s', (s, want) => expect(note(s)).toEqual(want));
  it('traditional characters, in a notice', () => {
    const text = '海曙區2023年重點工作責任分解\n1.提高臨空經濟示範區能級,打造航空物流樞紐。\n責任單位:經濟投資局和航空口岸局分別牽頭、區發改局\n';
    const c = documentsOfPlainText(text).flatMap((d) => extractDocument(d));
    expect(c.map((x) => [x.units, x.lead])).toEqual([[['經濟投資局', '航空口岸局', '區發改局'], ['經濟投資局', '航空口岸局']]]);
  });
});
