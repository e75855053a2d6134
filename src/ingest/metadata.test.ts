import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { citedOwnIssuer, issuerBeforeAbout, pageFieldsOf, parseDate, signatureOf, squashedDate } from './metadata.js';
import { fold } from './clean.js';
import { docNumberPlaces, docNumberRegion, findRegion, maskSuperiors, regionOfBody, zoneIn } from './regions.js';
import { ISSUER_FIELDS, SOURCE_FIELDS, ZONES } from './meta-words.js';

// Real lines from the national development set (clean text: the cleaner joins wrapped lines and drops
// spaces, so page fields often run together) and from the seeds.

describe('parseDate: the ways notices write a date', () => {
  it.each([
    ['2023年8月24日', '2023-08-24'],
    ['2022年07月19日分享到:', '2022-07-19'],
    ['二〇二三年八月二十四日', '2023-08-24'],
    ['二○二一年十二月三十一日', '2021-12-31'],
    ['2023- 02- 27 11: 46', '2023-02-27'],
    ['2024-03-22来源:呼和浩特市人民政府', '2024-03-22'],
    ['2017/4/28', '2017-04-28'],
    ['2024.9.13', '2024-09-13'],
  ])('%s → %s', (text, iso) => expect(parseDate(text)).toBe(iso));
  it.each(['2023年13月1日', '第2023号', '100.5.3万元'])('%s is no date', (text) => expect(parseDate(text)).toBeUndefined());
});

describe('signatureOf: issuer lines over the date (落款)', () => {
  it.each([
    // 广东 光明区: issuer and date on their own lines
    [['各有关单位:', '现将《光明区关于推动制造业高质量发展的若干措施》印发给你们,请认真组织实施。', '深圳市光明区人民政府', '2023年8月24日'], '深圳市光明区人民政府', '2023-08-24'],
    // 山东 寿光: line breaks lost, issuer and date run together with (此件公开发布)
    [['各镇人民政府、街道办事处:《寿光市县域经济高质量发展工作方案(2024—2025年)》已经寿光市委、市政府同意。', '寿光市人民政府2024年9月13日(此件公开发布)'], '寿光市人民政府', '2024-09-13'],
    // 内蒙古 呼和浩特: an office signs
    [['经市人民政府同意,现将《呼和浩特市推动新型工业化发展十条政策措施》印发给你们,请认真遵照执行。', '呼和浩特市人民政府办公室', '2024年3月5日', '(此件主动公开)'], '呼和浩特市人民政府办公室', '2024-03-05'],
    // joint issuers, date in Chinese numerals
    [['中共楚雄州委', '楚雄州人民政府', '二〇二三年二月二十八日'], '中共楚雄州委、楚雄州人民政府', '2023-02-28'],
  ])('%j', (paras, issuer, date) => expect(signatureOf(paras)).toMatchObject({ issuer, date }));
  it('a date under a sentence is no signature (云南 楚雄: the cover notice signs with its date only)', () => {
    expect(signatureOf(['现将《楚雄州2023年推动经济稳进提质政策措施》印发给你们,请认真抓好贯彻落实。', '2023年2月28日'])).toBeUndefined();
  });
});

