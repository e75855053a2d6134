import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';
import { devText as dev } from '../dev-notices.js';

// Classes from round 107 of the national development set (issue 9). Sentences are real, from the dev notice named in the comment;
// "form" marks one written from the class.
const clausesOf = (text: string) => documentsOfPlainText(text).flatMap((d) => extractDocument(d));

describe('tiers of a base paid in steps name parts of the base, no condition and no sum (paid part, far)', () => {
  const values = (sentence: string) => {
    const v = extractValues(sentence, '2007-04-29');
    return { amounts: v.amounts.map((a) => a.yuan), thresholds: v.thresholds.map((t) => [t.min, t.max]), rates: v.rates.map((r) => r.value) };
  };
  it.each([
    // 北蔡镇 (shanghai-beicaizhen-caizhengfuchi.txt)
    ['实现税收100万元或镇得财力15万元以内部分,补贴40%;', { amounts: [], thresholds: [], rates: [0.4] }],
    ['实现税收100万元以上300万元以内或镇得财力15万元以上40万元以内部分,补贴50%;', { amounts: [], thresholds: [], rates: [0.5] }],
    ['新希望综合基地楼宇经济项目,以新希望基地为单位,超过核定的镇得财力基数(每个单位不低于2万)部分补贴80%,单例扶持企业补贴在80%中扣除。', { amounts: [], thresholds: [], rates: [0.8] }],
    ['镇资产管理公司名下的全资、合资、房屋租赁引进的企业,以镇资产管理公司为结算单位,以2006年实现镇得财力为基数,对增量部分给予镇资产公司补贴75%(单例扶持企业补贴在75%中扣除)。', { amounts: [], thresholds: [], rates: [0.75] }],
    // form: an applicant's floor before 的 stays a condition
    ['对年营收1亿元以上的企业超过部分给予奖励', { amounts: [], thresholds: [[100000000, undefined]], rates: [] }],
    // 慈溪 (zhejiang-cixi-chanyezhengce.txt): the part below a step that earns nothing names no paid part of the reward before it
    ['按其较上年度营收增量部分给予奖励,每增100万元最高奖励500元(不足100万元部分不予奖励),总额不超过30万元。', { amounts: [500, 300000], thresholds: [[1000000, undefined]], rates: [] }],
  ])('%s', (sentence, want) => {
    expect(values(sentence)).toEqual(want);
  });
});

describe('deadlines: a cohort counted before its act, a fund named in quotes, a budget classification’s year, a fund handed to the addressees (cohort, named funds)', () => {
  const deadlines = (sentence: string, date?: string) => extractValues(sentence, date).deadlines.map((d) => [d.raw, d.date ?? d.kind]);
  it.each([
    // 衢州 (zhejiang-quzhou-dashangmao.txt), traditional
    ['2019年度市本級3家單位首次獲得市場轉型升級獎勵,財政獎勵共計170萬元,其中市財政承擔119萬元,柯城區財政承擔51萬元。', '2020-04-13', [['2019年度', '2019']]],
    // 海口 (hainan-haikou-gaoqigaozhiliang.txt)
    ['申请首次认定奖励的企业应为2024年度首次通过高企认定的企业。', '2025-12-10', [['2024年度', '2024']]],
    // 青浦 (shanghai-qingpu-minyonghangkong.txt)
    ['经青浦区产业发展协调推进办公室2020年第8次会议审议通过,下达民用航空项目扶持资金183.58万元,在2020年“优先发展先进制造业—产业发展—战略性新兴产业”专项资金中列支。', '2020-10-22', []],
    // 江苏省 (jiangsu-jiangsusheng-jitijingji.txt)
    ['现将2023年发展新型农村集体经济中央资金下达给你们(详见附件)。', '2023-05-23', []],
    ['该项指标收入列2023年政府收支分类科目“1100231巩固脱贫攻坚成果衔接乡村振兴转移支付收入”。', '2023-05-23', []],
    // 惠州 (guangdong-huizhou-xiaoshenggui.txt): a project's fund with its sum handed down
    ['现将2023年“小升规”市级资金项目1992万元奖励安排计划下达给“四个区”,并就有关事项通知如下:', '2023-05-10', [['2023年', '2023']]],
    // form: the sum with it keeps a handed-down fund's year
    ['现将2023年发展新型农村集体经济中央资金16170万元下达给你们。', '2023-05-23', [['2023年', '2023']]],
  ])('%s', (sentence, date, want) => {
    expect(deadlines(sentence, date)).toEqual(want);
  });
});

