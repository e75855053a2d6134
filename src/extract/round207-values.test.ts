import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { ADDRESSEE_LEAD } from '../ingest/meta-words.js';
import { extractDocument } from './extract.js';
import { deadlinePairs, unitRows, valueTable } from './fixture-table.js';

// Round 207 (issue 9): addressees run into the first sentence on its line after a table's bars or by name, a past month opening a
// record of an act done, and a bare 万 sum of a fund before the bracket that points to its list.
const firstClause = (text: string) => documentsOfPlainText(text).flatMap((d) => extractDocument(d)).find((c) => c.amounts.length || c.deadlines.length)?.text;

describe('addressees leading the first sentence on its line are no part of it (addressee lead)', () => {
  it.each([
    // 浙江 鄞州 (zhejiang-yinzhou-jiayuanhurong2024.txt): after bars, the last addressee an office (办)
    ['|||各镇(街道)社会事务办、财审办:为推进我区家院互融养老服务事业发展,下拨2024年4月政府购买服务补助资金1197466元。', '为推进我区家院互融养老服务事业发展,下拨2024年4月政府购买服务补助资金1197466元。'],
    // 浙江 仙居 (zhejiang-xianju-renzhizhangai.txt): named homes, no 各, a sentence opening after the colon
    ['||||仙居县白塔安康养老院、仙居嘉园康复养老院:根据《实施方案》文件精神,经验收后可按每张床位一般1.5万元的标准给予补贴。', '根据《实施方案》文件精神,经验收后可按每张床位一般1.5万元的标准给予补贴。'],
    // 新疆 博州 (xinjiang-bozhou-gudingzichan2008.txt): a bar line above
    ['|\n各县市人民政府,阿拉山口口岸管委会,州人民政府各部门: 为完成全年目标,对完成任务的县市奖励10万元。', '为完成全年目标,对完成任务的县市奖励10万元。'],
  ])('%s', (text, want) => expect(firstClause(text)).toBe(want));
  it.each([
    // valid: a named body before its colon with no sentence opening after it is a label, not addressees
    ['市财政局:负责安排奖励资金10万元。'],
    ['责任单位:区经济信息委、区财政局'],
  ])('valid: %s', (s) => expect(ADDRESSEE_LEAD.test(s)).toBe(false));
});

describe('a month before the notice\'s own opening a record of an act done is no limit (past month record)', () => {
  it.each([
    // 新疆 博州 (xinjiang-bozhou-gudingzichan2008.txt)
    ['2008年2月,州人民政府与各县市人民政府、阿拉山口口岸管委会签订了《自治州2008年全社会固定资产投资目标管理责任书》。', '2008-06-01', []],
    // 江苏 南通 (jiangsu-nantong-lvxingshejiangbu.txt): 今年
    ['今年6月,我局下发了《关于对组团来通旅游的市区旅行社实施奖补的通知》(通文广旅发〔2022〕75号)。', '2022-11-01', []],
    // valid: a month after the notice's date, or with no act done, stays a limit
    ['2008年9月,完成了全部任务。', '2008-06-01', [['2008年9月', '2008-09']]],
    ['2008年2月,各县市上报投资计划。', '2008-01-01', [['2008年2月', '2008-02']]],
  ])('%s', (s, date, want) => expect(deadlinePairs(s, date)).toEqual(want));
});

describe('a bare 万 sum of a fund before the bracket pointing to its list is money (bare sum before its list)', () => {
  it('仙居 (zhejiang-xianju-renzhizhangai.txt)', () =>
    expect(valueTable('现下拨2022年认知障碍照护专区床位补助资金共59.805万(详见附件)。').amounts).toEqual([[598050, 'total']]));
  it('valid: a count before such a bracket is no money', () =>
    expect(valueTable('新增床位40张(详见附件)。').amounts).toEqual([]));
});

describe('a contact unit in brackets is no duty note (contact unit)', () => {
  it('烟台 (shandong-yantai-jichuyanglaojin2022.txt): (联系单位:…) after the signature names no unit of the measures above', () =>
    expect(unitRows('提高后的基础养老金原则上应于2022年10月底前发放到位。\n烟台市人力资源和社会保障局 烟台市财政局\n2022年9月19日\n(此件主动公开)\n(联系单位:市人力资源和社会保障局养老保险科)\n')).toEqual([]));
  it('valid: a labelled note after a measure stays a note', () =>
    expect(unitRows('一、加快新型基础设施建设\n1.推进IPv6规模部署和应用。(责任单位:市经信局、市科技局)\n')).toEqual([['市经信局', '市科技局']]));
});

describe('nights stayed and sites visited are counted quantities (nights and sites)', () => {
  it.each([
    // 新疆 博州 (xinjiang-bozhou-yinkerubo.txt), the conditions alone
    ['组织游客来博旅游,在博州行政区域内住宿1夜以上、游览2处以上收费景区的,给予奖励。', [['在博州行政区域内住宿', 1, null, '夜'], ['游览', 2, null, '处']]],
  ])('%s', (s, want) => expect(valueTable(s).thresholds).toEqual(want));
});
