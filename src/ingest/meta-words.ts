import { createRequire } from 'node:module';

/** Language data of document metadata (dict/document-meta.json), as patterns. Read once at load. */
const data = createRequire(import.meta.url)('../../dict/document-meta.json') as {
  issuerFields: string[];
  sourceFields: string[];
  signedFields: string[];
  publishedFields: string[];
  numberFields: string[];
  otherFields: string[];
  organEnds: string[];
  selfLevels: string[];
  zones: [string, string][];
  properZones: [string, string][];
  cityHighTechZones: [string, string][];
  namedZones: [string, string][];
  commonWordPlaces: string[];
  commonWordNames: string[];
  docNumberOrgans: string[];
  departmentNumberCodes: string[];
  citingWords: string[];
  provinceAbbreviations: Record<string, string>;
  cityAliases: Record<string, string>;
  pageLabels: string[];
  photoCredits: string[];
  draftMarks: string[];
  documentKinds: string[];
  newsContentWords: string[];
};

/** Words as a regular-expression alternation, longest first. */
export const alt = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

export const ISSUER_FIELDS = new Set(data.issuerFields);
export const SOURCE_FIELDS = new Set(data.sourceFields);
export const SIGNED_FIELDS = new Set(data.signedFields);
export const PUBLISHED_FIELDS = new Set(data.publishedFields);
export const NUMBER_FIELDS = new Set(data.numberFields);
/**
 * A page's field that names the document, never a measure's time, alone on its line (发文部门:盐城市工业和信息化局, 政策级别:市级,
 * 索引号:…): its issuer, number, signing date or a label of its catalogue. (Not a bare 时间/日期, nor a validity date: a body's
 * schedule lines open so.)
 */
export const DOCUMENT_FIELD_ALONE = new RegExp(
  `^\\s*(?:${alt([...data.issuerFields, ...data.numberFields, ...data.signedFields, ...data.otherFields.filter((f) => !/(?:日期|时间)$/.test(f))])})\\s*[:：]`,
);
/** A page's issuer field opening a line whose spaces are gone (-发文机关:, •发布机构): the name after it is the body as the page writes it. */
export const ISSUER_FIELD_OPEN = new RegExp(`^[-•·●▪◆■|｜]*(?:${alt(data.issuerFields)})[:：|｜]*`);
/** Every field label, longest first (发布时间 before 时间). */
export const FIELD = alt([...data.issuerFields, ...data.sourceFields, ...data.signedFields, ...data.publishedFields, ...data.numberFields]);
/** Every page-field label, the fields ingest reads and the others (索引号, 主题分类, 有效性…). */
export const ANY_FIELD = alt([...data.issuerFields, ...data.sourceFields, ...data.signedFields, ...data.publishedFields, ...data.numberFields, ...data.otherFields]);
/**
 * Is the label at `at` a bare 时间 or 日期 closing the name of a window or of hours (纸质材料申报时间:…, 工作时间:早上9:00-12:00: 光明)? That is
 * a time the notice sets, no field of the page (发表日期:, 添加时间:, 公示时间: and a value run into 时间:, …办公厅时间:2021-12-16, are).
 */
export function closesLongerWord(text: string, label: string, at: number): boolean {
  return /^(?:时间|日期|時間)$/.test(label) && /(?:申报|申報|申请|申請|报名|報名|受理|截止|工作|辦公|办公|营业|營業|提交|办理|辦理|兑现|兌現|评审|評審|执行|執行|实施|實施|报送|報送|征集|徵集)$/.test(text.slice(Math.max(0, at - 2), at));
}
/**
 * A line of a page's metadata block: a field label, then a colon, a space or nothing (发文机关 濮阳县人民政府办公室,
 * 索引号, 有效性 有效, 标题 …). Tested on the raw line, before its spaces go.
 */
// (…or a label in square brackets, its value right after: 【发布单位】山西省 / 【发布文号】晋政发[2008]8号, a law site's block.)
// (…or a label in a cell of a row drawn with bars, no colon: 成文日期 | 2024-12-03 | 公开方式 | 主动公开 |, 丽水.)
export const FIELD_LINE = new RegExp(
  `^\\s*(?:[【［\\[](?:${ANY_FIELD})[】］\\]]|[|｜]?\\s*(?:${ANY_FIELD})(?:\\s*[:：|｜]|\\s+\\S|\\s*$))`,
);
/** The same on a line whose spaces are gone: only the label opening a short line can tell. */
export const FIELD_LABEL_AT = new RegExp(
  `^(?:${ANY_FIELD})`,
);
/** A line ending in a field's label and its colon (其他•有效性:, •公开方式:): the value is on the next line. */
export const FIELD_LABEL_END = new RegExp(
  `(?:${ANY_FIELD})\\s*[:：]\\s*$`,
);
/**
 * A field's label alone on its line, no colon (发文日期 / 2021-08-12 09:14:54: a portal's field block set a cell a line, 兰坪): the block goes
 * on to the value under it, as after a label ending with a colon.
 */