describe('pageFieldsOf: a web page head, also when its fields ran together', () => {
  it.each([
    // 内蒙古 兴安盟
    [['兴安盟招商引资优惠政策', '来源:盟商务口岸局作者:盟商务口岸局发布时间:2022年07月19日分享到:'], { source: '盟商务口岸局', published: '2022-07-19' }],
    // 江苏 扬州: 发文部门 is the issuer
    [['发布时间:2024-07-22', '政策级别:市级', '发文部门:扬州市人民政府'], { issuer: '扬州市人民政府', published: '2024-07-22' }],
    // 宁夏 银川: a field table drawn with bars
    [['索 引 号: | 11640100010085810C/2025-00046 | 效力状态: | 有效 |', '发布机构: | 银川市人民政府办公室 | 成文日期: | 2025-02-12 |', '责任部门: | 银川市发展和改革委员会 | 发布日期: | 2025-02-18 |'], { issuer: '银川市人民政府办公室', signed: '2025-02-12', published: '2025-02-18' }],
    // 宁夏: a date right after the document number in a flattened head
    [['宁夏回族自治区人民政府办公厅关于深入推进新型工业强区五年计划的实施意见 宁政办发〔2023〕13号 2023-03-24 各市、县(区)人民政府:'], { signed: '2023-03-24' }],
    // 贵州 遵义: a bare time stamp under the title
    [['中共遵义市委关于推动工业高质量发展的决定', '2019-06-10 14:36:55为深入实施工业强市战略,推动全市工业转型升级'], { published: '2019-06-10' }],
    // a sentence opening with a date is no stamp
    [['2019-06-10起,对新认定的企业给予奖励。'], {}],
    // 浙江 温岭: 信息来源 names no body
    [['发布日期:2023-02-27 11:46信息来源:地区管理员浏览次数:'], { published: '2023-02-27' }],
    // 新疆 昌吉高新区 (xinjiang-changjigaoxinqu-zhaoshang.txt): a zone by its place's name is a source, the next field run on or not
    [['发布日期:2023-10-3119:03:36来源:昌吉高新区浏览次数:文章字号:'], { published: '2023-10-31', source: '昌吉高新区' }],
    [['发布日期: 2023-10-31 19:03:36 来源:昌吉高新区 浏览次数: 文章字号:'], { published: '2023-10-31', source: '昌吉高新区' }],
    // 浙江 新昌 (zhejiang-xinchang-minshengshishi.txt): a government's office by its short name (县府办, 市府办) is a body
    [['发布时间:2021-05-06 10:00', '信息来源:县府办'], { published: '2021-05-06', source: '县府办' }],
    [['来源:市府办 发布时间:2022-03-01'], { published: '2022-03-01', source: '市府办' }],
    // 广州 (guangdong-guangzhou-guangfotongcheng.txt): …and by its short name in full (市府办公厅, 区府办公室), not cut at 府办
    [['  • 来源:市府办公厅'], { source: '市府办公厅' }],
    [['来源:区府办公室 发布时间:2022-03-01'], { published: '2022-03-01', source: '区府办公室' }],
    // (a zone word after no place, or a site's name, is none)
    [['来源:本站高新区频道浏览次数:'], {}],
    // a government information page: 成文日期 beside 发布日期
    [['索引号:11330000002482870P/2023-00012', '发文机关：浙江省人民政府', '成文日期：2023年01月12日', '发布日期：2023年01月16日'], { issuer: '浙江省人民政府', signed: '2023-01-12', published: '2023-01-16' }],
    // fields run together on one line, with a document number
    [['索引号:007482/2025-00123发文字号:穗府办规〔2025〕3号发布机构:广州市人民政府办公厅成文日期:2025-08-23'], { docNumber: '穗府办规〔2025〕3号', issuer: '广州市人民政府办公厅', signed: '2025-08-23' }],
  ])('%j', (paras, fields) => expect(pageFieldsOf(paras)).toEqual(fields));
  it('field labels are data: issuer and source labels are disjoint', () => {
    for (const f of ISSUER_FIELDS) expect(SOURCE_FIELDS.has(f)).toBe(false);
  });
});

describe('issuerBeforeAbout: the body a title names before 关于', () => {
  it.each([
    // 浙江 温岭: navigation ran into the title line
    ['当前位置:首页>政府信息公开>市级部门>市人民政府>法定主动公开内容>政策文件>行政规范性文件温岭市人民政府关于推动经济高质量发展的实施意见', '温岭市人民政府'],
    ['详情页新闻资讯呼和浩特市人民政府办公室关于印发呼和浩特市推动新型工业化发展十条政策措施的通知', '呼和浩特市人民政府办公室'],
    // 江苏 南京: the city's own government, named by level only
    ['市政府关于加快发展先进制造业振兴实体经济若干政策措施的意见', '市政府'],
    ['中共重庆市委关于进一步加强招商引资工作的实施意见', '中共重庆市委'],
    // 青海 海西: the site's banner ran into the title; the body nearest 关于 is the issuer
    ['青海省人民政府|海西州人民政府网站无障碍青海省人民政府办公厅关于进一步支持海西加快发展和转型的意见', '青海省人民政府办公厅'],
    // 广东 光明区: the places a body lies in, written before it, are part of its name
    ['深圳市光明区人民政府关于推动制造业高质量发展的若干措施', '深圳市光明区人民政府'],
    // 山东 淄博 (shandong-zibo-xianjinzhizao.txt): a repost heads the notice with its body and the title it issues, no 关于, no 通知
    ['淄博市人民政府 印发先进制造业强市实施方案(2023—2025年)', '淄博市人民政府'],
    ['淄博市人民政府印发先进制造业强市实施方案', '淄博市人民政府'],
    ['某县人民政府办公室印发某县招商引资优惠办法（试行）'.replace(/某县/g, '嘉祥县'), '嘉祥县人民政府办公室'],
  ])('%s → %s', (line, issuer) => expect(issuerBeforeAbout(line)).toBe(issuer));
  it.each([
    // 河南 郑州 / 濮阳: a cited title names another document's issuer
    '为深入贯彻落实《国务院关于印发中国制造2025的通知》(国发〔2015〕28号)与《河南省人民政府关于印发中国制造 2025河南行动纲要的通知》',
    '第一条 为加快濮阳县域经济又好又快发展,根据《中共濮阳县委、濮阳县人民政府关于进一步加强招商引资工作的实施意见》',
    // a sentence that says a body issued a plan, in running text: not a title line
    '2023年2月,淄博市人民政府印发先进制造业强市实施方案,明确了目标。',
    '市工信局印发实施方案,全面部署',
  ])('%s → none', (line) => expect(issuerBeforeAbout(line)).toBeUndefined());
});

