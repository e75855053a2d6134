import { describe, expect, it } from 'vitest';
import { cleanText } from './clean.js';

const lines = (s: string) => cleanText(s).clean.text.split('\n');

// A page that spaces its blocks with runs of blank lines (a WeChat post's mirror) never wraps one sentence across three blank lines or
// more: each block is a paragraph of its own, though short lines with no stop would otherwise run on as a hard-wrapped sentence does.
describe('three blank lines or more set two lines apart (wide gap)', () => {
  const valid: { name: string; text: string; expected: string[] }[] = [
    {
      name: '云浮 dev (guangdong-yunfu-jiadianyijiuhuanxin.txt): the byline, a field label and its date each a block',
      text: '文摘   2024-11-10 19:31   广东  \n\n\n\n\n活动时间\n\n\n\n\n2024年9月13日至12月31日\n\n\n\n\n补贴范围和标准\n\n\n\n1、对个人消费者购买家电产品给予产品销售价格的15%的补贴',
      expected: ['文摘2024-11-10 19:31广东', '活动时间', '2024年9月13日至12月31日', '补贴范围和标准', '1、对个人消费者购买家电产品给予产品销售价格的15%的补贴'],
    },
  ];
  it.each(valid)('$name', ({ text, expected }) => expect(lines(text).map((l) => l.trim().replace(/\s+/g, ' '))).toEqual(expected));

  const kept: { name: string; text: string; expected: string[] }[] = [
    {
      name: '郑州 dev (henan-zhengzhou-pilingzhucan.txt): a page number dropped inside a sentence is a page break, the sentence goes on',
      text: '库工作。(责任单位:市统计局、市商务局、市财政局、市文化广\n\n电和旅游局、市市场发展中心,各开发区管委会、区县〔市〕政\n\n— 3 —\n\n府)\n\n三、支持引进设立大型批零住餐独立法人企业',
      expected: ['库工作。(责任单位:市统计局、市商务局、市财政局、市文化广电和旅游局、市市场发展中心,各开发区管委会、区县〔市〕政府)', '三、支持引进设立大型批零住餐独立法人企业'],
    },
    {
      name: 'seed 004 (重庆 渝北, a PDF dump): a page break of blank lines inside a sentence under way goes on',
      text: '对新认定的重庆市院士工作站，一次性给予50万元\n\n\n\n\n配套奖励，正常运行的每年给予经费15万元；',
      expected: ['对新认定的重庆市院士工作站，一次性给予50万元配套奖励，正常运行的每年给予经费15万元；'],
    },
    {
      name: 'form: one blank line between wrapped lines of a double-spaced dump goes on',
      text: '对首次入库的限额以上批零住餐业企业给予 10 万元一次性\n\n奖励。',
      expected: ['对首次入库的限额以上批零住餐业企业给予10万元一次性奖励。'],
    },
  ];
  it.each(kept)('$name', ({ text, expected }) => expect(lines(text).map((l) => l.trim())).toEqual(expected));
});