export const FIELD_LABEL_ALONE = new RegExp(`^\\s*(?:${ANY_FIELD})\\s*$`);
/** A title a text cites in book-title marks (根据《虹口区关于…的实施意见》), its words captured. */
export const CITED_TITLE = /《([^《》]{4,120})》/g;
/** How an issuing body's name ends: 人民政府办公室, 管委会, 局… */
export const ORGAN_END = alt(data.organEnds);
/** 全市 / 我区 / 县政府…: the words a notice uses for its own jurisdiction, by level word. */
export const SELF_LEVELS = data.selfLevels;
/** Development-zone words as written, longest first, with the full form a header uses. */
export const ZONES = [...data.zones].sort((a, b) => b[0].length - a[0].length);
/** Zone words written after a proper name of up to three characters between them and the place (眉山天府新区, 南京江北新区). */
export const NAMED_ZONES = data.namedZones;
/** Zone words closing a zone's own proper name in the name of a body of the zone (腾格里经济技术开发区, 常州西太湖科技产业园管理委员会), longest first, with their full form. */
export const PROPER_ZONES = [...data.properZones].sort((a, b) => b[0].length - a[0].length);
/** The cities whose national high-tech zone has a proper name of its own (dict/document-meta.json cityHighTechZones). */
export const CITY_HIGH_TECH_ZONES = new Map<string, string>(data.cityHighTechZones);
/** Short names of divisions that are everyday words more often than places (开封, 通道, 合作). */
export const COMMON_WORD_PLACES = new Set(data.commonWordPlaces);
/** Short names of districts and counties that are everyday words of the language (资源, 振兴, 公安: dict/everyday-place-words.json). */
export const EVERYDAY_PLACE_WORDS = new Set((createRequire(import.meta.url)('../../dict/everyday-place-words.json') as { words: string[] }).words);
/** A title written alone in book-title marks, nothing else on its line (《江苏省商务厅贯彻“十四五”电子商务发展规划实施方案》): the notice's own. */
export const OWN_TITLE_IN_MARKS = /^\s*《[^《》]{4,80}》\s*$/;
/**
 * The document's number a page set before its title in marks on the title's line (鄂政办发〔2017〕29号《湖北省人民政府办公厅关于加快健身休闲
 * 产业发展的实施意见》): the number, the title after it its own, as OWN_TITLE_IN_MARKS's.
 */
export const NUMBER_BEFORE_OWN_TITLE = /^\s*[\u4e00-\u9fff]{1,12}[〔[［(（]\d{4}[〕\]］)）]第?\d+[号號]\s*(?=《[^《》]{4,80}》\s*$)/;
/** Full district names that are everyday words too (老城区, 新城区): places only at a word's edge. */
export const COMMON_WORD_NAMES = new Set(data.commonWordNames);
/** The minority peoples an autonomous division names after its place (dict/ethnic-groups.json). */
const ethnic = createRequire(import.meta.url)('../../dict/ethnic-groups.json') as { peoples: string[]; alsoWritten: string[] };
export const PEOPLES: string[] = [...ethnic.peoples, ...ethnic.alsoWritten];
/** 府办发, 政发, 府…: what follows the place in a document number, longest first. */
export const DOCNO_ORGAN = new RegExp(`(?:${alt(data.docNumberOrgans)})$`);
/**
 * A department's document-number prefix: its place, its department code, a kind of document maybe after (京商规字 → 京, 琼科 → 琼,
 * 琼工信产发 → 琼), the place captured.
 */
export const DEPARTMENT_DOCNO = new RegExp(`^([\\u4e00-\\u9fff]{1,4}?)(?:${alt(data.departmentNumberCodes)})[\\u4e00-\\u9fff]{0,3}$`);
/** 根据, 按照…: the words a sentence cites a document number with, longest first. */
export const CITING = alt(data.citingWords);
export const PROVINCE_ABBREVIATIONS = data.provinceAbbreviations;
export const CITY_ALIASES = data.cityAliases;

