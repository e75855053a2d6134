import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';
import { deadlinePairs } from './fixture-table.js';
import { devText as dev } from '../dev-notices.js';

// Classes from round 105 of the national development set (issue 9). Sentences are real, from the dev notice named in the comment;
// "form" marks one written from the class.
const clausesOf = (text: string) => documentsOfPlainText(text).flatMap((d) => extractDocument(d));

describe('the weights of an allocation’s factors are no rates, the weights word after the list too (factor weights)', () => {
  const rates = (sentence: string) => extractValues(sentence, '2017-06-01').rates.map((r) => r.value);
  it.each([
    // 驻马店 (henan-zhumadian-anfangzijin.txt)
    ['由市农村公路管理处按照各县区农村公路总里程规模30%、国土面积公里/百平方公里公路密度30%、年度脱贫贫困村通达情况40%的权重进行分配。', []],
    // form: the weights word before the list, as before
    ['因素和权重为:相关人群数量及结构30%、相关人群收入30%、政策因素40%。', []],
    // form: a share paid stays a rate
    ['按项目投资额的30%给予补助。', [0.3]],
  ])('%s', (sentence, want) => {
    expect(rates(sentence)).toEqual(want);
  });
});

describe('the level a sum is raised from is no amount, with 由 as with 从 (raised from)', () => {
  const amounts = (sentence: string) => extractValues(sentence, '2025-06-13').amounts.map((a) => [a.yuan, a.role]);
  it.each([
    // 四川省 (sichuan-sichuansheng-chuangyedanbao.txt)
    [
      '对2025年4月1日至2027年12月31日期间新发放的创业担保贷款,个人申请额度由30万元提高至50万元、小微企业申请额度由400万元提高至600万元。',
      [[500000, 'target'], [6000000, 'target']],
    ],
    // form: 从 as before
    ['补贴标准从每人每年2100元提高到每人每年2200元。', [[2200, 'target']]],
    // form: 由 naming a source, no raise after it, keeps its sum
    ['由市财政安排资金500万元。', [[5000000, 'total']]],
  ])('%s', (sentence, want) => {
    expect(amounts(sentence)).toEqual(want);
  });
});

describe('the parts of a base a share is paid on, listed with a shared 的部分 and a payer before the grant, are no thresholds (paid part)', () => {
  const values = (sentence: string) => {
    const v = extractValues(sentence, '2025-06-13');
    return { thresholds: v.thresholds.map((t) => [t.min, t.max]), rates: v.rates.map((r) => r.value) };
  };
  it.each([
    // 四川省 (sichuan-sichuansheng-chuangyedanbao.txt)
    [
      '对个人创业担保贷款30万元以下、小微企业创业担保贷款400万元以下的部分,财政部门给予贷款实际利率50%的财政贴息',
      { thresholds: [], rates: [0.5] },
    ],
    // form: a condition on the applicant with 以下 and no 的部分 stays one
    ['对贷款余额30万元以下的个人,给予贷款实际利率50%的财政贴息', { thresholds: [[undefined, 300000]], rates: [0.5] }],
  ])('%s', (sentence, want) => {
    expect(values(sentence)).toEqual(want);
  });
});

describe('a payout over counted recipients at a sum each is their total (payout sum)', () => {
  const amounts = (sentence: string) => extractValues(sentence, '2024-02-08').amounts.map((a) => [a.yuan, a.role]);
  it.each([
    // 银川 (ningxia-yinchuan-yicunyishi.txt)
    ['一等奖:永宁县,奖补8个行政村,每个村奖补10万元,共兑现奖补资金80万元。', [[100000, 'fixed'], [800000, 'total']]],
    ['三等奖:西夏区、兴庆区,各奖补5个行政村,每个村奖补10万元,分别兑现奖补资金50万元。', [[100000, 'fixed'], [500000, 'total']]],
    // form: a second grant with no sum each before it stays a grant
    ['对新认定的企业奖励10万元,另兑现奖补资金5万元。', [[100000, 'fixed'], [50000, 'fixed']]],
  ])('%s', (sentence, want) => {
    expect(amounts(sentence)).toEqual(want);
  });
});

