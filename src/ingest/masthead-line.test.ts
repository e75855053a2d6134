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
  // The bodies of a joint head a line each under the notice's number, a name longer than the cleaner's signer lines allow and one ending
  // in 中心 among them (铜梁 dev, chongqing-tongliang-gongyebatiao.txt): the cleaner had run the last two into the title, so the number
  // line was taken for the head and the first body for the title.
  it('铜梁: every body of the stack, in its order, and the 关于 line the title', () => {
    const text =
      '铜经信发〔2024〕22号\n重庆市铜梁区经济和信息化委员会\n重庆市铜梁区发展和改革委员会\n重庆市铜梁区财政局\n重庆市铜梁区商务委员会\n重庆市铜梁区文化和旅游发展委员会\n重庆市铜梁区大数据应用发展管理局\n重庆市铜梁区金融发展中心\n关于印发《铜梁区促进工业高质量发展八条措施》的通知\n各镇人民政府、街道办事处,区政府有关部门,有关单位:\n《铜梁区促进工业高质量发展八条措施》于2024年4月28日经区经济体制改革专项小组工作会研究同意,现印发给你们,请认真贯彻执行。\n';
    const [doc] = documentsOfPlainText(text);
    expect(doc.title).toBe('关于印发《铜梁区促进工业高质量发展八条措施》的通知');
    expect(doc.issuer).toBe('重庆市铜梁区经济和信息化委员会、重庆市铜梁区发展和改革委员会、重庆市铜梁区财政局、重庆市铜梁区商务委员会、重庆市铜梁区文化和旅游发展委员会、重庆市铜梁区大数据应用发展管理局、重庆市铜梁区金融发展中心');
  });
  it('valid: bodies run together on a signature line are not one stacked body (the signature reader parts them)', () => {
    const text = '各有關單位:\n現將《若干措施》印發給你們,請認真貫徹執行。\n廣東省發展和改革委員會 廣東省科學技術廳\n廣東省財政廳 廣東省商務廳 廣東省工業和信息化廳\n2023年5月6日\n';
    expect(documentsOfPlainText(text)[0].issuer).toBe('廣東省發展和改革委員會、廣東省科學技術廳、廣東省財政廳、廣東省商務廳、廣東省工業和信息化廳');
  });
  it('valid: a sentence that ends in 文件 is no masthead (…印发的文件 runs on)', () => {
    expect(cleanText('各单位要认真学习市政府近期印发的文件\n精神,抓好落实。\n').clean.text).toBe('各单位要认真学习市政府近期印发的文件精神,抓好落实。');
  });
});
