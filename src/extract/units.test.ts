import { describe, expect, it } from 'vitest';
import { findNotes, mergeUnits, subjectUnits } from './units.js';
import { fold as foldText } from '../ingest/clean.js';

const note = (text: string) => mergeUnits(...findNotes(text).map((n) => n.units));

describe('responsible units', () => {
  it('splits a 责任单位 note at 、 and ，', () => {
    expect(note('（责任单位：区经济信息委、区财政局，各区属国有公司）').units).toEqual(['区经济信息委', '区财政局', '各区属国有公司']);
  });
  it('keeps a name with inner brackets whole', () => {
    expect(note('（责任单位：区经济信息委、区财政局、工业园区管委会、东部新城（食品园区）管委会）').units).toEqual(['区经济信息委', '区财政局', '工业园区管委会', '东部新城（食品园区）管委会']);
  });
  it('drops a trailing 等', () => {
    expect(note('（责任单位：区经济信息委、区商务委、区财政局等）').units).toEqual(['区经济信息委', '区商务委', '区财政局']);
  });
  it('marks 牵头单位 as lead and merges 配合单位', () => {
    const u = note('（牵头单位：区科技局、区经济信息委；配合单位：区财政局、区市场监管局、区农业农村委、正阳工业园区管委会）');
    expect(u.lead).toEqual(['区科技局', '区经济信息委']);
    expect(u.units).toEqual(['区科技局', '区经济信息委', '区财政局', '区市场监管局', '区农业农村委', '正阳工业园区管委会']);
  });
  it('reads 牵头部门/责任部门 too', () => {
    const u = note('（牵头部门：区委办、区政府办；责任部门：各级各部门）');
    expect(u).toEqual({ units: ['区委办', '区政府办', '各级各部门'], lead: ['区委办', '区政府办'] });
  });
  it('closes a note opened with 〔 or closed with 〕 and drops an explanatory bracket (003 渝府办发)', () => {
    expect(note('〔责任单位：市经济信息委、市发展改革委、市招商投资局，各区县（自治县，含两江新区、重庆高新区、万盛经开区，以下统称区县）〕').units).toEqual(['市经济信息委', '市发展改革委', '市招商投资局', '各区县']);
  });
  it('reads a duty note without a label: （A牵头，B、C等按职责分工负责）', () => {
    const u = note('加快培育专精特新企业。（市发展改革委牵头，市经济信息委、市财政局等按职责分工负责）');
    expect(u).toEqual({ units: ['市发展改革委', '市经济信息委', '市财政局'], lead: ['市发展改革委'] });
    expect(note('（省工业和信息化厅负责）').units).toEqual(['省工业和信息化厅']);
  });
  it('leaves ordinary brackets alone', () => {
    expect(findNotes('对获得国家级、市级绿色制造体系（绿色工厂、绿色设计产品、绿色供应链管理）的企业')).toEqual([]);
    expect(findNotes('由企业自主负责（含技术改造）')).toEqual([]);
  });
  it('reads a bare note that ends a paragraph', () => {
    expect(note('鼓励企业积极申报创新产品目录，加快新产品推广应用。责任单位：区经济信息委、区财政局').units).toEqual(['区经济信息委', '区财政局']);
  });
  it('finds bodies named as the actor of a sentence', () => {
    const s = '区经济信息委做好指导服务工作，正阳工业园区管委会为企业和项目落地园区做好一站式服务，其他区级部门要做好审批和保障工作，各级各部门要充分认识推动制造业发展的重大意义';
    expect(subjectUnits(s).map((u) => u.name)).toEqual(['区经济信息委', '正阳工业园区管委会', '其他区级部门', '各级各部门']);
    expect(subjectUnits('成立黔江区制造强区建设领导小组，下设办公室在区经济信息委，负责制定任务分工方案')).toEqual([]);
  });
});

describe('duty words (dict/unit-labels.json duties)', () => {
  it.each([
    ['（市工信局、市财政局按职责分工负责）', ['市工信局', '市财政局'], []],
    ['（区发改局主责，区财政局协办）', ['区发改局', '区财政局'], ['区发改局']],
    ['（责任单位：县科技局、工信局按职责分工负责;各乡镇落实）', ['县科技局', '工信局', '各乡镇'], []],
    ['（责任单位：市商务局（牵头）、市财政局）', ['市商务局', '市财政局'], ['市商务局']],
  ])('%s', (text, units, lead) => expect(note(text)).toEqual({ units, lead }));
});