describe('bounds whose inclusive mark repeats the figure, and a bounded share of a base closed by 的, are conditions (inclusive mark, share condition)', () => {
  const thresholds = (sentence: string) => extractValues(sentence, '2024-12-26').thresholds.map((t) => [t.min, t.max, t.unit]);
  const rates = (sentence: string) => extractValues(sentence, '2024-12-26').rates.map((r) => r.value);
  it.each([
    // 那曲 (xizang-naqu-wengangfanhuan.txt)
    ['在我市参加失业保险并足额缴纳失业保险费12个月(含12个月)以上的企业上年度不裁员', [[12, undefined, '个月']]],
    ['30人(含)以下的企业,裁员率不超过参保职工总数的20%的,可以申请失业保险稳岗返还', [[undefined, 30, '人'], [undefined, 0.2, '%']]],
    // form: the mark with the sum in it, money
    ['年网络线上销售额达到500万元以上(含500万元)的电子商务企业给予奖励', [[5000000, undefined, '元']]],
  ])('%s', (sentence, want) => {
    expect(thresholds(sentence)).toEqual(want);
  });
  it('form: a grant that is a share of a total stays a rate', () => {
    expect(rates('按不超过项目总投资的20%的比例给予补助')).toEqual([0.2]);
  });
});

describe('a fund allotted with its year and its sum sets the year, a batch named or the sentence opening on the year (allotted fund)', () => {
  it.each([
    // 和田市 (xinjiang-hetianshi-yigongdaizhen.txt)
    ['2020年中央预算内以工代赈示范资金494万元,计划实施1个项目,主要用于农田水利建设,具体如下:', '2020-03-30', [['2020年', '2020']]],
    // 平顶山 (henan-pingdingshan-xianjiezijin.txt)
    ['2022年第三批市级财政衔接推进乡村振兴补助资金(巩固脱贫攻坚成果和乡村振兴任务)2960万元(平财预〔2022〕376号)。', '2022-07-29', [['2022年', '2022']]],
    // 驻马店 (henan-zhumadian-anfangzijin.txt), shortened
    ['下达我市2017年第一批县乡道安防、第一批村道安防及第二批农村公路安防工程等项目切块省补助资金9379.5万元。', '2017-06-01', [['2017年', '2017']]],
    // form: a batch's call names the round, no deadline
    ['现开展2023年第一批专精特新企业申报工作。', '2023-03-01', []],
    // form: a record of money spent in the year is none
    ['2019年全县投入扶贫资金5000万元。', '2020-03-01', []],
  ])('%s', (sentence, date, want) => {
    expect(deadlinePairs(sentence, date)).toEqual(want);
  });
});

describe('sums passed down to a place, paid to counted recipients, or a fund’s size capped, are totals (allotment roles)', () => {
  const amounts = (sentence: string) => extractValues(sentence, '2020-05-13').amounts.map((a) => [a.yuan, a.role]);
  it.each([
    // 达州 (sichuan-dazhou-jiaotongfupin.txt): the place's name opening with 达 is no reach verb
    ['下达宣汉县交通精准扶贫普通省道3800万元;', [[38000000, 'total']]],
    ['下达达川区农村公路桥梁36万元。', [[360000, 'total']]],
    // 那曲 (xizang-naqu-wengangfanhuan.txt)
    ['经审核对符合兑现条件的那曲市纳木措地毯实业有限责任公司和班戈县达飛商贸有限责任公司等12家企业返还稳岗资金160111.22元进行公示。', [[160111.22, 'total']]],
    // 阿拉尔 (xinjiang-alaer-dianzishangwu.txt), traditional
    ['電子商務獎勵和支持資金規模每年不超過200萬元,由師市商務局按程序申報項目預算', [[2000000, 'total']]],
    // form: a grant to a place's firm stays a grant
    ['对落户宣汉县的企业给予奖励50万元。', [[500000, 'fixed']]],
    // form: a ceiling on each grant stays a cap
    ['单个项目补助每年不超过200万元。', [[2000000, 'cap']]],
  ])('%s', (sentence, want) => {
    expect(amounts(sentence)).toEqual(want);
  });
});

describe('a bar-drawn row whose money column writes its own unit gives its sum (sum cell)', () => {
  it('北关 (henan-beiguan-fupinzijin.txt): 投资 规模 | … | 20万元 |', () => {
    const rows = clausesOf(dev('henan-beiguan-fupinzijin.txt')).filter((c) => c.units.length);
    expect(rows.map((c) => [c.amounts.map((a) => [a.yuan, a.role]), c.units])).toEqual([
      [[[200000, 'fixed']], ['彰北办事处']],
      [[[200000, 'fixed']], ['彰北办事处']],
      [[[735000, 'fixed']], ['柏庄镇']],
    ]);
  });
  it('form: a sum cell under a column not named for money gives none', () => {
    const text = '关于分配扶贫资金的公示\n序号|项目名称|建设内容|备注|责任单位|\n1|人行道地面硬化项目|拆除地面596平方米。|20万元|彰北办事处|\n';
    expect(clausesOf(text).flatMap((c) => c.amounts)).toEqual([]);
  });
});
