import { createHash } from 'node:crypto';
import { OTHER_ITEM_SHAPES } from './item-numbers.js';
import { ARTICLE_RE, articleTitleEnd, BRACKETED_DATE_LINE, DATE_LINE, DATED_TITLE_END, fold, isDateLine, HEADING_RE, headingLevel, TIME_FIELD_HEADING } from './clean.js';
import { townCounty } from './towns.js';
import { indexNumberDivision } from './credit-code.js';
import { ATTACHMENT_LINE, BYLINE_BULLET, citedOwnIssuer, closingBody, closingDate, footerFields, forwardedInTitle, gluedMasthead, issuerBeforeAbout, leadDay, newsLeadIssuer, numeralDateLine, preambleMaker, pageByline, pageFieldsOf, pageLabelLength, releaseDate, signatureOf, squashedDate, squashedDateIn, tabLabelBeforeMarks, titleAuthor, titleLeadAuthor, transmittalDate, zoneTitleAuthor } from './metadata.js';
import { aliasFullName, formalGovernment, wholeBodyName, bulletedIssuerOverTitle, citedOwnDepartment, decidingGovernment, forwardedAuthor, pagePublisher, policyFieldIssuer, signingBodiesLine, sponsorIssuer } from './issuer-clues.js';
import { ADDRESSEE_LEAD, ADDRESSEE_OPEN, ANY_FIELD, BARE_CRUMB_LINE, CRUMB_LINE, DOCUMENT_KIND, DRAFT_MARK, ISSUER_FIELD_OPEN, NOTICE_OPENER, FIELD_LABEL_AT, FIELD_LABEL_ALONE, FIELD_LABEL_END, FIELD_LINE, ORGAN_END, NEWS_CONTENT, NUMBER_BEFORE_OWN_TITLE, OWN_TITLE_IN_MARKS, PAGE_LABEL_LINE, PHONE_NUMBER, SITE_CHROME, SITE_NAME_LINE } from './meta-words.js';
import { atOwnLevel, autonomousRegionSpoken, isPlaceName, shortDivisionName, provinceByAbbreviation, stationedPlace, withoutAddressLines, childNamedIn, crumbRegion, ownLevel, divisionAt, divisionByCode, divisionsIn, divisionsUnder, docNumberRegion, findRegion, MUNICIPALITIES, provincePrefix, regionByName, maskAddresses, maskCitations, maskSuperiors, citedPlaceAtOwnLevel, registeredPlace, taskedCountiesCity, bareZoneOfCity, properZoneOf, regionOfBody, zoneIn, zoneMentions, zoneOfBody, type RegionMatch } from './regions.js';
import { stampLinesAt } from './stamps.js';
import { isUnitFieldLine } from './label-lines.js';
import { slice, toRuns, type Tracked } from './tracked.js';
import type { DocKind, PolicyDocument, Section, SourceFormat, Table, TableRow } from '../types.js';

interface Para {
  start: number;
  end: number;
  text: string;
}

/**
 * A later section's mark opening a line: (三), 三、, 第三条, not (一) or 一、 (a bare 一、总体要求 over the text stays its title, round 5).
 * A text that opens on one was cut from its start: no title.
 */
const SECTION_OPENS = /^\s*(?:[（(](?!一[）)])[一二三四五六七八九十]{1,3}[）)]|(?!一、)[一二三四五六七八九十]{1,3}、|第(?!一[条章节])[一二三四五六七八九十百]{1,4}[条章节])/;
/** An item's mark, then a sentence closed by its stop: the first measure of a list, not a heading. */
const ITEM_SENTENCE = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．])[^。；;]{12,}[。；;]\s*$/;
const DOC_TITLE = /(方案|通知|意见|措施|办法|规划|计划|决定|细则|公告|规定|条例|纲要|指南|通报|批复|函|政策)(（[^（）]{1,20}）)*$/;
/** A web page's breadcrumb (当前位置:首页>政务公开>…), which the cleaner may have run into the title. */
const EDITION = /[（(](\d{4})年版[）)]/;
const NAV = /^(?:您当前的位置|当前所在位置|当前位置|您的位置|所在位置)[:：]/;
/**
 * Under a breadcrumb, a line named as a list of work is the title too (襄阳都市圈发展2023年度工作要点, …重点工作清单, …任务分工), though
 * a document is not split at such a line (DOC_TITLE).
 */
const LIST_TITLE = /^[^。；，,:：]{4,60}(?:要点|清单|分工|任务分解|工作安排)(?:[（(][^（）()]{1,10}[）)])?$/;
/** A list bullet opening a line (• 中共遵义市委关于…的决定). */
const BULLET = /^[•·●▪■◆]\s*/;
/** A site's header naming its government: •洪雅县人民政府•|. */
const SITE_OWNER = /^[•·●▪■◆\s|｜]*(?:欢迎访问|欢迎来到|欢迎光临)?([\u4e00-\u9fff]{2,20}人民政府)(?:网站|门户网站|网)?[•·●▪■◆\s|｜!！]*$/;
/** The last crumb 正文 and what ran into it. */
const NAV_THEN_TITLE = /(?:>>|>|»|\/)\s*正文\s*(\S.+)$/;
/** Links of a site's chrome that may stand above a notice's title, and bullets. */
// (a site's greeting too: 欢迎访问弥勒市人民政府, the site's owner, not the notice's issuer line)
const FURNITURE = new RegExp(`${BULLET.source}|${SITE_CHROME.source}|${PAGE_LABEL_LINE.source}|${SITE_NAME_LINE.source}`);
/** A provincial department named by its level alone: 省商务厅, 省财政厅, 省发展改革委. */
const LEVEL_ONLY_PROVINCIAL = /^省[\u4e00-\u9fff]{1,12}(?:厅|委|局|办)$/;
/** A page's field label left alone on its line, its value lost: 有效性, 废止日期, 分享. */
const BARE_FIELD_LABEL = /^\s*(?:有效性|时效性|废止日期|失效日期|分享(?:到)?|打印|关闭)\s*$/;
/** The place a reply approves for, named right after 关于同意 in its title: 关于同意锦州市调整最低工资标准的函. */
const APPROVED_PLACE = /关于同意([\u4e00-\u9fff]{2,8}?(?:市|县|区|州|盟|旗))(?!人民政府)/;
/** A page's field label for the text itself, opening its line: 内容: |, 正文：. */
const CONTENT_FIELD = /^\s*(?:内容|正文|全文|文章内容)\s*[:：]\s*[|｜]?\s*/;
/** A trail's mark between its crumbs, and a crumb. */
const CRUMB_MARK = '(?:>>|>|»|›|＞)';
const CRUMB = '[^>»›＞。，,；;]{1,20}';
/** A trail's line that goes on from the line above (当前位置:首页 / > 政务公开 > 组织机构). */
const TRAIL_GOES_ON = new RegExp(`^\\s*${CRUMB_MARK}\\s*${CRUMB}\\s*(?:${CRUMB_MARK}\\s*${CRUMB}\\s*)*$`);
/** Two crumbs or more opening a line: 首页>山东省>, 选择山东_新> 城市要览> 滨州> (the last crumb ran into what follows). */
const CRUMB_TRAIL = new RegExp(`^(?:${CRUMB}\\s*${CRUMB_MARK}\\s*){2,}`);
/** 转载自“X人民政府网” / 来源于X人民政府门户网站: the site a repost copied. */
const REPOSTED_FROM = /^(?:转载自|转自|来源于|转载于)\s*[“"「]?([\u4e00-\u9fff]{2,24}?人民政府)(?:门户)?(?:网站|网)[”"」]?\s*/;
/** A notice's number in front of the title line: 邹政字〔2023〕21号. */
const DOCNO_LEAD = /^[\u4e00-\u9fff]{1,8}[〔[［(（]\d{4}[〕\]］)）]第?\d{1,4}\s*号\s*(?=[\u4e00-\u9fff])/;
/** A town's or a street's own body: 北蔡镇人民政府, 华舍街道办事处. */
const TOWN_ISSUER = /(?:镇|乡|街道)(?:人民政府|办事处)$/;
/** A site's contact line run into the title (联系我们:027-85695666宜昌市出台…措施). */
// (…after the site's name in Latin letters: China Finance Executive Council服务热线:400-820-2536北蔡镇人民政府关于…, 北蔡镇)
// (…or a hotline by any name, folded: 咨詢電話021-80392549上海市…, 咨询热线18701651688云南省…, 服务热线18565668281(微信同号))
// (…or the number alone, its label on the line above: a mobile's eleven figures or an area code's: 18701651688云南省…; and the site's search
// box after it, 加盟电话:152-6623-5191精确检索开始检索温州市人民政府关于…)
const CONTACT = new RegExp(`^(?:(?:[A-Za-z][A-Za-z .,&'-]{2,60})?[\\u4e00-\\u9fff]{0,4}?(?:联系我们|联系电话|热线|电话)[:：]?[\\d\\-—()（）\\s]{6,}|${PHONE_NUMBER})(?:[（(]微信同号[）)])?(?:\\s*(?:精确检索|开始检索|站内搜索|搜索))*`);
const ISSUER = /^(中共)?[\u4e00-\u9fff]{2,20}?(人民政府办公室|人民政府办公厅|人民政府|政府办公室|办公室|办公厅|委员会|管委会|管理委员会|区委|市委|县委|省委|局|委|发展中心|服务中心|事务中心|管理中心)$/;
// (a street's or a town's bodies too, with the street's party committee before them: 中共华舍街道工作委员会华舍街道办事处关于…)
// (Not a sentence that opens on its purpose and cites the body's requirements, 为贯彻落实省人民政府关于创业云南建设要求,…: 云南省.)
const ISSUER_PREFIX = /^(?!为|根据|按照|依据|遵照|结合|现将|贯彻|落实)((中共)?[\u4e00-\u9fff]{2,60}?(人民政府办公室|人民政府办公厅|人民政府|委员会|管委会|区委|市委|县委|局|街道办事处|办事处))(关于.*)$/;
/** A bullet holding only a body's name: • 成都市龙泉驿区经济和信息化局. */
const BULLET_BODY = new RegExp(`${BYLINE_BULLET.source}[\\u4e00-\\u9fff]{3,30}(?:局|委|办|厅|政府|委员会|管委会|中心|办公室)$`);
/** A bullet holding only a disclosure page's index number: • 005267281/2023-00013, • 11330683002584812B/2024-102628. */
const BULLET_INDEX = new RegExp(`${BYLINE_BULLET.source}[0-9A-Z]{6,20}[/-]\\d{4}-\\d{3,8}$`);
/** A bullet holding only a date: • 2022-05-24. */
const BULLET_DATE = new RegExp(`${BYLINE_BULLET.source}(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})$`);
/** A page's title field, maybe drawn with bars: 名 称: |, 标题：, 文件名称 |. */
const TITLE_FIELD = /^[|｜•●▪◆■·]?\s*(?:标\s*题|名\s*称|文件名称|文件标题|信息名称)\s*[:：]?\s*[|｜]?\s*(?=\S)/;
/** A title's bracketed parts in either width: （旅游产业）, (试行). */
const BRACKETED_PARTS = /（[^（）]*）|\([^()]*\)/g;
/** A date line that kept one of its brackets: 2019年4月26日), (2019年4月26日. */
const HALF_BRACKETED_DATE_LINE = /^(?=[（(]|.*[）)]$)[（(]?(\d{4})年(\d{1,2})月(\d{1,2})日[）)]?$/;
/** A numbered row of a bar-drawn table (2 | 完成…| 教体局 |): the notice's content, not its head. */
const NUMBERED_ROW = /^\s*\d{1,3}\s*[|｜]/;
const DOCNO = /[\u4e00-\u9fff]{1,10}[〔[［](\d{4})[〕\]］]\d+号/;
/** A line that is a document number in brackets, a remark after it: (巴政发〔2022〕100号,九方面51项125条措施). */
const REMARKED_DOCNO_LINE = /^\s*[（(]\s*[\u4e00-\u9fff]{1,10}[〔[［]\d{4}[〕\]］]\d+号\s*[，,；;][^（）()]{1,30}[）)]\s*$/;
/** A site's trail of two or more sections before a title on its line, the title after its last mark naming its kind (…措施, …申报工作, …(征求意见稿)). */
const CRUMB_BEFORE_TITLE = new RegExp(`^(?:[^>›»\\n]{1,30}?\\s*(?:>{1,2}|›|»)\\s*){2,}(?=[^>›»]{8,}?(?:${DOCUMENT_KIND}|工作|公示|公告|通告)(?:[（(](?:${DRAFT_MARK})[）)])?$)`);
/** A document number in brackets closing a title: 实施意见(建政办函〔2021〕24号). */
const TITLE_DOCNO = new RegExp(`[（(](${DOCNO.source})[）)]$`);
const ATTACHMENT = /^附件\s*(\d+)?$/;
const MASTHEAD_GLUED = /^((?:中共)?[\u4e00-\u9fff]{2,30}?(?:人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会|管委会|委|局))\s*文件(?=关于)/;
/** A red-header masthead: the issuing body's name and 文件 (鞍山市立山区人民政府文件, 中共XX县委文件). */
/** A gazette's issue line over the notices it prints: 天门市人民政府公报2023第3号(总号:46), 某某市人民政府公报 2024年第5期. */
const GAZETTE_ISSUE = /^[\u4e00-\u9fff]{2,30}?公报\s*(?:\d{4}\s*年?)?\s*(?:第\s*\d+\s*[号期])?\s*(?:[（(][^（）()]{0,12}[）)])?$/;
const MASTHEAD = /^(中共)?[\u4e00-\u9fff]{2,30}?(人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会|管委会|委|局)\s*文件$/;
/** Any line listing the bodies a notice is sent to (伊犁哈萨克自治州,各州、市人民政府…:): it names other places. */
// (…or one that opens with 各 and names the bodies by their own words, 各设区市工信局,昆山市、泰兴市、沭阳县工信局: (江苏省 2022): the places
// it names are the bodies it writes to, not the notice's own.)
const ADDRESSEES = /^(?:[^。；]{2,}(各|人民政府|部门|单位|管委会)|各[^。；]{2,})[^。；]*[:：]$/;
/**
 * A text that starts mid-document, at a numbered item holding sentences (1.规划一体化。树立…。(市发展改革局…牵头,…配合), 江门):
 * no title line; the item is body.
 */
// (…its first sentence however long: 8.落實千億級產業攻堅三年行動計劃,對符合…的企業,…再獎勵20萬元;… opens an excerpt at its item 8, 宿迁)
// (…or the addressees with the notice's text run on after them on one line, 各企业:2023年省级企业技术中心认定工作已正式启动,…: 贵阳高新区.)
const MID_DOCUMENT = new RegExp(
  `^(?:\\d{1,2}[.．、](?!\\d)|[（(](?:[一二三四五六七八九十]+|\\d{1,2})[）)]|[一二三四五六七八九十]+、|第[一二三四五六七八九十百]+条|${OTHER_ITEM_SHAPES})[^。；;]{1,300}[。；;].{8,}|^各[^，。；,;:：]{1,40}[:：].{20,}[，,。]`,
);