/** A site's section or tab label opening a line (补贴详情, 政策原文, 正文): up to six characters ending in a label word. */
export const PAGE_LABEL = new RegExp(`^[\\u4e00-\\u9fff]{0,6}?(?:${alt(data.pageLabels)})`);
/** A news photo's credit opening a line (资料图 王海欣 摄, 新华社记者 李鑫 摄): a credit word, the photographer's name, 摄. */
export const PHOTO_CREDIT = new RegExp(`^(?:${alt(data.photoCredits)})\\s*[\\u4e00-\\u9fff·]{2,5}?\\s*摄(?:影)?\\s*`);
/** A page's font-size widget as it opens, its closer maybe lost (【字体:, [字体: ] 打印, 【字號：): read by SITE_CHROME and the cleaner. */
export const FONT_WIDGET_OPEN = '[【\\[［(（]\\s*(?:字体|字號|字号|字體)(?:大小)?\\s*';
/** A telephone number alone: an area code's (0851-88639317, 021-80392549) or a mobile's eleven figures (18701651688). */
export const PHONE_NUMBER = '(?:0\\d{2,3}[-—]?\\d{7,8}|1[3-9]\\d{9})(?!\\d)';
/**
 * A line of a site's chrome above a notice: a greeting (欢迎访问河东区政府网站), a menu link (设为首页, 无障碍, 退出长者模式, 长者浏览模式,
 * a read-aloud button 朗读, a font-size switch 字体:【大】 【中】 【小】 or its bracket emptied, 字体:[    ] (楚雄), a social button alone on its line: 点赞, 收藏, 转发 (我要收藏 / 取消收藏 too, 青岛); a site's
 * login and its other editions, 登录 注册, 微信公众号, 客户端, 手机版, 蒙古文版: 内蒙古; a back-to-top link, TOP, 返回顶部 (湖北省, round 209); a script's unset value printed alone, undefined or null (湖北省,
 * round 171); each maybe a menu's bulleted item; a row of share
 * buttons, 微信 / X, 微信 新浪微博 腾讯微博: 海南省, 龙湾)
 * (PAGE_LABEL_LINE: a section label alone, 政府文件). It is a line of its own, never the start of the title below it.
 * (…a browser banner, 更换或升级浏览器以获得最佳体验。 / 当前浏览器版本过低…: 两江; a hotline's label alone, 客户服务热线:, or its number alone,
 * 18565668281(微信同号): 余杭, 广东省)
 */
export const SITE_CHROME = new RegExp(`^(?:[•·●▪◆■]\\s*)?(?:(?:您好|你好)[,，!！]?\\s*)?(?:欢迎访问|欢迎来到|欢迎光临|欢迎莅临|(?:请)?(?:更换|升级|使用)[^，。]{0,8}浏览器|当前(?:使用的)?浏览器|若您当前使用的浏览器|(?:客户服务|客服|咨询|服务)(?:热线|电话)\\s*[:：]?\\s*$|${PHONE_NUMBER}\\s*(?:[（(]微信同号[）)])?\\s*$|[\\u4e00-\\u9fff]{1,14}(?:政府|网站|网|平台|门户|中心|局|委)欢迎您|设为首页|加入收藏|无障碍|首页|网站首页|分享到|English|繁體|繁体|简体|logo$|LOGO$|(?:进入|退出|切换(?:到|至)?)?(?:长者|老年|老人|关怀|适老化?)(?:浏览|阅读)?(?:模式|版)|适老化|(?:语音)?朗读$|听全文$|扫一扫(?:在手机|用手机|手机)?|(?:我要|取消|一键|已)?(?:点赞|收藏|转发|分享|评论)$|登录(?:\\s*[|｜/、]?\\s*注册)?$|(?:微信)?公众号$|(?:微信|微博|新浪微博|腾讯微博|QQ空间|QQ|X)(?:\\s*(?:微信|微博|新浪微博|腾讯微博|QQ空间|QQ|X|Twitter|Facebook))*$|客户端$|手机版$|(?:返回)?(?:顶部|TOP|Top|top)$|undefined$|null$|[\u4e00-\u9fff]{1,3}文版$|(?:[【\\[［]\\s*)?(?:浏览|瀏覽)?(?:字体|字号|字號|字體)\\s*[:：]?\\s*(?:[【\\[［(（]?\\s*[大中小]|$)|[【\\[［(（]?\\s*大\\s*[】\\]］)）]?\\s*[【\\[［(（]?\\s*中\\s*[】\\]］)）]?\\s*[【\\[［(（]?\\s*小\\s*[】\\]］)）]?$|字体\\s*[:：]\\s*[【\\[［(（]\\s*[】\\]］)）]|${FONT_WIDGET_OPEN}[:：])`);
/** A site's name: its owner, then 门户网站, 政府网 or 网站 (陆河县人民政府门户网站, 某某区政务网). */
export const SITE_NAME_LINE = /^[\u4e00-\u9fff]{2,24}(?:门户网站|门户网|政府网站|政务网站|政府网|政务网|人民政府网站|人民政府网)$/;
/**
 * A masthead: a body's name, then the kind of its documents and 文件 (鞍山市立山区人民政府文件, 中共XX县委文件, 重庆市发展和改革委员会行政规范性文件,
 * 重庆市巴南区人民政府网行政规范性文件), alone on its line over the notice's head.
 */
