import { describe, expect, it } from 'vitest';
import { cleanText } from './clean.js';
import { documentsOfPlainText } from './ingest.js';

// A masthead, a body's name and its documents' kind (…行政规范性文件, …人民政府文件), alone on its line over a joint notice's head, the bodies
// that issue a line each under it: the cleaner had run the masthead into the first body's line, so that line was read as a title of a
// document of its own and only the last body issued (dev: chongqing-liangping-shangshiguapai.txt, chongqing-chongqingshi-
// shengchanxingfuwuye.txt; 19 dev notices carry such a line, in 北京, 重庆, 广州 (traditional) and 泰州, every other one read as before).
const LIANGPING =
  '重庆市梁平区国有资产监督管理委员会行政规范性文件\n重庆市梁平区国有资产监督管理委员会\n重庆市梁平区财政局\n关于印发《重庆市梁平区上市、挂牌企业财政奖补办法》的通知\n梁平国资发〔2023〕18号\n各乡镇人民政府(街道办事处),区政府各部门,有关企业:\n《重庆市梁平区上市、挂牌企业财政奖补办法》已经区委、区政府同意,现印发给你们,请认真贯彻执行。\n';
const FAGAI =
  '重庆市发展和改革委员会行政规范性文件\n重庆市发展和改革委员会\n重 庆 市 财 政 局\n关于印发重庆市支持现代生产性服务业高质量发展若干政策措施的通知\n渝发改规范〔2024〕7号\n各区县(自治县)人民政府,市政府有关部门,有关单位:\n';

describe('a masthead line stays a line of its own over the bodies that issue (masthead line)', () => {
  it.each([
    [LIANGPING, '重庆市梁平区国有资产监督管理委员会行政规范性文件'],
    [FAGAI, '重庆市发展和改革委员会行政规范性文件'],
    // valid (as before, its number line under it ends it): a red-header masthead in traditional characters over the title
    ['廣州市人民政府文件\n穗府〔2007〕12號\n廣州市人民政府關于印發廣州市2007年工作事項的通知\n', '廣州市人民政府文件'],
  ])('%#: the first line is the masthead alone', (text, first) => {
    expect(cleanText(text).clean.text.split('\n')[0]).toBe(first);
  });
  it.each([
    // invalid (the last body alone before): every body of the head, joined with 、
    [LIANGPING, '重庆市梁平区国有资产监督管理委员会、重庆市梁平区财政局'],
    [FAGAI, '重庆市发展和改革委员会、重庆市财政局'],
  ])('%#: one document, issued by every body under the masthead', (text, issuer) => {
    const docs = documentsOfPlainText(text);
    expect(docs).toHaveLength(1);
    expect(docs[0].issuer).toBe(issuer);
  });
  it('valid: a sentence that ends in 文件 is no masthead (…印发的文件 runs on)', () => {
    expect(cleanText('各单位要认真学习市政府近期印发的文件\n精神,抓好落实。\n').clean.text).toBe('各单位要认真学习市政府近期印发的文件精神,抓好落实。');
  });
});
