import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';

// Round 36 of the national development set: eleven notices scored at the frozen build faf9542 before any rule for them (amounts
// 0.875, rates 0.963, thresholds 0.870, units 0.933, deadlines 0.750, region 9/11, issuer 4/5, date 5/5). The classes of their
// misses, each with the dev sentence that showed it (file named) and forms written from the class.
const v = (s: string) => {
  const x = extractValues(s, '2023-03-28');
  return [x.amounts.map((a) => [a.yuan, a.role]), x.rates.map((r) => r.value), x.thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]), x.deadlines.map((d) => d.raw)];
};
const clauses = (text: string) =>
  documentsOfPlainText(text)
    .flatMap((d) => extractDocument(d))
    .map((c) => [c.text, c.units, c.deadlines.map((d) => d.date ?? d.kind)]);

describe('a list of sizes before the things it counts: each size a threshold (江门, guangdong-jiangmen-zhizaoye.txt)', () => {
  it.each([
    ['产值超10亿元、50亿元、100亿元工业企业分别达到100家、15家、8家。', [[], [], [[1000000000, null, '元'], [5000000000, null, '元'], [10000000000, null, '元']], []]],
    // (forms: two sizes, and sizes joined by 和)
    ['营业收入超5亿元、10亿元企业分别达到20家、10家。', [[], [], [[500000000, null, '元'], [1000000000, null, '元']], []]],
  ] as [string, unknown[]][])('%s', (s, want) => expect(v(s)).toEqual(want));
});

describe('a support verb with a floor before a sum and the grant named after it: money given (武汉, hubei-wuhan-xinchengqu.txt)', () => {
  it.each([
    ['国家级都市田园综合体试点项目,市级支持不低于5000万元奖补资金。', [[[50000000, 'fixed']], [], [], []]],
    ['对认定的示范项目,给予不少于20万元的奖励。', [[[200000, 'fixed']], [], [], []]],
    // (a floor on what the applicant invests stays a condition)
    ['对研发投入不低于500万元的企业给予奖励。', [[], [], [[5000000, null, '元']], []]],
  ] as [string, unknown[]][])('%s', (s, want) => expect(v(s)).toEqual(want));
});

describe('a factor a figure is counted at, in a clause that grants nothing, is no rate (筠连, sichuan-junlian-touzizhengce.txt)', () => {
  it.each([
    ['如企业以旧设备投入的,统一按重置市场价的 50%计算。', []],
    ['土地作价按评估价的70%折算。', []],
    // (a share paid stays a rate; so does a relief)
    ['按销售额的3%计算给予奖励。', [0.03]],
    ['小微企业减按25%计入应纳税所得额。', [0.25]],
  ] as [string, number[]][])('%s', (s, want) => expect(v(s)[1]).toEqual(want));
});

describe('a share below a bound that closes with 的 is a condition, 奖励 naming a sum (梁溪, jiangsu-liangxi-shenhuachanye.txt)', () => {
  it.each([
    ['对于获得省、市级“支持企业升级改造”扶持资金的项目,上级奖励金额低于7%的,由区级补足7%。', [[], [0.07], [[null, 0.07, '%']], []]],
    // 连续3年 before a bounded figure is the period measured; 3年内 before the grant is its span
    ['对新引进都市型工业企业,连续3年亩均社会贡献产出80万元以上、租赁厂房每千平方米社会贡献产出80万元以上的,3年内给予最高100万元奖励。', [[[1000000, 'cap']], [], [[800000, null, '元'], [800000, null, '元']], ['3年内']]],
    ['对连续两年营业收入增长达到20%以上的企业给予奖励。', [[], [], [[0.2, null, '%']], []]],
    // (a span the grant runs stays one)
    ['连续3年给予每年50万元奖励。', [[[500000, 'fixed']], [], [], ['连续3年']]],
  ] as [string, unknown[]][])('%s', (s, want) => expect(v(s)).toEqual(want));
});

describe('notes of task lists (梁溪, 永康)', () => {
  it('a note may open with the measure’s kind before its label (jiangsu-liangxi-shenhuachanye.txt)', () => {
    const text = '1.支持企业升级改造\n——(1)对于获得省级扶持资金的项目,由区级补足7%。(核准类,牵头责任部门:工业和信息化局)\n——(2)对新引进的重大产业项目,3年内给予最高500万元奖励。(核准类+审计,牵头责任部门:发展改革委)\n';
    expect(clauses(text).map((c) => c[1])).toEqual([['工业和信息化局'], ['发展改革委']]);
    // (an item's number after a dash, ——(1), is its marker, no part of the clause)
    expect(clauses(text).map((c) => c[0])).toEqual(['对于获得省级扶持资金的项目,由区级补足7%。', '对新引进的重大产业项目,3年内给予最高500万元奖励。']);
  });
  it('a leader’s field before the labels on the same line; a name of its own before a bare department is a body of its own (zhejiang-yongkang-zhongdianrenwu.txt)', () => {
    const text =
      '一、突出工业转型升级\n1.推进总部中心、会展中心建设。\n责任领导:按《市委工作要点》分工(蒋永根、俞福才);责任单位:总部办、经济开发区、五金城、科技局;配合单位:经贸局、东城街道。\n2.加大招商引资力度,引进一批合资合作项目。\n责任领导:吴晓平;责任单位:外贸局、发改局;配合单位:相关镇街区,有关部门。\n';
    expect(clauses(text).map((c) => [c[0], c[1]])).toEqual([
      ['推进总部中心、会展中心建设。', ['总部办', '经济开发区', '五金城', '科技局', '经贸局', '东城街道']],
      ['加大招商引资力度,引进一批合资合作项目。', ['外贸局', '发改局', '相关镇街区', '有关部门']],
    ]);
  });
  it('places sharing the body named after them stay one (有关市、区政府)', () => {
    const text = '1.制定园区投资项目“零收费”实施细则。(牵头单位:市行政服务中心;配合单位:市财政局,有关市、区政府)\n';
    expect(clauses(text)[0][1]).toEqual(['市行政服务中心', '市财政局', '有关市、区政府']);
  });
});

describe('an item’s heading on the line of its first target sets their year (金华, zhejiang-jinhua-zerenfenjie.txt)', () => {
  it.each([
    ['1.全面完成2018年全市经济社会发展预期目标。其中,地区生产总值增长7%左右,城乡居民收入、财政收入增长与经济增长同步。\n牵头单位:市发改委\n', ['2018']],
    // (a heading of work sets none, as on a line of its own)
    ['1.2018年重点工作。推进政府治理数字化转型,建设政务服务网。\n牵头单位:市发改委\n', []],
  ])('%s', (text, want) => expect(clauses(`2018年政府工作报告重点工作责任分解\n一、重点工作\n${text}`).flatMap((c) => c[2])).toEqual(want));
});