/**
 * An issuer a news lead wrote with its province in front (7月17日,河南济源市人民政府关于…的通知) while the notice itself writes
 * the body alone (济源市人民政府关于…的通知, under 原文如下): the body as the notice writes it. Unchanged when the text never
 * writes it without the province at the start of a line of its own.
 */
export function withoutProvince(issuer: string, folded: string): string {
  const f = fold(issuer);
  const p = provincePrefix(f);
  if (!p) return issuer;
  // The notice's own lines (its title, its signature) start with the body; the prefixed form starts none of them.
  const lines = folded.split('\n').map((l) => l.replace(/\s+/g, ''));
  const ownLine = lines.some((l) => l.startsWith(f.slice(p)));
  // (A page's issuer field writing the prefixed form, 发文机关:上海市闵行区人民政府办公室, names the body as the page does, as a line
  // opening with it does: ANNOTATION round 92, a field naming the body in full.)
  const prefixedLine = lines.some((l) => l.replace(ISSUER_FIELD_OPEN, '').startsWith(f));
  // (…or the notice names the body bare in a list of its own, 承辦單位:冕寧縣委宣傳部、冕寧縣商務經濟合作和外事局, under a lead that wrote
  // 四川省冕寧縣商務經濟合作和外事局: 冕宁.)
  const flat = lines.join('');
  const bare = flat.split(f.slice(p)).slice(0, -1).some((before) => !before.endsWith(f.slice(0, p)));
  return (ownLine || bare) && !prefixedLine ? issuer.slice(p) : issuer;
}

/** What a body's name holds that page chrome does not: an organ's ending, a level or zone word. */
const BODY_WORD = new RegExp(`(?:${ORGAN_END})|[省市县区州旗盟镇乡园]`);

/**
 * Page chrome the cleaner ran into the line a body's name came from (打印 / 上海市青浦区人民政府办公室关于… → 打印上海市…; 政策查询彭州市
 * 人民政府; a section label 投资奖励 over 临高县商务局): a body's name opens with its place, 中共 or a body before it, so a leading run of
 * words that is none of these (no place, no organ's ending, not a level or zone word) is no part of it.
 */
export function withoutChrome(issuer: string): string {
  const f = fold(issuer);
  if (divisionAt(f, 0) || /^(?:中共|中国|国家)/.test(f)) return issuer;
  for (let k = 2; k <= 6 && k + 3 <= f.length; k++) {
    if (!divisionAt(f, k)) continue;
    const prefix = f.slice(0, k);
    // (…not a place's short name, the body a zone of it: 瑞安滨海新区开发建设管理委员会.)
    return /^[\u4e00-\u9fff]+$/.test(prefix) && !BODY_WORD.test(prefix) && !divisionsIn(prefix).length && !isPlaceName(prefix) ? issuer.slice(k) : issuer;
  }
  return issuer;
}

/** A zone's own words by its bare name: addressees opening a line (高新区各企业:) or a body of it opening a line (高新区产业发展局). */
const BARE_ZONE_OWN = /(?:^|\n)\s*(高新区|经开区|开发区)(?:各[^\n:：，,]{1,12}[:：]|[\u4e00-\u9fff]{2,12}(?:局|委员会|办公室)(?=\s*(?:\d{4}年|\n|$)))/;
/** …or signing, run into the text's last line (…管理办法高新区产业发展局2023年3月10日。, 贵阳: a page flattened to one line). */
const BARE_ZONE_SIGNED = /(?<![\u4e00-\u9fff]{2}[市县])(高新区|经开区|开发区)[\u4e00-\u9fff]{2,12}(?:局|委员会|办公室)\s*\d{4}年\d{1,2}月\d{1,2}日[。.\s]*$/;
/** A zone's bodies named without their place: 工委、管委会, 党工委, 管理委员会. */
const ZONE_BODIES = /^(?:(?:中共)?(?:党工委|工委|管委会|管理委员会)[、和]?)+$/;

/** The one development zone a text names (by its full name), or undefined when it names none or several. */
function onlyZone(text: string): RegionMatch | undefined {
  const names = new Map(zoneMentions(text).map(({ i: _i, end: _e, ...z }) => [z.name, z] as const));
  return names.size === 1 ? [...names.values()][0] : undefined;
}

/**
 * Does a notice speak as a province, in its own words (全省, 我省, 省财政, addressed to 省政府各部门 or 省直有关部门) more than as a
 * city or county (全市, 我县)? A city's notice that names its province's bodies as superiors does not.
 */
function speaksAsProvince(text: string): boolean {
  // (addressing the province's departments, which only the province does, counts twice: 驻马店市人民政府,省人民政府各部门:; also
  // 省人民政府各委、办、厅、局 and 省政府各厅委、各直属机构, 山西省 节能减排 and 辽宁省)
  // (…and so does addressing the prefectures' governments by name, 广州、深圳、珠海、…、肇庆市人民政府,各有关单位:, 广东省 珠三角一体化)
  const province =
    (text.match(/全省|我省|本省|省财政(?!厅)|省级财政|省直(?:各|有关)/g) ?? []).length +
    2 * (text.match(/省(?:人民)?政府各(?:部门|委|厅|直属机构|有关部门)|(?:[\u4e00-\u9fff]{2,3}、){2,}[\u4e00-\u9fff]{2,3}市人民政府[，,：:]/g) ?? []).length;
  const lower = (text.match(/全(?:市|县|区|州)|我(?:市|县|区|州)|本(?:市|县|区|州)/g) ?? []).length;
  return province >= 2 && province > lower;
}

/** A second signing body's whole name: a place's government, committee or department (宁波经济技术开发区管理委员会). */
const JOINT_SIGNER = /^[\u4e00-\u9fff]{4,30}(?:人民政府|管理委员会|委员会|管委会|局|厅)$/;
/** A party committee signing first beside its government: 中共重庆市永川区来苏镇委员会, 中共某县委. */
const PARTY_COMMITTEE = /^中共[\u4e00-\u9fff]{2,30}(?:委员会|[省市县区州旗]委)$/;

/** The one province every place a text names lies in, where it names that province itself. */
function onlyProvince(text: string): RegionMatch | undefined {
  const places = divisionsIn(text);
  const codes = new Set(places.map((d) => d.code.slice(0, 2)));
  if (codes.size !== 1) return undefined;
  const province = divisionByCode([...codes][0]);
  return province && province.level === 'province' && places.some((d) => d.code === province.code) ? province : undefined;
}

/** An addressee line naming townships or streets as the notice's subordinates (各乡镇人民政府,各街道办事处,…:). */
const TOWNS_ADDRESSED = /^各[^:：。]{0,40}?(?:乡镇|镇|街道|镇街)[^:：。]{0,80}[:：]\s*$/;
/** …and one naming counties or districts (各县(市、区)人民政府, 各区人民政府): a prefecture's. */
const COUNTIES_ADDRESSED = /各(?:县|区|县区|区县|市县|县市)|各[^:：。、,，]{0,6}?(?:县|区)(?:[(（]|人民政府|政府)/;
/** Counties given a task as bodies responsible (责任单位:…,各县(市)区人民政府; 各县(市、区)政府负责): only their prefecture writes so. */
const COUNTIES_TASKED = /(?:单位|部门)[:：][^。；;)）]{0,40}?各(?:县|区|县区|区县|县市区?)(?:[(（][^()（）]{1,6}[)）])?区?(?:人民政府|政府)/;
/** A bureau's branch at the end of an issuer's name, named by a place (…局柯桥分局): group 1 the place. */
const BRANCH_OFFICE = /局([\u4e00-\u9fff]{2,4}?)(?:区|县)?分局$/;
/** 各镇人民政府,各街道办事处,市政府各部门: standing where the title should be. */
// (…also after the places addressed by name first: 伊犁哈萨克自治州,各州、市、县(市)人民政府,…自治区人民政府各部门…:, 新疆)
const ADDRESSEE = new RegExp(`^(?:[\\u4e00-\\u9fff]{2,10}(?:自治州|市|州|地区|盟|行署)[、,，])*${ADDRESSEE_OPEN}.*[:：]$`);
/** A body an addressee list names, up to its closing word: 古路镇人民政府, 火炬开发区管委会, 区各委办局, 各有关单位. */
const ADDRESSED_BODY = /^[\u4e00-\u9fff（）()]{1,30}?(?:人民政府|政府|管委会|管理委员会|委员会|办事处|单位|部门|机构|企业|委办局|局|厅|镇乡|乡镇|街道)$/;
/**
 * A line that only lists the bodies a notice is sent to, whatever the first one is (区各委办局、各镇乡、各有关单位:; 古路镇、下堡镇人民政府:;
 * 火炬开发区管委会,翠亨新区管委会,各镇政府、街道办事处,市各有关单位:), a page's chrome maybe before it (阅读版本|![]()|各街道办事处,…:):
 * no title. No title word, no figure.
 */
function addresseeList(line: string): boolean {
  const t = line.trim().replace(/^(?:[^|｜]*[|｜])+\s*/, '');
  if (!/[:：]$/.test(t) || /关于|通知|《|\d/.test(t) || t.length > 150) return false;
  const parts = t.slice(0, -1).split(/[、，,]/).map((x) => x.trim());
  return ADDRESSED_BODY.test(parts[parts.length - 1]) && parts.every((x) => /^[\u4e00-\u9fff（）()]{1,30}$/.test(x));
}
/** The addressees standing where a title would: either form. */
const addressed = (line: string) => ADDRESSEE.test(line.trim()) || addresseeList(line);

/** What a cover sends, by its name in 《》: …《X》已经市政府同意,现印发给你们. */
const SENT = /《([^《》]{4,60})》(?:已经|已|经)[^。；;]{0,30}?(?:印发|转发|下发|批转)给你们/;
/**
 * The title of the document a cover carries, on a line that runs on from the cover to it: the name the cover gives it, where that
 * name stands again later on the line outside 《》 (its own heading). As written (`written`, the line as found; `folded`, for matching).
 */
function carriedTitle(written: string, folded: string): string | undefined {
  const m = SENT.exec(folded);
  if (!m) return undefined;
  const at = folded.indexOf(m[1], m.index + m[0].length);
  return at > 0 && folded[at - 1] !== '《' ? written.slice(at, at + m[1].length) : undefined;
}

function paragraphs(text: string): Para[] {
  const out: Para[] = [];
  let s = 0;
  while (s <= text.length) {
    const e = text.indexOf('\n', s);
    const end = e < 0 ? text.length : e;
    if (end > s) out.push({ start: s, end, text: text.slice(s, end) });
    if (e < 0) break;
    s = e + 1;
  }
  return out;
}

function isTitle(p: string): boolean {
  // (A bracket closing the title, either width: its period or edition, (2021—2025年), (试行), （征求意见稿）.)
  return p.length >= 6 && p.length <= 90 && !/[。；，：:]/.test(p) && !FIELD_LABEL_AT.test(p) && !HEADING_RE.test(p) && !p.includes('\t') && DOC_TITLE.test(p.replace(/（征求意见稿）|（草案）|（试行）/g, '').replace(/(?:[（(][^（）()]{1,20}[）)])+$/, ''));
}

/** A repost's byline: the page's time stamp, then its source or counters (2023-11-10 09:41:24来源: 热度:). */
// (The cleaner may run the headline into it: 大连高新区:支持…措施2023-11-10 09:41:24来源:热度:.)
const REPOST_BYLINE = /(?:^|[^\d])\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?\s*(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*(?:来源|作者|编辑|热度|浏览|点击|阅读|发布)[^。；;]*$/;

/** A page's date line written with dashes or dots: 2024-10-23. */
const ISO_DATE_LINE = /^(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}$/;
/**
 * Does a paragraph close something a document may follow: a sentence, a note, a date (also 2024-10-23, as a page's signature may
 * be, or eight digits that read as one date, its 年月日 lost: 20201119, 德阳), a number, a (此件公开发布)?
 */
function closesAbove(q: string): boolean {
  // (a note closed in a bracket of any shape, …各区县）, …各区县】; not a site's empty field label alone on its line, 【法规类别】)
  return (/[。）)〕】］\]”；！？]$/.test(q) && !/^[【［[][^】］\]]{1,10}[】］\]]$/.test(q)) || isDateLine(q.replace(/^[（(]此件[^（）()]*[）)]/, '')) || ISO_DATE_LINE.test(q) || (/^(?:19|20)\d{6}$/.test(q) && !!squashedDate(q)) || /号$/.test(q);
}
/** A title's first line, wrapped: short, no sentence or clause mark, no figure outside a year. */
const TITLE_HEAD = /^(?:(?:19|20)\d{2}年)?[^。；;，,：:\d\t]{4,40}$/;

/** A page's own heading under its field block: a short line of words, no sentence or field mark, no figure but a year. */
const PAGE_HEADING = /^(?=[^。；;，,：:|｜]{6,40}$)(?=.*[\u4e00-\u9fff]{4})(?:(?:19|20)\d{2}年)?[^\d]+$/;
/** A page widget's words: 打印, 分享, 收藏, 关闭, 字号. */
const PAGE_WIDGET_WORD = /打印|分享|收藏|关闭|字号|字体|浏览次数|访问量/;
/** A site's section name alone on the page's first line, over its field block (计划总结, 政策文件, 通知公告: 浙江省 卫健委). */
const SITE_SECTION = /^[\u4e00-\u9fff]{2,8}$/;
/** …a field block of a government page's catalogue: 索引号, 发布机构, 发文机关, 文号 (not a page's 字号 / 打印 widgets, 青浦). */
const INDEX_FIELDS = /索\s*引\s*号|发布机构|发文机关|文\s*号\s*[:：]/;
/** Every page-field label, anywhere in a line whose spaces are gone (索引号, 发布机构, 成文日期…). */
const ANY_FIELD_IN = new RegExp(ANY_FIELD, 'g');
/** A sentence's end, or a clause list's in a long line: a head holding one is text of its own (not a field's values parted by ;, 财政;乡村振兴). */
const SENTENCE_MARK = /[。！？!?]|^(?=.{60}).*[；;]/;
/**
 * Is a run of paragraphs above a title, holding no sentence, the page's head of the notice under it: a field block (three different
 * catalogue labels), a line restating the title below (as written, or with the notice's issuer or number before it), or a site's
 * masthead opening with the name of the body the notice opens with?
 */
