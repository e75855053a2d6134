import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Classes from round 117 of the national development set (issue 9). Sentences are real, from the dev notice named in the comment;
// "form" marks one written from the class.

const thresholds = (sentence: string) => extractValues(sentence, '2015-01-21').thresholds.map((t) => [t.min, t.max ?? undefined, t.unit]);
const amounts = (sentence: string) => extractValues(sentence, '2015-01-21').amounts.map((a) => [a.yuan, a.role]);

describe('人民币 between a bound word and its figure, and a step whose measure stands after 每增加 (currency word, step measure)', () => {
  it.each([
    // 永德 (yunnan-yongde-yishangzhaoshang.txt)
    [
      '符合国家产业政策、在我县注册登记企业年内实现地方公共财政预算收入达人民币50万元的,给予奖励人民币2万元,每增加地方公共财政预算收入人民币50万元,加奖人民币2万元;',
      [[500000, undefined, '元'], [500000, undefined, '元']],
    ],
    ['引进外资折合人民币2000万元的,按引资额2‰给予奖励,每增加外资折合人民币2000万元的,按引资额2‰追加奖励。', [[20000000, undefined, '元'], [20000000, undefined, '元']]],
    // forms: the measure between 每新增 and the figure; a currency word before a floor
    ['每新增外贸进出口额1亿元,奖励10万元。', [[100000000, undefined, '元']]],
    ['实际到资人民币5000万元以上的项目给予奖励。', [[50000000, undefined, '元']]],
    // forms: the grant after a step counted in words is no step in money (成都 双流: the 百亿 step and the floor, not 100万元; the
    // point of growth, not 0.5万元)
    ['年度营收达到100亿元后,每跨越一个百亿台阶再给予100万元奖励。', [[10000000000, undefined, '元'], [10000000000, undefined, '元']]],
    ['在此基础上,增速每增加一个百分点追加0.5万元奖励。', [[0.01, undefined, '%']]],
  ])('%s', (sentence, want) => {
    expect(thresholds(sentence)).toEqual(want);
  });

  it('the grants beside them stay amounts, the figures reached are no amounts', () => {
    expect(amounts('符合国家产业政策、在我县注册登记企业年内实现地方公共财政预算收入达人民币50万元的,给予奖励人民币2万元,每增加地方公共财政预算收入人民币50万元,加奖人民币2万元;')).toEqual([
      [20000, 'fixed'],
      [20000, 'fixed'],
    ]);
  });
});

describe('the first tier of a step reward, reached with no bound word, is a floor (step base tier)', () => {
  it.each([
    // 永德 (yunnan-yongde-yishangzhaoshang.txt)
    ['企业当年完成固定资产投资2000万元人民币的,给予奖励人民币2万元,每增加固定资产投资2000万元人民币,加奖人民币2万元;', [[20000000, undefined, '元'], [20000000, undefined, '元']]],
    // form: the same shape without the currency word
    ['年纳税达到50万元的奖励1万元,每增加50万元再奖励1万元。', [[500000, undefined, '元'], [500000, undefined, '元']]],
    // form: a bare figure with no step after it is left alone (no bound word: none, ANNOTATION round 238's grades)
    ['企业当年完成固定资产投资2000万元的,给予奖励2万元。', []],
  ])('%s', (sentence, want) => {
    expect(thresholds(sentence)).toEqual(want);
  });
});

describe('a bar moved from one level to another is the new level, the old one no value (moved bar)', () => {
  it.each([
    // 东莞 (guangdong-dongguan-huiqifuchi.txt)
    [
      '降低企业在海外自建市场拓展中心、进出口集货中心的资助门槛,单个中心面积从不少于1500平方米下调至1000平方米,年发货量从不少于10万票下调至5万票。',
      [[1000, undefined, '平方米'], [50000, undefined, '票']],
    ],
    // forms: a money bar the sentence names as such; the new level with its own bound word
    ['将申报门槛由年营业收入2000万元降低至1000万元。', [[10000000, undefined, '元']]],
    ['注册资本从不低于1000万元下调至500万元。', [[5000000, undefined, '元']]],
    ['将认定标准中的从业人员由不少于50人调整为不少于30人。', [[30, undefined, '人']]],
    // forms: a level moved with no bar named stays a level, not a threshold (锦州's wage, 肇庆's standard)
    ['最低工资标准由750元调整为900元。', []],
    ['补贴标准从每人每年2100元提高到每人每年2200元。', []],
  ])('%s', (sentence, want) => {
    expect(thresholds(sentence)).toEqual(want);
  });

  it('the old money level is no amount', () => {
    expect(amounts('将申报门槛由年营业收入2000万元降低至1000万元。')).toEqual([]);
  });
});

