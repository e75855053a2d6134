import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { signatureOf } from './metadata.js';
import { cleanText } from './clean.js';
import { devText as dev } from '../dev-notices.js';

// Round 11 of the metadata classes (the 14 dev notices of round 11): real lines of eval/national/dev (file named in each
// case) and "form" for a line written from the class where the dev half gave no second example.
const docsOf = (text: string, name = 'x.txt') => documentsOfPlainText(text, name);

describe('squashed_date_line: a signing date whose 年月日 the page lost, on a line of its own', () => {
  it('德阳 (四川, sichuan-deyang-zhizaoqiangshi.txt): 20201119 under the issuer outranks the page\'s 成文日期 2020-11-20', () => {
    const docs = docsOf(dev('sichuan-deyang-zhizaoqiangshi.txt'));
    expect(docs[0]).toMatchObject({ issuer: '德阳市人民政府办公室', date: '2020-11-19' });
    // the date line ends the signature: the plan's title below it is no part of a title "20201119加快建设…"
    expect(docs.every((d) => !/^\d/.test(d.title))).toBe(true);
  });
  it('濮阳县 (河南, henan-puyangxian-xiaowei.txt): 2025721 alone under the transmittal sentence, no issuer line above', () => {
    expect(docsOf(dev('henan-puyangxian-xiaowei.txt'))[0].date).toBe('2025-07-21');
  });
  it.each([
    // forms: a seven-digit date, a publication remark, the plan's title right below
    ['宜宾市人民政府办公室\n2024115\n宜宾市促进制造业发展若干措施\n一、支持企业技术改造。对技改项目给予补助。\n', '2024-01-15', '2024-01-18'],
    ['沈阳市辽中区人民政府\n20240115(此件公开发布)\n辽中区稳增长若干措施\n一、支持企业技术改造。\n', '2024-01-15', '2024-01-20'],
  ])('%s', (text, date, published) => {
    const docs = docsOf(`发布日期:${published}\n关于印发促进制造业发展若干措施的通知\n各区县人民政府:\n现将若干措施印发给你们,请认真贯彻执行。\n${text}`);
    expect(docs[0].date).toBe(date);
    expect(docs.some((d) => /\d{7}/.test(d.title))).toBe(false);
  });
});

describe('joint_issuer_line: joint bodies on one line are the issuer as written, whitespace removed', () => {
  it('雅安 (四川, sichuan-yaan-tizhibeizeng.txt): 中共雅安市委办公室   雅安市人民政府办公室 over the date', () => {
    expect(docsOf(dev('sichuan-yaan-tizhibeizeng.txt'))[0].issuer).toBe('中共雅安市委办公室雅安市人民政府办公室');
  });
  it('金山 (上海, shanghai-jinshan-shitijingji.txt): five bodies on lines of their own are joined with 、', () => {
    expect(docsOf(dev('shanghai-jinshan-shitijingji.txt'))[0].issuer).toBe('金山区经济委员会、金山区科学技术委员会、金山区财政局、金山区市场监督管理局、金山区投资促进办公室');
  });
  it.each([
    // forms: a full-width space, two ASCII spaces, the space lost; bodies on two lines
    [['请认真贯彻落实。', '中共彭州市委\u3000彭州市人民政府', '2017年6月22日'], '中共彭州市委彭州市人民政府'],
    [['请认真贯彻落实。', '六盘水市工业和信息化局  六盘水市财政局', '2023年3月1日'], '六盘水市工业和信息化局六盘水市财政局'],
    [['请认真贯彻落实。', '中共六盘水市委六盘水市人民政府', '2013年3月1日'], '中共六盘水市委六盘水市人民政府'],
    [['请认真贯彻落实。', '中共彭州市委', '彭州市人民政府', '2017年6月22日'], '中共彭州市委、彭州市人民政府'],
  ])('%j', (paras, issuer) => {
    expect(signatureOf(paras)?.issuer).toBe(issuer);
  });
});

describe('viewer_pages: a document-sharing page numbers its pages 1、 2、…, a page going on with the sentence the last one cut', () => {
  const long = (s: string) => s.repeat(Math.ceil(160 / s.length));
  it('嘉兴 (浙江, zhejiang-jiaxing-minyingjingji.txt): 2、户提供… goes on with …小微企业及个体工商', () => {
    const clean = cleanText(dev('zhejiang-jiaxing-minyingjingji.txt')).clean.text;
    expect(clean).toContain('为农户、小微企业及个体工商户提供融资担保及再担保业务免征增值税');
    expect(clean).not.toMatch(/^\d、/m);
  });
  it.each([
    // forms: three pages, the second cut inside a word, the third after a full stop; full-width digits fold alike
    [`1、${long('推动制造业高质量发展。')}支持企业\n2、技术改造。${long('加快数字化转型。')}\n3、${long('强化要素保障。')}`, true],
    [`１、${long('推动制造业高质量发展。')}支持企业\n２、技术改造。${long('加快数字化转型。')}`, true],
    // item numbers: every item starts a sentence of its own, or the lines are short
    [`1、${long('推动制造业高质量发展。')}\n2、${long('加快数字化转型。')}`, false],
    ['1、支持企业\n2、技术改造。', false],
  ])('%#', (text, marks) => {
    const clean = cleanText(text).clean.text;
    expect(/^[\d０-９]、/m.test(clean)).toBe(!marks);
  });
});
