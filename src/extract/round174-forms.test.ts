import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments, extractValues } from './extract.js';

// Forms from round 174's notices, each a class the rules did not read (found on the files named; labels per ANNOTATION round 174).
const clauses = (text: string) => extractDocuments(documentsOfPlainText(text)).flat();

// An assessment's score bands, those in each band listed after it (得分在170分至189分之间的有南市街道、…), are its tiers: thresholds.
describe('score bands listing those in them (listed band)', () => {
  it.each([
    // 浙江 东阳 (zhejiang-dongyang-anquanshengchankaohe.txt)
    ['得分在150分到169分之间的有吴宁街道、建管局、质监局、旅游局,按安全生产保障金70%比例发奖;', [[150, 169, '分']]],
    ['得分在120分到149分之间的有江北街道、巍山镇,不予奖励。', [[120, 149, '分']]],
  ])('%s', (s, want) => expect(extractValues(s).thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit])).toEqual(want));
  it.each([
    // valid: a range of figures no one is listed under stays no band
    ['全年完成150分到169分之间的评估任务。'],
  ])('%s: none', (s) => expect(extractValues(s).thresholds).toEqual([]));
});

// A site's footer holds its sponsor fields (主办单位:… 协办单位:各镇(街道)、区级各部门) and, between them and its registration marks, its
// maintenance and report lines (网站维护技术联系电话:…): all furniture. The report line broke the run, so 协办单位 was read as a unit note.
describe('a footer’s maintenance lines keep its sponsor fields furniture (footer run)', () => {
  it('彭山 (sichuan-pengshan-nongcunkeyunbutie.txt): no unit from the footer', () => {
    const got = clauses('关于2023年度农村客运补贴兑付公示\n依据有关文件精神,现将相关情况公示如下:\n费改税补贴28.72万元,全部拨付给眉山市源达公交客运有限公司。\n特此公示。\n眉山市彭山区交通运输局\n2024年10月30日\n主办单位:眉山市彭山区人民政府办公室     协办单位:各镇(街道)、区级各部门\n网站维护技术联系电话:028-37603556    违法和不良信息举报电话:028-37603556\n网站标识码5114220003  蜀ICP备19026839号-1  川公网安备51142202000001\n');
    expect(got.flatMap((c) => c.units)).toEqual([]);
  });
});
