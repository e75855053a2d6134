import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments, extractValues } from './extract.js';

// Classes from round 49 of the national development set (issue 9). Sentences are real, from the dev notice named in the comment;
// "form" marks one written from the class.
const docs = (text: string) => documentsOfPlainText(text);
const clauses = (text: string) => extractDocuments(docs(text)).flat();
const deadlines = (text: string, docDate?: string) => extractValues(text, docDate).deadlines.map((d) => [d.raw, d.date]);

describe('a heading’s named five-year period over targets is read (heading period)', () => {
  it('辽宁省 (liaoning-liaoningsheng-shierwufengong.txt): (一)“十二五”时期主要规划指标。', () => {
    const got = clauses(readFileSync(new URL('../../eval/national/dev/liaoning-liaoningsheng-shierwufengong.txt', import.meta.url), 'utf8'));
    // (read once, on the heading's own clause; the gold puts it on the first target under it, which the non-strict score matches)
    expect(got.flatMap((c) => c.deadlines.map((d) => [d.raw, d.from, d.date]))).toEqual([['“十二五”时期', '2011', '2015']]);
  });
  it('a five-year plan named in a cited title is none (ANNOTATION round 49)', () => {
    expect(deadlines('为贯彻落实国家发展改革委印发的《东北振兴“十二五”规划》(以下简称《规划》)涉及我省的各项任务,省政府决定落实。', '2012-06-01')).toEqual([]);
  });
});

describe('a signature run into the text’s last line dates the notice, no limit (run-in signature)', () => {
  it('禅城 (guangdong-chancheng-kejijiangpeiyu.txt): …推荐表.doc佛山市禅城区经济和科技促进局2022年6月28日。', () => {
    const text = '各镇(街道)经济发展办公室:为鼓励科学技术创新,现开展申报工作,请于7月28日前完成网上初审工作,附件1:申报指南.doc附件2:2022年佛山市禅城区省以上科学技术奖培育项目推荐表.doc佛山市禅城区经济和科技促进局2022年6月28日。';
    const d = docs(text)[0];
    expect([d.issuer, d.date]).toEqual(['佛山市禅城区经济和科技促进局', '2022-06-28']);
    expect(clauses(text).flatMap((c) => c.deadlines.map((x) => x.date))).toEqual(['2022-07-28']);
  });
  it.each([
    ['费县人民政府2022年3月28日(此件公开发布)'],
    ['寿光市人民政府2024年9月13日(此件公开发布)'],
  ])('%s: no limit', (s) => expect(deadlines(s, '2022-03-28')).toEqual([]));
  it('a limit before a body stays', () => expect(deadlines('请于2022年6月28日前报送区经济和科技促进局。', '2022-06-01')).toEqual([['于2022年6月28日前', '2022-06-28']]));
});
