import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { transmittalDate, newsLeadIssuer, pageFieldsOf, preambleMaker, signatureOf } from './metadata.js';
import { aliasesOf, aliasFullName, bulletedIssuerOverTitle, citedOwnDepartment, decidingGovernment, forwardedAuthor, pagePublisher, signingBodiesLine, sponsorIssuer } from './issuer-clues.js';
import { devText as dev } from '../dev-notices.js';

// Round 74 (sixteenth session) issuer classes: real texts of eval/national/dev (file named) and forms written from the class.
const issuerOf = (text: string) => documentsOfPlainText(text).map((d) => d.issuer).find(Boolean);

describe('a news lead names its issuer: joint bodies, after an outlet’s dateline, a site and the title it published (news lead issuer)', () => {
  it.each([
    ['近日,阿拉善盟委员会、阿拉善盟行政公署印发了《阿拉善盟“六个行动”实施方案》,全文如下:', '阿拉善盟委员会、阿拉善盟行政公署'],
    ['投资界1月26日消息,南京市政府印发《关于加快培育新质生产力推动高质量发展的若干政策(2026年版)》,其中提出', '南京市政府'],
    ['北测教的最新消息:今天,宁夏回族自治区人民政府网站发布了《自治区人民政府办公厅关于印发银川都市圈建设2019年工作计划的通知》,明确了', '自治区人民政府办公厅'],
    ['日前,成都市人民政府网站公布了《2022年〈政府工作报告〉目标任务责任分解方案》。', '成都市人民政府'],
    ['本报讯 3月2日,中共南昌县委、南昌县人民政府出台《关于促进工业高质量发展的若干措施》', '中共南昌县委、南昌县人民政府'],
    // (no body before the verb: a place alone issues nothing)
    ['本报讯（记者 王明）近日，某市出台支持制造业发展若干措施，对新入规企业给予10万元奖励。', undefined],
    // (a body in a sentence that is no lead)
    ['南京市政府印发《关于加快培育新质生产力的若干政策》', undefined],
  ])('%s', (line, want) => expect(newsLeadIssuer([line])).toBe(want));
  it.each([
    ['阿拉善 dev', dev('neimenggu-alashan-liugexingdong.txt'), '阿拉善盟委员会、阿拉善盟行政公署'],
    ['南京 dev', dev('jiangsu-nanjing-xinzhishengchanli.txt'), '南京市政府'],
    // (traditional characters: the issuer as written)
    ['宁夏 dev', dev('ningxia-ningxiasheng-yinchuandushiquan.txt'), '自治區人民政府辦公廳'],
  ])('%s', (_, text, want) => expect(issuerOf(text)).toBe(want));
});

describe('a cover that forwards a body’s document names that body as its author (forwarded author)', () => {
  it.each([
    ['自治州直属各县市人民政府,州人民政府各有关部门: 州移民办《关于伊犁州直2008年支持移民发展高效农林牧业优惠政策的意见》已经自治州人民政府同意,现转发你们,请结合实际,认真贯彻落实。', '州移民办'],
    ['各市、州、县人民政府,省政府各部门: 省发改委《关于2022年全省国民经济和社会发展计划的报告》已经省十三届人大七次会议审议通过,现批转给你们,请据此安排工作。', '省发改委'],
    ['市发展改革委、市工业和信息化局《关于促进民营经济发展的若干措施》已经市政府同意，现转发给你们，请认真贯彻执行。', '市发展改革委、市工业和信息化局'],
    // (its number between title and verb)
    ['各乡镇人民政府,县直各单位:\n县商务局《关于促进消费的实施意见》（县商〔2023〕5号）已经县政府同意，现予转发。', '县商务局'],
    // (no body before the title: the cover's own document)
    ['各有关单位:《关于促进民营经济发展的若干措施》已经市政府同意,现印发给你们,请认真贯彻执行。', undefined],
    // (a body citing a document it rests on: no forwarding)
    ['根据市发展改革委《关于促进民营经济发展的若干措施》要求,现将有关事项通知如下:', undefined],
  ])('%s', (line, want) => expect(forwardedAuthor(line.split('\n'))).toBe(want));
  it.each([
    ['伊犁 dev', dev('xinjiang-yili-yiminyouhui.txt'), '州移民办'],
    ['湖北省 dev', dev('hubei-hubeisheng-fazhanjihua2022.txt'), '省发改委'],
  ])('%s', (_, text, want) => expect(issuerOf(text)).toBe(want));
});

