import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';

// A unit note in square brackets, then a bracket of its own saying which bodies every later item has ([以下各项工作均需各县(市、区)落实,
// 不再一一列出], round 238's guangdong-zhaoqing-weihuanjing2025.txt, 肇庆): the later items' standing bodies, as the same sentence inside
// the note gives them; it was read as a clause of its own naming none. And zones sharing a committee whose name carries its place in
// brackets (肇庆高新区、肇庆新区、粤桂试验区(肇庆)管委会) are one unit, as 金华开发区、金义都市新区、金华山旅游经济区管委会 is.
const units = (text: string) =>
  extractDocument(documentsOfPlainText(`关于进一步优化营商环境的若干举措\n\n${text}\n`)[0])
    .filter((c) => c.units.length)
    .map((c) => [c.text.slice(0, 10), c.units]);

describe('a standing sentence bracketed after a note gives the later items its bodies (standing bracket)', () => {
  it('肇庆: item 1 keeps its own list, item 2 gains the standing group', () => {
    expect(
      units(
        '一、政务服务领域\n1.构建企业全生命周期政务服务事项大编目。围绕开办企业、项目建设等关键环节,制定全市统一的实施规范及办事指南,并向社会公开。[市政务和数据局牵头,各县(市、区)政府,肇庆高新区、肇庆新区、粤桂试验区(肇庆)管委会和市各相关单位按职责分工负责,2025年11月底前完成][以下各项工作均需各县(市、区)落实,不再一一列出]\n2.创新人工智能+政务服务模式。在移动端与PC端同步上线AI政务服务助手“肇小I”。[市政务和数据局牵头,市各相关单位按职责分工负责]',
      ),
    ).toEqual([
      ['围绕开办企业、项目建', ['市政务和数据局', '各县(市、区)政府', '肇庆高新区、肇庆新区、粤桂试验区(肇庆)管委会', '市各相关单位']],
      ['在移动端与PC端同步', ['市政务和数据局', '市各相关单位', '各县(市、区)']],
    ]);
  });
  it('form: round brackets, 所有 opening the standing sentence', () => {
    expect(
      units('1.加快项目建设。推进重点项目开工。(市发展改革委牵头,市财政局配合)(所有措施均需各县区人民政府落实,不再单独列出)\n2.扩大有效投资。谋划储备一批项目。(市发展改革委负责)'),
    ).toEqual([
      ['推进重点项目开工。', ['市发展改革委', '市财政局']],
      ['谋划储备一批项目。', ['市发展改革委', '各县区人民政府']],
    ]);
  });
  it('a remark in a bracket after a note names no standing bodies', () => {
    expect(units('1.加快项目建设。推进重点项目开工。(市发展改革委牵头,市财政局配合)(2025年底前完成)\n2.扩大有效投资。谋划储备一批项目。(市发展改革委负责)')).toEqual([
      ['推进重点项目开工。', ['市发展改革委', '市财政局']],
      ['谋划储备一批项目。', ['市发展改革委']],
    ]);
  });
});
