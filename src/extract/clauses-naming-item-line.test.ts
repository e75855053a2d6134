import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { devText as dev } from '../dev-notices.js';

// Round 241 (issue 9): a numbered item's line that only names the item, closed by its stop, its sentences on the lines below
// (2. 购房补贴 。 / 博士学历人才…), was read as a clause and carried the item's note: a unit on a heading (江津). The same heading with the
// sentence on its line was already cut (round 16); the line alone was not (北京 中小微企业 2020 had twelve such units).
const clauses = (text: string) =>
  documentsOfPlainText(text).flatMap((d) => extractDocument(d)).map((c) => [c.text.replace(/\s+/g, ''), c.units]);

describe('an item line that only names the item is its heading (naming item line)', () => {
  it('江津 (chongqing-jiangjin-qingnianrencai.txt): the heading 购房补贴 carries no unit', () => {
    const got = clauses(dev('chongqing-jiangjin-qingnianrencai.txt')).map((c) => c[0]);
    expect(got).not.toContain('购房补贴。');
    expect(got).not.toContain('安家补助。');
    expect(got).toContain('购房补贴每人限享受1次。');
  });
  it('北京 (beijing-beijingshi-zhongxiaoweiqiye2020.txt): 2.减免中小微企业房租。 is no clause', () => {
    const got = clauses(dev('beijing-beijingshi-zhongxiaoweiqiye2020.txt')).map((c) => c[0]);
    expect(got.filter((t) => /^(?:\d\.)?(?:停征部分行政事业性收费|减免中小微企业房租|为经营困难企业办理延期纳税)。$/.test(t as string))).toEqual([]);
    expect(got).toContain('疫情期间,对受影响较大的中小微企业停征特种设备检验费、污水处理费、占道费。');
  });
  it.each([
    ['1.购房补贴。', '购房补贴'],
    ['2. 人才公寓 。', '人才公寓'],
    ['(三)加大金融支持。', '加大金融支持'],
  ])('a short form: %s over its sentences', (line, name) => {
    const text = `关于支持人才发展的若干措施\n为了支持人才,制定以下措施。\n${line}\n博士学历人才购买商品房的,给予最高不超过10万元购房补贴。(责任单位:区住房城乡建委)\n`;
    const got = clauses(text);
    expect(got.map((c) => c[0])).not.toContain(`${name}。`);
    expect(got).toContainEqual(['博士学历人才购买商品房的,给予最高不超过10万元购房补贴。', ['区住房城乡建委']]);
  });
  it.each([
    // valid: an item that is its one sentence, its note on the line below (北京 通州 任务分工)
    ['7.生产生活用水总量达到市级要求。\n牵头单位:区水务局', '生产生活用水总量达到市级要求。'],
    // valid: the next item on the line below (钟楼 2025's targets)
    ['(5)居民人均可支配收入与经济增长同步。\n(6)社会消费品零售总额增长5%左右。', '居民人均可支配收入与经济增长同步。'],
    // valid: a line that says what is given is a sentence, not a name
    ['1.给予一次性奖励。\n对新认定的国家级专精特新“小巨人”企业,按照有关规定执行。', '给予一次性奖励。'],
  ])('valid: %s stays a clause', (lines, kept) => {
    const text = `2024年重点工作任务分工\n为了推进工作,现分工如下。\n${lines}\n`;
    expect(clauses(text).map((c) => c[0])).toContain(kept);
  });
});
