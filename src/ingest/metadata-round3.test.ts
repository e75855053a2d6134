import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { crumbRegion, findRegion, maskCitations, regionOfBody, zoneMentions, zoneOfBody } from './regions.js';
import { COMMON_WORD_PLACES } from './meta-words.js';
import { issuerBeforeAbout, pageFieldsOf, signatureOf, transmittalDate } from './metadata.js';
import { devText } from '../dev-notices.js';

// Round 3 of the metadata classes (the 16 dev notices of round 4): real lines of eval/national/dev (file named in each
// case) and of public pages of other provinces (address in the case).
const dev = (file: string, lines = 40) => devText(file).split('\n').slice(0, lines).join('\n');
const meta = (text: string) => {
  const docs = documentsOfPlainText(text);
  const first = <K extends 'region' | 'issuer' | 'date'>(k: K) => docs.map((d) => d[k]).find(Boolean);
  return { region: first('region'), issuer: first('issuer'), date: first('date') };
};

describe('a superior named in a cited title is not the notice\'s jurisdiction', () => {
  it.each([
    // 《内蒙古自治区人民政府关于印发…》 cited, 我市, 对包头作出的; counties named in passing (在固阳县、达茂旗创建…)
    ['neimenggu-baotou-zhengceqingdan.txt', 8, '包头市'],
    // 《中共苏州市委 苏州市人民政府关于…》 cited, 按苏州市要求; 具有昆山特色: the county-level city's own words
    ['jiangsu-kunshan-chuangxinjiqun.txt', 6, '昆山市'],
    // 现对《郑州市人民政府关于印发…》(郑政〔2016〕29号)调整和补充如下: the amended title is the notice's own government's
    ['henan-zhengzhou-zhizaoqiangshi.txt', 6, '郑州市'],
    // 《河南省人民政府办公厅关于印发…》 cited, 开封 never named: no region beats 河南省
    ['henan-kaifeng-wenjin.txt', 1, undefined],
    // 我市 notice naming its province only in a programme's name (山东省制造业“单项冠军”): no region beats 山东省
    ['shandong-jinan-xianjinzhizao.txt', 40, undefined],
    // an autonomous region speaks of 全区: its own name in the title stays
    ['neimenggu-zizhiqu-chanyezhengce2023.txt', 6, '内蒙古自治区'],
  ])('%s', (file, lines, region) => {
    expect(meta(dev(file, lines)).region).toBe(region);
  });
  it('a county plan resting on its province\'s and a ministry\'s documents; 地下通道 is no 通道侗族自治县 (湖南 湘阴县, http://www.xiangyin.gov.cn/31185/32018/32020/32037/38010/content_2096107.html)', () => {
    const text =
      '为进一步推动全县城市地下市政基础设施建设,加强城市地下管线、地下通道、地下公共停车场、地下人防工程等地下市政基础设施的规范管理和有序运行,切实保障人民群众生命和财产安全。根据《住房和城乡建设部关于加强城市地下市政基础设施建设的指导意见》(建城〔2020〕111号)和《湖南省住房和城乡建设厅关于加强县以上城市地下市政基础设施建设和运行管理的实施意见》(湘建城〔2021〕165号)等文件精神,结合我县实际制定本工作方案。\n一、指导思想\n';
    expect(meta(text).region).toBeUndefined();
  });
  it('an everyday word that is a county\'s short name counts where the notice names its own place with it', () => {
    expect(regionOfBody('为推动全县经济发展,结合通道实际,制定本措施。全县各乡镇要抓好落实。')?.name).toBe('通道侗族自治县');
    expect(regionOfBody('推动互助合作,加强地下通道建设。全县各乡镇要抓好落实。')).toBeUndefined();
    expect(COMMON_WORD_PLACES.has('通道') && COMMON_WORD_PLACES.has('开封')).toBe(true);
  });
  it('a city plan whose title the notice issues keeps it (四川 彭州市 form: 关于印发《彭州市…》的通知)', () => {
    expect(maskCitations('关于印发《彭州市加快主导产业发展的若干政策措施》的通知')).toBe('关于印发《彭州市加快主导产业发展的若干政策措施》的通知');
    // 上海 闵行区 (dev): a cited title that names its issuer goes, with a plan nested in 〈〉
    expect(maskCitations('为深入贯彻落实《闵行区人民政府关于印发〈闵行区关于大力推进新型工业化高质量发展的若干政策意见〉的通知》(闵府规发〔2024〕1号)精神')).toMatch(/^为深入贯彻落实 +\(闵府规发/);
  });
});

describe('development zones named as the notice\'s own', () => {
  it.each([
    ['扬州经开区关于印发…的通知', ['扬州经济技术开发区']],
    ['在济南高新区注册经营、纳税和统计', ['济南高新技术产业开发区']],
    ['眉山天府新区', ['眉山天府新区']],
    ['南京江北新区管理委员会', ['南京江北新区']],
    ['长沙湘江新区、哈尔滨新区', ['长沙湘江新区', '哈尔滨新区']],
    ['天津市滨海新区人民政府', ['滨海新区']],
    // a province's new area is no place of its own; a zone without a place is none (稀土高新区 in a 包头 note)
    ['四川天府新区眉山经济和信息化局', []],
    ['有关旗县区人民政府、稀土高新区管委会', []],
  ])('%s', (text, names) => {
    expect(zoneMentions(text).map((z) => z.name)).toEqual(names);
  });
  it('the 滨海新区 mention is the division of that name', () => {
    expect(zoneMentions('天津市滨海新区人民政府')[0].code).toBe(findRegion('天津市滨海新区')!.code);
  });
  it.each([
    // the title run into the first sentence on one line, after a stray bar line
    ['henan-xinxianggaoxinqu-zhaoshang.txt', 3, '新乡高新技术产业开发区'],
    // no title: 把济南高新区打造成为…, 在济南高新区注册经营, 集团在高新区主营业务板块
    ['shandong-jinangaoxinqu-chuangxinchuangye.txt', 6, '济南高新技术产业开发区'],
    // the page's publisher, in a field table drawn with bars: | 发布机构 | 眉山天府新区 |
    ['sichuan-meishantianfu-tongji.txt', 20, '眉山天府新区'],
    // a zone's own excerpt after another zone's (昆明经开区 cited and named only as 经开区): the cited one is not read
    ['yunnan-kunminggaoxinqu-zhaoshang.txt', 12, '昆明高新技术产业开发区'],
  ])('%s', (file, lines, region) => {
    expect(meta(dev(file, lines)).region).toBe(region);
  });
  it('a zone\'s notice that calls itself 区 (全区, 本区) and names its zone once', () => {
    expect(zoneOfBody('为加快建设世界一流高科技园区,推动济南高新区高质量发展,特制定本政策。本政策适用于在济南高新区注册的企业。全区各部门要抓好落实。')?.name).toBe('济南高新技术产业开发区');
    // a district's notice that names a zone once in passing: none
    expect(zoneOfBody('支持济南高新区建设。全区各部门要抓好落实,本区企业可申报。')).toBeUndefined();
  });
  it('a city notice that names a zone in passing keeps no zone (辽宁 营口市 form: 全市)', () => {
    expect(zoneOfBody('支持营口高新区建设。全市各县区要落实。对在营口高新区注册的企业给予奖励。')).toBeUndefined();
  });
});

describe('the page head of a zone\'s notice (四川 眉山天府新区)', () => {
  it('fields drawn with bars are read and skipped; the date printed under the issuer outranks the page\'s 成文日期', () => {
    const m = meta(dev('sichuan-meishantianfu-tongji.txt', 20));
    expect(m).toEqual({ region: '眉山天府新区', issuer: '四川天府新区眉山经济和信息化局', date: '2025-11-10' });
    expect(pageFieldsOf(['|索引号|971045726/tfxq/2025-00514|发布机构|眉山天府新区|公开日期|2025-11-14|', '|成文日期|2025-11-14|有效性|有效|||'])).toMatchObject({
      publisher: '眉山天府新区',
      signed: '2025-11-14',
      published: '2025-11-14',
    });
  });
  it('a body whose document a sentence follows issues that one, not this (按照眉山市人民政府关于《…》文件要求)', () => {
    expect(issuerBeforeAbout('按照眉山市人民政府关于《进一步加强统计调查基层基础工作的意见》(眉府发〔2022〕34号)文件要求')).toBeUndefined();
    expect(issuerBeforeAbout('温岭市人民政府关于推动经济高质量发展的实施意见')).toBe('温岭市人民政府');
  });
});

describe('breadcrumbs and titles that name a city by its short name', () => {
  it.each([
    // 山东 滨州市 (dev): a trail without a label, its place crumb between two others
    ['选择山东_新> 城市要览> 滨州> 政策支持', '滨州市'],
    ['首页 > 政务公开 > 江宁区 > 政策文件', '江宁区'],
    // 广东 (https://33jin.com/a/news/quote/2023/0409/3138.html): a trail without a place
    ['您的位置:主页 > 公告动态 > 投资资讯 > 投资资讯', undefined],
    // two crumbs are no trail
    ['政策动态 > 滨州', undefined],
  ])('%s', (line, region) => {
    expect(crumbRegion(line)?.name).toBe(region);
  });
  it.each([
    // 山东 滨州市: the trail run into the title and the first sentence, which cites 省政府 and says 我市
    ['shandong-binzhou-zhaoshangjili.txt', 12, '滨州市'],
    // 贵州 贵阳市: 政策动态 | 贵阳贵安促进软件和信息技术服务业发展的若干措施 (省委、省政府 and 市委 each once)
    ['guizhou-guiyang-ruanjian.txt', 4, '贵阳市'],
    // 新疆 库西 (兵团 zone the gazetteer does not hold): a province's short name opening the title is not read
    ['xinjiang-kuxi-zhaoshang.txt', 3, undefined],
  ])('%s', (file, lines, region) => {
    expect(meta(dev(file, lines)).region).toBe(region);
  });
});

describe('a crumb naming a province yields to the city the notice names inside it', () => {
  it('首页 > 山东省 > 政策文件 over a 全市 notice of 滨州', () => {
    expect(meta('首页 > 山东省 > 政策文件\n重大招商引资项目激励办法\n为切实加大对重大招商引资项目的引进扶持力度,结合滨州实际,制定本激励办法。\n全市各县区要抓好落实。\n').region).toBe('滨州市');
  });
});

describe('dates and issuers of signatures and page stamps in other shapes', () => {
  it('a page stamp with its time of day inside a head the cleaner ran together (山东 滨州市)', () => {
    expect(meta(dev('shandong-binzhou-zhaoshangjili.txt', 12)).date).toBe('2019-07-26');
    expect(pageFieldsOf(['选择山东_新>城市要览>滨州>政策支持贯彻落实省政府《支持实体经济高质量发展的若干政策》2019-07-26 10:15为切实加大对重大招商引资项目的引进扶持力度。']).published).toBe('2019-07-26');
    expect(pageFieldsOf(['关于支持实体经济的若干政策2019年07月26日 10:15为切实加大扶持力度。']).published).toBe('2019-07-26');
    expect(pageFieldsOf(['关于支持实体经济的若干政策 2019/7/26 10:15:02 为切实加大扶持力度。']).published).toBe('2019-07-26');
    // a date without its time inside a sentence is no stamp
    expect(pageFieldsOf(['自2019-07-26起施行。']).published).toBeUndefined();
  });
  it('a signature dated by its year only, closing the text (辽宁 营口市)', () => {
    expect(meta(dev('liaoning-yingkou-cuxiaofei.txt'))).toMatchObject({ issuer: '营口市财政局', date: '2025' });
    expect(signatureOf(['为全市经济发展注入新动力。', '营口市财政局', '2025年10月'])).toEqual({ issuer: '营口市财政局', date: '2025-10' });
    expect(signatureOf(['为全市经济发展注入新动力。', '营口市财政局', '二〇二五年十月'])).toEqual({ issuer: '营口市财政局', date: '2025-10' });
    expect(signatureOf(['为全市经济发展注入新动力。', '营口市财政局', '2025年'])).toEqual({ issuer: '营口市财政局', date: '2025' });
    // a year alone under a sentence is no signature
    expect(signatureOf(['为全市经济发展注入新动力。', '2025'])).toBeUndefined();
  });
  it.each([
    // 河南 开封市 (dev): the page dropped the issuer line; the text is one line
    ['各县、区人民政府,市人民政府各部门: 《扎实推进2024年下半年经济稳进向好若干措施》已经市政府同意,现印发给你们,请认真贯彻落实。 2024年9月6日 (此件公开发布) 扎实推进2024年下半年经济稳进向好若干措施 为深入学习贯彻党的二十大精神。', '2024-09-06'],
    // 江苏 盐城市 form (http://hbqzj.com/art/2024/2/9/art_44958_10931.html, simplified, issuer line dropped)
    ['《盐城市公共资源公平交易新生态攻坚行动方案》经市政府常务会议审议通过,现印发给你们,请抓紧组织实施。2024年2月9日(此件公开发布)', '2024-02-09'],
    // a date inside the sentence is not one after it
    ['现印发给你们,请于2024年9月6日前认真贯彻落实。', undefined],
  ])('the date right after a transmittal sentence: %s', (text, date) => {
    expect(transmittalDate([text])).toBe(date);
  });
});

describe('a repost naming the government site it copied', () => {
  it.each([
    // 内蒙古自治区 (dev, traditional): the line and the title ran together; the issuer is reported as written
    ['neimenggu-zizhiqu-chanyezhengce2023.txt', '內蒙古自治區人民政府'],
  ])('%s', (file, issuer) => {
    expect(meta(dev(file, 6)).issuer).toBe(issuer);
  });
  it('simplified, on its own line above the title', () => {
    const m = meta('转载自“广西壮族自治区人民政府门户网站”\n广西壮族自治区支持工业企业稳增长若干措施\n一、对新增规上工业企业给予奖励。\n');
    expect(m.issuer).toBe('广西壮族自治区人民政府');
    expect(m.region).toBe('广西壮族自治区');
  });
});
