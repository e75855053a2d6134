import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';
import { devText } from '../dev-notices.js';

// Classes from round 118 of the national development set (issue 9). Sentences are real, from the dev notice named in the comment;
// "form" marks one written from the class.

const thresholds = (sentence: string) => extractValues(sentence, '2012-06-01').thresholds.map((t) => [t.min, t.max ?? undefined, t.unit]);

describe('a bounded condition with its alternative joined by 或 before the grant (or-alternative conditions)', () => {
  it.each([
    // 磴口 (neimenggu-dengkou-rouyang.txt): the alternative's words are longer than the first row's
    ['棚圈建设面积达到19500平方米,能繁母羊达到3000只以上或出栏肉羊10000只以上,奖励20万元;', [[19500, undefined, '平方米'], [3000, undefined, '只'], [10000, undefined, '只']]],
    ['棚圈建设面积达到65000平方米,能繁母羊达到10000只以上或出栏肉羊30000只以上,奖励40万元。', [[65000, undefined, '平方米'], [10000, undefined, '只'], [30000, undefined, '只']]],
    // form: the same shape with a floor area and a count of firms
    ['园区建筑面积达到5000平方米以上或入驻企业达到100家以上,奖励50万元。', [[5000, undefined, '平方米'], [100, undefined, '家']]],
  ])('%s', (sentence, want) => {
    expect(thresholds(sentence)).toEqual(want);
  });
});

describe('chained conditions closed by 的 and a grant per unit (每亩(小亩)补贴): each is a condition (chained per-unit grant)', () => {
  it.each([
    // 永吉 (jilin-yongji-jiegan2018.txt)
    ['对水稻秸秆深翻还田单块作业面积在50公顷以上,累计超过200公顷的每亩(小亩)补贴45元。', [[50, undefined, '公顷'], [200, undefined, '公顷']]],
    // form: without the bracket
    ['连片种植面积在100亩以上,且单块面积超过20亩的每亩补贴100元。', [[100, undefined, '亩'], [20, undefined, '亩']]],
  ])('%s', (sentence, want) => {
    expect(thresholds(sentence)).toEqual(want);
  });
});

describe('an allotment table printed as (place, sum) pairs repeated across a row, a cell a line (paired allotment table)', () => {
  const clausesOf = (text: string) => documentsOfPlainText(text).flatMap((d) => extractDocument(d));
  const sums = (text: string) => clausesOf(text).flatMap((c) => c.amounts.map((a) => [c.text.replace(/\s+/g, ''), a.yuan, a.role]));
  it('浙江省 (zhejiang-zhejiangsheng-canjirenbutie.txt): 金额单位:万元 closing the title, 单位 / 金额 three times, each place its sum', () => {
    const got = sums(devText('zhejiang-zhejiangsheng-canjirenbutie.txt'));
    expect(got.length).toBe(66);
    expect(got.slice(0, 4)).toEqual([
      ['全省合计10656', 106560000, 'total'],
      ['海宁市32', 320000, 'total'],
      ['定海区132', 1320000, 'total'],
      ['杭州市小计1304', 13040000, 'total'],
    ]);
  });
  it('form: two pairs a row under the unit line', () => {
    const text = '关于下达补助资金的通知\n各县财政局:\n现将资金下达给你们。\n\n单位:万元\n\n单位\n\n金额\n\n单位\n\n金额\n\n甲县\n\n12\n\n乙县\n\n8.5\n';
    expect(sums(text)).toEqual([
      ['甲县12', 120000, 'total'],
      ['乙县8.5', 85000, 'total'],
    ]);
  });
  it('form: a 单位 column with no repeated pair is no grant list', () => {
    const text = '关于某事的通知\n各单位:\n现将名单公布如下。\n\n单位:万元\n\n单位\n\n联系人\n\n城关镇\n\n张三\n';
    expect(clausesOf(text).flatMap((c) => c.amounts)).toEqual([]);
  });
});

describe('a time column named with its subject first is the rows’ time limit (prefixed time column)', () => {
  const clausesOf2 = (text: string) => documentsOfPlainText(text).flatMap((d) => extractDocument(d));
  it('通榆 (jilin-tongyu-juecemulu2022.txt): 序号 / 重大行政决策事项 / 承办单位 / 决策时间安排', () => {
    const rows = clausesOf2(devText('jilin-tongyu-juecemulu2022.txt')).filter((c) => c.text.includes('规划'));
    expect(rows.map((c) => [c.units, c.deadlines.map((d) => [d.raw, d.from, d.date])])).toEqual([
      [['县残联'], [['第三季度', '2022-07', '2022-09']]],
      [['县生态环境分局'], [['第三季度', '2022-07', '2022-09']]],
    ]);
  });
  it('form: 计划完成时限 under a task table', () => {
    const text = '关于印发重点任务分工的通知\n各单位:\n现将任务分工印发给你们。\n\n序号\n\n重点任务\n\n牵头单位\n\n计划完成时限\n\n1\n\n推进园区道路建设。\n\n县交通局\n\n2023年6月底前\n';
    const row = clausesOf2(text).find((c) => c.text.startsWith('推进'));
    expect(row?.deadlines.map((d) => d.raw)).toEqual(['2023年6月底前']);
  });
});
