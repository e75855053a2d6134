import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';
import { unitRows } from './fixture-table.js';

// Classes from round 135 of the national development set (issue 9).
// Sentences are real, from the dev notice named in the comment; "form" marks one written from the class.

const docs = (text: string) => documentsOfPlainText(text);

describe('a note label of two nouns joined by 及/和 (责任处室及单位) is one label, no body (joined label nouns)', () => {
  it.each([
    // 武汉 农业农村局 (hubei-wuhan-nongyeyaodian2022.txt)
    [
      '2022年武汉市农业农村工作要点\n1.千方百计稳定粮食生产。严格落实粮食生产党政同责要求。制定出台全市粮食种植奖补政策。(责任处室及单位:种植业管理处,发展规划处,农村乱占耕地工作专班、农技中心)\n',
      [
        ['种植业管理处', '发展规划处', '农村乱占耕地工作专班', '农技中心'],
        ['种植业管理处', '发展规划处', '农村乱占耕地工作专班', '农技中心'],
      ],
    ],
    // form: 责任部门和单位
    ['工作要点\n1.加强耕地保护。(责任部门和单位:市自然资源局、市农业农村局)\n', [['市自然资源局', '市农业农村局']]],
  ] as [string, unknown][])('%s', (text, want) => expect(unitRows(text)).toEqual(want));
});

describe('the year an applicant took part in an event is a window, as a year of its act is (event taken part in)', () => {
  const deadlines = (s: string) => extractValues(s, '2024-04-09').deadlines.map((d) => [d.raw, d.date ?? d.kind]);
  it.each([
    // 宁波高新区 (zhejiang-ningbogaoxinqu-zhizaoyezhuanxiang.txt)
    ['申报对象及条件:申报对象为2023年参加列入《2023年宁波高新区工业和信息化领域重点展会目录》的企业。', [['2023年', '2023']]],
    // form: 参展 with the grant after
    ['对2023年参展的企业,给予展位费50%的补助。', [['2023年', '2023']]],
    // valid: a year's count of events, no act of an applicant
    ['2023年参加各类展会120场。', []],
  ] as [string, unknown][])('%s', (s, want) => expect(deadlines(s)).toEqual(want));
});

describe('growth bands named as the standard a grant is set by are conditions, not rates paid (growth standard)', () => {
  const values = (s: string) => {
    const v = extractValues(s, '2025-03-18');
    return [v.rates.map((r) => r.value), v.thresholds.map((t) => [t.min, t.max, t.unit])];
  };
  it.each([
    // 龙泉驿 商务局 (sichuan-longquanyi-shangmaoqiye.txt)
    [
      '对政策有效期内年销售额达到一定规模的商贸企业,按照销售额同比上一年度10%(含)~15%、15%(含)~20%、20%(含)以上增速标准,分别给予50万元、80万元、100万元奖励。',
      [[], [[0.1, 0.15, '%'], [0.15, 0.2, '%'], [0.2, undefined, '%']]],
    ],
    // form: 增幅档次
    ['按照5%~10%、10%以上增幅档次,分别给予10万元、20万元奖励。', [[], [[0.05, 0.1, '%'], [0.1, undefined, '%']]]],
    // valid: a share paid stays a rate
    ['按实际投资额的10%给予补助。', [[0.1], []]],
  ] as [string, unknown][])('%s', (s, want) => expect(values(s)).toEqual(want));
});

describe('a rank written with 居 after the measure (市场占有率居全省前3位) closes a listed condition as 排名前50位 does (rank with 居)', () => {
  const bounds = (text: string) =>
    docs(text)
      .flatMap((d) => extractDocument(d))
      .flatMap((c) => c.thresholds.map((t) => [t.min, t.max, t.unit]));
  it.each([
    // 杭州 2004 (zhejiang-hangzhou-tuchugongxian.txt)
    ['实施意见\n二、评选条件\n被评为年度十大突出贡献工业企业,必须同时符合下列条件:\n(一)合法经营,诚实守信。\n(四)主要产品市场竞争力强、知名度高,其质量和技术含量在国内同行业中处于领先水平,市场占有率居全省前3位。\n', [[undefined, 3, '位']]],
    // valid: 居 inside a word, 居民, in a listed condition names no rank
    ['实施意见\n二、评选条件\n必须同时符合下列条件:\n(一)居民满意度前列。\n', []],
  ] as [string, unknown][])('%s', (text, want) => expect(bounds(text)).toEqual(want));
});

describe('a signing day opening a clause that is only the title of the document it sends is no deadline (signed title)', () => {
  const deadlines = (s: string) => extractValues(s, '2011-12-27').deadlines.map((d) => [d.raw, d.date ?? d.kind]);
  it.each([
    // 泰州 (jiangsu-taizhou-jiegan.txt): a page that lost its line breaks
    ['二〇一一年十二月二十七日泰州市区2012年夏季秸秆禁烧利用工作考核奖励办法', []],
    // form: digits, a measures title
    ['2021年3月5日嘉兴市加快发展数字经济若干措施', []],
    // valid: a limit with 前, and a day an act is planned for
    ['2021年3月5日前完成实施方案', [['2021年3月5日前', '2021-03-05']]],
    ['2024年12月31日出台实施办法', [['2024年12月31日', '2024-12-31']]],
  ] as [string, unknown][])('%s', (s, want) => expect(deadlines(s)).toEqual(want));
});