describe('citedOwnIssuer: a notice named only through the document it amends or rests on', () => {
  const ownTo = (code: string) => (body: string) => findRegion(body)?.code === code;
  it.each([
    // 河南 郑州 (dev): the notice amends its own government's document, whose number sits between title and verb
    ['为深入贯彻落实《国务院关于印发中国制造2025的通知》(国发〔2015〕28号)与《河南省人民政府关于印发中国制造 2025河南行动纲要的通知》(豫政〔2016〕12号),积极创建中国制造2025国家级示范区,现对《郑州市人民政府关于印发郑州市建设中国制造强市若干政策的通知》(郑政〔2016〕29号)调整和补充如下:', '4101', '郑州市人民政府'],
    // 河南 濮阳县 (dev): a joint document of the county's party committee and government as its basis
    ['第一条 为加快濮阳县域经济又好又快发展,根据国家、省、市有关法律、法规及《中共濮阳县委、濮阳县人民政府关于进一步加强招商引资工作的实施意见》(濮县发〔2011〕4号),制定本规定。', '410928', '濮阳县人民政府'],
    // 广东 东莞 (http://www.sangco.com.cn/gkmlpt/content/3/3608/post_3608759.html, traditional characters): a
    // province's document is a superior's, not the city's own
    [fold('為貫徹落實《廣東省人民政府關于印發廣東省進一步穩定和擴大就業若干政策措施的通知》(粵府〔2021〕13號),強化就業優先政策,全面穩就業、保居民就業,推動實現更加充分更高質量就業,提出如下意見:'), '4419', undefined],
    // (made up) a department's document is no government's: 市工信局 may issue its own rules on it
    ['根据《郑州市工业和信息化局关于开展2023年技术改造项目申报的通知》要求,制定本细则。', '4101', undefined],
  ])('%s → %s', (text, code, issuer) => expect(citedOwnIssuer(text, ownTo(code))).toBe(issuer));
});

describe('regions: autonomous divisions, zones, the notice body', () => {
  it.each([
    // 云南: an autonomous county by place name and level word; 澜沧县 is not 河北's 沧县
    ['澜沧县2025年推动经济稳进提质政策措施', '澜沧拉祜族自治县'],
    ['现将《楚雄州2023年推动经济稳进提质政策措施》印发给你们', '楚雄彝族自治州'],
    ['恩施州人民政府', '恩施土家族苗族自治州'],
    ['沧县人民政府', '沧县'],
    // a two-character county's name inside a word is no county (完成县第十六届 is not 甘肃's 成县)
    ['全面完成县第十六届人民代表大会第四次会议确定的目标任务', undefined],
    ['甘肃省陇南市成县人民政府', '成县'],
  ])('findRegion %s → %s', (text, name) => expect(findRegion(text)?.name).toBe(name));
  it.each([
    ['扬州经开区关于加快制造业智能化改造数字化转型网络化联接的若干措施', '扬州经济技术开发区', '3210'],
    ['楚雄高新区管委会', '楚雄高新技术产业开发区', '5323'],
    ['成都高新技术产业开发区管理委员会', '成都高新技术产业开发区', '5101'],
    // a municipality's zone (北京)
    ['北京经济技术开发区关于加快四大主导产业发展的实施意见', '北京经济技术开发区', '11'],
  ])('zoneIn %s → %s', (text, name, code) => {
    const z = zoneIn(text);
    expect(z?.name).toBe(name);
    expect(z?.code.startsWith(code)).toBe(true);
  });
  it.each(['关于印发《支持制造业高质量发展若干政策措施》的通知', '国家级高新区建设'])('zoneIn %s → none', (text) => expect(zoneIn(text)).toBeUndefined());
  it('zone words are data, longest first', () => {
    for (let i = 1; i < ZONES.length; i++) expect(ZONES[i - 1][0].length).toBeGreaterThanOrEqual(ZONES[i][0].length);
  });
  it.each([
    // 江苏 南京: 全市 and 结合南京实际; 合作 is also 甘肃's 合作市 but an everyday word counts half
    ['为深入贯彻全省制造业大会精神,落实《省政府关于加快发展先进制造业的意见》,促进全市先进制造业合作发展,现结合南京实际提出以下意见。市政府各部门要抓好落实。', '南京市'],
    // 湖北 仙桃: a county-level city by its short name
    ['各镇人民政府,市政府各部门:着力引进对仙桃产业发展具有示范引领作用的重大项目,力争全市规上工业企业达700家。', '仙桃市'],
    // 上海 徐汇区: a district's short name no other division bears, written twice
    ['全面落实市委、市政府和区委、区政府部署,全面推进“建设新徐汇、再造新徐汇”各项目标任务,全区要抓好落实。', '徐汇区'],
  ])('regionOfBody %s → %s', (text, name) => expect(regionOfBody(text)?.name).toBe(name));
  it.each([
    // a place cited in a title is not the notice's own
    '为贯彻《南京市关于加快发展先进制造业的意见》,全市要抓好落实。',
    // two cities named as often: no guess
    '全市与杭州、宁波开展合作交流。',
    // a unique district short name written once is too thin; 和平 (many districts bear it) never counts
    '区委、区政府部署,推进新徐汇建设。',
    '区委、区政府部署,维护和平稳定,和平发展。',
  ])('regionOfBody %s → none', (text) => expect(regionOfBody(text)).toBeUndefined());
});

