import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { decidingGovernment } from './issuer-clues.js';
import { autonomousRegionSpoken, findRegion } from './regions.js';
import { extractDocument } from '../extract/extract.js';
import { devText as dev } from '../dev-notices.js';

// Metadata classes from round 121 of the national development set (issue 9), and forms written from each class.

const head = (text: string) => documentsOfPlainText(text).map((d) => [d.title, d.region, d.issuer])[0];

describe('addressees that name places before the first 各 are no title, and an autonomous region named only by the places below it speaks (addressed places)', () => {
  it('新疆 (xinjiang-xinjiangqu-zuidigongzi.txt, traditional): 伊犁哈薩克自治州,各州、市、縣(市)人民政府,…自治區人民政府各部門…:', () => {
    expect(head(dev('xinjiang-xinjiangqu-zuidigongzi.txt'))).toEqual(['', '新疆维吾尔自治区', '自治區人民政府']);
  });
  it.each([
    // forms: a prefecture and a league named first, simplified
    ['阿拉善盟,各盟行政公署、市人民政府,自治区各委、办、厅、局:\n根据国家有关规定,自治区人民政府决定调整全区最低工资标准。\n一类地区最低工资标准为1980元/月。', ['', '内蒙古自治区', '自治区人民政府']],
    ['伊犁哈萨克自治州,各州、市、县(市)人民政府,各行政公署,自治区人民政府各部门、各直属机构:\n自治区人民政府决定对全区最低工资标准进行调整。\n一、全区最低工资标准分为4个档次。', ['', '新疆维吾尔自治区', '自治区人民政府']],
  ])('%s', (text, want) => expect(head(text)).toEqual(want));
  it('an autonomous region is not taken from places in two provinces, nor without its own words', () => {
    expect(autonomousRegionSpoken('自治区人民政府决定,全区执行。伊犁哈萨克自治州、兰州市各一个。')).toBeUndefined();
    expect(autonomousRegionSpoken('伊犁哈萨克自治州人民政府决定。')).toBeUndefined();
  });
});

describe('an autonomous region’s government announcing its decision is the issuer, by its level as written (deciding government)', () => {
  it.each([
    // 内蒙古 (neimenggu-zizhiqu-zuidigongzi.txt)
    [['根据我区经济发展和职工工资水平增长情况,经人力资源和社会保障部核准,自治区人民政府决定调整自治区最低工资标准和非全日制工作小时最低工资标准。'], '自治区人民政府'],
    // (新疆's traditional 自治區人民政府決定 is read folded, its name as written: the document test above)
    // forms: a prefecture's and a county's; a joint decision is none
    [['经研究,自治州人民政府决定对全州…予以表彰。'], '自治州人民政府'],
    [['经研究,自治县人民政府决定,对…给予奖励。'], '自治县人民政府'],
    [['自治区党委、自治区人民政府决定,授予…称号。'], undefined],
  ] as [string[], string | undefined][])('%s', (paras, want) => expect(decidingGovernment(paras)).toBe(want));
});

describe('a line that only lists the bodies a notice is sent to is no title, whatever body opens it (addressee list)', () => {
  const titles = (text: string) => documentsOfPlainText(text).map((d) => d.title);
  it.each([
    // 怀柔 (beijing-huairou-lvyou.txt): no 各 first; 龙湾 2024 (zhejiang-longwan-gaozhiliang2024.txt): a page's chrome before it
    ['区各委办局、各镇乡、各有关单位:\n现将有关事项通知如下。\n一、对新评定的景区给予10万元奖励。'],
    ['阅读版本|![]()|各街道办事处,区各有关单位:\n现将有关事项通知如下。\n一、对新评定的景区给予10万元奖励。'],
    // forms: towns' governments only (巫溪), zones' committees first (中山)
    ['古路镇、下堡镇人民政府:\n现将有关事项通知如下。\n一、对新评定的景区给予10万元奖励。'],
    ['火炬开发区管委会,翠亨新区管委会,各镇政府、街道办事处,市各有关单位:\n现将有关事项通知如下。\n一、对新评定的景区给予10万元奖励。'],
  ])('%s', (text) => expect(titles(text)[0]).toBe(''));
  it('a title is still a title (关于…的通知 ending in a colon-free line)', () => {
    expect(titles('关于开展2024年度企业技术中心认定工作的通知\n各有关单位:\n现将有关事项通知如下。')[0]).toBe('关于开展2024年度企业技术中心认定工作的通知');
  });
});