function pageHeadOf(head: Para[], below: string, title: string, opening: string): boolean {
  if (head.some((q) => SENTENCE_MARK.test(q.text))) return false;
  const flat = head.map((q) => q.text.replace(/\s/g, ''));
  const labels = new Set(flat.flatMap((t) => t.match(ANY_FIELD_IN) ?? []));
  if (labels.size >= 3) return true;
  // (…the title restated shorter, 市民政局关于…的通知 over 上海市民政局关于…的通知, or longer, its number and issuer before it or in 《》:
  // 渝府办发〔2018〕121号《重庆市人民政府办公厅关于印发…的通知》 over 关于印发…的通知)
  // (…or a site's masthead opening with the body whose notice it carries, 重庆市发展和改革委员会行政规范性文件 over 重庆市发展和改革委员会 /
  // 关于…, 重庆市巴南区人民政府网行政规范性文件 over 重庆市巴南区人民政府办公室 / 关于…)
  return flat.some((t) => (t.length >= 8 && DOC_TITLE.test(t) && below.includes(t)) || (title.length >= 8 && t.includes(title)) || (t.length <= 60 && ORGAN_CLOSED.test(commonStart(t, opening))));
}
/** An organ's name ending the text: 重庆市巴南区人民政府, 重庆市发展和改革委员会. */
const ORGAN_CLOSED = new RegExp(`^(?:中共)?[\\u4e00-\\u9fff]{4,30}(?:${ORGAN_END})$`);

/** A body's name closed by its organ's word (扶贫办, 财政厅), however short the rest: 海南省扶贫办 (its place named first, below). */
const ORGAN_ENDS = new RegExp(`^(?:中共)?[\\u4e00-\\u9fff]{2,30}(?:${ORGAN_END})$`);
/**
 * The bodies on the lines right over a 关于 title, a line each (黔江: 重庆市黔江区财政局 / 关于下达…的通知; a joint letterhead, 海南省人力资源和
 * 社会保障厅 / 海南省财政厅 / 海南省扶贫办 / 关于落实…的通知, 海南省 round 273): the notice's own head names who issues it, joined with 、.
 */
function bodiesOverTitle(head: string[]): string | undefined {
  const isBody = (p: string) => ISSUER.test(p) || ORGAN_CLOSED.test(p) || (ORGAN_ENDS.test(p) && !!divisionAt(p.replace(/^中共/, ''), 0));
  const k = head.findIndex((p, k) => isBody(p) && /^关于/.test(head[k + 1] ?? ''));
  if (k < 0) return undefined;
  let j = k;
  while (j > 0 && k - j < 3 && isBody(head[j - 1])) j--;
  return head.slice(j, k + 1).join('、');
}
/** What two strings start with alike. */
function commonStart(a: string, b: string): string {
  let k = 0;
  while (k < a.length && a[k] === b[k]) k++;
  return a.slice(0, k);
}
/**
 * Paragraph indexes where a new document begins. A page's head kept with the notice under it (pageHeadOf) is noted in `noticeAt`:
 * the document's start → the paragraph the notice itself opens at, where its title is looked for.
 */
export function documentStarts(paras: Para[], noticeAt?: Map<number, number>): number[] {
  const starts = [0];
  for (let i = 1; i < paras.length; i++) {
    const p = paras[i].text;
    let start = -1;
    if (ATTACHMENT.test(p)) start = i;
    else if (isTitle(p) || ISSUER_PREFIX.test(p)) {
      // A title preceded by its issuer lines starts with them.
      start = i;
      while (start - 1 > starts[starts.length - 1] && ISSUER.test(paras[start - 1].text)) start--;
      if (start - 1 >= 0 && ATTACHMENT.test(paras[start - 1].text)) start = -1; // already split at 附件N
      // The previous paragraph must close something (closesAbove). A title wrapped over two lines under the signature (2019年《政府
      // 工作报告》确定的主要目标任务 / 责任分解方案, 成都): it starts at its first line.
      if (start === i && start > 1 && start - 1 > starts[starts.length - 1] && !closesAbove(paras[start - 1].text) && TITLE_HEAD.test(paras[start - 1].text) && !HEADING_RE.test(paras[start - 1].text) && closesAbove(paras[start - 2].text)) start--;
      if (start === i && start > 0 && !closesAbove(paras[start - 1]?.text ?? '')) start = -1;
    }
    // A red-header masthead and its number (鞍山市立山区人民政府文件 / 鞍立政发〔2023〕2号) open the document below them.
    // (So does a gazette's issue line: 天门市人民政府公报2023第3号(总号:46) / 天政办发〔2023〕20号 / 市人民政府办公室.)
    // (…and a page's field block, 索引号:… / 发布机构:市政府办公室 成文日期:… / 文号:诸政办发〔2023〕2号, opens the notice below it: 诸暨)
    // (…and a site's chrome above them, 朗读 / 永政办发〔2008〕31号 / 永康市人民政府办公室 / 关于…: 永康)
    // (…and a repost's headline over its time-stamped byline, 大连高新区:支持元宇宙等九大产业… / 2023-11-10 09:41:24来源: 热度:, above the
    // notice's number and title: the site's head of the notice, no document of its own.)
    // (Read only where a document would start: the paragraphs since the last start, once.)
    const head = start > starts[starts.length - 1] ? paras.slice(starts[starts.length - 1], start) : [];
    const byline = head.some((q) => REPOST_BYLINE.test(q.text));
    // (…and the page's own heading over its field block or its bulleted byline, restating the notice's title below: 金乡县2021年国民经济和
    // 社会发展计划 over 金乡县人民政府 / 关于下达金乡县2021年国民经济和社会发展计划的通知, 金乡; 关于印发…的通知 over • 来源:市府办公厅 and the
    // number, 广州 2006; a field's label left alone, 有效性)
    const below = paras.slice(start, start + 3).map((q) => q.text).join('');
    const restated = (t: string) => t.length >= 8 && t.length <= 60 && !/[。；;，,]/.test(t) && below.includes(t.replace(/\s/g, ''));
    // (…and the site's trail over them, 当前位置:首页 / > 政务公开 > 组织机构 > … > 其他文件, over a field block: 绍兴; or the site's section
    // name alone on the first line, 计划总结 over 索引号:… / 发布机构:省卫生健康委, 浙江省 卫健委)
    // (…and any head with no sentence of its own that is the page's field block, three of a catalogue's labels in it (•索引号 / •发文字号
    // / …, [发文机构]北京市民政局, 索引号…发布机构泰安市政府办公室 run into one line), or that restates the title below (a reposting site's
    // chrome over 市民政局关于…的通知 / 编辑: / 沪民老工发〔2017〕7号, above 上海市民政局关于…的通知): the page's head of the notice.)
    if (head.length && !ATTACHMENT.test(p) && pageHeadOf(head, below.replace(/\s/g, ''), p.replace(/\s/g, ''), paras[start].text.replace(/\s/g, ''))) {
      // (the last such title wins: a title field's value inside the head is no more the notice's opening than the head's other lines)
      noticeAt?.set(starts[starts.length - 1], start);
      start = -1;
    } else if (head.length && head.every((q) => FURNITURE.test(q.text) || NAV.test(q.text) || CRUMB_LINE.test(q.text) || TRAIL_GOES_ON.test(q.text) || REPOST_BYLINE.test(q.text) || (byline && q.text.length <= 90 && !/[。；;]/.test(q.text)) || MASTHEAD.test(q.text) || GAZETTE_ISSUE.test(q.text) || (DOCNO.test(q.text) && q.text.length <= 24) || ISSUER.test(q.text) || (q.text.length <= 120 && FIELD_LABEL_AT.test(q.text)) || (head.some((h) => FIELD_LABEL_AT.test(h.text) || BULLET.test(h.text)) && (restated(q.text) || BARE_FIELD_LABEL.test(q.text) || (q === head[0] && SITE_SECTION.test(q.text) && head.some((h) => INDEX_FIELDS.test(h.text))))))) start = -1;
    if (start > starts[starts.length - 1]) starts.push(start);
  }
  return starts;
}

function headingText(p: string): string {
  const article = ARTICLE_RE.exec(p);
  // 第三条 鼓励利用外资。对…: the article's title is its heading's text.
  if (article) return articleTitleEnd(p) ? p.slice(0, articleTitleEnd(p) - 1) : article[0];
  const cut = p.search(/[。：]/);
  if (cut > 0 && cut <= 60) return p.slice(0, cut);
  return p.length <= 60 ? p : p.slice(0, 40);
}

export function buildSections(paras: Para[], textLength: number): Section[] {
  const sections: Section[] = [];
  const stack: number[] = [];
  for (const p of paras) {
    if (p.text.includes('\t')) continue;
    const level = headingLevel(p.text);
    if (!level) continue;
    while (stack.length && sections[stack[stack.length - 1]].level >= level) {
      sections[stack.pop()!].end = p.start;
    }
    sections.push({ heading: headingText(p.text), level, start: p.start, end: textLength, parent: stack.length ? stack[stack.length - 1] : -1 });
    stack.push(sections.length - 1);
  }
  return sections;
}

/** `rowLine(at)`: the paragraph at `at` was a line of the source with tabs between its cells (a table's row typed as text). */
export function buildTables(paras: Para[], rowLine: (at: number) => boolean = () => false): Table[] {
  const tables: Table[] = [];
  let cur: Table | undefined;
  paras.forEach((p, k) => {
    if (!p.text.includes('\t')) {
      // A one-cell row inside a table ("一、创新能力提升行动") lost its tab in cleaning: a group row.
      const next = paras[k + 1];
      if (cur && next && next.text.includes('\t') && p.text.length <= 60 && !/[。；]$/.test(p.text)) {
        cur.rows.push({ start: p.start, end: p.end, cells: [p.text], cellStarts: [p.start], group: true });
        cur.end = p.end;
        return;
      }
      cur = undefined;
      return;
    }
    const cells = p.text.split('\t');
    const cellStarts: number[] = [];
    let off = p.start;
    for (const c of cells) {
      cellStarts.push(off);
      off += c.length + 1;
    }
    if (!cur) {
      cur = { start: p.start, end: p.end, columns: cells.map((c) => c.trim()), rows: [], ...(rowLine(p.start) ? { rowLines: true } : {}) };
      tables.push(cur);
      return;
    }
    const nonEmpty = cells.filter((c) => c.trim()).length;
    const row: TableRow = { start: p.start, end: p.end, cells, cellStarts };
    if (nonEmpty === 1 && cur.columns.length > 2 && cells.length < cur.columns.length) row.group = true;
    cur.rows.push(row);
    cur.end = p.end;
  });
  return tables;
}