describe('docNumberPlaces: the place a document number names', () => {
  it.each([
    ['渝北府发〔2021〕13号', ['渝北区']],
    ['穗府办规〔2025〕3号', ['广州市']],
    ['深府规〔2021〕1号', ['深圳市']],
    ['浙政发〔2023〕2号', ['浙江省']],
    ['苏府〔2020〕1号', ['江苏省', '苏州市']],
    ['宁政发〔2017〕95号', ['宁夏回族自治区', '南京市']],
    ['长府办发〔2017〕15号', ['长治市', '长春市', '长沙市']],
    ['国发〔2015〕28号', []],
  ])('%s → %j', (no, names) => expect(docNumberPlaces(no).map((r) => r.name)).toEqual(names));
  it('with the level the notice speaks of, a number alone settles the region (宁政发 in a 全市 notice)', () => {
    expect(regionOfBody('推进全市产业转型升级和中高端发展,市政府各部门要抓好落实。', '宁政发〔2017〕95号')?.name).toBe('南京市');
    expect(regionOfBody('推进全市产业转型升级和中高端发展,市政府各部门要抓好落实。', '长府办发〔2017〕15号')).toBeUndefined();
  });
});

describe('traditional characters: metadata read on the folded text, reported as written', () => {
  // 浙江 海宁 (dev: zhejiang-haining-chengjieluoshi.txt, http://www.lzxfs.cn/subsidy_info/TVRZNE1RPT0=), a repost in
  // traditional characters: its head and first measures as found. (This test once used a held-out test-half page; it was
  // replaced by a dev notice.)
  const text = readFileSync(new URL('./fixtures/zhejiang-haining-traditional.txt', import.meta.url), 'utf8');
  const docs = documentsOfPlainText(text, 'haining.txt');
  it('region, issuer and date of the cover notice', () => {
    expect(docs[0]).toMatchObject({ region: '海宁市', issuer: '海寧市人民政府', date: '2025-06-10' });
  });
  it('the measures document: region from its title, headings as written', () => {
    expect(docs[1].region).toBe('海宁市');
    expect(docs[1].title).toBe('海寧市貫徹《浙江省關于推動經濟高質量發展若干政策(2025年版)》承接落實方案');
    expect(docs[1].sections.map((s) => s.heading)).toContain('一、推進教育科技人才一體發展(由市科技局牽頭)');
  });
});

describe('titles after a web page breadcrumb', () => {
  const head = (text: string) => documentsOfPlainText(text, 'page.txt')[0];
  it.each([
    // 浙江 温岭: the title ran into the breadcrumb
    ['当前位置:首页\n> 政府信息公开 > 市级部门 > 市人民政府 > 法定主动公开内容 > 政策文件 > 行政规范性文件\n\n温岭市人民政府关于推动经济高质量发展的实施意见\n\n发布日期: 2023- 02- 27 11: 46 信息来源: 地区管理员 浏览次数:\n\n各镇人民政府,各街道办事处,市政府直属各单位,在温垂直管理各单位:\n为深入贯彻落实有关精神,进一步提振市场信心,现提出如下实施意见。\n', '温岭市人民政府关于推动经济高质量发展的实施意见', '温岭市人民政府', '2023-02-27'],
    // 内蒙古 兴安盟: a breadcrumb on its own line, the title below it
    ['您的位置: 政务公开 > 其他 > 通知公告\n\n兴安盟招商引资优惠政策\n\n来源:盟商务口岸局 作者:盟商务口岸局 发布时间:2022年07月19日 分享到:\n\n本政策所扶持的招商引资项目为新建固定资产投资1亿元以上的项目。\n', '兴安盟招商引资优惠政策', '盟商务口岸局', '2022-07-19'],
  ])('%#', (text, title, issuer, date) => expect(head(text)).toMatchObject({ title, issuer, date }));
});