describe('a cover with no title line is titled by the one document it sends, unless that document stands on its own after it (carried title)', () => {
  const docs = (text: string) => documentsOfPlainText(text).map((d) => d.title);
  it('盐城 (jiangsu-yancheng-shuziyancheng.txt): 《2024年数字盐城工作要点》已经市政府同意,现印发给你们', () => {
    expect(docs(dev('jiangsu-yancheng-shuziyancheng.txt'))[0]).toBe('2024年数字盐城工作要点');
  });
  it('源城 (guangdong-yuancheng-ducha.txt): the plan stands under its own heading after the cover, so the cover keeps no title', () => {
    expect(docs(dev('guangdong-yuancheng-ducha.txt'))).toEqual(['', '2024年区《政府工作报告》重点工作督查方案']);
  });
  it.each([
    // forms: traditional; several documents sent name none
    ['各區縣人民政府,市政府各部門:\n《重慶市促進個體工商戶發展若干措施》已經市政府同意,現印發給你們,請認真貫徹執行。\n一、對新開業的個體工商戶給予1000元補貼。', '重慶市促進個體工商戶發展若干措施'],
    ['各乡镇人民政府,区直各部门:\n《甲区工业发展若干政策》《甲区服务业发展若干政策》已经区政府同意,现印发给你们。\n一、对新上规企业给予10万元奖励。', ''],
  ])('%s', (text, want) => expect(docs(text)[0]).toBe(want));
});

describe('a joint signature whose second body holds a list in brackets, the district government’s office first (joint office signature)', () => {
  it('龙湾 2024 (zhejiang-longwan-gaozhiliang2024.txt): both bodies sign; the region is the district, not the zone', () => {
    expect(head(dev('zhejiang-longwan-gaozhiliang2024.txt'))).toEqual(['', '龙湾区', '温州市龙湾区人民政府办公室温州湾新区(高新区、经开区)党政办公室']);
  });
  it('a form: a county government’s office beside a zone’s 党工委办公室', () => {
    const text = '各乡镇人民政府,县直各单位:\n现将有关事项通知如下。\n一、对新上规企业给予10万元奖励。\n安吉县人民政府办公室 安吉经济开发区(灵峰街道、递铺街道)党工委办公室\n2024年5月6日';
    expect(head(text)).toEqual(['', '安吉县', '安吉县人民政府办公室安吉经济开发区(灵峰街道、递铺街道)党工委办公室']);
  });
});

describe('a title that runs on into the text on a line that lost its breaks is cut at its title word; the rest stays body (run-on title)', () => {
  const read = (text: string) => documentsOfPlainText(text).map((d) => ({ title: d.title, clauses: extractDocument(d).map((c) => [c.text.slice(0, 12), c.amounts.map((a) => a.yuan)]) }))[0];
  it('前湾 (zhejiang-qianwanxinqu-kejichuangxin.txt, its line breaks removed): 申报条件: after the title, and its issuer before it', () => {
    const oneLine = dev('zhejiang-qianwanxinqu-kejichuangxin.txt').replace(/\s*\n\s*/g, '');
    const doc = read(oneLine);
    expect(doc.title).toBe('关于组织开展2022年度科技创新奖励(企业工程(技术)中心、企业研究院等资助)申报工作的通知');
    expect(doc.clauses[0][0]).toBe('申报条件:2022年度新');
    expect(doc.clauses.flatMap((c) => c[1])).toContain(50000);
  });
  it.each([
    // 杞县 (henan-qixian-touziyouhui.txt): a preamble after the title; 永康 (zhejiang-yongkang-wushibai.txt): the addressees
    ['杞县鼓励外来投资优惠政策为进一步扩大对外开放,加大招商引资力度,鼓励境内外客商到杞县投资兴业,充分调动全县招商引资的积极性,加快杞县经济发展,根据国家、省、市有关政策和法规,结合杞县实际,特制定本政策。一、对投资5000万元以上的项目,奖励10万元。', '杞县鼓励外来投资优惠政策'],
    ['关于命名和表彰新“五十百”企业的决定各镇人民政府、街道办事处,经济开发区管委会,城西新区管委会,市府各部门:根据永委〔2007〕6号文件精神,经审定,决定命名铁牛集团有限公司等5家企业分别为“航母”、“巨人”企业,并给予技改资金奖励,奖励技改资金300万元。', '关于命名和表彰新“五十百”企业的决定'],
  ])('%s', (text, title) => {
    const doc = read(text);
    expect(doc.title).toBe(title);
    expect(doc.clauses.flatMap((c) => c[1]).length).toBeGreaterThan(0);
  });
});

describe('a district’s name that a zone’s committee bears is that zone’s, no district (zone committee)', () => {
  it('漯河 2016 (henan-luohe-minshengshishi2016.txt): 西城区管委会 among the city’s bodies, no 北京 西城区', () => {
    expect(head(dev('henan-luohe-minshengshishi2016.txt'))[1]).toBe('漯河市');
  });
  it('the committee’s name is passed over; a district’s government is still its district', () => {
    expect(findRegion('牵头单位:市发改委、西城区管委会 配合单位:郾城区人民政府、源汇区人民政府')?.name).not.toBe('西城区');
    expect(findRegion('西城区管理委员会')).toBeUndefined();
    expect(findRegion('西城区人民政府关于印发…的通知')?.name).toBe('西城区');
  });
});