describe('a body the text names in full and then short is its full name (alias full name)', () => {
  const binhai = '天津市科技局关于征集项目的工作已经启动。天津市滨海新区科学技术局(以下简称“区科技局”)是注册在滨海新区的企业申报本项目的局级主管部门。';
  it.each([
    [binhai, '区科技局', '天津市滨海新区科学技术局'],
    ['为推动发展,江苏省工业和信息化厅（以下简称省工信厅）会同有关部门制定本办法。', '省工信厅', '江苏省工业和信息化厅'],
    ['广州市黄埔区人民政府、广州开发区管委会（下称“区政府”）决定：', '区政府', undefined],
    // (a short name for a document, or one that opens no place: no body)
    ['《关于促进民营经济发展的若干措施》（以下简称“措施”）', '措施', undefined],
    ['为推动发展,经研究,区科技局(以下简称“科技局”)制定本办法。', '科技局', undefined],
  ])('%s', (text, short, want) => expect(aliasFullName(text, short)).toBe(want));
  it('the short name is title block as the full one is (its title line is no clause)', () => {
    expect(aliasesOf(binhai, '天津市滨海新区科学技术局')).toEqual(['区科技局']);
    const d = documentsOfPlainText(dev('tianjin-binhai-yanfabuzhu.txt'))[0];
    expect(d.issuer).toBe('天津市滨海新区科学技术局');
  });
});

describe('a page field naming a government by its level only is the issuer as written (bare level government field)', () => {
  it.each([
    ['发布单位 | 区政府 | 发文日期 | 2022-07-14 |', '区政府'],
    ['发布机构：市政府  成文日期：2023-01-05', '市政府'],
    ['发布机构：县政府办  成文日期：2023-01-05', '县政府办'],
    // (a field naming no body)
    ['发布机构：政务公开  成文日期：2023-01-05', undefined],
  ])('%s', (line, want) => expect(pageFieldsOf([line]).issuer).toBe(want));
  it('临安 dev', () => expect(issuerOf(dev('zhejiang-linan-minshengshishi.txt'))).toBe('区政府'));
});

describe('a department’s own site: the sponsor its footer names issues a notice that speaks as that body (site sponsor issuer)', () => {
  it.each([
    ['主办单位:深圳市工业和信息化局\n投诉/咨询电话:12345\n…并于3月26日前将联系人反馈我局。', '深圳市工业和信息化局'],
    // (the cleaner ran the footer's next field into it)
    ['主办单位:阜新市工业和信息化局投诉/咨询电话:0418-1234567\n…请于5月10日前报送我局。', '阜新市工业和信息化局'],
    ['…请各县区于6月1日前报本委。\n主办单位：某某市发展和改革委员会　技术支持：某公司', '某某市发展和改革委员会'],
    // (a sponsor the notice does not speak as: the site's only)
    ['主办单位:中共武汉市委宣传部\n各区人民政府,市人民政府各部门:现将《报告》分解如下。', undefined],
    ['主办单位:农安县人民政府\n承办单位:县工信局\n活动时间:2023年5月1日起。', undefined],
  ])('%s', (text, want) => expect(sponsorIssuer(text)).toBe(want));
  it('深圳 dev: the attachments list names another document’s issuer, the footer’s sponsor is the notice’s', () => {
    const d = documentsOfPlainText(dev('guangdong-shenzhen-zhuanjingtexin.txt'))[0];
    expect([d.region, d.issuer]).toEqual(['深圳市', '深圳市工业和信息化局']);
  });
  it('an attachments list line in a short page’s head is no title line (附件:1.广东省工业和信息化厅关于…)', () => {
    const text = '各区工业和信息化局:\n现将有关事项通知如下。\n特此通知。\n附件:1.广东省工业和信息化厅关于组织开展2021年专精特新中小企业遴选工作的通知\n2.申报书\n';
    expect(issuerOf(text)).toBeUndefined();
  });
});

describe('a signature with the attachments listed between its body and its date (signature over attachments)', () => {
  it.each([
    [['联系方式:82363550,82363446。', '哈尔滨市科学技术局', '附件1:黑龙江省重点研发计划厅市联动项目申报书(模板).doc', '2022年10月26日'], '哈尔滨市科学技术局', '2022-10-26'],
    [['特此通知。', '某某县工业和信息化局', '附件1:申报表.xlsx', '附件2:承诺书.docx', '2023年3月1日'], '某某县工业和信息化局', '2023-03-01'],
    // (no body over the attachments: no signature)
    [['特此通知。', '附件1:申报表.xlsx', '2023年3月1日'], undefined, undefined],
  ] as [string[], string | undefined, string | undefined][])('%s', (lines, issuer, date) => {
    const s = signatureOf(lines);
    expect([s?.issuer, s?.date]).toEqual([issuer, date]);
  });
  it('哈尔滨 dev', () => expect(issuerOf(dev('heilongjiang-haerbin-tingshiliandong.txt'))).toBe('哈尔滨市科学技术局'));
});