describe('county versus city', () => {
  it('a county notice that names its city only in what it cites is the county\'s (composed from 云南 澜沧县 lines)', () => {
    const text = '关于印发推动经济稳进提质政策措施的通知\n各乡(镇)人民政府,县直各部门:\n为深入贯彻落实《普洱市2025年推动经济稳进提质政策措施》,推动澜沧经济高质量发展,全面完成县第十六届人民代表大会第四次会议确定的目标任务,进一步推动全县经济稳进提质,制定以下政策措施。\n一、对新增规上工业企业给予10万元奖励。\n';
    const [doc] = documentsOfPlainText(text);
    expect(doc.region).toBe('澜沧拉祜族自治县');
  });
  it('a city notice citing its own city\'s plan stays the city\'s', () => {
    const text = '关于印发推动新型工业化发展政策措施的通知\n各旗、县、区人民政府:\n为贯彻落实《呼和浩特市推动新型工业化发展行动方案》,促进我市制造业高端化、智能化、绿色化发展,特制定以下政策措施。\n一、对首次纳入规模以上工业统计的企业,给予“入规”奖励60万元。\n';
    const [doc] = documentsOfPlainText(text);
    expect(doc.region).toBe('呼和浩特市');
  });
});

describe('addressees name other places', () => {
  it('a notice sent to a prefecture and the cities under it is not the prefecture\'s (新疆)', () => {
    const text = '新政办发〔2021〕12号\n伊犁哈萨克自治州,各州、市人民政府,各行政公署,自治区人民政府各部门、各直属机构:\n为持续推进丝绸之路经济带核心区建设,进一步发挥招商引资在培育新动能、推进经济高质量发展中的积极作用,结合实际,制定本意见。\n';
    const [doc] = documentsOfPlainText(text);
    expect(doc.region).not.toBe('伊犁哈萨克自治州');
  });
});

describe('a page field block without colons (河南 濮阳县)', () => {
  const page = [
    '索引号',
    '发布时间 2025-07-25 09:48',
    '发文机关 濮阳县人民政府办公室',
    '发文字号 濮县政办〔2025〕10号',
    '有效性 有效',
    '失效时间',
    '标题 濮阳县人民政府办公室关于印发濮阳县支持小微企业提质升级若干措施的通知',
    '',
    '濮阳县人民政府办公室关于印发濮阳县支持小微企业提质升级若干措施的通知',
    '濮县政办〔2025〕10号',
    '各乡镇(办),县先进制造业开发区管委会,县政府有关部门',
    '《濮阳县支持小微企业提质升级若干措施》已经县政府常务会议研究同意,现印发给你们,请认真贯彻执行',
    '2025721',
    '濮阳县支持小微企业提质升级若干措施',
    '为落实省委四高四争先战略部署,制定以下措施。',
  ].join('\n');
  it('keeps each field apart, reads them, and takes the notice title below the block', () => {
    const [doc, ...rest] = documentsOfPlainText(page);
    expect(rest.filter((d) => d.title === doc.title)).toEqual([]);
    expect([doc.title, doc.issuer, doc.region, doc.docNumber]).toEqual(['关于印发濮阳县支持小微企业提质升级若干措施的通知', '濮阳县人民政府办公室', '濮阳县', '濮县政办〔2025〕10号']);
    expect(doc.date).toBe('2025-07-21');
  });
  it('reads colon-less fields in pageFieldsOf', () => {
    expect(pageFieldsOf(['发布时间2025-07-25 09:48', '发文机关濮阳县人民政府办公室'])).toEqual({ published: '2025-07-25', issuer: '濮阳县人民政府办公室' });
  });
});

describe('dates written without 年月日', () => {
  it.each([
    ['2024115', '2024-01-18', '2024-01-15'], // 辽宁 辽中区: 2024-11-05 would be after publication
    ['2025721', '2025-07-25', '2025-07-21'], // 河南 濮阳县
    ['20240115', undefined, '2024-01-15'],
    ['2024115', undefined, undefined], // two readings, nothing to choose by
    ['2025721', '2026-03-01', undefined], // too long before publication
  ])('%s published %s → %s', (digits, published, iso) => expect(squashedDate(digits, published)).toBe(iso));
  it('a signature with such a date (辽宁 辽中区)', () => {
    expect(signatureOf(['经区政府同意,现将任务分解表印发给你们。', '沈阳市辽中区人民政府', '2024115(此件公开发布)'], '2024-01-18')).toEqual({ issuer: '沈阳市辽中区人民政府', date: '2024-01-15' });
  });
  it('…also when the page kept the 日 (湖北 武汉经开区, hubei-wuhanjingkaiqu-shisiwufengong.txt: 2022610日)', () => {
    expect(signatureOf(['《武汉经开区…任务分工方案》已经管委会同意,现印发给你们,请认真组织实施。', '  武汉经开区管委会办公室', '2022610日   ', '(此件公开发布)'])).toEqual({ issuer: '武汉经开区管委会办公室', date: '2022-06-10' });
  });
});

