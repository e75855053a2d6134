import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { pageFieldsOf, releaseDate, signatureOf } from './metadata.js';
import { fold } from './clean.js';
import { devText as dev } from '../dev-notices.js';

// Metadata classes from round 99 of the national development set (issue 9).

describe('a website named after its body names no body (website source)', () => {
  it.each([
    // 海南省 (hainan-hainansheng-jingjitizhen.txt)
    ['文章来源:海南省人民政府网', undefined],
    // form: a portal
    ['来源:成都市人民政府门户网站', undefined],
    // form: a body as the source stays one
    ['来源:海南省人民政府办公厅', '海南省人民政府办公厅'],
  ])('%s', (line, source) => {
    expect(pageFieldsOf([line]).source).toBe(source);
  });
  it('海南省: the issuer is the body over the title, not the site a repost names (原文链接 a page field)', () => {
    const d = documentsOfPlainText(dev('hainan-hainansheng-jingjitizhen.txt'))[0];
    expect(d.issuer).toBe('海南省人民政府办公厅');
  });
});

describe('a body that sealed for the signer, remarked under the signature, is no signer (countersigned)', () => {
  it.each([
    // 吉林省 (jilin-jilinsheng-bingxuelvyou.txt, round 100): the remark on a line of its own
    [['此通知。', '吉林省旅游产业发展领导小组', '(吉林省文化和旅游厅代签)', '2021年4月13日'], '吉林省旅游产业发展领导小组'],
    // …and run onto the body's line by the cleaner
    [['此通知。', '吉林省旅游产业发展领导小组(吉林省文化和旅游厅代签)', '2021年4月13日'], '吉林省旅游产业发展领导小组'],
  ])('%#', (paras, issuer) => {
    expect(signatureOf(paras as string[])?.issuer).toBe(issuer);
  });
  it('吉林省: the document’s issuer', () => {
    const d = documentsOfPlainText(dev('jilin-jilinsheng-bingxuelvyou.txt'))[0];
    expect(d.issuer).toBe('吉林省旅游产业发展领导小组');
  });
});

describe('a repost’s lead that dates the release to its month (release month)', () => {
  it.each([
    // 广东省 (guangdong-guangdongsheng-yingshanghuanjing.txt, round 98), traditional as the page writes it
    [['2023年7月,廣東省人民政府辦公廳印發《廣東省最佳化營商環境三年行動方案》。'], '2023-07'],
    // form: the day given, the day read
    [['2024年5月8日,XX市人民政府印发《关于促进消费的若干措施》。'], '2024-05-08'],
  ])('%#', (paras, date) => {
    expect(releaseDate(paras.map((p) => fold(p)))).toBe(date);
  });
});
