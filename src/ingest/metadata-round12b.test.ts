import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { citedOwnIssuer, issuerBeforeAbout } from './metadata.js';
import { docNumberRegion, ownLevel } from './regions.js';
import { devText as dev } from '../dev-notices.js';

// Round 12 of dev notices (issue 9), second half: the metadata classes of 西藏自治区 and 上海 宝山区, each in its general form.
const docOf = (text: string) => documentsOfPlainText(text)[0];

describe('joint_issuer_title: bodies issuing together before 印发/关于 on the title line, apart by a space, a 、, 和 or nothing', () => {
  it.each([
    // 西藏自治区 (xizang-xizangqu-shichangzhuti.txt): a space between the party committee and the government; the page ran its
    // breadcrumb into the line and the cleaner dropped the space
    ['中共西藏自治区委员会 西藏自治区人民政府印发《关于支持保护市场主体发展的若干政策措施》的通知', '中共西藏自治区委员会 西藏自治区人民政府'],
    ['网站首页新闻中心政府信息公开当前位置:首页>政府信息公开>政策法规>区政府文件中共西藏自治区委员会西藏自治区人民政府印发《关于支持保护市场主体发展的若干政策措施》的通知',
      '中共西藏自治区委员会西藏自治区人民政府'],
    // 四川 雅安 (sichuan-yaan-tizhibeizeng.txt): two offices, wide spaces (the cleaner joins the rest of the line)
    ['中共雅安市委办公室   雅安市人民政府办公室关于印发《雅安市推动特色优势产业提质倍增做强新型工业化主引擎实施方案》的通知', '中共雅安市委办公室   雅安市人民政府办公室'],
    // forms: 、 and 和 between, a full-width space, a county's offices
    ['中共濮阳县委、濮阳县人民政府关于加快民营经济发展的实施意见', '中共濮阳县委、濮阳县人民政府'],
    ['中共嘉兴市委和嘉兴市人民政府关于促进民营经济高质量发展的若干意见', '中共嘉兴市委和嘉兴市人民政府'],
    ['中共昆山市委　昆山市人民政府印发《关于加快创新集群发展的若干措施》的通知', '中共昆山市委　昆山市人民政府'],
    ['中共武定县委办公室 武定县人民政府办公室关于做好防汛工作的通知', '中共武定县委办公室 武定县人民政府办公室'],
  ])('%s', (line, issuer) => expect(issuerBeforeAbout(line)).toBe(issuer));
  it.each([
    // one body: nothing joined, a crumb before it neither
    ['温岭市人民政府关于推动经济高质量发展的实施意见', '温岭市人民政府'],
    ['政策法规>区政府文件温岭市人民政府关于推动经济高质量发展的实施意见', '温岭市人民政府'],
    // words before the body that are no body of a place
    ['转发国务院办公厅温岭市人民政府关于推动经济高质量发展的实施意见', '温岭市人民政府'],
  ])('one body: %s', (line, issuer) => expect(issuerBeforeAbout(line)).toBe(issuer));
  it('a cited document of the own government still gives the government alone (濮阳: the basis, not the joint issuer)', () => {
    const text = '根据《中共濮阳县委、濮阳县人民政府关于加快民营经济发展的实施意见》精神,结合实际,制定本规定。';
    expect(citedOwnIssuer(text, (b) => b.includes('濮阳县'))).toBe('濮阳县人民政府');
  });
  it('西藏: the document header takes the joint issuer, whitespace removed', () => {
    const text =
      '当前位置: 首页>政府信息公开>政策法规>区政府文件\n\n中共西藏自治区委员会 西藏自治区人民政府印发《关于支持保护市场主体发展的若干政策措施》的通知\n\n' +
      '来源: 自治区国资委 作者: 发布时间: 2021-01-26\n\n为深入贯彻落实《中共中央、国务院关于营造更好发展环境支持民营企业改革发展的意见》精神,全面做好“六稳”工作,支持保护我区各类市场主体发展,现提出以下若干政策措施。\n';
    const doc = docOf(text);
    expect([doc.issuer?.replace(/\s/g, ''), doc.region]).toEqual(['中共西藏自治区委员会西藏自治区人民政府', '西藏自治区']);
  });
});

