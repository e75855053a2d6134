import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { devText as dev } from '../dev-notices.js';

// Round 243 (issue 9): a unit field whose last body is a grid company named short (国网重庆电力) ran into the next article's number with
// no break (…国网重庆电力二、支持财政…): the field's end was not seen, as 电力 ended no body, and the whole next article was read as
// bodies. A name ending in 电力 now ends a body (dict/unit-labels.json bodySuffixes). Found on chongqing-chongqingshi-shipinjiagong2026.txt.
const units = (text: string) => documentsOfPlainText(text).flatMap((d) => extractDocument(d)).map((c) => [c.text.replace(/\s+/g, '').slice(0, 12), c.units]);

describe('a grid company named short ends a unit field run into the next article (grid company body)', () => {
  it('重庆市 (chongqing-chongqingshi-shipinjiagong2026.txt)', () => {
    const got = units(dev('chongqing-chongqingshi-shipinjiagong2026.txt'));
    expect(got).toContainEqual(['支持农村一二三产业融合发', ['市农业农村委', '市经济信息委', '市财政局', '市发展改革委', '国网重庆电力']]);
    // the next article's sentences carry its own note, no part of the field above
    expect(got.filter((c) => (c[0] as string).startsWith('支持各区县优先将符合'))).toEqual([['支持各区县优先将符合条件', ['市农业农村委', '市财政局']]]);
  });
  it.each([
    ['国网浙江电力', '二、'],
    ['南方电网广东电力', '2.'],
  ])('a short form: %s then %s', (body, mark) => {
    // (the next article run on whole, its heading glued to its sentences, as a page that lost its breaks gives it: a long line)
    const text = `关于支持产业发展的若干措施\n一、降低用能成本\n对符合条件的企业执行农业生产用电价格。\n责任单位:市发展改革委、${body}${mark}加强要素保障对列入省市重点项目清单的新建工业项目优先保障用地指标,对按期开工建设并完成年度投资计划的项目,按照设备投资额的10%给予补助,单个项目最高补助100万元,所需资金由市级财政和项目所在区县按照1:1比例分担,由市发展改革委会同市财政局统一组织申报和审核。\n责任单位:市自然资源局\n`;
    const got = units(text);
    expect(got).toContainEqual(['对符合条件的企业执行农业', ['市发展改革委', body]]);
  });
});
