import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';

// Classes from round 132 of the national development set (issue 9).
// Sentences are real, from the dev notice named in the comment; "form" marks one written from the class.

const docs = (text: string) => documentsOfPlainText(text);

describe('a paragraph right under a heading that names its goals sets goals: its bounded sums are targets (goal heading)', () => {
  const values = (text: string) =>
    docs(text)
      .flatMap((d) => extractDocument(d))
      .filter((c) => c.amounts.length || c.thresholds.length)
      .map((c) => [c.amounts.map((a) => a.yuan), c.thresholds.map((t) => t.min)]);
  it.each([
    // 浙江省 卫健委 (zhejiang-zhejiangsheng-weishengjiankang.txt)
    ['工作要点\n(一)实施全民健康促进行动。\n1.主要目标指标。\n健康浙江发展指数达85,人均预期寿命达82.4岁,居民健康素养水平达39%以上,人均基本公共卫生服务经费达102元以上;培育健康浙江行动省级样板50个。\n', [[[102], []]]],
    // 嘉善 (zhejiang-jiashan-qiancunwanzheng.txt): the goals under 主要目标
    ['实施方案\n二、主要目标\n全县乡村“土特产”产值达到18亿元以上,农村居民人均可支配收入达到5.4万元。\n', [[[1800000000, 54000], []]]],
    // valid: conditions under another heading stay thresholds
    ['实施方案\n二、支持对象\n年营业收入达到2000万元以上的企业,给予10万元奖励。\n', [[[100000], [20000000]]]],
  ] as [string, unknown][])('%s', (text, want) => expect(values(text)).toEqual(want));
});

describe('a site’s section name over a page’s field block is no document of its own, nor its title (site section)', () => {
  it.each([
    // 浙江省 卫健委 (zhejiang-zhejiangsheng-weishengjiankang.txt)
    ['计划总结\n索 引 号: 002482365/2023-00095 公开日期: 2023-04-22\n发布机构: 省卫生健康委 文  号: 浙卫发〔2023〕10号\n\n浙江省卫生健康委关于印发2023年浙江省卫生健康工作要点的通知\n\n各市、县(市、区)卫生健康委(局):\n\n现将2023年浙江省卫生健康工作要点印发给你们,请各地各单位认真组织实施。\n\n浙江省卫生健康委\n\n2023年4月22日\n', [['浙江省卫生健康委关于印发2023年浙江省卫生健康工作要点的通知', '浙江省卫生健康委', '2023-04-22']]],
    // form: 政策文件 over an 索引号 block
    ['政策文件\n索引号:11330000/2024-0001\n发布机构:市经信局\n\n杭州市经济和信息化局关于印发若干措施的通知\n\n各区县:\n\n现将若干措施印发给你们。\n\n杭州市经济和信息化局\n\n2024年3月1日\n', [['关于印发若干措施的通知', '杭州市经济和信息化局', '2024-03-01']]],
  ] as [string, unknown][])('%s', (text, want) => expect(docs(text).map((d) => [d.title, d.issuer, d.date])).toEqual(want));
});

describe('a span of places rewarded alike is a threshold from the first place to the last (rank span)', () => {
  const ranks = (s: string) => extractValues(s, '2020-01-01').thresholds.map((t) => [t.min, t.max, t.unit]);
  it.each([
    // 龙岗 (guangdong-longgangqu-tiyujiangli.txt), traditional
    ['在世界奧林匹克運動會競賽項目中獲得名次的獎勵標準:金牌獎勵80萬元、銀牌獎勵50萬元、銅牌獎勵30萬元、第四名至第八名獎勵5萬元。', [[4, 8, '名']]],
    // forms: digits and a dash, 的 before the grant; valid: one place is no span
    ['获得第4-8名的,奖励5万元。', [[4, 8, '名']]],
    ['获得第一名的奖励10万元。', []],
  ] as [string, unknown][])('%s', (s, want) => expect(ranks(s)).toEqual(want));
});

describe('a bound on what an applicant must have is a condition (required of the applicant)', () => {
  const bounds = (s: string) => extractValues(s, '2020-01-01').thresholds.map((t) => [t.min, t.max, t.unit]);
  it.each([
    // 龙岗 (guangdong-longgangqu-tiyujiangli.txt), traditional, the page's pinyin left in
    ['其中運動員的初始注冊、帶訓和培養(yǎng)、輸送教練員(組)必須在龍崗區(qū)帶訓時間大于12個月。', [[12, undefined, '个月']]],
    // forms: 申报企业须…满…以上, 项目…须不少于
    ['申报企业须在本区注册满1年以上。', [[1, undefined, '年']]],
    ['申报项目建设期须不少于2年。', [[2, undefined, '年']]],
    // valid: a requirement with no bound; a goal a place must reach
    ['揭榜企业需严格落实申报方案,资金额度为100万元。', []],
    ['各地须完成投资20亿元以上。', []],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});