describe('a county-level notice that names only its city as a superior, and a city listing its districts', () => {
  it.each([
    // 山东 禹城市: the city after 省 is the superior; no region beats a wrong one
    ['根据《2023年政府工作报告》主要工作安排,结合省、德州市推动经济社会高质量发展政策清单和我市2023年预算编制情况', '根据《2023年政府工作报告》主要工作安排,结合省、   推动经济社会高质量发展政策清单和我市2023年预算编制情况'],
    ['争取国家、省、德州市各类专项资金,引导撬动金融政策工具', '争取国家、省、   各类专项资金,引导撬动金融政策工具'],
    // a place that is the notice's own stays
    ['结合南京实际,制定以下措施', '结合南京实际,制定以下措施'],
  ])('%s', (text, masked) => expect(maskSuperiors(text)).toBe(masked));
  it('the 禹城市 notice gets no region rather than 德州市', () => {
    const text = '根据《2023年政府工作报告》主要工作安排,结合省、德州市推动经济社会高质量发展政策清单和我市2023年预算编制情况,制定推动经济社会高质量发展的若干政策。\n一、支持产业转型升级政策\n1.充分发挥财政保障作用。推动全市重点项目建设,市财政安排预算资金8500万元。争取国家、省、德州市各类专项资金。\n';
    const [doc] = documentsOfPlainText(text);
    expect(doc.region).toBeUndefined();
  });
  it('sibling districts listed together name their city (广东 惠州市)', () => {
    expect(findRegion('支持企业“新升规”。对惠城区、惠阳区、大亚湾开发区和仲恺高新区所辖首次“新升规”的工业企业')?.name).toBe('惠州市');
    expect(findRegion('惠城区人民政府关于印发…的通知')?.name).toBe('惠城区');
    // a sibling named apart, not listed with it, leaves the district its own
    expect(findRegion('惠城区人民政府关于深化与惠阳区产业协作的实施意见')?.name).toBe('惠城区');
  });
});

describe('issuers of drafts and of pages whose only field is their source', () => {
  it('a draft notice signed under its contact lines; the draft it cites takes its issuer and region (湖北 荆门市)', () => {
    const text = [
      '为进一步促进荆门高新区高质量发展,我委起草了《关于进一步支持荆门高新区高质量发展的实施意见(征求意见稿)》,社会各界可通过电子邮件、来电来函形式提出意见建议。',
      '公开征求意见时间:2025年11月7日-12月7日',
      '来函地址:荆门市掇刀区双喜大道9号市发改委工业科',
      '荆门市发展和改革委员会',
      '2025年11月7日',
      '关于进一步支持荆门高新区高质量发展的',
      '实施意见',
      '(征求意见稿)',
      '为进一步促进荆门高新区高质量发展,现提出如下实施意见。',
    ].join('\n');
    const docs = documentsOfPlainText(text);
    expect(docs.map((d) => [d.issuer, d.region, d.date])).toEqual(docs.map(() => ['荆门市发展和改革委员会', '荆门市', '2025-11-07']));
  });
  it('the site\'s government outranks a 信息来源 department; the title ran into the breadcrumb (四川 洪雅县)', () => {
    const text = '• 洪雅县人民政府\n  • |\n\n您的位置: 网站首页 >> 醉美洪雅 >> 投资政策 >> 正文\n洪雅县绿色工业项目招商引资奖励办法(试行)(五)\n信息来源:洪雅县经济合作局 | 发布机构: | 发布日期:2023-07-19\n\n第三条 奖励标准\n';
    const [doc] = documentsOfPlainText(text);
    expect([doc.title, doc.issuer, doc.region, doc.date]).toEqual(['洪雅县绿色工业项目招商引资奖励办法(试行)(五)', '洪雅县人民政府', '洪雅县', '2023-07-19']);
  });
});

describe('a breadcrumb run into the title line (宁夏 石嘴山市)', () => {
  it('the level\'s own body before 关于, not the crumb', () => {
    expect(issuerBeforeAbout('当前位置:首页>专题专栏>石嘴山市优化营商环境(惠企政策)专题市人民政府办公室关于印发《石嘴山市支持工业经济稳增长的若干具体措施)的通知')).toBe('市人民政府办公室');
  });
  it('and the signature names it in full', () => {
    const text = '当前位置:首页 > 专题专栏 > 石嘴山市优化营商环境(惠企政策)专题\n\n市人民政府办公室关于印发《石嘴山市支持工业经济稳增长的若干具体措施)的通知\n时间:2024-07-18 来源:石嘴山市审批服务管理局\n\n各县区人民政府、各园区管委会,市政府相关部门:\n\n经市人民政府同意,现将《石嘴山市支持工业经济稳增长的若干具体措施》印发给你们,请结合实际认真贯彻落实。\n\n石嘴山市人民政府办公室\n2024年6月25日\n';
    const [doc] = documentsOfPlainText(text);
    expect([doc.issuer, doc.date]).toEqual(['石嘴山市人民政府办公室', '2024-06-25']);
  });
});

