import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Classes from round 100 of the national development set (issue 9). Sentences are real, from the dev notice named in the comment;
// "form" marks one written from the class.
const deadlines = (sentence: string, docDate = '2013-10-14') => extractValues(sentence, docDate).deadlines.map((d) => [d.raw, d.date]);

describe('a signature a flattened page ran into the text sets no deadline (run-in signature)', () => {
  it.each([
    // 昌平 (beijing-changping-qingjiekongqi.txt): the signing body opens the clause, its date right after it
    ['北京市昌平区人民政府2013年10月14日昌平区2013-2017年清洁空气行动计划近年来,昌平区不断深化大气污染防治措施', [['2013-2017年', '2017']]],
    // form: a department's level-only name opening a sentence that sets a date keeps it
    ['区财政局2024年6月30日完成拨付。', [['2024年6月30日', '2024-06-30']]],
    // form: a limit word after the date keeps it too
    ['宁波市北仑区人民政府办公室2024年6月底前出台实施细则。', [['2024年6月底前', '2024-06']]],
  ])('%s', (sentence, want) => {
    expect(deadlines(sentence)).toEqual(want);
  });
});

describe('a programme round’s year is its name’s (programme year)', () => {
  it.each([
    // 四川省 (sichuan-sichuansheng-zhuangbeizhuanxiang.txt): 组织好 a round's call, as 做好 is
    ['为组织好2014年重大技术装备创新研制和产业化项目的申报工作,我们编制了《四川省省级财政创新驱动发展专项资金申报指南》。', []],
    // …a programme named by its year and place (a 专项, as a 项目 or a 资金 is)
    ['2014年四川省重大技术装备创新研制和产业化专项采取纸质文件与网上申报相结合的方式进行。', []],
    // form: a year that sets the act stays a deadline
    ['2014年四川省完成重大技术装备创新研制项目20个。', [['2014年', '2014']]],
  ])('%s', (sentence, want) => {
    expect(deadlines(sentence, '2014-05-30')).toEqual(want);
  });
});

describe('places counted by a size class, a reach verb before the count (places by size class)', () => {
  const values = (sentence: string) => {
    const v = extractValues(sentence, '2025-03-22');
    return { amounts: v.amounts.map((a) => a.yuan), thresholds: v.thresholds.map((t) => [t.min, t.max]) };
  };
  it('云南省 (yunnan-yunnansheng-xianyujingji.txt): 超过500亿元的县(市)达到15个, 200亿—500亿元的县(市)达到40个', () => {
    expect(values('到2030年,地区生产总值超过500亿元的县(市)达到15个,200亿—500亿元的县(市)达到40个。')).toEqual({
      amounts: [],
      thresholds: [
        [50000000000, undefined],
        [20000000000, 50000000000],
      ],
    });
  });
  it('form: a sum a target reaches, nothing counted after it, stays the target', () => {
    expect(values('到2030年,全省地区生产总值超过5万亿元。').amounts).toEqual([5e12]);
  });
});