describe('a preamble naming the body that drew up what the notice carries (preamble maker of a titled document)', () => {
  it.each([
    ['为做好《盐田区促进重点产业高质量发展扶持办法》(深盐府规〔2020〕2号)(详见附件1)的贯彻落实工作,盐田区工业和信息化局研究制定了《盐田区促进重点产业高质量发展扶持项目2020年申报指南》(详见附件2)', '盐田区工业和信息化局'],
    ['为规范资金管理,市财政局会同市工信局研究起草了《专项资金管理办法》,现予印发。', undefined],
    ['为贯彻落实省政府出台的《关于促进民营经济发展的若干措施》,结合我市实际,制定本措施。', undefined],
  ])('%s', (line, want) => expect(preambleMaker([line])).toBe(want));
  it('盐田 dev', () => expect(issuerOf(dev('guangdong-yantian-zhongdianchanye.txt'))).toBe('盐田区工业和信息化局'));
});

describe('a department writing to the departments of its kind below it cites its own document (cited own department)', () => {
  it.each([
    ['各园区、镇(街)工信部门,各有关企业:\n根据《东莞市工业和信息化局关于印发〈关于加快推动工业和信息化产业高质量发展的若干政策措施〉的通知》(东工信〔2025〕133号)要求,现将有关事项通知如下:', '东莞市工业和信息化局'],
    ['各市(州)科技管理部门,各有关单位:\n为进一步做好项目储备工作,根据2022年11月23日印发的《省科技厅关于开展中央引导地方科技发展资金储备项目申报的通知》要求,现就有关事项通知如下:', '省科技厅'],
    ['鄂科发〔2022〕14号\n各旗区、市直园区科技管理部门,各有关单位:\n按照《鄂尔多斯市科学技术局关于印发<鄂尔多斯市科技创新平台奖补实施细则>等六个奖补细则的通知》,现将有关事项通知如下:', '鄂尔多斯市科学技术局'],
    ['各县(市、区)商务主管部门:\n根据《岳阳市商务局关于开展2024年外贸企业奖补申报的通知》,请做好申报工作。', '岳阳市商务局'],
    // (the cited document is of another kind; the addressees name no kind; a ministry's document)
    ['各县区工信部门:\n根据《市财政局关于下达专项资金的通知》要求,现将有关事项通知如下:', undefined],
    ['各有关单位:\n根据《东莞市工业和信息化局关于印发…的通知》要求,现将有关事项通知如下:', undefined],
    ['各省、自治区工业和信息化主管部门:\n根据《工业和信息化部关于开展专精特新中小企业培育工作的通知》,现将有关事项通知如下:', undefined],
  ])('%s', (text, want) => expect(citedOwnDepartment(text.split('\n'))).toBe(want));
  it.each([
    ['东莞 dev', dev('guangdong-dongguan-shanggui.txt'), '东莞市工业和信息化局'],
    ['贵州省 dev', dev('guizhou-guizhousheng-chubeixiangmu.txt'), '省科技厅'],
    ['鄂尔多斯 dev', dev('neimenggu-eerduosi-kejijiangbu.txt'), '鄂尔多斯市科学技术局'],
  ])('%s', (_, text, want) => expect(issuerOf(text)).toBe(want));
});

describe('dict/department-kinds.json', () => {
  it('each word names one kind only', () => {
    const kinds = (JSON.parse(readFileSync(new URL('../../dict/department-kinds.json', import.meta.url), 'utf8')) as { kinds: string[][] }).kinds;
    const words = kinds.flat();
    expect(kinds.every((k) => k.length > 0)).toBe(true);
    expect(new Set(words).size).toBe(words.length);
  });
});

describe('a body bulleted on its own line right over the title is its issuer line (bulleted issuer over title)', () => {
  it.each([
    [['• 成文日期 2019-02-28', '• 发布日期 2019-02-28', '•   青岛市人民政府', '关于2019年重点办好城乡建设和'], '关于2019年重点办好城乡建设和改善人民生活方面10件实事的通知', '青岛市人民政府'],
    // (a bullet that is no body; a body over a line that is not the title)
    [['• 发布日期 2019-02-28', '关于2019年重点办好城乡建设和'], '关于2019年重点办好城乡建设和改善人民生活方面10件实事的通知', undefined],
    [['•   青岛市人民政府', '• 2019-02-28'], '关于2019年重点办好城乡建设和改善人民生活方面10件实事的通知', undefined],
  ] as [string[], string, string | undefined][])('%s', (head, title, want) => expect(bulletedIssuerOverTitle(head, title)).toBe(want));
  it('青岛 dev', () => expect(issuerOf(dev('shandong-qingdao-shishi.txt'))).toBe('青岛市人民政府'));
});