describe('dates of the newer dev pages', () => {
  const docOf = (text: string) => documentsOfPlainText(text)[0];
  it('a signature inside a page flattened to one line (西藏自治区)', () => {
    expect(signatureOf(['现将《西藏自治区招商引资优惠政策若干规定》印发给你们请认真贯彻执行。西藏自治区人民政府2021年4月7日西藏自治区招商引资优惠政策若干规定第一章总则'])).toEqual({ issuer: '西藏自治区人民政府', date: '2021-04-07' });
  });
  it('a bar-drawn head ending in a date (西藏 曲水县)', () => {
    expect(pageFieldsOf(['| 税收优惠政策 |2011-10-10']).published).toBe('2011-10-10');
  });
  it('(此件公开发布) before the signing date (云南 武定县)', () => {
    const doc = docOf('各乡镇人民政府,县级相关部门:\n现将《武定县工作方案》印发给你们,请认真贯彻执行。\n(此件公开发布) 2024年5月8日\n武定县贯彻落实省州2024年进一步推动经济稳进提质政策措施工作方案\n2024年是关键一年,制定如下工作方案。\n');
    expect(doc.date).toBe('2024-05-08');
  });
  it('an edition under the title (上海 宝山区)', () => {
    expect(docOf('宝山区支持产业发展“1+9”专项资金重点项目指南\n(2020年版)\n专项资金 | 编号 | 扶持项目 | 扶持标准和方式\n').date).toBe('2020');
  });
});

describe('a document number whose place is ambiguous, read with the places the text names', () => {
  it.each([
    ['新政办发〔2021〕12号', '伊犁哈萨克自治州,各州、市人民政府,各行政公署,自治区人民政府各部门、各直属机构:', '新疆维吾尔自治区'], // 新疆, not 新余 or 新乡
    ['穗府办规〔2025〕13号', '', '广州市'],
    ['新政办发〔2021〕12号', '为持续推进经济高质量发展,结合实际,制定本办法。', undefined],
  ])('%s', (no, text, name) => expect(docNumberRegion(no, text)?.name).toBe(name));
});

describe('site chrome above a title (湖北 宜昌市, a news page carrying the measures)', () => {
  it('a logo line and a contact number run into the title', () => {
    const text = 'logo\n联系我们:027-85695666\n宜昌市出台2025年首季“开门红”若干政策措施\n新闻中心 > 湖北频道 > 宜昌\n(一)激励龙头企业满产达产\n对城区规上工业企业分档给予奖励。\n';
    const [doc] = documentsOfPlainText(text);
    expect([doc.title, doc.region]).toEqual(['宜昌市出台2025年首季“开门红”若干政策措施', '宜昌市']);
  });
});

describe('a county-level page with accessibility chrome and a field table above the title (浙江 临海市)', () => {
  // http://www.linhai.gov.cn/art/2022/6/27/art_1229304912_1675991.html (not in the national set)
  it('the title below the fields, its issuer before 关于', () => {
    const text = [
      '进入老年模式 退出老年模式',
      '当前位置:首页',
      '> 政务公开 > 信息公开目录 > 政策文件 > 行政规范性文件(市府办)',
      '索引号: LH331082-001/2022-123266 公开方式: 主动公开',
      '文号: 临政发〔2022〕22号 成文日期: 2022-06-29',
      '发布单位: 市政府办公室(市外办、市金融办、市大数据局) 规范性文件统一编号: JLHD00-2022-0009',
      '有效性: 失效 政策层级分类: 县级政策',
      '临海市人民政府关于实施新一轮制造业“腾笼换鸟、凤凰涅槃”攻坚行动的若干意见',
      '各镇人民政府、街道办事处,市政府直属各单位:',
      '为深入贯彻习近平总书记关于制造强国战略重要论述,特制定本意见。',
    ].join('\n');
    const [doc] = documentsOfPlainText(text);
    expect([doc.title, doc.issuer, doc.region, doc.date]).toEqual(['关于实施新一轮制造业“腾笼换鸟、凤凰涅槃”攻坚行动的若干意见', '临海市人民政府', '临海市', '2022-06-29']);
  });
});