// Notes that carry other fields beside their bodies: a time limit (完成时限, 时间节点…) or an official (责任领导). The
// forms are written here from the task tables of other provinces' notices (their columns 牵头单位 / 责任单位 / 完成时限
// run into a bracket when a page is flattened); the field labels are data (dict/unit-labels.json timeFields, personFields).
describe('notes with a time limit or an official beside the bodies', () => {
  it.each([
    ['加快技改项目建设。（牵头单位：市工信局，完成时限：长期坚持）', ['市工信局'], ['市工信局']],
    ['加快技改项目建设。（责任单位：市工信局、市财政局；完成时限：2024年6月底前）', ['市工信局', '市财政局'], []],
    ['加快技改项目建设。责任单位：市发改委 完成时间：持续推进', ['市发改委'], []],
    ['加快技改项目建设。（市工信局牵头，市财政局配合；时间节点：2024年12月）', ['市工信局', '市财政局'], ['市工信局']],
    ['加快技改项目建设。【牵头单位：市工信局；责任单位：市财政局、各县区政府；完成时限：长期】', ['市工信局', '市财政局', '各县区政府'], ['市工信局']],
    ['加快技改项目建设。（牵头单位：市工信局 配合单位：市财政局 完成时限：2024年12月）', ['市工信局', '市财政局'], ['市工信局']],
    ['加快技改项目建设。(责任单位:市工信局,市财政局;完成时限:2024年底)', ['市工信局', '市财政局'], []],
    ['加快技改项目建设。（责任领导：张三；责任单位：市工信局）', ['市工信局'], []],
    ['加快技改项目建设。（完成时限：2024年底；责任单位：市工信局）', ['市工信局'], []],
    ['加快技改项目建设。（2024年底前完成，市工信局牵头）', ['市工信局'], ['市工信局']],
    ['加快技改项目建设。（長期堅持，市工信局牽頭，市財政局配合）', ['市工信局', '市财政局'], ['市工信局']],
  ])('%s', (text, units, lead) => expect(note(text.includes('長') ? foldText(text) : text)).toEqual({ units, lead }));
  it('a bracket of a date alone is no note', () => expect(note('（2024年起实施）').units).toEqual([]));
});

describe('duty notes in more shapes: compound duty words, 会同, labels in lenticular brackets', () => {
  it.each([
    ['加快发展。（市商务局、市财政局负责落实）', ['市商务局', '市财政局'], []],
    ['加快发展。（市工信局会同市财政局负责）', ['市工信局', '市财政局'], []],
    ['加快发展。【牵头单位】市工信局【配合单位】市财政局、市税务局', ['市工信局', '市财政局', '市税务局'], ['市工信局']],
    ['加快发展。（市科技局牵头负责）', ['市科技局'], ['市科技局']],
    ['加快发展。（市工信局牵头实施，市财政局配合）', ['市工信局', '市财政局'], ['市工信局']],
  ])('%s', (text, units, lead) => expect(note(text)).toEqual({ units, lead }));
});

describe('notes in unusual places and separators', () => {
  it.each([
    ['加快技改项目建设，推动设备更新。责任单位为市工信局、市财政局。', ['市工信局', '市财政局'], []],
    ['推进数字化改造，提升水平。（牵头单位为市工信局，配合单位为市财政局）', ['市工信局', '市财政局'], ['市工信局']],
    ['推进数字化改造，提升水平。由市工信局牵头，市财政局配合。', ['市工信局', '市财政局'], ['市工信局']],
    // a page that lost the space between two bodies, or wrote a slash
    ['支持企业上市。（责任单位：市金融局市财政局）', ['市金融局', '市财政局'], []],
    ['支持企业上市。(责任单位:市金融局/市财政局)', ['市金融局', '市财政局'], []],
    ['支持企业上市。（责任单位：市委宣传部市文旅局、区市场监管局、市政府国资委、县政府办公室）', ['市委宣传部', '市文旅局', '区市场监管局', '市政府国资委', '县政府办公室'], []],
  ])('%s', (text, units, lead) => expect(note(text)).toEqual({ units, lead }));
  it('a sentence naming actors is no note', () => expect(note('市场主体要加强管理。市场监管部门要加强监督。').units).toEqual([]));
});
