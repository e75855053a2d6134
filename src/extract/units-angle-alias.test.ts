import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments } from './extract.js';

// Round 184 (issue 9): unit notes. Half-width angle brackets set inside a body's name as its inner brackets (各县级市<区>人民政府<管委会>,
// 苏州) broke the note and the standing tail (以下均需…落实,不再列出) it carries; a body in brackets right after another body's name is the
// office's seat or other name (报省旅游产业发展领导小组办公室(省旅游发展委)。, 云南省), no note.
const clauses = (text: string) => extractDocuments(documentsOfPlainText(text)).flat();
const unitsOf = (text: string, at: string) => clauses(text).find((c) => c.text.includes(at))?.units;

describe('angle brackets inside a body\'s name, and a body\'s other name in brackets (angle and alias)', () => {
  // 苏州 (jiangsu-suzhou-pinzhisuzhou.txt)
  const suzhou = '一、强化质量支撑\n(一)深入推进质量强企强链强县。开展制造业企业质量管理能力评价,新增检验级以上企业3家。(市市场监管局、市工信局,各县级市<区>人民政府<管委会>按职责分工负责;以下均需各县级市<区>人民政府<管委会>落实,不再列出)\n(二)增加优质产品供给。加快消费品质量标准迭代升级,鼓励企业提高研发设计与生产质量。(市市场监管局、市工信局、市农业农村局按职责分工负责)';
  it('苏州: the note with angle brackets, as written', () => {
    expect(unitsOf(suzhou, '质量管理能力评价')).toEqual(['市市场监管局', '市工信局', '各县级市<区>人民政府<管委会>']);
  });
  it('苏州: the standing body in the next note, as written', () => {
    expect(unitsOf(suzhou, '迭代升级')).toEqual(['市市场监管局', '市工信局', '市农业农村局', '各县级市<区>人民政府<管委会>']);
  });
  it('云南省 (yunnan-yunnansheng-lvyouzhuanxing.txt): an office\'s other name in brackets is no note', () => {
    expect(unitsOf('各州、市人民政府和各牵头负责单位,要根据重点任务,制定实施方案,于2017年7月30日前报省旅游产业发展领导小组办公室(省旅游发展委)。省政府督查室要加强督查。', '实施方案')).toEqual([]);
  });
  it('valid: a bracket of bodies closing a task sentence is still a note', () => {
    expect(unitsOf('(三)推进服务升级。开展质量提升行动(市商务局、市文旅局)。', '质量提升行动')).toEqual(['市商务局', '市文旅局']);
  });
});