describe('ownLevel: governments a notice counts by rank are not its own (宁夏)', () => {
  it.each([
    // 宁夏 (ningxia-ningxiasheng-gongyewenzengzhang.txt, traditional as written): the measures speak as 全区, and list 五个地级市人民政府
    // among the bodies of a note; the part under the cover had read as a 市 and lost the file's region
    ['貫徹全國穩住經濟大盤電視電話會議和全區穩經濟保增長促發展電視電話會議精神。(責任單位:自治區財政廳,五個地級市人民政府、寧東管委會)', '区'],
    ['(责任单位:自治区财政厅,五个地级市人民政府、宁东管委会)全区工业稳增长。', '区'],
    ['各县级市政府要落实。全省推进。', '省'],
    // (its own level's government still counts)
    ['市政府同意。全市推进。', '市'],
  ])('%s → %s', (text, level) => expect(ownLevel(text.replace(/區/g, '区').replace(/級/g, '级').replace(/個/g, '个'))).toBe(level));
  it('宁夏 dev: the measures under the cover take the file’s region', () => {
    const text = dev('ningxia-ningxiasheng-gongyewenzengzhang.txt');
    expect(documentsOfPlainText(text).map((d) => d.region)).toEqual(['宁夏回族自治区', '宁夏回族自治区']);
  });
});

describe('docno_level: a document number read at the level the notice speaks of', () => {
  it.each([
    // 上海 宝山区 (shanghai-baoshan-zhongdiangongzuo.txt): 宝府 in a 区 notice is no 宝鸡市; 宝山区 (上海) and 宝坻区 (天津) both
    // start so: none unless the text names the province
    ['宝府〔2014〕21号', '各镇人民政府,各街道办事处,区政府各委、办、局:', '区', undefined],
    ['宝府〔2014〕21号', '上海市各区人民政府:', '区', '宝山区'],
    ['宝府〔2014〕21号', '天津市各区人民政府:', '区', '宝坻区'],
    // forms: a Beijing district's one character (海淀区 is the only district of a provincial-level city starting so)
    ['海政发〔2020〕3号', '各街道办事处、各镇人民政府,区政府各委、办、局:', '区', '海淀区'],
    // a city notice keeps the city (苏府: 江苏省 is of another level)
    ['苏府〔2020〕1号', '各市、区人民政府,市各委办局:', '市', '苏州市'],
    // no level known: as before (苏府 alone names a province and a city)
    ['苏府〔2020〕1号', '为持续推进经济高质量发展,制定本办法。', undefined, undefined],
    // 浙江 镇海区 (zhejiang-zhenhai-renwufenjie.txt): a city's district numbers its documents by its first character too; the
    // city the text names in its own words ((宁波化工区管委会)) holds the one district so starting: 镇海区, not 镇江市
    ['镇政办发〔2011〕15号', '13.实施宁波石化经济技术开发区形象提升工程。(宁波化工区管委会)', '区', '镇海区'],
    // (no city named: none; the city named holds no such district: none; a county's level word is 县)
    ['镇政办发〔2011〕15号', '各镇人民政府、街道办事处,区政府各部门:', '区', undefined],
    ['镇政办发〔2011〕15号', '(杭州市发改委)', '区', undefined],
    ['镇政办〔2020〕3号', '(庆阳市发改委)', '县', '镇原县'],
  ])('%s in %s (%s)', (no, text, self, name) => expect(docNumberRegion(no, text, self)?.name).toBe(name));
  it('镇海: the page block that carries the number and the notice under it, which speaks as a 区, are 镇海区', () => {
    const text = '当前位置:文档库 › 镇政办发201115号\n镇政办发〔2011〕15号\n关于印发区政府二〇一一年政府工作报告任务分解的通知\n各镇人民政府、街道办事处,区政府各部门、各直属单位:\n现将区人民政府2011年工作任务及责任予以分解(详见附件),请认真做好落实工作。\n附件\n2011年政府工作报告任务分解\n1.区属GDP增长12%。(区发改局)\n13.实施宁波石化经济技术开发区形象提升工程。(宁波化工区管委会)\n';
    const docs = documentsOfPlainText(text);
    expect(docs.map((d) => d.region)).toEqual(docs.map(() => '镇海区'));
  });
  it('宝山: the notice speaks as a 区, and its header has no city of another level', () => {
    const text = '(二O一四年二月十四日)\n宝府〔2014〕21号\n各镇人民政府,各街道办事处,区政府各委、办、局:\n现将《2014年区政府重点工作安排》印发给你们,请认真按照执行。\n特此通知\n2014年区政府重点工作安排\n2014年,区政府要坚持稳中求进工作总基调。\n';
    expect(ownLevel(text)).toBe('区');
    expect(docOf(text).region).toBeUndefined();
  });
});
