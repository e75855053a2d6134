import { describe, expect, it } from 'vitest';
import { BODY_SUFFIX, UNIT_LABEL_WORD, UNIT_NOUN_END, unitLabels } from './unit-words.js';

// The unit-label words both stages read (dict/unit-labels.json): a label, a body's end, a column's noun.
describe('unit words', () => {
  const label = new RegExp(`^${UNIT_LABEL_WORD}$`);
  it.each(['责任单位', '牵头单位', '配合部门', '牵头责任单位', '项目责任单位', '协同责任单位'])('%s is a unit label', (w) => expect(label.test(w)).toBe(true));
  // two nouns joined (武汉 农业农村局), the person heading the bodies after the label (中原区)
  it.each(['责任处室及单位', '责任部门和单位', '项目实施单位及责任人'])('%s is a unit label', (w) => expect(label.test(w)).toBe(true));
  it.each(['责任', '单位', '完成时限', '责任领导'])('%s is no unit label', (w) => expect(label.test(w)).toBe(false));
  const body = new RegExp(`(?:${BODY_SUFFIX})$`);
  it.each(['市经信局', '区财政局', '县发展和改革委员会', '各镇人民政府', '国家开发银行云南省分行'])('%s ends like a body', (w) => expect(body.test(w)).toBe(true));
  it.each(['牵头单位', '责任部门', '实施主体'])('%s ends with a label noun', (w) => expect(UNIT_NOUN_END.test(w)).toBe(true));
  // Bare part words (牵头：市发改委；配合：市财政局) are prefixes that may stand without a noun; each is a label's prefix too.
  it.each(unitLabels.partWords)('part word %s is a label prefix', (w) => expect(unitLabels.prefixes).toContain(w));
  it('主要工作举措 ends with no label noun', () => expect(UNIT_NOUN_END.test('主要工作举措')).toBe(false));
  // An immediate start opens an ongoing time value (整改时限:立行立改,长期坚持); none is a time field or a duty of its own.
  it.each(unitLabels.immediateStarts)('immediate start %s is no time field nor duty', (w) => {
    expect(unitLabels.timeFields).not.toContain(w);
    expect(unitLabels.duties).not.toContain(w);
  });
});
