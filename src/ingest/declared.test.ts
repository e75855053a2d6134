import { describe, expect, it } from 'vitest';
import { applyDeclared, applyDefaults, frontMatter } from './declared.js';
import { documentsOfPlainText } from './ingest.js';
import { toOriginal } from './tracked.js';

// 江苏 南京 (eval/national/dev/jiangsu-nanjing-zhizaoye.txt), its head and first item.
const NOTICE = '市政府关于加快发展先进制造业振兴实体经济若干政策措施的意见\n宁政发〔2017〕95号\n各区人民政府:\n为深入贯彻全省制造业大会精神,现结合南京实际提出以下意见。\n1.每年确定百项重点工业产业建设项目和百项重点技术改造项目,加强组织协调和要素保障,加快项目建设,推进全市产业转型升级和中高端发展。择优支持一批产业高端化项目,分别给予不超过1000万元补助。同时积极争取省相关政策支持。(市经信委、发改委、规划局、国土局、环保局、安监局、科委)\n';

describe('frontMatter: a source line or block before the notice', () => {
  it.each([
    ['# source: http://antespace.com/962.html\n' + NOTICE, { address: 'http://antespace.com/962.html' }],
    ['source: https://www.gov.cn/x.html\r\n' + NOTICE, { address: 'https://www.gov.cn/x.html' }],
    ['<!-- url: https://www.gov.cn/y.html -->\n' + NOTICE, { address: 'https://www.gov.cn/y.html' }],
    ['原文链接：http://www.nanjing.gov.cn/a.html\n' + NOTICE, { address: 'http://www.nanjing.gov.cn/a.html' }],
    ['---\nsource: http://a.cn/1\nregion: 南京市\nissuer: 南京市人民政府\ndate: 2017-06-05\n---\n' + NOTICE, { address: 'http://a.cn/1', region: '南京市', issuer: '南京市人民政府', date: '2017-06-05' }],
    ['# source: http://a.cn/2\n# region: 南京\n' + NOTICE, { address: 'http://a.cn/2', region: '南京' }],
  ])('%j', (text, meta) => {
    const fm = frontMatter(text);
    expect(fm.meta).toEqual(meta);
    expect(text.slice(fm.end)).toBe(NOTICE);
  });
  it.each([
    // a web page's own first line is text (内蒙古 兴安盟)
    '来源:盟商务口岸局作者:盟商务口岸局发布时间:2022年07月19日\n兴安盟招商引资优惠政策',
    // a title with a colon
    '奖励政策:澜沧县2025年推动经济稳进提质政策措施\n',
    // an unclosed --- block is no front matter
    '---\nsource: http://a.cn/3\n' + NOTICE,
  ])('%j is text', (text) => expect(frontMatter(text).end).toBe(0));

  it('the address is kept, never the title, and offsets still point into the file', () => {
    const text = '# source: http://antespace.com/962.html\n' + NOTICE;
    const docs = documentsOfPlainText(text, 'nanjing.txt');
    expect(docs[0].address).toBe('http://antespace.com/962.html');
    expect(docs[0].title).toBe('市政府关于加快发展先进制造业振兴实体经济若干政策措施的意见');
    expect(docs[0].region).toBe('南京市');
    const at = docs[0].text.indexOf('1000万元');
    const orig = toOriginal(docs[0].offsets, at);
    expect(text.slice(orig, orig + 6)).toBe('1000万元');
  });
});

describe('applyDeclared / applyDefaults', () => {
  const docs = () => documentsOfPlainText(NOTICE, 'n.txt');
  it('a declared region is resolved in the gazetteer and outranks the text', () => {
    const d = docs();
    const w = applyDeclared(d, { region: '江宁', issuer: '江宁区人民政府' }, 'n.txt');
    expect(d[0]).toMatchObject({ region: '江宁区', regionCode: '320115', issuer: '江宁区人民政府' });
    expect(w).toEqual(['n.txt: the text reads region 南京市; using the declared 江宁区']);
  });
  it('a region the gazetteer does not know is kept as written, with a warning', () => {
    const d = docs();
    expect(applyDeclared(d, { region: '郑东新区' }, 'n.txt')).toEqual(['n.txt: region "郑东新区" is not a division the gazetteer knows; kept as written']);
    expect(d[0].region).toBe('郑东新区');
    expect(d[0].regionCode).toBeUndefined();
  });
  it('a national-level new area is known by its short name (dict/new-areas.json)', () => {
    const d = docs();
    expect(applyDeclared(d, { region: '两江新区' }, 'n.txt')).toEqual(['n.txt: the text reads region 南京市; using the declared 重庆两江新区']);
    expect(d[0].region).toBe('重庆两江新区');
  });
  it('batch defaults fill only what is missing', () => {
    const d = docs();
    applyDefaults(d, { region: '苏州市', issuer: '南京市人民政府', date: '2017-06-05' }, 'n.txt');
    expect(d[0]).toMatchObject({ region: '南京市', issuer: '市政府', date: '2017-06-05' });
  });
});
