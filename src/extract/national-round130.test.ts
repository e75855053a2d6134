import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';
import { deadlinePairs } from './fixture-table.js';

// Classes from round 130 of the national development set (issue 9).
// Sentences are real, from the dev notice named in the comment; "form" marks one written from the class.

const money = (s: string, date = '2026-01-22') => {
  const v = extractValues(s, date);
  return { amounts: v.amounts.map((a) => [a.yuan, a.role]), thresholds: v.thresholds.map((t) => [t.min, t.max, t.unit]) };
};

describe('a figure that names a tier (…元档) is the tier’s name, no value (tier name)', () => {
  it.each([
    // 河源 (guangdong-heyuan-lvxingsheyinke.txt): the tier's label before its sentence, and a remark naming both tiers
    ['1、满150元—299元档:游客在河源市范围内每人消费满150元—299元,给予旅行社每人(游客)30元的补贴。', { amounts: [[30, 'fixed']], thresholds: [[150, 299, '元']] }],
    ['备注:同批次游客只能享受其中一个档次的补贴政策,如已享受满300元以上(含300元)档政策的,则不能再享受满150元—299元档的政策。', { amounts: [], thresholds: [] }],
    // forms: 万元, a lower tier written 以下
    ['营业收入5000万元以上档企业奖励10万元,1000万元以下档企业奖励2万元。', { amounts: [[100000, 'fixed'], [20000, 'fixed']], thresholds: [] }],
  ] as [string, unknown][])('%s', (s, want) => expect(money(s)).toEqual(want));
});

describe('a prize’s sum per head or item is money given (prize per unit)', () => {
  it.each([
    // 北京市 (beijing-beijingshi-kejijiangjin.txt)
    ['突出贡献中关村奖300万元/人,杰出青年中关村奖50万元/人,全部属获奖人个人所得;', { amounts: [[3000000, 'fixed'], [500000, 'fixed']], thresholds: [] }],
    ['自然科学奖、技术发明奖、科学技术进步奖特等奖100万元/项,一等奖50万元/项,二等奖20万元/项;', { amounts: [[1000000, 'fixed'], [500000, 'fixed'], [200000, 'fixed']], thresholds: [] }],
    // forms: a prize for contribution with no per-unit, 奖金 before the sum
    ['突出贡献奖300万元。', { amounts: [[3000000, 'fixed']], thresholds: [] }],
    ['优秀奖奖金2万元/人。', { amounts: [[20000, 'fixed']], thresholds: [] }],
    // valid: a contribution reached stays a target
    ['力争税收贡献300万元。', { amounts: [[3000000, 'target']], thresholds: [] }],
  ] as [string, unknown][])('%s', (s, want) => expect(money(s, '2020-07-22')).toEqual(want));
});

describe('the year or month a standard applies from is a deadline; a day a task is reported done is none (effective year, done day)', () => {
  it.each([
    // 北京市 (beijing-beijingshi-kejijiangjin.txt): the edition named between the year and 起
    ['调整后的北京市科学技术奖奖金标准自2019年度北京市科学技术奖起实施。', [['自2019年度北京市科学技术奖起实施', '2019']]],
    // forms: a year, a month, a round named
    ['本标准自2021年起执行。', [['自2021年起执行', '2021']]],
    ['本办法自2024年7月起施行。', [['自2024年7月起施行', '2024-07']]],
    ['本办法自2021年度项目申报起执行。', [['自2021年度项目申报起执行', '2021']]],
    // valid: a day in words stays that day (青海 dev)
    ['调整后的全省最低工资标准从二○一○年九月一日起执行。', [['二○一○年九月一日', '2010-09-01']]],
    // 怀柔 (beijing-huairou-zhizaoyetuichu.txt): a day a task is reported done on
    ['(一)2023年10月20日已完成对退出又恢复生产的5家企业的清退工作。', []],
    // forms: a comma between, another verb; valid: a limit stays
    ['2024年6月30日,已全部建成投用。', []],
    ['2024年6月30日前完成清退工作。', [['2024年6月30日前', '2024-06-30']]],
  ] as [string, [string, string][]][])('%s', (s, want) => expect(deadlinePairs(s, '2024-11-22')).toEqual(want));
});

describe('a heading naming who must meet the list below it opens a list of conditions (subject conditions)', () => {
  const thresholds = (text: string) =>
    documentsOfPlainText(text)
      .flatMap((d) => extractDocument(d))
      .filter((c) => c.thresholds.length)
      .map((c) => [c.text.slice(0, 12), c.thresholds.map((t) => [t.min, t.unit])]);
  it.each([
    // 河源 (guangdong-heyuan-lvxingsheyinke.txt)
    ['补贴方案\n(一)游客条件\n1、在河源市范围内酒店、民宿住宿1晚以上(含1晚)。\n2、行程中须包含入园1家以上河源市收费的A级旅游景区。\n', [
      ['在河源市范围内酒店、民宿', [[1, '晚']]],
      ['行程中须包含入园1家以上', [[1, '家']]],
    ]],
    // forms: 企业条件 under 一、, 申报主体条件
    ['奖励办法\n一、企业条件\n1.在本区注册满1年以上。\n2.从业人员50人以上。\n', [
      ['在本区注册满1年以上。', [[1, '年']]],
      ['从业人员50人以上。', [[50, '人']]],
    ]],
  ] as [string, unknown][])('%s', (text, want) => expect(thresholds(text)).toEqual(want));
});

describe('a condition the text cancels sets no threshold (cancelled condition)', () => {
  it.each([
    // 河源 (guangdong-heyuan-lvxingsheyinke.txt)
    ['调整后:取消提供报团费用每人300元以上(含300元)的发票作为补贴申请材料之一的必要条件,旅行社在申请补贴时,无需再提供报团费用发票复印件。', { amounts: [], thresholds: [] }],
    // forms: a bar a notice lifts; valid: a bound kept beside a cancelled limit
    ['取消注册资本500万元以上的准入门槛。', { amounts: [], thresholds: [] }],
    ['对年营业收入2000万元以上的企业给予奖励,取消原有的申报限制。', { amounts: [], thresholds: [[20000000, undefined, '元']] }],
  ] as [string, unknown][])('%s', (s, want) => expect(money(s)).toEqual(want));
});

describe('after tasks each closed by a duty line, the text’s last line of bodies cut short is the last task’s (cut duty line)', () => {
  // 潍坊 (shandong-weifang-zhengwugongkai.txt): tasks each closed by a line 市X局牵头落实; the excerpt ends inside the last row's unit cell,
  // 市发改委、市财政局、市人社局、市金融办、人民银
  it('the complete names are the last task’s units', () => {
    const text = readFileSync(new URL('../../eval/national/dev/shandong-weifang-zhengwugongkai.txt', import.meta.url), 'utf8');
    const clauses = documentsOfPlainText(text).flatMap((d) => extractDocument(d));
    const last = clauses[clauses.length - 1];
    expect([last.text.slice(0, 8), [...last.units]]).toEqual(['加强市内外舆情收', ['市发改委', '市财政局', '市人社局', '市金融办']]);
  });
});
