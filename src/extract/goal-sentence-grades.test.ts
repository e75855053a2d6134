import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments, extractValues } from './extract.js';

// Round 184 (issue 9): a goal sentence's figures after a ；(到2025年,…;实现…乡村旅游综合收入200亿元以上;, 玉溪) are targets, not conditions,
// where the figure closes its phrase (not a size class, 收入100万元以上行政村占比: 嘉善); grades named in brackets after their numbers
// (达到五级(引领级)、四级(优化级)、三级(集成级)的企业, 坪山) are each a threshold.
const clauses = (text: string) => extractDocuments(documentsOfPlainText(text)).flat();

describe('a goal sentence cut at its ；, and grades with their names (goal sentence, grade names)', () => {
  it('玉溪 (yunnan-yuxi-xiangcunlvyou.txt): 200亿元以上 after the ； is a target', () => {
    const text = '一、总体要求\n以乡村旅游助推乡村振兴。到2025年,力争创建一批全国乡村旅游重点村(镇),打造乡村旅游示范村60个以上;实现乡村旅游接待游客2500万人次以上,乡村旅游综合收入200亿元以上;全市开展乡村旅游的经营户达6000户以上。';
    const c = clauses(text).find((x) => x.text.includes('200亿元'))!;
    expect(c.amounts.map((a) => [a.yuan, a.role])).toEqual([[20000000000, 'target']]);
    expect(c.thresholds).toEqual([]);
  });
  it('valid: a condition with its grant in a paragraph that opens on no year stays a condition', () => {
    const text = '一、支持措施\n鼓励企业做大做强。对年营业收入200亿元以上的企业,给予100万元奖励。';
    expect(clauses(text).find((x) => x.text.includes('200亿元'))!.thresholds.map((t) => t.min)).toEqual([20000000000]);
  });
  it('坪山 (guangdong-pingshan-shuzijingji.txt): grades named in brackets', () => {
    const t = extractValues('对通过国家智能制造成熟度等级认定达到五级(引领级)、四级(优化级)、三级(集成级)的企业,分别给予500万元、300万元、100万元一次性奖励。').thresholds;
    expect(t.map((x) => [x.raw, x.min, x.unit])).toEqual([['五级', 5, '级'], ['四级', 4, '级'], ['三级', 3, '级']]);
  });
});
