import { describe, expect, it } from 'vitest';
import { bigrams, words, wordsAsWritten } from './tokenize.js';

describe('segmentation with the policy dictionary', () => {
  it('keeps policy terms and unit names whole', () => {
    const w = words('对市级认定的数字化车间和智能工厂项目分别给予奖励（责任单位：区经济信息委）');
    for (const t of ['数字化车间', '智能工厂', '区经济信息委']) expect(w).toContain(t);
  });
  it('drops digits (jieba splits 40万元 into 4/0/万元), punctuation and stop words', () => {
    const w = words('给予40万元的奖励。');
    expect(w).not.toContain('4');
    expect(w).not.toContain('的');
    expect(w).not.toContain('。');
  });
  it('character bigrams of Chinese runs', () => expect(bigrams('智能工厂5G')).toEqual(['智能', '能工', '工厂']));
  // patches/nodejieba+*.patch rewrites cppjieba's dictionary loader for speed; these are the words the
  // unpatched loader gave for real sentences (corpus/ and the dev half: simplified, traditional, HMM
  // guesses, user-dictionary terms, a sentence cut off by the PDF's line end).
  const unpatched: Array<[string, string]> = [
    ["2.加快建设数字化车间和智能工厂。", "加快 建设 数字化车间 智能工厂"],
    ["針對新引進本區的符合核心區功能定位、具有重大行業影響力的重點企業,自企業設立登記之日起三年內,根據企業已累計實收資本和年度區域綜合貢獻情況,經認定,給予一次性最高5000萬元(含)的開業設立補助。", "針對 新 引進 本區 符合 核心 區 功能定位 具有 重大 行業 影響力 重點 企業 自企業 設立 登記 之日起 三年 內 根據 企業 累計 實收 資本 年度 區域 綜合 貢獻 情況 經認定 給予 一次性 最高 萬元 含 開業 設立 補助"],
    ["本政策所扶持的招商引资项目为新建固定资产投资1亿元以上的项目(不包括风电、光伏、抽水蓄能项目;旅游、高新技术、生物医药、智能制造、食品工业项目固定资产投资放宽至3000万元以上,下同),盟本级和旗县市(盟经济技术开发区)财政部门分别将招商引资项目优惠政策兑现资金纳入次年预算。", "本 政策 扶持 招商引资 项目 新建 固定资产 投资 亿元 以上 项目 不 包括 风电 光伏 抽水 蓄能 项目 旅游 高新技术 生物医药 智能制造 食品工业 项目 固定资产 投资 放宽 至 万元 以上 下同 盟 本级 旗 县市 盟 经济 技术开发区 财政部门 分别 招商引资 项目 优惠政策 兑现 资金 纳入 次年 预算"],
    ["且申报研发费用在 100 万元（含）以上、1000 万元以下的企业，", "且 申报 研发费用 万元 含 以上 万元 以下 企业"],
    ["的企业，由市级专项资金进行补助。（责任单位：区科技局、区", "企业 市级 专项资金 进行 补助 责任单位 区科技局 区"],
  ];
  it.each(unpatched)('dictionary_loader_keeps_segmentation: %s', (sentence, expected) => {
    expect(wordsAsWritten(sentence).join(' ')).toBe(expected);
  });
  it('a text in traditional characters gives the words of the same text in simplified ones (traditional search)', () => {
    // 揭阳 dev (guangdong-jieyang-youhuashengji.txt), as found and in simplified characters
    const traditional = '(二)支持市級技術改造項目建設。重點針對揭陽市“8+3”戰略性產業集群關聯企業,按不超過設備購置金額的25%進行事後獎補。';
    const simplified = '(二)支持市级技术改造项目建设。重点针对揭阳市“8+3”战略性产业集群关联企业,按不超过设备购置金额的25%进行事后奖补。';
    expect(words(traditional)).toEqual(words(simplified));
    expect(words(traditional)).toContain('技术改造');
    expect(bigrams('智能工廠')).toEqual(bigrams('智能工厂'));
  });
});