function isoDate(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

function kindOf(title: string, head: string, tables: Table[], textLength: number, numbered = false): DocKind {
  if (/人民论坛|评论员|社论|（评论）|时评/.test(head)) return 'commentary';
  const tableChars = tables.reduce((n, t) => n + t.end - t.start, 0);
  if (tableChars > textLength * 0.6) return 'table';
  const t = title.replace(/（[^（）]*）$/g, '');
  if (/(通知|公告|通报|决定|批复|函)$/.test(t)) return 'notice';
  if (/(措施|办法|细则|政策|条例|规定)$/.test(t)) return 'measures';
  if (/(方案|规划|计划|纲要)/.test(t)) return 'plan';
  if (/意见/.test(t)) return 'opinion';
  // No title line, a document number in the head (京商规字〔2024〕2号 over the addressees: a repost that lost its title): a notice.
  if (!t.trim() && numbered) return 'notice';
  // A news dateline (本报讯, 新华社讯, 5月6日讯, 讯（记者…）), not any 讯: 资讯 is a site's section name (人参相关食品资讯 run into
  // a provincial notice's first sentence, 吉林省). Not what a measure says of the press either (扶持新闻传媒…产业, 荆州; 各新闻媒体要
  // …加大宣传报道力度, 新疆): NEWS_CONTENT is blanked first.
  if (/新闻|记者|报道|(?:本报|新华社|[网台社电]|日)讯|讯[（(]/.test(head.replace(NEWS_CONTENT, ' '))) return 'news';
  return 'other';
}

export interface SplitOptions {
  source: string;
  format: SourceFormat;
  encoding: string;
  /** Original offsets where a line that is a table's row with tabs between its cells starts (cleanText's tabRows). */
  tabRows?: Set<number>;
}

/**
 * Does a head's issuer name the signature's bodies short, or some of them (区经委区财政局 for 青浦区经济委员会青浦区财政局, 上海市发展改革委 for
 * 上海市发展和改革委员会, 市财政局市住保房管局 for 杭州市财政局杭州市住房保障和房产管理局, 彭水苗族土家族自治县财政局 for the county's 教育委员会
 * and 财政局): its characters in the signature's order, ending as the signature ends, the signature longer.
 */
function signersShort(head: string, signers: string): boolean {
  const h = fold(head).replace(/[\s、]/g, '');
  const s = fold(signers).replace(/[\s、]/g, '');
  // (委 short for 委员会: 上海市發展改革委 signed 上海市發展和改革委員會)
  const end = (x: string) => x.replace(/委员会$/, '委').slice(-1);
  if (h.length < 2 || h.length >= s.length || end(h) !== end(s)) return false;
  let k = 0;
  for (const c of s) if (c === h[k]) k++;
  return k === h.length;
}
/** A body named in full (常熟市人民政府办公室) that a title names by its level only (市政府办公室, 市人民政府办公室), not by its place (立山区人民政府). */
function namesInFull(full: string, short: string): boolean {
  const level = (s: string) => s.replace(/人民政府/g, '政府');
  // (Lengths compared with 人民政府 read as 政府 on both sides: 湖北省政府 names 省人民政府 in full, though no longer.)
  return level(full).length > level(short).length && !divisionAt(short, 0) && level(full).endsWith(level(short));
}

/** A row drawn with bars and closed by one, its cells short and holding no sentence mark. */
const SHORT_CELL_ROW = /^[|｜]?(?:[^|｜。；;]{0,30}[|｜]){2,}\s*$/;
/** A field row of a page's block drawn with bars: short cells, a label and its value at least (a title in a cell alone is none). */
function fieldCellRow(row: string): boolean {
  const cells = row.split(/[|｜]/).filter((c) => c.trim());
  // (…or a label alone, its value left empty: | 文件下载 | ||||, 惠山)
  return SHORT_CELL_ROW.test(row) && (cells.length >= 2 || (cells.length === 1 && cells[0].trim().length <= 6));
}
/** Two sentences or more, each closed: a paragraph, no title. */
const SENTENCES = /[。！？!?][^。！？!?]{4,}[。！？!?]/;
/** A preamble's last sentence, on what it draws up (特制定…工作要点。, 制定本方案。). */
const DRAWN_UP_END = /(?:特|现)?制定[^。；;]{0,60}[。]\s*$/;
/** A notice's first sentence as it opens, on its basis or its purpose (根据《, 为进一步, 按照…要求). */
const PREAMBLE_OPENS = new RegExp(`^${NOTICE_OPENER}(?:《|[^，。,]{0,30}?(?:精神|要求|规定|部署)[，,])`);
/** A sentence that opens by citing what it rests on (根据…, 按照…, 依据…). */
const CITING_OPENING = /^(?:根据|按照|依据|依照)/;
/** A notice's title line: …关于…的通知. */
const NOTICE_LINE = /^[^。；，,]{2,60}关于[^。；]{2,80}的通知$/;
/** Does a signing date (in digits or numerals) close the paragraphs above `si`, maybe over a (此件公开发布) line? */
function signedAbove(paras: Para[], si: number): boolean {
  const line = (k: number) => fold(paras[k]?.text ?? '').replace(/\s/g, '');
  const remark = /^[（(]此件[^（）()]*[）)]$/;
  let k = si - 1;
  while (k > 0 && !line(k)) k--;
  if (remark.test(line(k))) k--;
  while (k > 0 && !line(k)) k--;
  return k >= 0 && isDateLine(line(k).replace(/[（(]此件[^（）()]*[）)]$/, ''));
}

/** Split a cleaned file into its documents (cover notice, attachments, gazette articles) with metadata. */
export function splitDocuments(clean: Tracked, opts: SplitOptions): PolicyDocument[] {
  const paras = paragraphs(clean.text);
  if (paras.length === 0) return [];
  // Documents start at titles and issuer lines, told apart on the folded text (關于印發…的通知).
  const noticeAt = new Map<number, number>();
  const starts = documentStarts(paragraphs(fold(clean.text)), noticeAt);
  const docs: PolicyDocument[] = [];
  const stem = opts.source.replace(/\.[^.]+$/, '');
  let cover: PolicyDocument | undefined;
  let published: string | undefined;
  starts.forEach((si, k) => {
    const ei = k + 1 < starts.length ? starts[k + 1] : paras.length;
    const first = paras[si].start;
    const last = paras[ei - 1].end;
    const part = slice(clean, first, last);
    // Metadata is read on the text folded to simplified characters (1:1, so positions hold: 海寧市人民政府
    // reads as 海宁市人民政府) and reported as written.
    const orig = paragraphs(part.text);
    const folded = fold(part.text);
    const local = paragraphs(folded);
    const asWritten = (v: string | undefined) =>
      v?.split('、').map((piece) => {
        for (let k = 0; k < local.length; k++) {
          const at = local[k].text.indexOf(piece);
          if (at >= 0) return orig[k].text.slice(at, at + piece.length);
        }
        return piece;
      }).join('、');
    // Title block: attachment marker, issuer lines, title lines, (征求意见稿).
    // (A page's head kept with the notice, its fields read below: the title is looked for where the notice opens.)
    let i = noticeAt.has(si) ? noticeAt.get(si)! - si : 0;
    if (ATTACHMENT.test(local[0]?.text ?? '')) i++;
    // A page's date widget above everything (2025 / 09/30 / 12:10): read as the page's date below, never the title.
    if (i === 0) i = stampLinesAt(local.slice(0, 3).map((l) => l.text), 0);
    // A page's metadata block above the title (索引号 / 发文机关 … / 标题 …): its fields are read below, not titles.
    // (Also drawn with bars: | 索引号 | … | 发布机构 | 眉山天府新区 |.)
    // (…and a bar table's rule line under its header, ---|---|, no text of its own: 平罗)
    // (…and a law site's square-bracketed labels, 【发布单位】山西省 / 【发布文号】晋政发[2008]8号 / 【发布日期】…)
    // (A title field among them, 名 称: | 市人民政府办公室关于印发…的通知 |, is kept: the title where no line below is one, 六盘水.)
    let fieldTitle: { text: string; written: string } | undefined;
    // (…under the site's name on a line of its own, 嵊州市人民政府 / 索 引 号: … 主题分类: 其他 / 发布机构: 市政府办公室 …: the site's
    // header, not the notice's issuer line; the title below the block names its issuer, 嵊州.)
    // (…maybe the site's section name between, 洪湖市人民政府 / 政府信息公开 / •索引号: …, 荆州's notice on 洪湖's portal)
    const fieldAt = (k: number) => !!local[k] && FIELD_LABEL_AT.test(local[k].text.replace(BULLET, ''));
    if (i === 0 && local.length > 3 && local[0].text.length <= 20 && ISSUER.test(local[0].text) && !isTitle(local[0].text)) {
      const section = SITE_SECTION.test(local[1].text) && !ISSUER.test(local[1].text) ? 1 : 0;
      // (…the block's first value on its label's line or the next: •索引号: / MB0P46829/2023-00469)
      if (fieldAt(1 + section) && (fieldAt(2 + section) || FIELD_LABEL_END.test(local[1 + section].text))) i += 1 + section;
    }
    // (…and, inside a block drawn with bars, a row of short cells whatever its labels: | 有效期 | 长期 | 公开程序 | 部门内部审核后公开 |, 惠山)
    const blockStart = i;
    while (i < local.length - 1 && local[i].text.length <= 80 + (TITLE_FIELD.test(local[i].text) ? 60 : 0) && (FIELD_LABEL_AT.test(local[i].text.replace(/^[|｜]\s*/, '').replace(/^[【［[]/, '')) || TITLE_FIELD.test(local[i].text) || /^[\s|｜:：\-—–]+$/.test(local[i].text) || (i > blockStart && fieldCellRow(local[i].text) && /[|｜].*[|｜]/.test(local[i - 1].text)))) {
      const f = TITLE_FIELD.exec(local[i].text);
      if (f && !fieldTitle) {
        const body = local[i].text.slice(f[0].length).replace(/\s*[|｜][|｜\s]*$/, '');
        if (body.length >= 6) fieldTitle = { text: body, written: orig[i].text.slice(f[0].length, f[0].length + body.length) };
      }
      i++;
    }
    // A masthead (…人民政府文件) and the number under it stand above the title: the masthead's body is the issuer
    // where no line below names one.
    // A gazette's issue line (天门市人民政府公报2023第3号) stands there too; the gazette prints other bodies' notices, so it names
    // no issuer.
    let masthead: string | undefined;
    let gazette = false;
    // (…and a number over the bodies that issue, no masthead above it: 铜经信发〔2024〕22号 / 重庆市铜梁区经济和信息化委员会 / … / 关于印发…, 铜梁.)
    const numberOverBodies = (k: number) => DOCNO.test(local[k].text) && local[k].text.length <= 24 && !!local[k + 1] && ISSUER.test(local[k + 1].text);
    while (i < local.length - 1 && (MASTHEAD.test(local[i].text) || GAZETTE_ISSUE.test(local[i].text) || ((masthead !== undefined || gazette) && DOCNO.test(local[i].text) && local[i].text.length <= 24) || numberOverBodies(i))) {
      if (MASTHEAD.test(local[i].text)) masthead = orig[i].text.replace(/\s*文件$/, '');
      if (GAZETTE_ISSUE.test(local[i].text)) gazette = true;
      i++;
    }
    const issuers: string[] = [];
    // (A site's tab label run into the line, 补贴详情绍兴市上虞区人民政府办公室, is no part of the name.)
    while (i < local.length && ISSUER.test(local[i].text) && !FURNITURE.test(local[i].text) && !isTitle(local[i].text)) issuers.push(orig[i].text.slice(pageLabelLength(local[i++].text)));
    // Body lines over the page's own trail or field block (武定县人民政府 / 首页>>公开信息内容 / 索引号:… 发文机关:武定县政府办, 武定) are the
    // site's name, not the notice's head: a field that names the issuer outranks them.
    // (the body the title line names before 关于, where one does: read below)
    let titleBody: string | undefined;
    // (…or over the site's chrome, a read-aloud button or a font switch, on its own short line: 莒南县人民政府 / 朗读 / 莒南县2022年…指南 /
    // 来源:莒南县农业农村局, 莒南 round 287 — the page's source names the issuer.)
    const siteName = issuers.length > 0 && !!local[i] && (NAV.test(local[i].text) || CRUMB_LINE.test(local[i].text) || /^\s*(?:网站)?首页\s*(?:>|»|›|→|＞)/.test(local[i].text) || FIELD_LINE.test(orig[i].text) || (local[i].text.length <= 16 && SITE_CHROME.test(local[i].text.trim())));
    let title = '';
    // The government whose site carries the page (• 洪雅县人民政府 •|, its header).
    let siteOwner: string | undefined;
    // (…or a body's name over the site's breadcrumb, maybe its section's name between: 雁江区同城化发展工作局 / 政府信息公开 / 当前位置:首页 >
    // …, 雁江 — the site's masthead, not a line of the notice's head; the title under it names the body that issues.)
    if (issuers.length && [i, i + 1].some((k) => local[k] && NAV.test(local[k].text))) siteOwner = issuers.splice(0).join('、');
    // A repost's line naming the site it copied (轉載自“內蒙古自治區人民政府網”): that government's page, above the title.
    const repost = !issuers.length && local[i] ? REPOSTED_FROM.exec(local[i].text) : null;
    if (repost) {
      siteOwner = repost[1];
      // The title the cleaner ran into the line follows it.
      const rest = orig[i].text.slice(repost[0].length);
      if (rest.trim()) title = rest;
      i++;
    }
    if (local[i] && NAV.test(local[i].text)) {
      // The title ran into the breadcrumb (…>行政规范性文件温岭市人民政府关于…): it starts at its issuer; a
      // breadcrumb on its own line is followed by the title.
      const own = issuerBeforeAbout(local[i].text);
      const at = own ? local[i].text.lastIndexOf(own) : -1;
      if (at > 0) {
        title = orig[i].text.slice(at);
        i++;
      } else if (local[i + 1] && (isTitle(local[i + 1].text) || LIST_TITLE.test(local[i + 1].text))) i++;
      else {
        // A page's field block between the breadcrumb and the title ([主题分类]… / [成文日期] 2025-12-28 / …, 石景山): the title is the
        // first line below that reads as one, within the head.
        for (let j = i + 2; j < Math.min(local.length, i + 16); j++) {
          const t = local[j].text;
          if (t.length <= 90 && !/[。；;，,]/.test(t) && isTitle(t)) {
            i = j;
            break;
          }
        }
      }
    } else if (local[i] && FURNITURE.test(local[i].text)) {
      // Site furniture above the title (•无障碍系统, 设为首页|手机版…): the title is the first line below it
      // that reads as one (a document title, or a body's 关于…).
      let found = false;
      siteOwner = SITE_OWNER.exec(local[i].text)?.[1];
      // (within 8 lines of the furniture's last line: a menu of many items, •首页 / •要闻动态 / •政务公开…, 内蒙古, is furniture throughout)
      let limit = i + 8;
      for (let j = i + 1; j < Math.min(local.length, limit) && !found; j++) {
        if (FURNITURE.test(local[j].text) && local[j].text.length <= 16) limit = Math.max(limit, j + 8);
        // The title run into the breadcrumb's end (您的位置:网站首页>>…>>正文洪雅县绿色工业项目招商引资奖励办法(试行)(五)).
        const nav = NAV.test(local[j].text) ? NAV_THEN_TITLE.exec(local[j].text) : null;
        if (nav && isTitle(nav[1].replace(/([（(][^（）()]{1,6}[）)])+$/, ''))) {
          title = orig[j].text.slice(orig[j].text.length - nav[1].length);
          i = j + 1;
          found = true;
        } else if (TITLE_FIELD.test(local[j].text) && isTitle(local[j].text.replace(TITLE_FIELD, ''))) {
          // (…or a page's title field under the share buttons and the field row: 微信 / X / 索引号:… / 标题: 海南省财政厅关于…的通知)
          title = orig[j].text.slice(TITLE_FIELD.exec(local[j].text)![0].length);
          i = j + 1;
          found = true;
        } else if (CONTACT.test(local[j].text) && isTitle(local[j].text.replace(CONTACT, ''))) {
          title = orig[j].text.slice(CONTACT.exec(local[j].text)![0].length);
          i = j + 1;
          found = true;
        } else if (isTitle(local[j].text) || (/关于/.test(local[j].text) && issuerBeforeAbout(local[j].text) && !/[。；:：]/.test(local[j].text))) {
          i = j;
          found = true;
        }
      }
      // (…or, under the page's field block, the first short line of words alone: the page's own heading of a notice that names no
      // document kind, 无障碍浏览… / 施甸县人民政府 / 索引号 … 发布机构 … / 义务教育阶段学生资助政策简介, 施甸.)
      if (!found) {
        // (Only the line right after the block's last field: a numbered heading, a body's line or a widget's words are none.)
        let fields = false;
        for (let j = i + 1; j < Math.min(local.length, limit) && !found; j++) {
          const t = local[j].text.trim();
          if (!t) continue;
          if (FIELD_LABEL_AT.test(t)) {
            fields = true;
            continue;
          }
          if (fields && PAGE_HEADING.test(t) && !FURNITURE.test(t) && !HEADING_RE.test(t) && !ISSUER.test(t) && !PAGE_WIDGET_WORD.test(t)) {
            i = j;
            found = true;
          }
          if (fields) break;
        }
      }
      // A list bullet before the title itself (• 中共遵义市委关于…的决定).
      const bullet = BULLET.exec(local[i].text);
      if (!found && bullet && isTitle(local[i].text.slice(bullet[0].length))) {
        title = orig[i].text.slice(bullet[0].length);
        i++;
      }
    }
    // A masthead run into the title line by the cleaner (河北省人民政府办公厅文件关于印发…): the body, then the title.
    const glued = !title && local[i] ? MASTHEAD_GLUED.exec(local[i].text) : null;
    if (glued) {
      masthead = orig[i].text.slice(0, glued[1].length);
      title = orig[i].text.slice(glued[0].length);
      i++;
    }
    // A document number standing where the title should be, no masthead over it (京商规字〔2024〕2号 over the addressees: a repost
    // that lost its title line): no title; the title below it where one follows.
    let untitled = false;
    if (!title && local[i + 1] && DOCNO.test(local[i].text) && local[i].text.length <= 24) {
      i++;
      // (the addressees, also when they open with a place: 南通、扬州、泰州市及所辖县(市、区)人民政府,省各委办厅局…:)
      untitled = addressed(fold(local[i].text)) || /[:：]$/.test(local[i].text.trim());
    }
    // (a page's trail of sections on its own line above the title, 您现在的位置:首页 > 政策解读 > 详情页: no title)
    // (…or one with no label, opening at the site's home: 网站首页 >> 部门目录 >> 双柏县政府办 / 双柏县文化和旅游局关于…的答复)
    while (!title && !untitled && local[i + 1] && (CRUMB_LINE.test(local[i].text) || BARE_CRUMB_LINE.test(local[i].text))) i++;
    // (…nor a site's section name over a catalogue's field block: the notice's title under the block, 计划总结 / 索引号:… / 发布机构:… /
    // 浙江省卫生健康委关于印发…的通知, 浙江省 卫健委)
    if (!title && !untitled && local[i] && SITE_SECTION.test(local[i].text.trim())) {
      let k = i + 1;
      while (local[k] && INDEX_FIELDS.test(local[k].text)) k++;
      if (k > i + 1 && local[k] && (ISSUER_PREFIX.test(local[k].text) || isTitle(local[k].text))) i = k;
    }
    // (…nor a site's short name over its trail and chrome, the title under them: 政讯通中心 / 您的位置:>首页->政讯 / TOP / 省农业农村厅办公室
    // 关于…的通知, 湖北省)
    if (!title && !untitled && local[i] && /^[\u4e00-\u9fff]{2,10}$/.test(local[i].text.trim()) && !isTitle(local[i].text)) {
      let k = i + 1;
      while (local[k] && k <= i + 4 && (CRUMB_LINE.test(local[k].text) || (local[k].text.length <= 16 && SITE_CHROME.test(local[k].text.trim())))) k++;
      if (k > i + 1 && local[k] && (ISSUER_PREFIX.test(local[k].text) || isTitle(local[k].text))) i = k;
    }
    // (…past a site's name and hotline run in front of the line: China Finance Executive Council服务热线:400-820-2536北蔡镇人民政府关于…)
    // (…or past the notice's number written in front of it: 邹政字〔2023〕21号邹城市人民政府关于印发…的通知.pdf, 邹城)
    const lead = !title && !untitled && local[i] ? (CONTACT.exec(local[i].text) ?? DOCNO_LEAD.exec(local[i].text))?.[0].length ?? 0 : 0;
    const m = !title && !untitled && local[i] && ISSUER_PREFIX.exec(local[i].text.slice(lead));
    if (untitled) {
      // (no title line: the addressees start the text)
    } else if (m) {
      // (a site's section label run into the title line: 政府信息公开郧阳区人民政府关于… names 郧阳区人民政府; a body the site's
      // name line gave already is named once)
      // (…or a site's chrome: 欢迎访问河东区政府网站退出长者模式长者浏览模式政府文件河东区人民政府办公室关于…, the body nearest 关于)
      const named = SITE_CHROME.test(local[i].text) ? issuerBeforeAbout(local[i].text) : undefined;
      const from = lead || (named && local[i].text.slice(0, m[1].length).endsWith(named) ? m[1].length - named.length : pageLabelLength(local[i].text));
      const issuer = orig[i].text.slice(from, lead + m[1].length);
      titleBody = issuer;
      if (!issuers.some((x) => fold(x) === fold(issuer))) issuers.push(issuer);
      title = orig[i].text.slice(lead + m[1].length);
      // (…a title that runs on into the text, as below: its part before, the line kept as body)
      const runOn = title.length > 100 ? RUN_ON_TITLE.exec(fold(title)) : null;
      if (runOn) title = title.slice(0, runOn[1].length);
      else i++;
    } else if (!title && local[i] && !MID_DOCUMENT.test(local[i].text)) {
      // (not a line of the site's chrome, 扫一扫在手机打开当前页, nor the addressees under it: no title line, 乌鲁木齐)
      while (local[i + 1] && local[i].text.length <= 16 && SITE_CHROME.test(local[i].text)) i++;
      // (…nor the addressees, alone on the line or running into the first sentence: 各市人民政府,省政府各厅委、各直属机构:为深入贯彻…)
      // (…a page's content field's label before them, 內容: | 各區縣…:市政府決定,…, 重庆 2012, no part of either)
      const body = fold(local[i].text).replace(CONTENT_FIELD, '');
      const runOn = local[i].text.length > 100 ? RUN_ON_TITLE.exec(local[i].text) : null;
      if (addressed(body)) untitled = true;
      // (…nor a unit field opening the text, 主办单位:昌都市人民政府 / 承办单位:… over the campaign's rules, 昌都: the bodies' list, body.)
      else if (isUnitFieldLine(body)) untitled = true;
      // (…nor a section's heading opening a part of a notice the page cut from its start: (三)闻喜县政府 over its tasks, 运城: a heading.)
      else if (SECTION_OPENS.test(body)) untitled = true;
      // (…nor a first item that states its measure as a closed sentence, the page cut above it: (一)在县外连续务工满六个月的贫困户人员
      // 可…领取…交通补贴300元。, 屯昌: a title closes no sentence.)
      else if (ITEM_SENTENCE.test(body)) untitled = true;
      else if (ADDRESSEE_LEAD.test(body)) {
        // (…where the cover runs on to what it carries, that document's title, named in the cover and standing again over its
        // text, is the title: …《扎实推进2024年下半年经济稳进向好若干措施》已经市政府同意,现印发给你们…。 2024年9月6日 (此件公开发布)
        // 扎实推进2024年下半年经济稳进向好若干措施 为深入学习…, 开封)
        untitled = true;
        title = carriedTitle(orig[i].text, local[i].text) ?? '';
      }
      // (…nor a paragraph of sentences under a page's fields, 发布时间:… / 文章来源:三门峡人社局 / 参保企业足额缴纳…的,可以享受稳岗返还政策。大型企业按…
      // 返还。…, 三门峡: a page that prints no title; the paragraph is the text's first.)
      // (…or one long sentence of several phrases, its stop lost: 2025年,全省交通运输要以…为指导,全面贯彻…,坚持…, 山东省 under 发布日期: | 2025-06-27 |)
      else if (body.length >= 60 && (SENTENCES.test(body) || (body.match(/[，,]/g) ?? []).length >= 3) && i > 0 && FIELD_LINE.test(local[i - 1].text) && !RUN_ON_TITLE.test(local[i].text)) untitled = true;
      // (…or a long paragraph that opens as a notice's first sentence does, on its basis or its purpose, and runs on through many phrases:
      // 根据《…实施方案》的通知(盐党农发〔2024〕1号)精神,现将…予以公示,…,按照补助标准脱贫户30元/亩…, 盐池 on 查策网 — a page that prints
      // no title; the paragraph is the text's first.)
      // (…or one that holds a closed sentence and ends on what it draws up: 坚持以…为指导,…,为…提供支撑。根据上级有关部署要求,特制定…2021年工作要点。,
      // 龙华)
      else if (body.length >= 120 && (PREAMBLE_OPENS.test(body) || (/。\s*\S/.test(body) && DRAWN_UP_END.test(body))) && (body.match(/[，,]/g) ?? []).length >= 5) untitled = true;
      // (…nor a table's header opening the text, its first cell alone on the line: 序号 / 名称 / 来源 / …, 五通桥 round 285 — a page that
      // prints only its table.)
      else if (/^[|｜]?\s*序号\s*[|｜]?$/.test(body)) untitled = true;
      else if (runOn) {
        // (…or a title a page that lost its line breaks runs on into the text, a field's label or the first sentence after its title
        // word (关于组织开展…申报工作的通知申报条件:2022年度新认定…; 前湾): the title is its part before, the line stays body.)
        untitled = true;
        title = orig[i].text.slice(0, runOn[1].length);
      } else {
        title = orig[i].text;
        i++;
      }
    }
    // (…or where the line taken for it is another field of the block, 内容概览: | ||| or 概述:…, no title;)
    // (…or a document number, the title itself starting a document of its own below it: 抚顺.)
    // (…or the addressees, standing where the title should be: 六盘水.)
    const addressees = addressed(fold(title));
    if (fieldTitle && (!title || addressees || /^[|｜]?\s*[\u4e00-\u9fff\s]{2,8}[:：]/.test(title) || (DOCNO.test(fold(title)) && title.length <= 24))) {
      if (addressees) i--;
      // (The field's title, where the page gives no title line of its own; its issuer before 关于 is read with the head's title lines.)
      const own = issuerBeforeAbout(fieldTitle.text);
      const at = own ? fieldTitle.text.indexOf(own) : -1;
      title = own && at >= 0 ? fieldTitle.written.slice(at + own.length) : fieldTitle.written;
    }
    // A title's second line in brackets, either width: （2022—2026年）, (试行).
    // (Not the document's number in brackets under it, (琼府办〔2009〕14号): a field of the head, 海南省.)
    while (i < local.length && /^[（(][^（）()]{1,20}[）)]$/.test(local[i].text) && !DOCNO.test(local[i].text) && title.length < 90) title += orig[i++].text;
    // A title written twice or more in a row, as a page's title, its heading and the article's first line that the cleaner
    // joined (成都高新区产业培育政策18条原文完整版成都高新区产业培育政策18条原文完整版…): the title once.
    title = title.slice(0, repeatedHead(fold(title)) ?? title.length);
    // A title written in book-title marks on its own line (《江苏省商务厅贯彻“十四五”电子商务发展规划实施方案》): the title without them, its
    // own, not a document it cites.
    // (…also where a site's tab label ran into its line: 政策详情《苏州市现代物流高质量发展三年行动计划(2023-2025年)》, the label chrome)
    // (…its number before it on the line: 鄂政办发〔2017〕29号《…》, 湖北省 2017)
    const numbered = NUMBER_BEFORE_OWN_TITLE.exec(title);
    if (numbered) title = title.slice(numbered[0].length).trim();
    const tab = tabLabelBeforeMarks(title.trim());
    if (tab && OWN_TITLE_IN_MARKS.test(title.trim().slice(tab))) title = title.trim().slice(tab);
    if (OWN_TITLE_IN_MARKS.test(title)) title = title.trim().slice(1, -1);
    // (…or a site's name and hotline the cleaner ran in front of it: China Finance Executive Council服务热线:400-820-2536北蔡镇人民政府关于…)
    const contact = CONTACT.exec(fold(title));
    if (contact && isTitle(fold(title).slice(contact[0].length))) title = title.slice(contact[0].length);
    // (…or the page's day after it, 关于印发区政府2020年第三季度工作要点的通知2020-08-10, 杨浦: the page's date, no part of the title.)
    const dayAfter = DATED_TITLE_END.exec(title);
    if (dayAfter) title = title.slice(0, dayAfter.index);
    // (…or a site's trail glued before it, its sections parted by >: 高新技术企业认定网>资助项目>…>宝安区资助项目>宝安区开展2023年…申报工作, the
    // page lost the line break — the title is the tail after the trail's last mark, where that tail names a document by its kind.)
    const trail = CRUMB_BEFORE_TITLE.exec(fold(title));
    if (trail) title = title.slice(trail[0].length);
    // No title line, the addressees standing first: the document the cover sends, by the name it gives it (《洞头区高质量发展“一县一方案”
    // (2024-2027年)》已经区政府第49次常务会议研究通过,现印发给你们: 龙湾, 怀柔, 中山), as written. (Not where that document stands as a
    // document of its own after the cover, its heading over it: the cover stays a cover, 源城.)
    if (!title.trim() && k + 1 >= starts.length) {
      for (let p = i; p < Math.min(local.length, i + 4) && !title; p++) {
        const sent = SENT.exec(fold(local[p].text));
        // (one document only: a cover sending several, 《A》《B》已经…, names none of them its title)
        if (sent && !/》\s*[、，,和及与]?\s*$/.test(fold(local[p].text).slice(0, sent.index))) title = orig[p].text.slice(sent.index + 1, sent.index + 1 + sent[1].length);
      }
    }
    const titleFolded = fold(title);
    // The head: the first 12 lines, and as far as a page's field block runs (• 索引号: … • 公开方式: over the title, one
    // label and one value a line) and two lines beyond it.
    let fieldEnd = -1;
    for (let k = 0; k < Math.min(local.length, 40); k++) if (local[k].text.length <= 80 && (FIELD_LABEL_END.test(local[k].text) || FIELD_LABEL_ALONE.test(local[k].text))) fieldEnd = k;
    // (…and every line above the title and the one after it: a portal's long menu may push its field block, 成文日期 2025-07-14 with no
    // colon, below the twelfth line: 呼和浩特)
    const headText = local.slice(0, Math.min(local.length, Math.max(12, fieldEnd + 3, i + 1))).map((p) => p.text);
    let date: string | undefined;
    let docNumber: string | undefined;
    let above = '';
    for (const p of local.slice(0, 40)) {
      // (此件公开发布) 2024年5月8日: the signing date after the publication remark.
      // (…not the value of a time field's heading above it: 二、截止时间 / 2022年4月30日, 嘉兴.)
      const dated = TIME_FIELD_HEADING.test(above) ? '' : p.text.replace(/^[（(]此件[^（）()]*[）)]\s*/, '');
      above = p.text;
      // ((2020年6月6日) under the title: the date a committee's or a government's document prints there.)
      // (…or one the page lost a bracket of, 2019年4月26日) under the title: 焦作)
      const dm = DATE_LINE.exec(dated) ?? BRACKETED_DATE_LINE.exec(dated.replace(/\s+/g, '')) ?? HALF_BRACKETED_DATE_LINE.exec(dated.replace(/\s+/g, ''));
      if (dm && !date) date = isoDate(dm[1], dm[2], dm[3]);
      // 二○○五年一月十三日 on a line of its own, with or without the issuer's line above.
      if (!date) date = numeralDateLine(dated);
      // (发文字号濮县政办〔2025〕10号: a field's label is not part of the number)
      const line = p.text.replace(FIELD_LABEL_AT, '');
      // ((巴政发〔2022〕100号,九方面51项125条措施): the number in brackets with a remark on what the notice holds, 巴州)
      if (!docNumber && DOCNO.test(line) && (line.length <= 24 || REMARKED_DOCNO_LINE.test(line))) docNumber = asWritten(DOCNO.exec(line)![0]);
    }
    // A title that carries its own number in brackets at its end (关于进一步加快发展数字经济的实施意见(建政办函〔2021〕24号), 上海市鼓励跨国公司
    // 设立地区总部的规定(沪府发〔2011〕98号)): that number, as a number line under the title would give it.
    if (!docNumber) {
      const own = TITLE_DOCNO.exec(titleFolded.replace(/\s+/g, ''));
      if (own) docNumber = asWritten(own[1]);
    }
    const tables = buildTables(orig, (at) => !!opts.tabRows?.has(part.map[at]));
    const kind = kindOf(titleFolded, headText.join('\n'), tables, part.text.length, !!docNumber);
    // Where the title block names no issuer: a body named before 关于 in the first lines, the signature
    // (issuer lines over the date), the page's 发文机关 field, its 来源 field, in that order.
    const page = pageFieldsOf(headText);
    // (…or under the text, where a page prints its source and date last: 来源:重庆市人力资源和社会保障局 / 发布:1999-09-29.)
    const foot = footerFields(local.slice(-6).map((p) => p.text));
    page.source ??= foot.source;
    page.published ??= foot.published;
    const signature = signatureOf([...local.slice(0, 40), ...local.slice(Math.max(40, local.length - 6))].map((p) => p.text), page.published);
    // A title block that names its body by level only (市人民政府办公室) yields to a signature naming it in
    // full (天门市人民政府办公室).
    // (市政府办公室 is 常熟市人民政府办公室 named by level; so is the masthead over it, or one glued into the head line.)
    const mastheadBody = masthead ? fold(masthead) : undefined;
    const gluedBody = headText.filter((p) => !/^[|｜\s]*$/.test(p)).slice(0, 3).map(gluedMasthead).find(Boolean);
    // (…or a page's issuer or source field naming it in full: 市政府关于… under 来源:海门市人民政府.)
    const inFull = [signature?.issuer, mastheadBody, gluedBody, page.issuer, page.source];
    const fuller = (i: string | undefined) => (i && inFull.find((f) => f && namesInFull(f, i))) ?? i;
    // Issuer lines over the title that the signature names one of alone (淄博市人民政府办公室 / 淄博市人民政府 / 关于印发…, signed
    // 淄博市人民政府: the office's line is the page's): the one that signs.
    const signedOne = issuers.length > 1 && signature?.issuer ? issuers.find((x) => fold(x) === fold(signature.issuer!)) : undefined;
    // The notice's first paragraphs, which the preamble, decision and signing-line clues read (each looks at its own first few).
    const leadParas = local.slice(0, 14).map((p) => p.text);
    // (A title that forwards another body's document, its forwarding part on the line over the rest: 杭州市人民政府办公厅转发市财政局 /
    // 关于杭州市工业发展专项资金管理办法的通知 — the forwarded body, as forwardedInTitle reads a title on one line, ANNOTATION round 74.)
    const lastIssuerLine = issuers.length ? fold(issuers[issuers.length - 1]) : '';
    const forwardedOver = /转发/.test(lastIssuerLine) ? forwardedInTitle(lastIssuerLine + titleFolded) : undefined;
    let issuer =
      forwardedOver ??
      (signedOne ? fold(signedOne) : undefined) ??
      // (…nor where the title names its own body before 关于: 武定县人民政府 / 首页 >> 政府信息公开 >> … / 武定县民政局关于公布…标准, 武定 2023)
      // (…the title's body on a line of its own under the trail: 武定县人民政府 / 首页 >> … / 武定县民政局关于…)
      fuller(issuers.length && !(siteName && (page.issuer || page.source || issuerBeforeAbout(titleFolded) || titleBody)) ? fold(issuers.join('、')) : undefined) ??
      // A title that forwards another body's document (…办公厅转发航权办关于…的通知): that body (ANNOTATION round 74).
      forwardedInTitle(titleFolded) ??
      // (…not a body a sentence cites on its basis, 根据…临沂市民政局 临沂市财政局关于印发《…》的通知(…)有关规定, 莒南: another's document;
      // nor an attachment's title in a short page's head, 附件:广东省工业和信息化厅关于…的通知.pdf over a city bureau's signature, 汕头)
      fuller(headText.slice(0, 3).filter((p) => !CITING_OPENING.test(fold(p).trim()) && !ATTACHMENT_LINE.test(fold(p).trim())).map((p) => issuerBeforeAbout(p)).find(Boolean)) ??
      // (…and a signature naming its body by level only, 省财政厅, under a page field naming it in full, 发文单位:吉林省财政厅: ANNOTATION
      // round 117, as round 92 fills a title's)
      fuller(signature?.issuer) ??
      // A work plan's title that names its author (2015年二季度工委、管委会工作要点).
      // (…by its level only, 市农业农村局2024年工作要点, under a page field naming it in full, 发布单位:武汉市农业农村局: that name, as
      // round 92 fills a title's 关于 body)
      fuller(titleAuthor(titleFolded)) ??
      // …or any title that opens with its author before its year or plan (北京市石景山区商务局2026年…活动方案).
      fuller(titleLeadAuthor(titleFolded)) ??
      // A title line further down the page's head (楚雄市人民政府关于…的意见 under 发布机构: 楚雄市人民政府办公室): the
      // body the title names issues it; the page's publisher may be its office.
      // (…or a title field's, 名 称: | 市人民政府办公室关于印发…的通知 |: 六盘水.)
      // (Not a line of the attachments list, 附件:1.广东省工业和信息化厅关于…的通知, in a short page's head: it names another document.)
      fuller(headText.filter((p) => p.length <= 140 && !/[。，,；;]/.test(p) && !ATTACHMENT_LINE.test(p)).map((p) => issuerBeforeAbout(p.replace(TITLE_FIELD, '').replace(FIELD_LABEL_AT, '').replace(/^[\u4e00-\u9fff]{0,2}[:：]/, ''))).find(Boolean)) ??
      mastheadBody ??
      gluedBody ??
      // A body alone on its line right over a 关于 title, below the page's own copy of the title (黔财农〔2021〕55号关于下达…的通知 /
      // 重庆市黔江区财政局 / 关于下达2021年第四批…的通知, 黔江): the notice's own head names it, in full where a page field names it short.
      bodiesOverTitle(headText.slice(0, 12).map(fold)) ??
      pageByline(headText.map(fold)) ??
      // A body bulleted on its own line right over the title (• 青岛市人民政府 / 关于…的通知).
      bulletedIssuerOverTitle(headText, titleFolded) ??
      page.issuer ??
      // The bodies signing a joint cover with no date, on the line under its transmittal sentence (宁夏).
      signingBodiesLine(leadParas) ??
      // A cover that forwards a body's document (州移民办《…》已经自治州人民政府同意,现转发你们): that body wrote it.
      forwardedAuthor(headText) ??
      // A news report carrying the notice: the body its lead says issued it (近日,浙江省人民政府办公厅印发…的通知).
      newsLeadIssuer(headText) ??
      // The body the preamble says made the measures (…,上海市临港地区开发建设管理委员会制定如下产业配套政策).
      preambleMaker(leadParas) ??
      // A department's own site naming itself the sponsor, in a notice that speaks as that body (主办单位:深圳市工业和信息化局 … 反馈我局).
      sponsorIssuer(folded) ??
      // A town's or a street's own page names it as the publisher (公开主体:洞泾镇): it issues its notices.
      (/(?:镇|乡|街道)$/.test(page.publisher ?? '') ? page.publisher : undefined) ??
      (siteOwner && !page.source?.endsWith('政府') ? siteOwner : undefined) ??
      page.source ??
      zoneTitleAuthor(titleFolded) ??
      // The department the page names as its publisher beside its site's address or in a disclosure catalogue's trail.
      pagePublisher(headText) ??
      // The government whose decision the notice announces, by its level as written (市政府决定,…).
      decidingGovernment(leadParas) ??
      // A body alone closing the text, no date under it (…电话号码:… / 和田地区财政局 / 你的浏览器…).
      closingBody(local.slice(-4).map((p) => p.text)) ??
      // A service page's policy field naming the one document it describes (政策来源:《云阳县人民政府办公室关于印发…》).
      policyFieldIssuer(local.slice(0, 40).map((p) => fold(p.text)));
    // A joint signature that names the head's body and another after it (宁波市北仑区人民政府 over the cover, signed 宁波市北仑区人民政府
    // 宁波经济技术开发区管理委员会: 北仑): the bodies that sign.
    if (signature?.issuer && issuer) {
      const head = fold(issuer);
      const joint = fold(signature.issuer).replace(/\s/g, '');
      const second = joint.slice(head.length);
      if (joint.startsWith(head) && JOINT_SIGNER.test(second) && divisionAt(second, 0)) issuer = signature.issuer;
      // (…or the head's body signing second, after the party committee that issues with it: 中共重庆市永川区来苏镇委员会 / 重庆市永川区
      // 来苏镇人民政府 under a title field naming the government alone, 来苏镇)
      const parts = joint.split('、');
      if (parts.length === 2 && parts[1] === head.replace(/\s/g, '') && PARTY_COMMITTEE.test(parts[0])) issuer = signature.issuer;
      // (…or the head naming the signers short, or fewer of them, each in the signature's order: 区经委 区财政局关于… signed 青浦区经济委员会
      // 青浦区财政局; 彭水苗族土家族自治县财政局 over the title, signed by the county's 教育委员会 and 财政局: the signature, whole.)
      else if (signersShort(issuer, signature.issuer)) issuer = signature.issuer;
    }
    // A body the text names in full and then short (天津市滨海新区科学技术局(以下简称“区科技局”)): the full name.
    if (issuer) issuer = aliasFullName(folded, issuer) ?? issuer;
    // (…and a body named short where a line of the text opens with it whole: 黔江区财政局 under 重庆市黔江区财政局.)
    if (issuer) issuer = wholeBodyName(issuer, folded);
    // (A government's name a page field shortens (发布机构 泰安市政府办公室) where the text writes it in full (泰安市人民政府办公室关于…): the
    // full name, as the notice writes itself.)
    if (issuer) issuer = formalGovernment(issuer, folded.replace(/\s+/g, ''));
    issuer = asWritten(issuer);
    if (issuer) issuer = withoutChrome(withoutProvince(issuer, folded));
    // The signing date (成文日期, the date under the issuer) outranks the page's publication date, which
    // is used only when no document of the file has a date of its own (see below).
    // The date printed under the issuer outranks the page's 成文日期 where the two differ (眉山天府新区: signed 2025年11月10日,
    // 成文日期 | 2025-11-14 |): the guide labels the signing date the document prints.
    // (…and so does a date the cover prints under its transmittal sentence with no body above it, 请认真组织实施 / 2019年7月25日 over the
    // page's 发文日期:2019-08-07: 湖北省.)
    // (…and so does a date closing the text right under its last sentence, no body above it: …目标任务。 / 二0一一年七月二十六日 / 主题词:…, 灌南.)
    date = signature?.date ?? transmittalDate(local.slice(0, 10).map((p) => p.text)) ?? closingDate(local.slice(-8).map((p) => p.text)) ?? page.signed ?? date ?? squashedDateIn(local.slice(0, 20).map((p) => p.text), page.published);
    // A repost's lead that dates the notice's release (2018年11月22日,成都高新区召开产业培育大会,发布《…》): where nothing else dates it.
    // (…its lead may sit under a byline and a picture's caption: 作者:… / 发表时间:… / …(图1) / 2022年6月20日…发布了关于印发《…》的通知, 忠县)
    date ??= releaseDate(local.slice(0, 6).map((p) => p.text));
    // (…or its day without the year, the text's document numbers or first full date giving the year: 11月10日,內蒙古能源局發布《…》 over
    // 內能源電力字〔2025〕656號, 内蒙古)
    date ??= leadDay(local.slice(0, 6).map((p) => p.text), folded, page.published);
    // An edition under the title (宝山区…项目指南 / (2020年版)) is the document's own year.
    // A page published in that year (时间:2025-05-09 over a 2025年版) dates it more closely.
    const edition = EDITION.exec(headText.slice(0, 3).join(''))?.[1];
    if (!date && edition) date = page.published?.startsWith(edition) ? page.published : edition;
    docNumber ??= asWritten(page.docNumber);
    if (page.published) published ??= page.published;
    // (…or the date alone on the bullet under a body's in the byline list under the title: • 成都市龙泉驿区经济和信息化局 / • 2022-05-24,
    // 龙泉驿; not a page's own time under its read-aloud button, • 听全文 / • 2022-04-14, which may be years after the plan it carries.)
    const head10 = headText.slice(0, 10).map((l) => l.replace(/\s/g, ''));
    // (…or a disclosure page's field block that lost its labels, its index number first, then the publisher, the topic and the dates
    // a bullet each: • 005267281/2023-00013 / • 中原区农业农村工作委员会 / • 财政衔接 / • 2023-11-03, 中原区: the publisher and the first date.)
    const indexed = BULLET_INDEX.test(head10[0] ?? '');
    const indexedBody = indexed ? head10.slice(1, 4).find((l) => BULLET_BODY.test(l)) : undefined;
    if (indexedBody && !issuer) issuer = asWritten(indexedBody.replace(BYLINE_BULLET, ''));
    // (…or the first bullet of the list right under the title line, its share widget after: 昌都市招商引资优惠政策若干规定(试行) / • 2024-02-11 /
    // • 分享到, 昌都 — the page's own date on the issuer's site, as no read-aloud button stands over it)
    const underTitle = (j: number) => j <= 3 && !BYLINE_BULLET.test(head10[j - 1]) && head10[j - 1].length >= 8;
    const dateAt = head10.findIndex((l, j) => j > 0 && BULLET_DATE.test(l) && (BULLET_BODY.test(head10[j - 1]) || (!!indexedBody && j <= 6) || underTitle(j)));
    const bulleted = dateAt > 0 ? BULLET_DATE.exec(head10[dateAt]) : null;
    if (bulleted) published ??= `${bulleted[1]}-${bulleted[2].padStart(2, '0')}-${bulleted[3].padStart(2, '0')}`;
    // Attached to the cover notice that issues it (…关于印发《X》的通知, also 的通知及解读).
    const issues = (c: PolicyDocument) => c.kind === 'notice' || /印发|印發/.test(c.title);
    // ...or to a notice that cites it as a draft for comment (我委起草了《…(征求意见稿)》,社会各界可…提出意见建议).
    const bare = title.replace(BRACKETED_PARTS, '');
    const coverText = cover ? fold(cover.text) : '';
    const consulted = !!cover && bare.length >= 6 && /征求意见|意见建议/.test(coverText) && coverText.includes(`《${fold(bare)}`);
    // ...or the part right under the signature of a notice, naming no issuer of its own (黄冈: …的通知 / 二○○七年二月八日 / 关于《政府工作
    // 报告》确定的2007年主要工作分办意见): what the notice issues, whatever its title.
    // (A cover whose title the page's junk took, 找律师咨询 over …关于分解落实《政府工作报告》的通知, is a notice by that line.)
    const notice = (c: PolicyDocument) => issues(c) || fold(c.text).split('\n').slice(0, 20).some((l) => NOTICE_LINE.test(l.trim()));
    const underSignature = !!cover && notice(cover) && !issuer && si > 0 && signedAbove(paras, si);
    // (its title's bracketed parts set aside on both sides, whatever their shape: 专项资金（旅游产业）使用实施细则 is carried by
    // 关于印发《…专项资金(旅游产业)使用实施细则》的通知, and an edition the cover leaves out, （试行）, is no difference)
    const carried = !!cover && issues(cover) && fold(cover.title).replace(BRACKETED_PARTS, '').includes(fold(bare));
    // ...or to a cover whose own title the page lost, its transmittal naming the plan in marks (各县、市人民政府…: / 《怒江州…实施方案》已经州
    // 人民政府同意,现印发给你们, 怒江): what the cover issues.
    const squeezed = fold(bare).replace(/\s/g, '');
    const transmitted = !!cover && squeezed.length >= 6 && /印发给|印發給|印发你们|印發你們/.test(coverText) && coverText.replace(/\s/g, '').includes(`《${squeezed}`);
    const attached = ATTACHMENT.test(local[0]?.text ?? '') || carried || consulted || underSignature || transmitted;
    if (cover && attached) {
      issuer ??= cover.issuer;
      date ??= cover.date;
      docNumber ??= cover.docNumber;
    }
    // A newspaper commentary names places in passing; only an issuer or title gives its region. A news report carrying a notice
    // speaks of the notice's place as the notice does (澎湃号·政务's 市委、市政府确定2020年度75项重点任务, 全市…泰安: 泰安市).
    const ownWordsCount = kind !== 'commentary';
    // A zone named in the title or issuer is the region even when a city's body issued the text (扬州经开区).
    // An addressee line (各县市人民政府,…管委会:) standing where a title should names other bodies.
    // A breadcrumb trail the cleaner ran into the title (首页>山东省>政策文件重大招商…办法) is the page's filing, not the title:
    // read apart (crumbRegion).
    const named = ADDRESSEE.test(titleFolded) ? '' : titleFolded.replace(CRUMB_TRAIL, '');
    // The text with the superiors it names masked (根据省、德州市…), and the level it speaks as (全县, 县直各单位): each read at most once.
    let ownWords: string | undefined;
    const ownText = () => (ownWords ??= maskSuperiors(folded));
    // (…and with the titles it cites masked (根据《…的通知》), for the fallbacks that read the whole text: made at most once.)
    let uncited: string | undefined;
    const withoutCitations = () => (uncited ??= maskCitations(folded));
    let level: string | undefined | null = null;
    const ownTextLevel = () => (level === null ? (level = ownLevel(ownText())) : level);
    // The region the notice's own words name (全市…结合XX实际): a scan of the whole text, made at most once.
    let own: RegionMatch | undefined | null = null;
    const ownRegion = () => (own === null ? (own = regionOfBody(ownText(), fold(docNumber ?? ''))) : own);
    // (Beside a place the head names, a contact's street address names no jurisdiction: maskAddresses.)
    const ownRegionBesideHead = () => regionOfBody(maskAddresses(ownText()), fold(docNumber ?? ''));
    // (A zone a title names with no 关于 may be what the notice is about rather than who wrote it: under a body of a division
    // that is no zone, that division's (青岛西海岸新区高质量发展行动方案, signed 青岛市人民政府办公厅: 青岛市).)
    const issuerFolded = fold(issuer ?? '');
    const publisherFolded = fold(page.publisher ?? '');
    // (A joint issuer led by a division's government names that division first: 宁波市北仑区人民政府宁波经济技术开发区管理委员会 is 北仑区's.)
    // (…and so does its office signing beside a zone's office: 温州市龙湾区人民政府办公室温州湾新区(高新区、经开区)党政办公室 is 龙湾区's.)
    const leadGovernment = /^[\u4e00-\u9fff]{2,12}?(?:人民政府)(?:办公室|办公厅)?(?=[\u4e00-\u9fff（()、）]{4,}(?:管理委员会|管委会|党政办公室|党工委办公室))/.exec(issuerFolded)?.[0];
    const issuerZone = leadGovernment && findRegion(leadGovernment) ? undefined : zoneIn(issuerFolded);
    // (Signers joined with 、 name the place of the first, the lead: …山东省地方金融监督管理局、国家金融监督管理总局山东监管局、国家金融监督管理总局
    // 青岛监管局 is 山东省's, not the last branch's 青岛, 山东省 2023.)
    const leadSignerPlace = /、/.test(issuerFolded) ? findRegion(issuerFolded.split('、')[0]) : undefined;
    let issuerPlace = issuer && !issuerZone && !ZONE_BODIES.test(issuerFolded) ? (leadGovernment ? findRegion(leadGovernment) : leadSignerPlace ?? findRegion(issuerFolded)) : undefined;
    // A city's bureau's branch named by its district (绍兴市自然资源和规划局柯桥分局, 市公安局海曙分局): that district, the branch's
    // jurisdiction (柯桥).
    const branch = issuerPlace && issuerPlace.level === 'city' ? BRANCH_OFFICE.exec(issuerFolded) : null;
    if (branch) {
      const child = divisionsUnder(issuerPlace!.code).find((d) => d.level === 'county' && (shortDivisionName(d.name) === branch[1] || d.name === branch[1]));
      if (child) issuerPlace = child;
    }
    let regionM =
      // (…nor from a title that opens with the joint issuer a government leads, 贵阳市人民政府办公厅 贵安新区管委会办公室 / 关于印发…: the
      // government's division, as the joint issuer's rule above reads it.)
      (issuerPlace && (!/关于/.test(named) || (!!leadGovernment && named.startsWith(leadGovernment))) ? undefined : zoneIn(zoneAuthor(named))) ??
      issuerZone ??
      // A page published by a zone (发布机构 | 眉山天府新区 |).
      zoneIn(publisherFolded) ??
      // An issuer that is a zone's bodies with no place (工委、管委会): the one zone the text names, also in the titles
      // of what it will issue (月底出台《苏州工业园区MEMS产业创新发展规划》).
      (ZONE_BODIES.test(issuerFolded) ? onlyZone(folded) : undefined) ??
      // (the issuer's place, read above when it has one)
      (issuerPlace ?? findRegion(issuerFolded)) ??
      // (A town's body issuing it names its county before the body's words or a number's abbreviation do: 北蔡镇人民政府 over
      // 浦北府[2007]37号, 浦东新区 not 浦北县.)
      (ownWordsCount && TOWN_ISSUER.test(issuerFolded) ? townCounty([issuerFolded], folded) : undefined) ??
      findRegion(maskCitations(maskSuperiors(named))) ??
      titlePlace(named) ??
      // (A province's department named by its level alone (省商务厅关于…) numbering its notice with the province's abbreviation (川商流通〔2017〕
      // 70号): that province, before the cities its conditions name (成都市企业…达10亿元以上: 四川省 零售 2017).)
      (ownWordsCount && docNumber && LEVEL_ONLY_PROVINCIAL.test(issuerFolded) ? docNumberRegion(fold(docNumber), headText.join(''), '省') : undefined) ??
      (attached && cover?.region ? (cover.regionCode ? { name: cover.region, code: cover.regionCode } : findRegion(cover.region)) : undefined) ??
      // The page's breadcrumb (…> 城市要览> 滨州> 政策支持): where the site files the notice, unless the head or body names a
      // division inside it. (A numbered row of a table that a short page's head reaches, 2 | 完成“县中崛起”结对帮扶 | … 平阳县鳌江中学骨干教师…,
      // is content: read after the body's own words, 柯桥; where they name no place, the rows' place stands, 肇庆.)
      crumbOr(headText.map(crumbRegion).find(Boolean), () => (ownWordsCount ? headOrBody(headRegion(withoutAddressLines(headText).filter((p) => !ADDRESSEES.test(p) && !NUMBERED_ROW.test(p)).join('')), ownRegionBesideHead, folded, () => ownRegion() ?? headRegion(headText.filter((p) => NUMBERED_ROW.test(p)).join(''))) : undefined), folded) ??
      (ownWordsCount ? zoneOfBody(folded) : undefined) ??
      (ownWordsCount ? autonomousRegionSpoken(withoutCitations()) : undefined) ??
      (ownWordsCount ? provinceByAbbreviation(withoutCitations()) : undefined) ??
      (ownWordsCount ? stationedPlace(withoutCitations()) : undefined) ??
      (ownWordsCount && docNumber ? docNumberRegion(fold(docNumber), headText.join(''), ownTextLevel()) : undefined) ??
      // A town's or a street's notice (中共华舍街道工作委员会 华舍街道办事处 / 关于…; 公开主体:洞泾镇): the county it lies in.
      (ownWordsCount ? townCounty([named, issuerFolded, publisherFolded, ...headText.slice(0, 6)], folded) : undefined) ??
      // A disclosure page's index number, its publisher's credit code first (索引号: 11330206002954449B/2024-198521): the division
      // that body is registered in, where nothing in the text names one (北仑).
      (ownWordsCount ? indexNumberDivision(headText) : undefined) ??
      // A notice that speaks as a province (省财政, 全省) and names no place but its province and that province's own, in the titles it
      // cites or in passing (《中共广东省委 广东省人民政府关于…的决定》, 广州、深圳、珠海…等6个市): that province (广东省 产业转出, round 94).
      (ownWordsCount && speaksAsProvince(folded) ? onlyProvince(folded) : undefined) ??
      // A notice that names no place of its own but rests on a document of a division at its own level (根据《虹口区关于…的实施意见》…, 本区:
      // 虹口区): that division.
      (ownWordsCount ? citedPlaceAtOwnLevel(folded) : undefined) ??
      // A place named whole only where the notice's conditions set the act in it (在泾源县初次创业经登记注册): that place.
      (ownWordsCount ? registeredPlace(withoutCitations()) : undefined) ??
      // A task list naming its bodies by their governments, two counties of one city or more (丹阳市政府 / 句容市政府 / 丹徒区政府): that city.
      (ownWordsCount ? taskedCountiesCity(withoutCitations()) : undefined);
    // A notice that writes only 高新区 as its own place (在高新区(滨江)注册; 请高新区内的服务机构…) and names one city, its title's or no other:
    // that city's zone, as a zone named with its place would be (杭州, 宁波; 济南 round 171).
    if (ownWordsCount && (!regionM || ('level' in regionM && regionM.level === 'city'))) {
      const zone = bareZoneOfCity(folded);
      if (zone && (!regionM || zone.code === regionM.code)) regionM = zone;
    }
    // A province's reply approving what a place below it asked (辽宁省人力资源和社会保障厅关于同意锦州市调整最低工资标准的函, addressed to
    // 锦州市人民政府:): what it approves is that place's, filed under the place (ANNOTATION round 110).
    const approved = regionM && 'level' in regionM && regionM.level === 'province' ? APPROVED_PLACE.exec(named) : null;
    if (approved) {
      const place = findRegion(approved[1]);
      if (place && 'level' in place && place.code !== regionM!.code && place.code.startsWith(regionM!.code) && folded.includes(`${approved[1]}人民政府`)) regionM = place;
    }
    // A county the notice names as a part of 我市 (尽快启动我市番禺区、从化市小额贷款公司试点, 广州 2009) in a notice that speaks as a city
    // and is not the county's own: the city that holds it, though the text never writes the city's name.
    if (ownWordsCount && !issuerPlace && regionM && 'level' in regionM && regionM.level === 'county' && ownLevel(folded) === '市' && !atOwnLevel(regionM, folded)) {
      const short = shortDivisionName(regionM.name);
      const city = divisionByCode(regionM.code.slice(0, 4));
      if (city && city.level === 'city' && new RegExp(`我市(?:[^，。；,;：:]{0,8}?[、和及与])?${short}`).test(folded)) regionM = city;
    }
    // A province the head names only as a superior (贯彻…在听取吉林省委和省政府工作汇报时的重要讲话精神) in a notice that speaks
    // as a city (市工信局, 全市) and names a city of that province in its own words (让企业家在辽源发展安心): that city.
    // (Not where the signers are the province's own bodies: 山东省工业和信息化厅、… signing, a 青岛 branch among them, is 山东省's.)
    if (ownWordsCount && regionM && 'level' in regionM && regionM.level === 'province' && !atOwnLevel(regionM, folded) && !(issuerPlace && issuerPlace.code === regionM.code)) {
      const body = ownRegion();
      if (body && body.code !== regionM.code && body.code.startsWith(regionM.code)) regionM = body;
    }
    // A province named in passing (经广东省商务厅比选并公布的…) in a notice to towns' and streets' bodies, which only a city or a county
    // writes to (各镇街、园区商务主管部门,…: 东莞): the city or county of that province its own words name, else none.
    if (ownWordsCount && regionM && 'level' in regionM && regionM.level === 'province' && !issuerPlace && headText.slice(0, 8).some((p) => TOWNS_ADDRESSED.test(p.replace(/\s/g, '')))) {
      const province = regionM.code.slice(0, 2);
      const body = ownRegion();
      if (body && body.code !== regionM.code && body.code.startsWith(province)) regionM = body;
      else {
        const under = divisionsIn(maskCitations(ownText())).filter((d) => d.code.startsWith(province) && d.code !== regionM!.code);
        regionM = new Set(under.map((d) => d.name)).size === 1 ? under[0] : undefined;
      }
    }
    // …and the other way: a city or county named in passing (发挥济南、青岛市龙头带动作用) in a notice that speaks as a province (全省,
    // 省财政, addressed 各市人民政府, 省政府各部门: 山东省 电子商务) and names places of that province only: that province. (Not where the
    // title or the issuer names the place: 旌阳区2016年度…任务分解表; addressees taken for the title name other bodies.)
    // (…also where the page's first sentence, taken for its title, names them: 推动我省纳入《规划》范围的松原市、白城市高质量发展,制定本实施方案。, 吉林省)
    // (…or that shows no level word of its own but the province's purse: 省级财政补助5万元 beside 甘孜、阿坝州和木里县, 四川省 草原畜牧)
    if (ownWordsCount && regionM && 'level' in regionM && (regionM.level === 'city' || regionM.level === 'county') && (!atOwnLevel(regionM, folded) || !ownLevel(folded)) && !issuerPlace && (ADDRESSEES.test(named) || !findRegion(maskCitations(named)) || /[。；;]/.test(titleFolded)) && speaksAsProvince(folded)) {
      const province = divisionByCode(regionM.code.slice(0, 2));
      const places = divisionsIn(maskCitations(ownText()));
      if (province && province.level === 'province' && places.every((d) => d.code.startsWith(province.code))) regionM = province;
    }
    // A county-level division named in the notice's own words (抓好舒兰市“秸秆变肉”示范小区建设) in a notice that gives its counties tasks
    // in its own words (责任单位:市农业农村局,各县(市)区人民政府、开发区管委会): a prefecture's notice, that county's prefecture (吉林市). (Not
    // where the title or the issuer names the county.)
    if (ownWordsCount && regionM && 'level' in regionM && regionM.level === 'county' && !issuerPlace && !findRegion(maskCitations(maskSuperiors(named))) && COUNTIES_TASKED.test(ownText())) {
      const city = divisionByCode(regionM.code.slice(0, 4));
      if (city && city.level === 'city' && ownTextLevel() === '市') regionM = city;
    }
    // …and a level up: a county the head names in passing (州乡村振兴成效显著县1个(汶川县),激励奖补500万元) in a notice that speaks as its
    // prefecture (州委, 州级财政) and names its counties: that prefecture (阿坝).
    // (Only where no title line names the county: the page's first sentence taken for its title.)
    if (ownWordsCount && /[。；;]/.test(titleFolded) && regionM && 'level' in regionM && regionM.level === 'county' && !atOwnLevel(regionM, folded)) {
      const body = ownRegion();
      if (body && body.code !== regionM.code && regionM.code.startsWith(body.code) && 'level' in body && atOwnLevel(body, folded)) regionM = body;
    }
    // The same a level down: a city named in passing (对新认定为昆明市重点科技成果转化…) in a notice that speaks as a district and
    // names one of that city's districts in its own words, by a short name (在五华设立研发中心): that district.
    if (ownWordsCount && regionM && 'level' in regionM && regionM.level === 'city' && !atOwnLevel(regionM, folded)) {
      const inText = childNamedIn(regionM, ownText());
      // (Not a district the city's own body addresses: 南通市住房和城乡建设局 writing to 崇川区人民政府 about 主城区(指崇川区、…) — the
      // district is whom it tasks, the city its region.)
      const tasked = !!inText && !!issuerPlace && issuerPlace.code === regionM.code && headText.some((p) => ADDRESSEES.test(p) && fold(p).includes(inText.name));
      const child = tasked ? undefined : inText;
      if (child) regionM = child;
      // (…and where it names none, a notice that speaks as a county (县直各单位, 经县政府同意) is one of that city's counties, not the city:
      // no region rather than a wrong one (房县: 推送至十堰市智慧城市信用平台).)
      // (Not where its issuer or the page's publisher is the city's own body: 阜新市工业和信息化局 writing to 各县区工业和信息化局.)
      else if (ownTextLevel() === '县' && !issuerPlace && !findRegion(publisherFolded) && !findRegion(fold(page.source ?? '')) && !findRegion(maskCitations(maskSuperiors(named)))) regionM = undefined;
    }
    // A notice addressed to townships and streets only (各乡镇人民政府,各街道办事处,市政府直属各单位:) is a county-level notice: a prefecture
    // with counties under it that it names (玉环's notice naming 台州 as its superior) is not its region; the county-level division it names
    // in its own words, else none rather than a wrong one (玉环, 余姚). Not a prefecture with no counties (东莞, 中山 address 各镇(街)).
    // (A zone is no prefecture: 眉山天府新区 addresses its streets as its own.)
    if (ownWordsCount && regionM && 'level' in regionM && regionM.level === 'city' && !issuerPlace && headText.slice(0, 8).some((p) => TOWNS_ADDRESSED.test(p) && !COUNTIES_ADDRESSED.test(p)) && divisionByCode(regionM.code)?.name === regionM.name && !findRegion(maskCitations(maskSuperiors(named)))) {
      // (东莞 and 中山 are listed with a county of their own name under them: no county of theirs.)
      const counties = divisionsUnder(regionM.code).filter((d) => d.level === 'county' && d.name !== regionM!.name);
      if (counties.length) regionM = childNamedIn(regionM, ownText());
    }
    // A notice that speaks as its city's zone by the zone's bare name (addressed 高新区各企业:, signed 高新区产业发展局 on a line of its
    // own: 大连, 贵阳): that city's zone of that kind, from the zones table.
    // (…or signed by such a body, 经开区科技创新局, in a municipality: 北京经开区.)
    if (regionM && 'level' in regionM && (regionM.level === 'city' || MUNICIPALITIES.has(regionM.name))) {
      const bare = /^(高新区|经开区|开发区)/.exec(issuerFolded) ?? BARE_ZONE_OWN.exec(folded) ?? BARE_ZONE_SIGNED.exec(folded.trimEnd());
      const zone = bare ? zoneIn(regionM.name.replace(/市$/, '') + bare[1]) : undefined;
      if (zone && zone.code.startsWith(regionM.code)) regionM = zone;
    }
    // A zone's body named for the zone's own proper name, as the page's publisher or the issuer (发布机构 万盛经济技术开发区;
    // 常州西太湖科技产业园管理委员会): a notice of that zone, a region in its own right, in the division written before its name or,
    // where none is, the one found above (腾格里经济技术开发区 under 阿拉善盟).
    if (!issuerZone) {
      const proper = properZoneOf(publisherFolded) ?? properZoneOf(issuerFolded);
      const base = proper?.place ?? regionM;
      if (proper && base) regionM = { ...base, name: proper.name };
    }
    // No body named in the title block, the signature or the page: the document the notice amends or rests on,
    // when its issuer is the notice's own jurisdiction's government.
    if (!issuer && regionM && ownWordsCount) {
      const code = regionM.code;
      issuer = asWritten(citedOwnIssuer(headText.join('\n'), (body) => findRegion(body)?.code === code));
    }
    // …or a department writing to the departments of its kind below it, citing its own document (各园区、镇(街)工信部门: / 根据《东莞市
    // 工业和信息化局关于印发…》).
    if (!issuer && ownWordsCount) issuer = asWritten(citedOwnDepartment(headText));
    // A town or a street the page names alone as its source (信息来源:东白湖镇), nothing else naming the issuer: the town's own notice.
    if (!issuer && page.townSource) issuer = asWritten(page.townSource);
    const draft = /征求意见稿|草案|送审稿/.test(titleFolded) || (attached && cover?.status === 'draft');
    const hash = createHash('sha1').update(part.text).digest('hex').slice(0, 8);
    const doc: PolicyDocument = {
      id: `${stem}#${k}-${hash}`,
      source: opts.source,
      index: k,
      format: opts.format,
      encoding: opts.encoding,
      title,
      issuer,
      docNumber,
      date,
      region: regionM?.name,
      regionCode: regionM?.code,
      status: draft ? 'draft' : 'final',
      kind,
      text: part.text,
      fileStart: first,
      offsets: toRuns(part.map),
      // Headings found on the folded text (第一條 is 第一条), kept as written.
      sections: buildSections(local, part.text.length).map((x) => ({ ...x, heading: part.text.slice(x.start, x.start + x.heading.length) })),
      tables,
    };
    docs.push(doc);
    if (!attached || !cover) cover = doc;
  });
  if (published && !docs.some((d) => d.date)) for (const d of docs) d.date = published;
  // A part that names no place of its own (an attachment titled 关于《政府工作报告》确定的2007年主要工作分办意见 under the cover
  // notice that issues it, a page block split off above the notice) is in the file's jurisdiction when every part that names
  // one names the same: its measures are filed under that region, not under none.
  // (First, a part that speaks as a district or county and names its city, under a document number another part of the file
  // carries (a page block split off above the notice: 镇政办发〔2011〕15号 over 关于印发区政府…的通知): the district the number's
  // place and that city give, 镇海区.)
  const fileNumber = docs.find((d) => d.docNumber)?.docNumber;
  if (fileNumber) {
    // (the city may be named in any part: 宁波化工区管委会 in the attachment's unit notes)
    const fileText = docs.map((d) => fold(d.text)).join('\n');
    const fileLevel = ownLevel(maskSuperiors(fileText));
    for (const d of docs) {
      if (d.kind === 'commentary' || d.kind === 'news') continue;
      const level = ownLevel(maskSuperiors(fold(d.text)));
      // (The page block that carries the number speaks at no level: it is read at the file's, as the notice under it speaks.)
      // (Not a notice a town's body issues: its county is the town's, whatever the number's abbreviation reads as, 北蔡镇.)
      // (Nor an attachment that only took its cover's number, its text carrying none: a payout table under 永嘉县民政局's notice numbered
      // 永民〔2023〕301号 is 永嘉's, as its cover is, not the 永州 the bare abbreviation reads as.)
      const carries = fold(d.text).replace(/\s/g, '').includes(fold(fileNumber).replace(/\s/g, ''));
      const block = !level && d.docNumber === fileNumber && carries && !findRegion(maskCitations(fold(d.text).replace(fileNumber, ''))) && !(d.region && TOWN_ISSUER.test(fold(d.issuer ?? '')));
      if (d.region && !block) continue;
      const m = docNumberRegion(fold(fileNumber), fileText, level ?? (block ? fileLevel : undefined));
      if (m) Object.assign(d, { region: m.name, regionCode: m.code });
    }
  }
  const placed = new Map(docs.filter((d) => d.region && d.kind !== 'commentary' && d.kind !== 'news').map((d) => [d.region, d.regionCode] as const));
  // (Not a part that speaks at another level: a page header read 镇政办发 as 镇江市, the notice under it speaks as a 区.)
  if (placed.size === 1) {
    const [[name, code]] = [...placed];
    const level = regionByName(name!);
    for (const d of docs) {
      if (d.region || d.kind === 'commentary' || d.kind === 'news') continue;
      if (level && 'level' in level && !atOwnLevel(level, fold(d.text))) continue;
      Object.assign(d, { region: name, regionCode: code });
    }
  }
  return docs;
}

/**
 * A title that opens with its city's short name (贵阳贵安促进软件和信息技术服务业发展的若干措施, 包头对新认定…
 * 给予…奖励), also after a crumb run into it (政策动态|贵阳贵安…): that division. County short names and short names that are
 * everyday words (中山, 开封) do not count.
 */
function titlePlace(title: string): RegionMatch | undefined {
  const t = (GLUED_TITLE.exec(title)?.[1] ?? title).replace(/^.*[|｜>»]\s*/, '');
  const w = divisionAt(t, 0);
  const r = w ? regionByName(w) : undefined;
  // A province's short name opens titles of bodies inside it (新疆兵團農二師庫西經濟工業園區…): not read. But a province named then a
  // colon is a headline's dateline, the place of what follows (an aggregator's 贵州:关于继续做好…申报工作的通知).
  return r?.level === 'city' || (r?.level === 'province' && /^[:：]/.test(t.slice(w!.length))) ? r : undefined;
}

/**
 * The length of a head written twice in a row at the start of a text (XX政策XX政策…), 6 to 80 characters, the shortest;
 * undefined where none repeats.
 */
export function repeatedHead(text: string): number | undefined {
  for (let n = 6; n <= Math.min(80, text.length / 2); n++) if (text.startsWith(text.slice(0, n), n)) return n;
  return undefined;
}

/**
 * A title that runs on into the text on a line that lost its breaks: the title (关于…的通知, …方案, …若干措施; a name in 《》 inside it),
 * then a field's label (申报条件:), the addressees (各有关单位:) or a sentence's opening word.
 */
const RUN_ON_TITLE = /^\s*((?:[^，,。；;《》:：|｜]|《[^《》]{1,60}》){4,90}?(?:的通知|的意见|的决定|的公告|的通告|的公示|的批复|方案|意见|措施|办法|细则|规定|条例|纲要|指南|政策|清单|要点)(?:[（(][^（）()]{1,20}[）)])*)(?=[\u4e00-\u9fff]{2,8}[:：]|各[^。；;:：]{0,60}?[:：]|为|根据|按照|依据|现将|现就|结合|近年来)/;
/** A title whose first sentence ran into it: the title word, then a sentence's opening word. */
const GLUED_TITLE = /^[|｜\s]*([^，,。；;《》]{4,60}?(?:方案|意见|措施|办法|规划|计划|决定|细则|规定|条例|纲要|指南|政策|清单)(?:[（(][^（）()]{1,20}[）)])*)(?=为|根据|按照|依据|经|现将|现就|结合|对)/;

/**
 * The part of a title that names its author: before 关于 (《扬州经开区关于…措施》的通知), the whole title when it has
 * no 关于. A zone after 关于 is what the policy is about (关于进一步支持荆门高新区高质量发展的实施意见, a city's).
 */
function zoneAuthor(written: string): string {
  // A title run into the first sentence (|河南省新乡高新区重大招商引资项目奖励办法为充分调动…): the title is its part before.
  const title = GLUED_TITLE.exec(written)?.[1] ?? written;
  // A sentence standing where a title should (为进一步促进荆门高新区…,我委起草了《…》,…): no author there.
  if (/[，,。；;]/.test(title)) return '';
  const parts = title.split('关于');
  return parts.length > 1 ? parts.slice(0, -1).join('关于') : title;
}

/** The crumb's place, or the head's or body's where that lies inside it (a province's site filing a city's notice). */
function crumbOr(crumb: RegionMatch | undefined, inner: () => RegionMatch | undefined, text: string): RegionMatch | undefined {
  const other = inner();
  if (!crumb) return other;
  // (…or the city that holds the crumb's county, where the notice speaks as that city (对我市现行…标准进行调整, signed by 资阳市民政局… on a
  // page 雁江区民政局's section carries, 资阳): the city's notice a county's site reposts.)
  if (other && 'level' in other && 'level' in crumb && crumb.level === 'county' && other.level === 'city' && crumb.code.startsWith(other.code) && atOwnLevel(other, text) && !atOwnLevel(crumb, text)) return other;
  return other && other.code !== crumb.code && other.code.startsWith(crumb.code) ? other : crumb;
}

/**
 * The head's region, unless the notice's own words name a division inside it: a county notice that names
 * its city only in what it cites (贯彻落实《XX市关于…》) and speaks of 全县/结合XX县实际 is the county's.
 */
/** The place a notice's head names, a contact's street address (地址:海口市…) read only where no other place is named. */
function headRegion(head: string): RegionMatch | undefined {
  const masked = maskSuperiors(head);
  return findRegion(maskCitations(maskAddresses(masked))) ?? findRegion(maskCitations(masked));
}

/** A line addressed to the cities of a province (各设区市工业和信息化局、财政局:, 各地级以上市人民政府, 各市(州)): a province's notice. */
const CITIES_ADDRESSED = /(?:^|\n)\s*各(?:设区市|地级以上市|地级市|省辖市|市州|市[(（]州[)）]|盟市|州市|地市)[^\n:：。]{0,80}[:：]\s*(?:\n|$)/;

function headOrBody<R extends RegionMatch>(head: R | undefined, body: () => R | undefined, text: string, bodyAlone: () => R | undefined = body): R | undefined {
  if (!head) return bodyAlone();
  const own = body();
  if (own && own.code !== head.code && own.code.startsWith(head.code)) return own;
  // A county the head names in passing (在固阳县、达茂旗创建…) in a notice that speaks as a city (我市, 全市): the body's city
  // that holds it.
  if (own && head.level === 'county' && head.code.startsWith(own.code) && !atOwnLevel(head, text) && atOwnLevel(own, text)) return own;
  // (…or a county of another province whose name a zone of the notice's own city bears (各区、县级市人民政府,滨海新区、高新区管委会 in 茂名's
  // rules: 天津's 滨海新区), the notice speaking as a city the body names: that city.)
  if (own && head.level === 'county' && own.level === 'city' && head.province !== own.province && !atOwnLevel(head, text) && atOwnLevel(own, text)) return own;
  // A province the head names in passing (山东省制造业单项冠军) in a notice that speaks as a city (我市): not its region.
  // (…but a notice addressed to the province's cities speaks as the province, whatever 本市 a quoted condition says: 各设区市工业和信息化局、
  // 财政局: over 省工信厅会同省财政厅组织开展江苏省…申报工作, 江苏省 2022.)
  if (head.level === 'province' && !atOwnLevel(head, text) && !CITIES_ADDRESSED.test(text)) return own && atOwnLevel(own, text) ? own : undefined;
  return head;
}
