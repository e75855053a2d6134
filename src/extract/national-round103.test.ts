import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';
import { devText as dev } from '../dev-notices.js';

// Classes from round 103 of the national development set (issue 9). Sentences are real, from the dev notice named in the comment;
// "form" marks one written from the class.
const clausesOf = (text: string) => documentsOfPlainText(text).flatMap((d) => extractDocument(d));

describe('the growth of a figure reported as reached is no rate (reported growth)', () => {
  const rates = (sentence: string) => extractValues(sentence, '2007-02-09').rates.map((r) => r.value);
  it.each([
    // 珠海 (guangdong-zhuhai-waijingmao2006.txt): a commendation's record of the winners
    ['香洲区:实际利用外商直接投资3.48亿美元,同比增长35.48%;奖励15万元,发给奖牌1幅。', []],
    ['1.珠海高新区:实际利用外商直接投资2.27亿美元,同比增长35.28%。', []],
    // form: a goal's growth stays a rate
    ['力争实际利用外资达到3亿美元,同比增长10%。', [0.1]],
    // form: a growth with no figure reported before it stays a rate
    ['社会消费品零售总额同比增长8%。', [0.08]],
  ])('%s', (sentence, want) => {
    expect(rates(sentence)).toEqual(want);
  });
});

describe('sums allotted to places under the table’s unit line, the money column named plainly (unit line)', () => {
  it('正安 (guizhou-zhengan-jiuzaibuzhu.txt): 单位:万元 / 乡 镇 / 金 额 / 杨兴乡 / 2 …', () => {
    const rows = clausesOf(dev('guizhou-zhengan-jiuzaibuzhu.txt')).filter((c) => c.amounts.length);
    expect(rows.map((c) => [c.text.split('\n')[0], c.amounts.map((a) => [a.yuan, a.role])])).toEqual([
      ['杨兴乡', [[20000, 'total']]],
      ['新州镇', [[5000, 'total']]],
      ['安场镇', [[5000, 'total']]],
      ['凤仪镇', [[5000, 'total']]],
      ['乐俭乡', [[5000, 'total']]],
      ['和溪镇', [[5000, 'total']]],
      ['中观镇', [[10000, 'total']]],
      ['班竹乡', [[20000, 'total']]],
      ['格林镇', [[25000, 'total']]],
      ['合计', [[100000, 'total']]],
    ]);
  });
  it('form: without the unit line, a plainly named column holds no sums', () => {
    const text = '关于下达救灾资金的通知\n各乡镇:\n现将资金下达。\n\n乡 镇\n\n金 额\n\n杨兴乡\n\n2\n\n新州镇\n\n0.5\n';
    expect(clausesOf(text).flatMap((c) => c.amounts)).toEqual([]);
  });
});

describe('each year’s end or start is recurring, and the sending day opens a notice’s effect (yearly end, sending day)', () => {
  const deadlines = (sentence: string) => extractValues(sentence, '2010-06-01').deadlines.map((d) => [d.raw, d.date ?? d.kind]);
  it.each([
    // 海淀 (beijing-haidian-hexinquzijin.txt)
    ['区财政部门每年年底根据区委、区政府的工作重点,提出专项资金的规模和分配方案', [['每年年底', 'ongoing']]],
    // 彭水 (chongqing-pengshui-dibaobiaozhun.txt)
    ['调整后的标准从发文之日次月起执行。', [['从发文之日次月起执行', 'effective']]],
    // form: 每年底前 is each year's, not the notice's
    ['每年底前报送', [['每年底前', 'ongoing']]],
    ['自发文之日起执行', [['自发文之日起执行', 'effective']]],
    // form: a year-end assessment recurring is none; this year's end stays dated
    ['每年年终考核一次', []],
    ['今年年底前完成', [['今年年底前', '2010-12']]],
  ])('%s', (sentence, want) => {
    expect(deadlines(sentence)).toEqual(want);
  });
});

describe('a phrase opening on a fund’s own size sets it, its floor no condition (fund size)', () => {
  const values = (sentence: string) => {
    const v = extractValues(sentence, '2026-02-12');
    return { amounts: v.amounts.map((a) => [a.yuan, a.role]), thresholds: v.thresholds.map((t) => t.min) };
  };
  it.each([
    // 哈密 (xinjiang-hami-zhiliangtisheng.txt)
    ['资金规模原则上每年不低于300万元,根据年度财政预算执行情况、申报奖励事项需求及绩效评价结果动态调整。', { amounts: [[3000000, 'total']], thresholds: [] }],
    // form: a fund's size qualifying the thing after it stays a condition
    ['基金规模不低于10亿元的子基金,给予奖励', { amounts: [], thresholds: [1e9] }],
  ])('%s', (sentence, want) => {
    expect(values(sentence)).toEqual(want);
  });
});

describe('a header cell spanning two of a row’s cells puts the sum one cell on (spanned header cell)', () => {
  it('中山 (guangdong-zhongshan-xiangcunzhenxing.txt): 示范村名称 over 北溪社区 | 特色精品示范村, the sum 453.8 one cell past 提前下达金额(万元)', () => {
    const sums = clausesOf(dev('guangdong-zhongshan-xiangcunzhenxing.txt')).flatMap((c) => c.amounts.map((a) => a.yuan));
    expect(sums).toEqual(expect.arrayContaining([4538000, 4462500]));
  });
  it('form: a money cell holding its figure is read where it stands', () => {
    const text = '关于下达资金的通知\n各镇:\n现将资金下达。\n序号 | 镇街 | 项目名称 | 下达金额(万元) | 备注 |\n1 | 城关镇 | 道路改造项目 | 120 | 3 |\n';
    expect(clausesOf(text).flatMap((c) => c.amounts.map((a) => a.yuan))).toEqual([1200000]);
  });
});

// Round 104.
describe('an untitled page’s first sentence, taken as its title, is a clause (sentence title)', () => {
  it('巴中 (sichuan-bazhong-fupinzijin.txt): 现将…下达我市2019年省级财政专项扶贫资金26428万元,予以公告。', () => {
    const c = clausesOf(dev('sichuan-bazhong-fupinzijin.txt'))[0];
    expect([c.amounts.map((a) => [a.yuan, a.role]), c.deadlines.map((d) => d.date)]).toEqual([[[264280000, 'total']], ['2019']]);
  });
});

describe('a fund the notice’s own place may allot, the place before its verb (own place first)', () => {
  const deadlines = (sentence: string) => extractValues(sentence, '2018-03-01').deadlines.map((d) => [d.raw, d.date]);
  it.each([
    // 耿马 (yunnan-gengma-chanyefazhan.txt)
    ['我县可分配2018年中央及省级财政专项扶贫资金1426万元。', [['2018年', '2018']]],
    // form: the fund's year with no sum stays none
    ['我县可分配2018年中央及省级财政专项扶贫资金。', []],
  ])('%s', (sentence, want) => {
    expect(deadlines(sentence)).toEqual(want);
  });
});
