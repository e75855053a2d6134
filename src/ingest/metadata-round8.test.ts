import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { signatureOf, zoneTitleAuthor } from './metadata.js';
import { devText as dev } from '../dev-notices.js';

// Round 8 of the metadata classes (the 11 dev notices of round 8): real lines of eval/national/dev (file named in each
// case); "form" marks a line written from the class where the dev set had one example only.
const docsOf = (text: string, name = 'x.txt') => documentsOfPlainText(text, name);

describe('signature_in_brackets: a signature line the page wrapped in brackets is the signature', () => {
  it.each([
    // 贵州 沿河 (guizhou-yanhe-minyingjingji.txt), under the transmittal sentence
    [['…现印发给你们,请认真贯彻执行。', '(沿河土家族自治县人民政府办公室2025年3月14日)'], '沿河土家族自治县人民政府办公室', '2025-03-14'],
    // forms: full-width brackets, 〔〕, a space between body and date, a date in Chinese numerals
    [['请认真贯彻执行。', '（毕节市人民政府办公室 2023年6月1日）'], '毕节市人民政府办公室', '2023-06-01'],
    [['请认真贯彻执行。', '〔某某县人民政府二〇二四年三月五日〕'], '某某县人民政府', '2024-03-05'],
  ])('%j → %s %s', (paras, issuer, date) => {
    expect(signatureOf(paras)).toEqual({ issuer, date });
  });
  it.each([
    // a bracketed remark with a body and a date is no signature when the brackets hold more brackets or no date
    [['(此件公开发布)']],
    [['(责任单位:县工信局)']],
  ])('no signature: %j', (paras) => {
    expect(signatureOf(paras)).toBeUndefined();
  });
  it('沿河: issuer and date of the notice', () => {
    const [doc] = docsOf(dev('guizhou-yanhe-minyingjingji.txt'), 'guizhou-yanhe-minyingjingji.txt');
    expect([doc.issuer, doc.date, doc.region]).toEqual(['沿河土家族自治县人民政府办公室', '2025-03-14', '沿河土家族自治县']);
  });
});

describe('many_signers: a joint notice signed by five bodies keeps all five', () => {
  it('金山 (shanghai-jinshan-shitijingji.txt): five lines of bodies above the date', () => {
    const paras = ['特此通知。', '金山区经济委员会', '金山区科学技术委员会', '金山区财政局', '金山区市场监督管理局', '金山区投资促进办公室', '2023年12月21日'];
    expect(signatureOf(paras)).toEqual({ issuer: '金山区经济委员会、金山区科学技术委员会、金山区财政局、金山区市场监督管理局、金山区投资促进办公室', date: '2023-12-21' });
    const [doc] = docsOf(dev('shanghai-jinshan-shitijingji.txt'), 'shanghai-jinshan-shitijingji.txt');
    expect(doc.issuer?.split('、')).toHaveLength(5);
  });
});

describe('news_dateline: only a news dateline makes a text news, not a site section named 资讯', () => {
  it('吉林省 (jilin-jilinsheng-renshen.txt): 人参相关食品资讯 run into the first sentence; the notice is the province\'s', () => {
    const [doc] = docsOf(dev('jilin-jilinsheng-renshen.txt'), 'jilin-jilinsheng-renshen.txt');
    expect([doc.kind === 'news', doc.region]).toEqual([false, '吉林省']);
  });
  it.each([
    ['本报讯（记者 王明）近日，某市出台支持制造业发展若干措施，对新入规企业给予10万元奖励。'],
    ['新华社北京5月6日电 记者从工业和信息化部获悉，……'],
    ['中国网5月6日讯 某市出台若干措施。'],
  ])('form, still news: %s', (head) => {
    const [doc] = docsOf(`某市出台新政支持制造业\n${head}\n对新入规企业给予10万元奖励。`);
    expect(doc.kind).toBe('news');
  });
});

describe('zone_title_author: a zone opening a title authors the notice', () => {
  it.each([
    // 北京 经开区 (beijing-jingkaiqu-bangfu.txt): a crumb trail run into the title
    ['您现在的位置:首页>政策解读>详情页北京经济技术开发区关于加大企业帮扶力度支持企业高质量发展的若干措施', '北京经济技术开发区'],
    // 新疆 库西 (xinjiang-kuxi-zhaoshang.txt, folded): no 关于, the policy's name after the zone
    ['新疆兵团农二师库西经济工业园区招商引资优惠政策', '新疆兵团农二师库西经济工业园区'],
    // forms: 高新区, 新区, a bracketed edition after the name
    ['成都高新区促进科技创新若干政策', '成都高新区'],
    ['兰州新区关于支持企业发展的若干措施（试行）', '兰州新区'],
  ])('%s → %s', (title, zone) => {
    expect(zoneTitleAuthor(title)).toBe(zone);
  });
  it.each([
    ['关于支持荆门高新区高质量发展的实施意见'],
    ['某市人民政府关于印发支持制造业发展若干措施的通知'],
    ['高新区'],
  ])('no zone author: %s', (title) => {
    expect(zoneTitleAuthor(title)).toBeUndefined();
  });
  it.each([
    ['beijing-jingkaiqu-bangfu.txt', '北京经济技术开发区'],
    ['xinjiang-kuxi-zhaoshang.txt', '新疆兵團農二師庫西經濟工業園區'],
  ])('%s: issuer %s (as written)', (file, issuer) => {
    const [doc] = docsOf(dev(file), file);
    expect(doc.issuer).toBe(issuer);
  });
});