export const MASTHEAD_LINE = new RegExp(`^(?:中共)?[\\u4e00-\\u9fff]{2,30}?(?:${ORGAN_END}|人民政府网|政府网)(?:行政)?(?:规范性)?文件$`);
/** A page's trail of sections: 当前位置:首页>>最新政策, 您现在的位置:首页 > 政务公开 (a line of its own, never the title). */
export const CRUMB_LINE = /^\s*(?:当前位置|您的位置|您现在的位置|您当前的位置|您当前位置|所在位置|当前页面)\s*[:：][^。；;]*?(?:>|»|›|→|＞)/;
/** A site's trail with no label, opening at its home page: 网站首页 >> 部门目录 >> 双柏县政府办, 首页 >> 政府信息公开 >> 法定主动公开内容. */
export const BARE_CRUMB_LINE = /^\s*(?:网站)?首页\s*(?:>|»|›|→|＞)[^。；;，,]*$/;
/** A site's section label alone on its line (政府文件, 正文): chrome after it too, but a field's value where a label ends the line before. */
export const PAGE_LABEL_LINE = new RegExp(`^(?:${alt(data.pageLabels)})$`);

/** National-level new areas a notice may name without their place (滇中新区, 雄安新区): dict/new-areas.json. */
export const NEW_AREAS = (createRequire(import.meta.url)('../../dict/new-areas.json') as { areas: { name: string; written: string[]; city: string }[] }).areas;
/** The words a document's title ends with, naming its kind (…若干措施, …工作安排). */
export const DOCUMENT_KIND = alt(data.documentKinds);
/** A draft's or trial's mark closing a title: (征求意见稿), （试行）. */
export const DRAFT_MARK = alt(data.draftMarks);
/** What a policy says of the press (扶持新闻传媒, 加大宣传报道力度): no sign of a news report in a page's head. */
export const NEWS_CONTENT = new RegExp(alt(data.newsContentWords), 'g');

/**
 * Addressees opening a line, up to their colon, the notice's words after it (各县(市、区)人民政府,市政府各部门:现将…; 各企业:2023年…认定
 * 工作已正式启动, 贵阳高新区): no title, no part of the first sentence. Also a page that lost its line breaks opens so (各市人民政府,省政府
 * 各厅委、各直属机构:为深入贯彻…: 辽宁省). No figure after the body: the colon of a time of day is none (各申报单位在9月19日17:00前…, 广州).
 */
/**
 * How a notice's addressees open: 各…, or a government's own departments first (区政府各委、办、局,各街道办事处、彭浦镇政府:, 静安;
 * 县直各单位, 市政府各部门).
 */
export const ADDRESSEE_OPEN = '(?:各|(?:[省市区县州旗盟]|[省市区县]人民)政府各|[省市区县]直各)';
/** How a notice's first sentence opens after its addressees: 根据, 为, 按照, 依据, 现将, 经. */
export const NOTICE_OPENER = '(?:根据|为了?|按照|依据|依照|现将|现就|经)';
/** How an addressee named without 各 ends: a bureau, a home, a centre, a company, an office, a government. */
const NAMED_ADDRESSEE_END = '(?:局|院|中心|公司|办|站|所|委员会|管委会|人民政府|办事处)';
/**
 * A notice's addressees leading its line up to their colon (各镇人民政府、街道办事处,区政府各部门:); the bodies may be stations, centres or
 * project owners (各镇街畜牧兽医站,有关项目业主:, 大足).
 */
// (…after a table's bars a page left before them (|||各镇(街道)社会事务办、财审办:为推进…, 鄞州), the last an office (办) or a home (院);
// or named bodies, no 各, when a sentence opens right after the colon: 仙居县白塔安康养老院、仙居嘉园康复养老院:根据《…》, 仙居.)
export const ADDRESSEE_LEAD = new RegExp(`^[\\s|｜]*(?:${ADDRESSEE_OPEN}[^。；;：:]{0,150}?(?:人民政府|政府|单位|部门|机构|办事处|管委会|委员会|企业|局|站|中心|业主|公司|合作社|组织|协会|办|院)[^。；;：:\\d]{0,30}[:：]\\s*(?=\\S)|(?:[\\u4e00-\\u9fff（）()]{2,30}?${NAMED_ADDRESSEE_END}[、，,])*[\\u4e00-\\u9fff（）()]{2,30}?${NAMED_ADDRESSEE_END}[:：]\\s*(?=${NOTICE_OPENER}))`);
