import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { findRegion, provincePrefix } from './regions.js';
import { withoutProvince } from './documents.js';
import { devText as dev } from '../dev-notices.js';

// Round 5 of the metadata classes (the 14 dev notices of round 5): real lines of eval/national/dev (file named in each
// case); "form" marks a line written from the class where the dev set had one example only.
const docsOf = (text: string) => documentsOfPlainText(text);

describe('a text that starts mid-document at a numbered item has no title: the item is body', () => {
  it.each([
    // 广东 江门 (guangdong-jiangmen-yitihua.txt): the excerpt opens at item 1, closed by its note
    ['1.规划一体化。树立“全市一盘棋”观念,对全市的经济社会发展规划和产业布局、城乡建设、土地利用、环境保护等方面规划进行统一编制。(市发展改革局、市经贸局、市规划局、市国土资源局、市环保局牵头,市建设局、市市政局、市高新区管委会,各市、区政府配合)\n2.基础设施一体化。推进蓬江、江海、新会三个区实现资源优化配置和共享。(市建设局牵头,市高新区管委会配合)\n'],
    // forms: （一） and 一、 items, a 第X条 article
    ['（一）加快园区建设。推进标准厂房建设，完善配套设施。（市工信局牵头）\n（二）强化要素保障。\n'],
    ['一、扩大有效投资。加快重大项目建设，确保全年完成投资目标。\n二、强化要素保障。\n'],
    ['第三条 奖励标准。对新认定的企业给予一次性奖励。\n第四条 附则。\n'],
  ])('%s', (text) => {
    const [doc] = docsOf(text);
    expect(doc.title).toBe('');
  });
  it.each([
    ['关于印发加快园区建设若干措施的通知\n1.加快园区建设。推进标准厂房建设。\n', '关于印发加快园区建设若干措施的通知'],
    // a heading line that is a title, not an item with sentences
    ['一、总体要求\n加快园区建设。\n', '一、总体要求'],
  ])('a title line stays the title: %s', (text, title) => {
    expect(docsOf(text)[0].title).toBe(title);
  });
  it('江门: the first item\'s units are read', async () => {
    const { extractDocument } = await import('../extract/extract.js');
    const [doc] = docsOf(dev('guangdong-jiangmen-yitihua.txt'));
    const first = extractDocument(doc)[0];
    expect(first.text.startsWith('树立“全市一盘棋”观念')).toBe(true);
    expect(first.units).toEqual(['市发展改革局', '市经贸局', '市规划局', '市国土资源局', '市环保局', '市建设局', '市市政局', '市高新区管委会', '各市、区政府']);
  });
});

describe('sibling districts listed each with its body name their city', () => {
  it.each([
    // 广东 江门 (guangdong-jiangmen-yitihua.txt)
    ['(市建设局、市交通局、市体育局、市市政局牵头,市高新区管委会,蓬江区政府、江海区政府、新会区政府配合)', '江门市'],
    // forms: 人民政府 / 管委会 / 党委 between the names; a plain list (the earlier rule)
    ['请蓬江区人民政府、江海区人民政府、新会区人民政府按职责落实', '江门市'],
    ['由越秀区政府和天河区政府负责', '广州市'],
    ['对惠城区、惠阳区所辖企业', '惠州市'],
  ])('%s → %s', (text, region) => {
    expect(findRegion(text)?.name).toBe(region);
  });
  it.each([
    // one district named with its body: it stays
    ['蓬江区人民政府关于加快园区建设的通知', '蓬江区'],
  ])('%s → %s', (text, region) => {
    expect(findRegion(text)?.name).toBe(region);
  });
  it.each([
    // 广东 江门 (guangdong-jiangmen-yitihua.txt): short names and a count, beside one district's full name
    ['蓬江区政府配合。推进蓬江、江海、新会三个区实现文化体育场馆、供水、供气、公交等领域资源优化配置和共享。', '江门市'],
    // forms: 两区, 3个区, 等四县区
    ['天河区政府负责。推进越秀、天河两区协同发展', '广州市'],
    ['蓬江区政府负责。蓬江、江海、新会3个区', '江门市'],
    // a short name of another city's district in the list: no city
    ['蓬江区政府负责。推进蓬江、天河两个区', '蓬江区'],
    // no count word: the short names are not read
    ['蓬江区政府负责。推进蓬江、江海、新会实现共享', '蓬江区'],
  ])('short names listed and counted: %s → %s', (text, region) => {
    expect(findRegion(text)?.name).toBe(region);
  });
  it('two districts of different cities are no siblings: no city is made of them', () => {
    expect(findRegion('蓬江区政府、天河区政府配合')?.level).toBe('county');
  });
  it('江门: the notice\'s region', () => {
    expect(docsOf(dev('guangdong-jiangmen-yitihua.txt'))[0].region).toBe('江门市');
  });
});

describe('a province written before a city\'s government by a news lead: the issuer as the notice writes it', () => {
  it.each([
    ['河南济源市人民政府', 2],
    ['河南省济源市人民政府', 3],
    ['广西南宁市人民政府', 2],
    ['北京市西城区发展和改革委员会', 3],
    ['济源市人民政府', 0],
    ['河南省人民政府', 0],
    // a place of another province after the name is no prefix
    ['河南南宁市人民政府', 0],
  ])('provincePrefix(%s) = %d', (body, n) => {
    expect(provincePrefix(body)).toBe(n);
  });
  it.each([
    // 河南 济源 (henan-jiyuan-zerendanwei.txt): the news lead, then 原文如下 and the notice's title
    ['河南济源市人民政府', '7月17日,河南济源市人民政府关于明确政府工作报告提出的2024年重点工作责任单位的通知。\n原文如下:\n济源市人民政府关于明确政府工作报告提出的2024年重点工作责任单位的通知\n', '济源市人民政府'],
    // the notice's own title writes the province: it stays (北京 西城 form)
    ['北京市西城区发展和改革委员会', '北京市西城区发展和改革委员会关于印发…的通知\n西城区发展和改革委员会将…\n', '北京市西城区发展和改革委员会'],
    // never written without it: it stays
    ['河南济源市人民政府', '河南济源市人民政府关于…的通知\n', '河南济源市人民政府'],
  ])('%s', (issuer, text, want) => {
    expect(withoutProvince(issuer, text)).toBe(want);
  });
  it('济源: the notice\'s issuer', () => {
    expect(docsOf(dev('henan-jiyuan-zerendanwei.txt')).map((d) => d.issuer).find(Boolean)).toBe('济源市人民政府');
  });
});