describe('metadata, round 2 (dev notices of 2026-11-29)', () => {
  const head = (text: string) => documentsOfPlainText(text, 'page.txt')[0];
  it('a city notice without a title: its own level from its departments in the notes, not from the governments it addresses (湖北 咸宁市)', () => {
    const text = '一、2024年经济社会发展计划目标\n(一)地区生产总值增长6%。(牵头单位:市发改委;责任单位:各县市区人民政府,咸宁高新区管委会)\n(二)规上工业增加值增长7%左右。(牵头单位:市经信局;责任单位:各县市区人民政府,咸宁高新区管委会)\n(三)固定资产投资增长8%。(牵头单位:市发改委;责任单位:各县市区人民政府,咸宁高新区管委会)\n(四)地方一般公共预算收入增长8%。(牵头单位:市财政局;责任单位:市税务局,各县市区人民政府,咸宁高新区管委会)\n';
    expect(head(text).region).toBe('咸宁市');
  });
  it('the title in the page head names the issuer over the page\'s publisher (云南 楚雄市)', () => {
    const text = '您当前的位置: 首页 >> 公开信息内容\n号: cxs001-/2021-0312002 信息分类: 政府文件\n发文日期: 2021-03-04\n发布机构: 楚雄市人民政府办公室 生成日期: 2021-03-04\n称: 楚雄市人民政府关于保持经济平稳健康发展25条措施的意见\n号: 楚市政发〔2021〕4号\n\n楚雄市人民政府关于保持经济平稳健康发展25条措施的意见\n\n发表时间:2021-03-04\n\n楚雄高新区,各乡镇人民政府,市属有关部门:\n\n2021年是“十四五”规划开局之年,现提出如下意见:\n';
    expect(head(text)).toMatchObject({ issuer: '楚雄市人民政府', region: '楚雄市' });
  });
  it('a page published in its edition\'s year dates it to the day (浙江 东阳市)', () => {
    const text = '东阳市关于推动经济高质量发展若干政策来源:田禾孵化集群 时间:2025-05-09 阅读:0次 东阳市关于推动经济高质量发展若干政策 (2025 年版) 为全面落实上级有关经济工作会议决策部署,制定以下政策。\n';
    expect(head(text).date).toBe('2025-05-09');
  });
});

describe('a red-header masthead (…人民政府文件) opens the document below it', () => {
  const docs = (text: string) => documentsOfPlainText(text, 'page.txt');
  it('masthead and number over the title: one document, its issuer and date (辽宁 立山区 form)', () => {
    const d = docs('鞍山市立山区人民政府文件\n鞍立政发〔2023〕2号\n立山区人民政府关于印发立山区政府2023年重点工作任务分解和责任分工方案的通知\n立山经济开发区,各街道办事处:\n经区政府同意,现将方案印发给你们。\n立山区人民政府\n2023年3月28日\n');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ issuer: '立山区人民政府', region: '立山区', date: '2023-03-28', docNumber: '鞍立政发〔2023〕2号' });
  });
  it('a masthead run into the title names the issuer when nothing else does', () => {
    const d = docs('河北省人民政府办公厅文件\n关于印发支持制造业发展若干措施的通知\n各市人民政府:\n现将措施印发给你们。\n2024年5月6日\n');
    expect(d[0]).toMatchObject({ title: '关于印发支持制造业发展若干措施的通知', issuer: '河北省人民政府办公厅', region: '河北省' });
  });
});

describe('signatures: joint issuers whose space was lost, a publication remark between body and date', () => {
  // Joint bodies on one line are the issuer as written, whitespace removed (ANNOTATION; the dev gold of 六盘水, 彭州, 雅安):
  // no 、 is put between them (round 11). Bodies on lines of their own are joined with 、.
  it.each([
    // 四川 雅安 (dev): 中共雅安市委办公室   雅安市人民政府办公室 on one line, the spaces lost
    [['现将方案印发给你们，请认真贯彻执行。', '中共雅安市委办公室雅安市人民政府办公室', '2023年7月26日'], '中共雅安市委办公室雅安市人民政府办公室'],
    // 海南 海口 (dev): the publication remark after the date, and before it
    [['现将措施印发给你们，请认真贯彻执行。', '海口市人民政府办公室', '2022年9月19日', '（此件主动公开）'], '海口市人民政府办公室'],
    [['现将措施印发给你们，请认真贯彻执行。', '海口市人民政府办公室', '（此件主动公开）', '2022年9月19日'], '海口市人民政府办公室'],
    [['现将措施印发给你们。', '中共濮阳县委濮阳县人民政府', '2011年3月1日'], '中共濮阳县委濮阳县人民政府'],
    [['现将措施印发给你们。', '中共濮阳县委', '濮阳县人民政府', '2011年3月1日'], '中共濮阳县委、濮阳县人民政府'],
    [['现将措施印发给你们。', '深圳市光明区人民政府', '2023年8月24日'], '深圳市光明区人民政府'],
  ])('%j', (paras, issuer) => expect(signatureOf(paras)?.issuer).toBe(issuer));
});
