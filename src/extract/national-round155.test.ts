import { describe, expect, it } from 'vitest';
import { deadlinePairs, valueRows } from './fixture-table.js';
import { extractDocuments } from './extract.js';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { devText as dev } from '../dev-notices.js';

// Classes from round 155 of the national development set (issue 9): voucher and activity calls, allotments, incubators, task covers.
// Sentences are real, from the dev notice named in the comment; "form" marks one written from the class.
const read = (text: string) => documentsOfPlainText(text);

describe('a numbered line that stops on a joining word goes on below (item cut by a wrap)', () => {
  it('龙华 (guangdong-longhua-xianshangcuxiao.txt): (一)大型商超指营业面积5000平方米(含)以上且 / 在龙华区营运的…', () => {
    const clauses = extractDocuments(read(dev('guangdong-longhua-xianshangcuxiao.txt'))).flat();
    const c = clauses.find((x) => x.text.includes('5000平方米'))!;
    expect(c.text.replace(/\s+/g, '')).toContain('以上且在龙华区营运的商业综合体');
    expect(c.thresholds.map((t) => [t.min, t.unit])).toEqual([[5000, '平方米']]);
  });
});

describe('what one must hold for a span, whoever it is, is a condition (required holding)', () => {
  it.each([
    // 内蒙古自治区 (neimenggu-zizhiqu-fuhuaqibeian.txt)
    ['申报自治区科技企业加速器的同时需具有1年(含)以上自治区级及以上科技企业孵化器资格。', [[1, undefined, '年']]],
    // form
    ['项目负责人须具备3年以上相关工作经验。', [[3, undefined, '年']]],
    // valid: a span with no modal and nothing held names no condition
    ['力争3年以上时间完成改造。', []],
  ] as [string, unknown[]][])('%s', (s, want) => expect(valueRows(s).thresholds).toEqual(want));
});

describe("a date under a time field's heading is that field's, not the signing date (time heading)", () => {
  it('嘉兴 (zhejiang-jiaxing-tiyuxiaofeiquan.txt): 二、截止时间 / 2022年4月30日, the page dated 2022-04-18', () => {
    const docs = read(dev('zhejiang-jiaxing-tiyuxiaofeiquan.txt'));
    expect(docs[0].date).toBe('2022-04-18');
    expect(extractDocuments(docs).flat().flatMap((c) => c.deadlines.map((d) => d.raw))).toContain('2022年4月30日');
  });
});

describe('issuers: a preamble that decides the work, a government written short before 关于 (round 155)', () => {
  it.each([
    // 嘉兴: …,嘉兴市体育局决定开展2022年嘉兴市体育消费券定点场馆招募
    ['zhejiang-jiaxing-tiyuxiaofeiquan.txt', '嘉兴市体育局'],
    // 江苏省 (jiangsu-jiangsusheng-renwufenjie2007.txt): 江苏省政府关于印发2007年工作目标任务分解落实方案的通知
    ['jiangsu-jiangsusheng-renwufenjie2007.txt', '江苏省政府'],
  ])('%s → %s', (f, want) => expect(read(dev(f))[0].issuer).toBe(want));
});

describe('years: the day data is counted to, a year 确保 sets (round 155)', () => {
  it.each([
    // 临汾 (shanxi-linfen-zhongchuangpingjia.txt): the report's cut-off
    ['本次绩效评价内容主要为各众创空间进展情况及所取得的成效。填报数据截至2021年12月31日。', '2022-04-01', []],
    // valid: a limit 截至 sets stays
    ['截至2025年,全市完成改造100个。', '2022-05-06', [['截至2025年', '2025']]],
    // 杭州 (zhejiang-hangzhou-zerenfenjie2020.txt)
    ['坚持问题导向、目标导向、效果导向,聚焦重点,多措并举,真抓实干,确保2020年各项年度目标任务圆满完成。', '2020-05-20', [['2020年', '2020']]],
    // valid: a year's work 确保 only describes stays none
    ['确保2024年经济工作有序开展。', '2024-03-01', []],
  ] as [string, string, unknown[]][])('%s', (s, date, want) => expect(deadlinePairs(s, date)).toEqual(want));
});

describe("a page a site joined with commas is body, its signing fields' day no limit (comma-joined page)", () => {
  it('原州 (ningxia-yuanzhou-sicaojiagong.txt, round 153, on 查策网): one line, 公示单位:…公示时间:2023年3月27日。 at its end', () => {
    const clauses = extractDocuments(read(dev('ningxia-yuanzhou-sicaojiagong.txt'))).flat();
    expect(clauses.flatMap((c) => c.amounts.map((a) => a.yuan))).toEqual([100, 3000, 1947000]);
    expect(clauses.flatMap((c) => c.deadlines.map((d) => d.raw))).toEqual(['2023年3月27日—2023年4月2日']);
  });
});