describe('amounts: 下达 reaches nothing, sums passed down this round or by a fund with 共 are totals (allotment roles)', () => {
  const values = (sentence: string) => {
    const v = extractValues(sentence, '2023-05-23');
    return { amounts: v.amounts.map((a) => [a.yuan, a.role]), thresholds: v.thresholds.map((t) => t.min) };
  };
  it.each([
    // 江苏省 (jiangsu-jiangsusheng-jitijingji.txt)
    ['此次下达16170万元,支持村数为539个,每村30万元。', { amounts: [[161700000, 'total'], [300000, 'fixed']], thresholds: [] }],
    // 恩平 (guangdong-enping-laoqufazhan.txt)
    ['下达我市2025年市级衔接推进乡村振兴工作资金(扶持江门市革命老区发展和农户发展生产项目)共86.654万元。', { amounts: [[866540, 'total']], thresholds: [] }],
    // 惠州 (guangdong-huizhou-xiaoshenggui.txt)
    ['具体见市级专项资金奖励安排计划(其中惠城区97家分配388万元,大亚湾区19家分配76万元,仲恺区155家分配620万元)', { amounts: [[3880000, 'total'], [760000, 'total'], [6200000, 'total']], thresholds: [] }],
    // form: a reach word still bounds
    ['年营业收入达1000万元的企业给予奖励5万元。', { amounts: [[50000, 'fixed']], thresholds: [10000000] }],
  ])('%s', (sentence, want) => {
    expect(values(sentence)).toEqual(want);
  });
});

describe('a short title closed by its duty note, its first sentence run on after it, gives the note to its section (run-on noted heading)', () => {
  const units = (text: string) => clausesOf(text).map((c) => [c.text, c.units]);
  it('兰溪 (zhejiang-lanxi-gaozhiliang.txt), shortened', () => {
    const text = '蘭溪市關于推動經濟高質量發展的若干政策\n一、擴大有效投資政策(由市發改局牽頭實施)全力推進擴大有效投資“十百千萬”工程,帶動固定資產投資增長15%以上。\n1.加強資金要素保障。全力做好中央預算內項目儲備和申報,當年爭取的中央資金使用率達65%以上。\n';
    expect(units(text)).toEqual([
      ['全力推進擴大有效投資“十百千萬”工程,帶動固定資產投資增長15%以上。', ['市發改局']],
      ['全力做好中央預算內項目儲備和申報,當年爭取的中央資金使用率達65%以上。', ['市發改局']],
    ]);
  });
  it('form: a heading whose note comes after a sentence keeps the note on that sentence only', () => {
    const text = '若干政策\n一、扩大有效投资。全力推进重大项目建设(由市发改局牵头实施)\n二、科技创新\n支持研发。\n';
    expect(units(text).filter(([, u]) => (u as string[]).length)).toEqual([['全力推进重大项目建设', ['市发改局']]]);
  });
});

describe('a table whose cells spaces part on the page, a row a line, gives each row its sum (spaced table)', () => {
  it('东莞 (guangdong-dongguan-danxiangguanjun.txt)', () => {
    const rows = clausesOf(dev('guangdong-dongguan-danxiangguanjun.txt')).filter((c) => /^\d[\u4e00-\u9fff]/.test(c.text));
    expect(rows.map((c) => [c.text, c.amounts.map((a) => [a.yuan, a.role])])).toEqual([
      ['1东莞市宇瞳光学科技股份有限公司长安示范企业120', [[1200000, 'fixed']]],
      ['2东莞市凯格精机股份有限公司东城示范企业120', [[1200000, 'fixed']]],
      ['3德丰电创科技股份有限公司洪梅冠军产品120', [[1200000, 'fixed']]],
      ['4东莞宜安科技股份有限公司清溪冠军产品120', [[1200000, 'fixed']]],
    ]);
  });
  it('form: a header with no money column’s unit reads no sums', () => {
    const text = '关于公布名单的通知\n序号 企业名称 镇街 类别 金额\n1 某某科技有限公司 长安 示范企业 120\n2 某某精机有限公司 东城 示范企业 120\n';
    expect(clausesOf(text).flatMap((c) => c.amounts)).toEqual([]);
  });
});
