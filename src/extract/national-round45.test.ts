import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments, extractValues } from './extract.js';

// Round 45 of the national development set (东湖新区, 许昌, 淄川, 武汉, 沈阳, 鄂尔多斯, 太原, 长春, 广州, 淮安, 紫金港科技城, 松江), scored
// before any rule for it (amounts 0.889, rates 1.000, units 0.400, deadlines 0.841). The classes of its misses, each with the dev
// sentence that showed it (file named) and forms written from the class.

describe('public money put in with its floor is a budget, an applicant’s own is a condition (长春)', () => {
  it.each([
    // (jilin-changchun-kejichuangxin.txt)
    ['与省联合设立重点实验室(学科类)重大专项、能力建设专项,每年投入市财政资金不少于1500万元,支持域内国家重点实验室。', [[15000000, 'total']], []],
    ['企业年度研发投入不少于500万元的,给予一次性奖励。', [], [[5000000, '元']]],
  ] as [string, unknown[], unknown[]][])('%s', (s, amounts, thresholds) => {
    const v = extractValues(s, '2023-12-01');
    expect([v.amounts.map((a) => [a.yuan, a.role]), v.thresholds.map((t) => [t.min, t.unit])]).toEqual([amounts, thresholds]);
  });
});

describe('a contact field a unit note runs on to names no body (长春)', () => {
  it('执行部门:市科技局对外合作处,电话:0431-88777262。', () => {
    const text = '第三条 支持重点实验室建设\n支持方式和标准:重大专项项目单个项目支持金额最高50万元。\n执行部门:市科技局对外合作处,电话:0431-88777262。\n';
    const c = extractDocuments(documentsOfPlainText(text)).flat().find((x) => x.amounts.length);
    expect([...(c?.units ?? [])]).toEqual(['市科技局对外合作处']);
  });
});

describe('a cohort a call names by the year its designation fell in is that window, a deadline (沈阳, 长治)', () => {
  it.each([
    // (liaoning-shenyang-kejijihua.txt, shanxi-changzhi-zhuanjingtexinfuhe.txt)
    ['在沈阳市行政区域内注册,经沈阳市推荐,2022年首次通过认定的“国家高新技术企业”。', '2023-04-04', ['2022']],
    ['2022年新认定(批建)的国家级科技创新平台。', '2023-04-04', ['2022']],
    ['2023年通过复核的专精特新中小企业;', '2026-01-26', ['2023']],
    // (a past year the sentence only reports stays none)
    ['我市2021年获评全国文明城市。', '2023-04-04', []],
  ] as [string, string, string[]][])('%s', (s, date, want) => expect(extractValues(s, date).deadlines.map((d) => d.date)).toEqual(want));
});
