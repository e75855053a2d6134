import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractValues } from './extract.js';

// Round 78 classes (seventeenth session), from nine dev notices (calls for applications, 实施细则, a 整改 公示) labelled blind and
// scored before any rule for them, each with the dev sentence that showed it and forms from other provinces.
const deadlines = (s: string) => extractValues(s).deadlines.map((d) => [d.raw, d.date ?? null, d.kind ?? null]);
const th = (s: string) => extractValues(s).thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]);
const docsOf = (text: string) => documentsOfPlainText(text);

describe('periods a comparison sets side by side are the periods measured (compared periods)', () => {
  it.each([
    // 北京 (beijing-beijingshi-wenyunxingjiangli.txt, traditional)
    ['2023年一季度與2022年一季度相比:', []],
    // forms: 同…相比, a year
    ['企业2024年营业收入同2023年相比增长20%以上的', []],
    // (a limit stays one: 2025年底前完成)
    ['2025年底前完成全部改造任务。', [['2025年底前', '2025-12', null]]],
  ])('%s', (s, want) => expect(deadlines(s)).toEqual(want));
});

describe('the years of a condition closed by a bound or a grant are no limit (span of a condition, round 78)', () => {
  it.each([
    // 宝山 (shanghai-baoshan-zhuanxiangzijin.txt) and 五华 (yunnan-wuhua-pingwenjiankang.txt), relabelled
    ['对以吴淞口国际邮轮港为母港且连续两年运营母港航次在80航次以上的邮轮公司', []],
    ['对再次认定的高新技术企业给予4万元的奖励扶持,对连续二年认定为国家科技型中小企业的给予1万元的奖励扶持。', []],
    // 余杭 (zhejiang-yuhang-zhuanjingtexin.txt)
    ['对首次上规后连续3年保持在规的再给予30万元一次性奖励。', []],
  ])('%s', (s, want) => expect(deadlines(s)).toEqual(want));
});

describe('a sum and its alternative in brackets, the currency written once after both (bracketed alternative)', () => {
  it.each([
    // 镇海 (zhejiang-zhenhai-kaifangxingjingji.txt)
    ['当年度新引进的外贸公司出口额达500万(或进口1500万)美元以上奖励5万元;', [[5000000, null, '美元'], [15000000, null, '美元']]],
    ['出口额达5000万(或进口1亿)美元以上奖励50万元(需承诺正常经营5年以上)。', [[50000000, null, '美元'], [100000000, null, '美元'], [5, null, '年']]],
    // form: 元, 或者
    ['年营业收入达2000万(或者利润总额500万)元以上的企业,给予奖励10万元。', [[20000000, null, '元'], [5000000, null, '元']]],
  ])('%s', (s, want) => expect(th(s)).toEqual(want));
});

describe('metadata: a reposting site’s address, a date line that kept one bracket, an autonomous region by its short name (round 78 metadata)', () => {
  it('镇海 dev: the reposting site’s contact address (长沙市天心区…) is no region; the body’s 镇海区 is', () => {
    const text = '联系我们\n地址:\n长沙市天心区融城路18号\n关于提升发展开放型经济的实施细则\n为进一步扩大对外开放,根据区委区政府《关于促进全区经济发展的若干意见》文件精神,制定本实施细则。\n1.对区属自营出口前十位的企业,授予镇海区“出口十强企业”荣誉称号,奖励企业负责人3万元。\n';
    expect(docsOf(text)[0].region).toBe('镇海区');
  });
  it('焦作 dev: 2019年4月26日) under the title is the notice’s date', () => {
    const text = '中共焦作市委    焦作市人民政府\n关于支持工业经济高质量发展的若干意见\n2019年4月26日)\n为推动全市工业经济高质量发展,提出如下意见。\n一、对新入规企业给予10万元奖励。\n';
    expect(docsOf(text).map((d) => d.date).find(Boolean)).toBe('2019-04-26');
  });
  it.each([
    // 宁夏 (ningxia-ningxiasheng-gufeizhenggai.txt)
    ['一、公示时间\n2026年1月5日至2026年1月16日\n二、公示方式\n自治区工业和信息化厅门户网站\n三、公示内容\n2020年宁夏一般工业固体废物综合利用率仅为42%,低于全国平均水平。\n全区一般工业固体废物综合利用率达到规划目标值。\n', '宁夏回族自治区'],
    // (two regions' short names: none)
    ['一、工作目标\n自治区人民政府推动全区与新疆、西藏开展对口合作。\n自治区发展改革委牵头。\n', undefined],
  ])('%s', (text, want) => expect(docsOf(text)[0].region).toBe(want));
});

describe('a call’s item naming the cohort that first reached a scale or renewed its title (cohort items)', () => {
  it.each([
    // 成都 (sichuan-chengdu-xinshanggui.txt), 金山 (shanghai-jinshan-gaoqijiangli.txt)
    ['列入我市规模企业培育计划,2015年主营业务收入首次突破2000万元的企业。', [['2015年', '2015', null]]],
    ['2023年度有效期满重新认定的高新技术企业。', [['2023年度', '2023', null]]],
    // (a year whose figure a review describes, no applicant after it, stays as it was read before: no cohort)
    ['2023年度营业收入情况如下:', []],
  ])('%s', (s, want) => expect(deadlines(s)).toEqual(want));
});
