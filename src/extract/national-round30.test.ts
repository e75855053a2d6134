import { describe, expect, it } from 'vitest';
import { cleanText } from '../ingest/clean.js';
import { extractValues } from './extract.js';

// Round 30 of the national development set: six notices scored at the frozen build 820dc31 before any rule for them (amounts 0.778,
// rates 1.000, thresholds 0.333, units 0.968, deadlines 0.800, region 4/6, issuer 1/4). The classes of their misses, each with the
// dev sentence that showed it (file named) and forms written from the class.
const v = (s: string, date = '2021-12-01') => extractValues(s, date);

describe('力争 governs the phrases after it to the sentence’s end (河南省, henan-henansheng-zhenzuogongye.txt)', () => {
  it.each([
    ['广泛开展对接活动,力争全年组织开展100场驻豫金融机构与项目融资需求对接活动,帮助企业融资1000亿元以上,对接转化100项科研成果。', [[100000000000, 'target']], []],
    ['力争全年帮助企业融资1000亿元以上。', [[100000000000, 'target']], []],
    // (a condition on an applicant stays one in a goal's sentence)
    ['力争全年新增规上企业100家,对年营收2000万元以上的企业给予奖励10万元。', [[100000, 'fixed']], [20000000]],
    // (and without 力争 the floor of a sum reached stays a condition)
    ['帮助企业融资1000亿元以上的银行,给予奖励。', [], [100000000000]],
  ] as [string, unknown[], number[]][])('%s', (s, amounts, mins) => {
    const x = v(s);
    expect([x.amounts.map((a) => [a.yuan, a.role]), x.thresholds.map((t) => t.min)]).toEqual([amounts, mins]);
  });
});

describe('a heading without its number on a line of its own, in a page with no hard wraps (郑州, henan-zhengzhou-zhuanjingtexin.txt)', () => {
  const lines = (t: string) => cleanText(t).clean.text.split('\n');
  it('stands apart from the long item under it', () => {
    const t = '三、主要任务\n推动创业创新\n支持企业加大研发投入。对有效期内的省级以上专精特新中小企业,市财政按照不超过设备、软件实际投资的10%给予补助,最高不超过200万元。(责任单位:市工信局、市财政局)\n';
    expect(lines(t).slice(0, 2)).toEqual(['三、主要任务', '推动创业创新']);
  });
  it('also after a closed sentence (胶州: …。 / 智能家电 / 加快卡奥斯…)', () => {
    const t = '积极培育新动能,推动产业转型升级。\n智能家电\n加快卡奥斯工业互联网生态园建设,加快打造一核四区N个配套项目的千亿级智能家电产业格局。\n';
    expect(lines(t)[1]).toBe('智能家电');
  });
  it('not in a title block, where no heading or sentence stands above it', () => {
    const t = '奖励政策\n惠州市惠阳区支持实体经济高质量发展若干措施(2025年修订版)(再次公开征求意见稿)\n';
    expect(lines(t).length).toBe(1);
  });
});