describe('the department a page names as its publisher: beside its site’s address, or in a disclosure trail (page publisher)', () => {
  it.each([
    [['首页 >> 信息公开 >> 通知公告', '吉林省工业和信息化厅 http://gxt.jl.gov.cn/           发布时间:2016-12-13 17:06:00          来源: 字体:'], '吉林省工业和信息化厅'],
    [['长春市政府信息公开专栏 >> 市科学技术局 >> 履职依据'], '市科学技术局'],
    // (the address is another division's site; a trail's government is the site's, not a section; a trail outside a disclosure catalogue)
    [['吉林省工业和信息化厅 http://www.panyu.gov.cn/ 发布时间:2016-12-13'], undefined],
    [['长春市政府信息公开专栏 >> 长春市人民政府办公厅 >> 政策文件'], undefined],
    [['首页 >> 市科学技术局 >> 通知公告'], undefined],
  ] as [string[], string | undefined][])('%s', (head, want) => expect(pagePublisher(head)).toBe(want));
  it.each([
    ['吉林省 dev', dev('jilin-jilinsheng-ruguishengji.txt'), '吉林省工业和信息化厅'],
    ['长春 dev', dev('jilin-changchun-kejichuangxin.txt'), '市科学技术局'],
  ])('%s', (_, text, want) => expect(issuerOf(text)).toBe(want));
});

describe('the government a notice’s decision names, by its level as written (deciding government)', () => {
  it.each([
    ['根据《中共定西市委 定西市人民政府关于推进工业强市战略的实施意见》(定发〔2017〕26号)“1+5”政策文件精神,市政府决定对2020年实现政策规定目标的相关企业和县区兑现奖励。', '市政府'],
    ['市政府决定,2026年在城乡建设和改善人民生活方面重点办好10件实事。', '市政府'],
    ['为推动各项工作的落实,强化政府决策的权威,区政府决定对区第十四届人大第二次会议确定的工作任务实施部门分工负责制。', '区政府'],
    // (a joint decision; an approval; a superior's decision cited)
    ['为加快发展步伐,市委、市政府决定实施十大工程。', undefined],
    ['经市政府同意,现将有关事项通知如下。', undefined],
    ['按照国务院决定,现将有关事项通知如下。', undefined],
  ])('%s', (line, want) => expect(decidingGovernment([line])).toBe(want));
  it.each([
    ['定西 dev', dev('gansu-dingxi-gongyejiangli.txt'), '市政府'],
    ['青岛 民生实事 dev', dev('shandong-qingdao-minshengshishi.txt'), '市政府'],
  ])('%s', (_, text, want) => expect(issuerOf(text)).toBe(want));
});

describe('a squashed cover’s date between its last sentence and the title of what it carries (cover end date)', () => {
  it.each([
    ['各市、州、县人民政府,省政府各部门: 省发改委《关于2022年全省国民经济和社会发展计划的报告》已经省十三届人大七次会议审议通过,现批转给你们,请据此安排工作。 各专项计划由省发改委会同有关部门另行下达。 2022年2月9日 关于2022年全省国民经济和 社会发展计划的报告 省发改委 2022年是…', '2022-02-09'],
    // (a date inside the text that no title follows; a past event's date)
    ['各专项计划由省发改委另行下达。2022年2月9日起施行。', undefined],
    ['会议于2022年2月9日召开。关于2022年全省国民经济和社会发展计划的报告已经审议通过。', undefined],
  ])('%s', (line, want) => expect(transmittalDate([line])).toBe(want));
});

describe('the bodies signing a joint cover with no date, on the line under its transmittal sentence (signing bodies line)', () => {
  const cover = '经自治区人民政府同意,现将《自治区关于振作工业经济促进工业经济平稳增长的行动方案》印发给你们,请认真贯彻执行。';
  it.each([
    // 宁夏 (ningxia-ningxiasheng-zhenzuogongye.txt): the line run into the plan's preamble by the cleaner
    [[cover, '自治区发展改革委、科技厅、工业和信息化厅、财政厅、国资委,地方金融监管局,宁夏税务局、人行银川中心支行、宁夏证监局为深入贯彻党中央、国务院决策部署,特制定本行动方案。'], '自治区发展改革委、科技厅、工业和信息化厅、财政厅、国资委,地方金融监管局,宁夏税务局、人行银川中心支行、宁夏证监局'],
    [[cover, '市发展改革委、市工业和信息化局、市财政局'], '市发展改革委、市工业和信息化局、市财政局'],
    // (a sentence, not a list; no transmittal sentence above)
    [[cover, '一、落实财税政策,切实减轻企业负担'], undefined],
    [['各有关单位:', '市发展改革委、市工业和信息化局、市财政局'], undefined],
  ] as [string[], string | undefined][])('%s', (paras, want) => expect(signingBodiesLine(paras)).toBe(want));
});
