import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';
import { valueRows } from './fixture-table.js';

// Classes from round 161 of the national development set (issue 9, fortieth session).
// Sentences are real, from the dev notice named in the comment.

describe('the applicant named right after a bound, no 的 between, makes the figure a condition (applicant after the bound)', () => {
  it('金普新区 (liaoning-jinpuxinqu-quanmiankaifang.txt): 2020年出口额5000万元人民币(含)以上企业, no grant word in the clause', () => {
    const v = extractValues('资金使用方向:2020年出口额5000万元人民币(含)以上企业,2020年度(时间:2020年1月1日零时-2020年12月31日24时)发生的银行贷款产生的利息。', '2022-04-25');
    expect(v.thresholds.map((t) => [t.min, t.unit])).toEqual([[5e7, '元']]);
    expect(v.amounts).toEqual([]);
    expect(v.deadlines.map((d) => d.date)).toEqual(['2020-12-31']);
  });
});

describe("a day opening its sentence, before the notice's own, on which an inspection was carried out is history (inspection day)", () => {
  it.each([
    // 利通 (ningxia-litong-rouniutisheng.txt), signed 2026-01-20
    ['2026年1月13日,我局组织专业技术人员对吴忠市利通区泽煜家庭牧场进行了最终验收。', '2026-01-20', []],
    // 西吉 (ningxia-xiji-sheshinongye2022.txt), signed 2022-06-07
    ['2022年4月11日,县农业农村局、财政局相关人员采用实地测量折算方式对西吉县绿发蔬菜种植专业合作社在偏城乡下堡村新建的日光温室行验收,共验收日光温室9栋。', '2022-06-07', []],
    // 枝江 (hubei-zhijiang-lengcangbaoxian.txt): a month so written, before the notice's own (sixty-eighth session)
    ['2023年1月,枝江市农业农村局组织验收专班,对项目进行实地验收,2家实施主体共新建2座机械高温冷库。', '2023-03-08', []],
    // valid: a day after the notice's, a plan's step, stays a time
    ['2026年6月30日,组织开展项目验收。', '2026-01-20', ['2026-06-30']],
  ] as [string, string, string[]][])('%s', (s, doc, want) => expect(extractValues(s, doc).deadlines.map((d) => d.date)).toEqual(want));
});

describe("a fund's sum for each thing it pays, or paid to the one recipient the text points to, is fixed (per-item fund)", () => {
  const roles = (s: string) => extractValues(s, '2026-01-20').amounts.map((a) => [a.yuan, a.role]);
  it.each([
    // 利通 (ningxia-litong-rouniutisheng.txt)
    ['下达我区2025年肉牛产业提质升级项目资金135万元,其中:支持我区新建肉牛规模养殖场2个,每个补助资金30万元。', [[1350000, 'total'], [300000, 'fixed']]],
    ['经验收,该牧场已完成所有土建内容并补栏肉牛500头,计划向其拨付剩余项目资金15万元。', [[150000, 'fixed']]],
    // 西吉 (ningxia-xiji-nongyechanye.txt), an older dev miss
    ['移民区新建存栏西门塔尔肉牛300头以上“出户入园”养殖园区3个,每个安排建设资金510万元;', [[5100000, 'fixed']]],
  ] as [string, unknown[][]][])('%s', (s, want) => expect(roles(s)).toEqual(want));
});

describe('a period named as the basis a grant is counted on is no limit (basis period)', () => {
  it('互助 (qinghai-huzhu-niuyangbutie.txt): 以2024年1月1日至10月31日为基准补贴', () => {
    expect(extractValues('以2024年1月1日至10月31日为基准补贴,一是5个农业农村部肉羊监测村和3个监测点的127个养羊场户的9445只羊;', '2025-05-19').deadlines).toEqual([]);
  });
  it('valid: a window an act falls in stays one (金普新区: 2020年度(时间:2020年1月1日零时-2020年12月31日24时)发生的…利息)', () => {
    expect(valueRows('2020年度(时间:2020年1月1日零时-2020年12月31日24时)发生的银行贷款产生的利息。').thresholds).toEqual([]);
  });
});

describe('the first of a pair of sums per unit, each for its own kind, the grant after the second (paired unit sums)', () => {
  it.each([
    // 互助 (qinghai-huzhu-niuyangbutie.txt)
    ['通过青海“牧运通”系统申报出栏牛羊,出栏牛按5元/头、羊2元/只发放奖励补助资金;', [[5, 'fixed'], [2, 'fixed']]],
    // 昌吉州 (xinjiang-changjizhou-gengdidili.txt), an older dev miss
    ['对所有合法的实际农业种植者(含农场职工)按照冬小麦220元/亩、春小麦115元/亩补贴标准应发尽发补贴', [[220, 'fixed'], [115, 'fixed']]],
  ] as [string, unknown[][]][])('%s', (s, want) => expect(extractValues(s, '2025-05-19').amounts.map((a) => [a.yuan, a.role])).toEqual(want));
});
