import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments } from './extract.js';

// A unit note names the same bodies whatever its shape: the labels before the bodies or their part after them, the bracket, the
// separators, the adverbs. Each row is one shape written after the same measure; the shapes seen on dev notices are named.

/** Units and leads of the measure a note closes. */
function noted(note: string): [string[], string[]] {
  const text = `关于印发若干措施的通知\n一、加强支持\n（一）推进项目。加快推进重点项目建设。${note}\n（二）强化保障。落实用地指标。\n2024年1月5日\n`;
  const c = extractDocuments(documentsOfPlainText(text)).flat().find((x) => x.text.includes('加快推进重点项目'));
  return [c?.units ?? [], c?.lead ?? []];
}

describe('a unit note in any shape names its bodies and its leads (note shapes)', () => {
  it.each([
    // labels first (seeds; 辽宁, 永康, 济南 dev)
    ['（牵头单位：市发改委；责任单位：市财政局、市工信局）', ['市发改委', '市财政局', '市工信局'], ['市发改委']],
    ['(牵头部门:市发改委;配合部门:市财政局)', ['市发改委', '市财政局'], ['市发改委']],
    ['【责任单位】市发改委、市财政局', ['市发改委', '市财政局'], []],
    ['〔责任单位：市发改委〕', ['市发改委'], []],
    ['（责任领导：张三；责任单位：市发改委）', ['市发改委'], []],
    ['(責任單位:市發改委、市財政局)', ['市發改委', '市財政局'], []],
    // the part after the bodies (national and provincial style)
    ['（市发改委牵头，市财政局、市工信局配合）', ['市发改委', '市财政局', '市工信局'], ['市发改委']],
    ['（市发改委、市财政局按职责分工负责）', ['市发改委', '市财政局'], []],
    ['（市发改委（牵头）、市财政局、市工信局）', ['市发改委', '市财政局', '市工信局'], ['市发改委']],
    // separators: comma, slash, semicolon, spaces around 、
    ['（市发改委，市财政局）', ['市发改委', '市财政局'], []],
    ['（市发改委/市财政局）', ['市发改委', '市财政局'], []],
    ['（市发改委 、市财政局）', ['市发改委', '市财政局'], []],
    // 主要责任单位 leads, as 主要责任部门 does (ANNOTATION round 42)
    ['（主要责任单位：市发改委；配合单位：市财政局）', ['市发改委', '市财政局'], ['市发改委']],
    // the part named after each list with 为 (…为牵头单位), or a bare part word before a colon (牵头：…)
    ['（市发改委为牵头单位，市财政局为配合单位）', ['市发改委', '市财政局'], ['市发改委']],
    ['（牵头：市发改委；配合：市财政局、市工信局）', ['市发改委', '市财政局', '市工信局'], ['市发改委']],
    // the adverb and 由 before the body are no part of its name
    ['（具体由市发改委负责落实）', ['市发改委'], []],
    ['（由市发改委负责）', ['市发改委'], []],
  ])('%s', (note, units, lead) => expect(noted(note)).toEqual([units, lead]));
});
