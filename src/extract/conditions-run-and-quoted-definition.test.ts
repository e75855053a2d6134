import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments, extractValues } from './extract.js';

// Round 224 (issue 9), scored before its rules (thresholds 0.806): a run of conditions after a lead-in's colon on a numbered line, each closed by
// its ；, lost every condition after the first (陆河 2023, eval/national/dev guangdong-luhe-zhaoshangyouhui2023.txt); a definition quoted from the
// policy it applies, after the article it cites, lost its bounds (宝安 2022, guangdong-baoan-gaoduanlouyu2022.txt).
const thresholdsOf = (text: string) =>
  extractDocuments(documentsOfPlainText(text))
    .flat()
    .map((c) => c.thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]))
    .filter((x) => x.length);

describe('a run of conditions after an inline lead-in, each closed by ；, are conditions (inline condition run)', () => {
  it.each([
    // 陆河 2023, as the page set it
    [
      '陆河县招商引资工业产业项目优惠政策\n二、项目用地要求\n(一)落户陆河县的工业产业项目需同时满足以下条件:项目总投资达到300万元人民币/亩以上;年工业总产值达到300万元人民币/亩以上;年税收达到15万元人民币/亩以上。\n',
      [[[3000000, null, '元/亩']], [[3000000, null, '元/亩']], [[150000, null, '元/亩']]],
    ],
    // forms: no item number, full-width stops, 应符合下列条件
    ['某县扶持办法\n申报企业应符合下列条件：年营业收入500万元以上；研发人员10人以上；纳税额50万元以上。\n', [[[5000000, null, '元']], [[10, null, '人']], [[500000, null, '元']]]],
  ])('%#', (text, want) => expect(thresholdsOf(text)).toEqual(want));
  it.each([
    // invalid: a run after a colon that opens grants, no lead-in of conditions (the figures are sums given)
    ['某县扶持办法\n(一)奖励标准如下:年营业收入增长的奖励5万元;纳税增长的奖励10万元。\n'],
  ])('none %#', (text) => expect(thresholdsOf(text)).toEqual([]));
});

describe('a definition quoted after the article it cites bounds the applicant (quoted definition)', () => {
  const rows = (s: string) => extractValues(s, '2022-04-21').thresholds.map((t) => [t.min, t.unit]);
  it.each([
    // 宝安 2022
    [
      '根据《措施》第一条,“本措施所指高端写字楼宇是指房屋规划用途为商业办公,办公面积不低于20000平方米,公共会议室、会客室、培训教室等公共空间不低于1000平方米,具有完备的物业管理和服务体系的商业写字楼宇”。',
      [[20000, '平方米'], [1000, '平方米']],
    ],
    // forms: 按照, full-width comma, straight quotes
    ['按照《办法》第三条，"本办法所称孵化器是指孵化场地面积不少于3000平方米的服务机构"。', [[3000, '平方米']]],
  ])('%#', (s, want) => expect(rows(s)).toEqual(want));
});
