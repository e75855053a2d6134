import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentsFromText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';

// Classes from round 103 of the national development set (issue 9). Sentences are real, from the dev notice named in the comment;
// "form" marks one written from the class.
const dev = (file: string) => readFileSync(new URL(`../../eval/national/dev/${file}`, import.meta.url), 'utf8');
const clausesOf = (text: string) => documentsFromText({ text, format: 'txt', encoding: 'utf-8' }, 'x.txt').flatMap((d) => extractDocument(d));

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