describe('年内 before what an applicant must reach in it is the period measured, no deadline (measured 年内)', () => {
  const deadlines = (sentence: string) => extractValues(sentence, '2015-01-21').deadlines.map((d) => d.raw);
  it.each([
    // 永德 (yunnan-yongde-yishangzhaoshang.txt)
    ['符合国家产业政策、在我县注册登记企业年内实现地方公共财政预算收入达人民币50万元的,给予奖励人民币2万元;', []],
    // forms: 年内 that sets a task stays a deadline
    ['确保年内实现地区生产总值增长8%以上。', ['年内']],
    ['年内完成投资5000万元以上。', ['年内']],
  ])('%s', (sentence, want) => {
    expect(deadlines(sentence)).toEqual(want);
  });
});

describe('a share the applicant must reach, the grant after a comma paid by a standard (bounded share before a standard grant)', () => {
  const values = (sentence: string) => {
    const v = extractValues(sentence, '2024-05-01');
    return { thresholds: v.thresholds.map((t) => [t.metric, t.min, t.unit]), rates: v.rates.map((r) => [r.value, r.role]) };
  };
  it.each([
    // 策勒 (xinjiang-cele-linguoye.txt)
    ['重点支持采取高接换头、补齐缺株等措施进行品种统一和更新改良,对核桃、苹果、杏、鲜食葡萄、鲜食枣、新梅、杏李、樱桃、桃等进行新品种推广,成活率要达到90%以上,按照每亩不超过400元的标准给予一次性补助。', { thresholds: [['成活率', 0.9, '%']], rates: [] }],
    // forms: a share paid by the grant stays a rate; a bound with 时 before the grant
    ['对新认定的企业,按照其研发投入的10%给予补助。', { thresholds: [], rates: [[0.1, 'fixed']] }],
    ['企业研发投入占营业收入比重达到5%以上时,给予一次性奖励10万元。', { thresholds: [['研发投入占营业收入比重', 0.05, '%']], rates: [] }],
  ])('%s', (sentence, want) => {
    expect(values(sentence)).toEqual(want);
  });
});

describe('a day with no year after a cohort’s years takes the notice’s year, not theirs (cohort year)', () => {
  const deadlines = (sentence: string) => extractValues(sentence, '2020-08-13').deadlines.map((d) => [d.raw, d.date]);
  it.each([
    // 聊城 (shandong-liaocheng-chuangxinjingji.txt, traditional)
    ['請2017年以來已獲得省級資金支持和2017-2018年入圍參加現場競技的企業(團隊)填報申請表,各縣(市、區)審核完畢蓋章后于8月18日前統一寄送至市科技局高新科。', [['2017-2018年', '2018'], ['于8月18日前', '2020-08-18']]],
    // forms: a year with its month still dates the days after it
    ['于2017年6月底前完成,9月底前验收。', [['于2017年6月底前', '2017-06'], ['9月底前', '2017-09']]],
    ['对2019年以来新认定的企业,请于10月15日前提交材料。', [['2019年以来', '2019'], ['于10月15日前', '2020-10-15']]],
  ])('%s', (sentence, want) => {
    expect(deadlines(sentence)).toEqual(want);
  });
});

describe('a notice with no date of its own dates 今年 by a year written with its quarter above it (running year, quarter)', () => {
  it('青海省 2006 (qinghai-qinghaisheng-sijiduzhongdian2006.txt, traditional): the title’s 2006年第四季度', async () => {
    const { readFileSync } = await import('node:fs');
    const { documentsOfPlainText } = await import('../ingest/ingest.js');
    const { extractDocument } = await import('./extract.js');
    const text = readFileSync(new URL('../../eval/national/dev/qinghai-qinghaisheng-sijiduzhongdian2006.txt', import.meta.url), 'utf8');
    const doc = documentsOfPlainText(text)[0];
    const lead = extractDocument(doc).find((c) => c.text.includes('現將進一步做好今年第四季度'));
    // (明年 in the same lead-in is not read: a bare 明年 sets nothing in running text)
    expect(lead?.deadlines.map((d) => [d.raw, d.date])).toEqual([['今年第四季度', '2006-12']]);
  });
});
