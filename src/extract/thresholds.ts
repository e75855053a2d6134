import { ARTICLE_RE } from '../ingest/clean.js';
import { OPEN, insideTitle, withoutRemarks } from './brackets.js';
import { afterChars, before, goalGoverns, listHead, listTail, next, ordinalAt, sentenceBefore } from './context.js';
import type { MoneyMention } from './money.js';
import { alt, APPLICANT, BOUND_NEGATION, CHECK_ACT, CHECK_PASSED_BEFORE_GRANT, CHECK_RESULT, CAPACITY_PER, CAPACITY_UNIT, CONTEST_RANK, COUNTED, PER_UNIT, PRICED_GOODS, PHASE_OUT_VERB, PHASED_THING, COUNTING_VERB, EXCLUSIVE, INCLUSIVE, LOWER_EXCLUSIVE, NOT_BOUND, LOWER_INCLUSIVE, QUANTITY_UNIT, RANK_WORD, REFERENCE_LEVEL, SIZE_METRIC, CAPITAL_METRIC, STEP, STEP_ACT, UPPER_EXCLUSIVE, UPPER_INCLUSIVE } from './condition-words.js';
import { FOREIGN_CURRENCY, REMARK_MAX, YUAN_WORD } from './money-words.js';
import { PAIRING_WORD_END } from './lexicon.js';
import { ARABIC, CHINESE, NUMERAL_START, parseNumber, round } from './numbers.js';
import { listSpan, shareMeasureAfter } from './rates.js';
import type { Rate, Threshold } from '../types.js';
import { matchesOf, needing } from '../ingest/matches.js';

// (…or a discount written with its sum, as vouchers give it: 满50元减20元, 满200元立减80元, 满100元的,减免40元.)
// (激励 with its figure is a grant too: …的追加激励2万元, 雅安; 激励机制, 激励作用 are not.)
// (予以 with its sum right after it, or closing the words before the sum: 根据民宿建设规模不同予以2万元~10万元/套的奖补扶持, 嵩县; 予以认定
// grants nothing.)
const GRANT = /给予|奖励|补助|补贴|资助|奖补|支持|扶持|补偿|享受|(?:立减|减免|减|抵扣|抵用|激励)\s*\d|予以(?=\s*(?:[\d一二两三四五六七八九十]|每|最高|不超过|$))/;
/** The bare 奖 right before its sum (每亩奖100元, 分别奖3万元): a grant as 奖励 is. */
// (…and a support verb right before its sum, 每条航线扶持300万元, 每个项目支持50万元: a grant as 给予 is, where the sum follows at once.)
const BARE_PRIZE = '(?:奖(?=\\s*[\\d一二三四五六七八九十])|(?:扶持|支持|资助)(?=\\s*\\d+(?:\\.\\d+)?\\s*(?:万|亿)?元))';

const NOT_BOUND_END = new RegExp(`(${NOT_BOUND})$`);
const BOUND_WORDS = [
  [new RegExp(`(${LOWER_INCLUSIVE})$`), 'min', true],
  [new RegExp(`(${LOWER_EXCLUSIVE})$`), 'min', false],
  [new RegExp(`(${UPPER_INCLUSIVE})$`), 'max', true],
  [new RegExp(`(${UPPER_EXCLUSIVE})$`), 'max', false],
] as const;

/** A negation a floor word follows (dict/condition-words.json boundNegations). */
const NEGATED_BOUND_END = new RegExp(`(?:${BOUND_NEGATION})$`);

/** A bound word, then the base a share is of, right before the share (不超过企业职工总数, 不低于销售收入的). */
// (…or a reference level with its value right after it, no bracket: 裁员率不高于上年度全国城镇调查失业率控制目标5.5%, 三门峡; or in its bracket
// after the level's year: 低于上年度全国城镇调查失业率控制目标(2020年为6%), 宜昌)
// (…a year maybe naming the reference: 净减员率不高于2024年度全国城镇调查失业率控制目标(5.5%), 辽源 2025 — the bound still the one before it)
const BOUND_BEFORE_BASE = new RegExp(`(${LOWER_INCLUSIVE}|${LOWER_EXCLUSIVE}|${UPPER_INCLUSIVE}|${UPPER_EXCLUSIVE})(?:[^，。；,;、\\d%％]{0,8}?\\d{4}年度?)?(?:[^，。；,;、\\d%％]{1,14}?(?:总数|总额|总量|总值|总和|收入|营收|产值|的|${REFERENCE_LEVEL}\\s*[（(](?:\\d{4}年度?为)?)|[^，。；,;、\\d%％]{1,24}?${REFERENCE_LEVEL})$`);

/** A bound word and a reference level right before a bracket (达到限额以上标准(, 不高于…控制线(): the level's values fill the bracket. */
const REFERENCE_BRACKET_BEFORE = new RegExp(`(${LOWER_INCLUSIVE}|${LOWER_EXCLUSIVE}|${UPPER_INCLUSIVE}|${UPPER_EXCLUSIVE})[^，。；,;（()）\\d]{0,16}?${REFERENCE_LEVEL}\\s*$`);
/**
 * The bound and measure of the reference level whose values the bracket around `pos` gives, the bracket opened within 160
 * characters before it and not closed between: { side, metric }, else undefined.
 */
function referenceBracketBefore(text: string, pos: number): { side: 'min' | 'max'; metric: string } | undefined {
  let depth = 0;
  for (let k = pos - 1; k >= Math.max(0, pos - 160); k--) {
    const ch = text[k];
    if (ch === '）' || ch === ')') depth++;
    else if (ch === '（' || ch === '(') {
      if (depth > 0) {
        depth--;
        continue;
      }
      const m = REFERENCE_BRACKET_BEFORE.exec(text.slice(Math.max(0, k - 30), k));
      if (!m) return undefined;
      const side = boundBefore(m[1])?.side ?? 'min';
      return { side, metric: metricBefore(text, k - m[0].length) };
    }
  }
  return undefined;
}

/** Which bound the words before a figure set: the longest bound word the text ends with (不低于 → min, 低于 → max). */
export function boundBefore(pre: string): { side: 'min' | 'max'; inclusive: boolean } | undefined {
  if (NOT_BOUND_END.test(pre)) return undefined;
  let best: { side: 'min' | 'max'; inclusive: boolean } | undefined;
  let len = 0;
  for (const [re, side, inclusive] of BOUND_WORDS) {
    const m = re.exec(pre);
    if (m && m[1].length > len) {
      len = m[1].length;
      best = { side, inclusive };
    }
  }
  // A negation right before a floor word turns it into a ceiling (营收不达2000万元: under it; 未超 is at most), as 不满 is listed.
  if (best?.side === 'min' && NEGATED_BOUND_END.test(pre.slice(0, pre.length - len))) return { side: 'max', inclusive: !best.inclusive };
  return best;
}

/** A bound written after a figure: （含）以上, 及以上, 以下（含） (以上（含1亿元）: the bracket's figure is dropped below). */
const BOUND_AFTER = new RegExp(`^(${INCLUSIVE}|${EXCLUSIVE})?(及|或)?(以上|以下|以内)(${INCLUSIVE}|${EXCLUSIVE})?`);
/**
 * A remark in brackets after a figure, not a bound mark: (人民币,下同), (外币按同期汇率折算,不含外方股东贷款) — any
 * bracket shape, no figure inside (a figure there repeats the bound: (含1亿元)).
 */
const REMARK_AFTER = new RegExp(`^\\s*[（(［\\[【〔](?!(?:不)?含(?:本数)?[）)］\\]】〕])[^（）()［］\\[\\]【】〔〕\\d]{1,${REMARK_MAX}}[）)］\\]】〕]`);
/** A part of the figure in brackets before the bound both share (納稅約9000萬(市區財政貢獻3000萬元)以上, 东湖新区): a remark there. */
const PART_BEFORE_BOUND = /^\s*[（(](?:其中)?[^（）()，。；,;]{1,12}\d[^（）()，。；,;]{0,12}[）)](?=\s*(?:及|或)?(?:以上|以下))/;
/** …and the part's own figure, its bracket closing right before the bound (…(其中地方留成200万元)以上): the bracket's length, else 0. */
function partClosing(text: string, start: number, end: number): number {
  const close = /^\s*[）)](?=\s*(?:及|或)?(?:以上|以下))/.exec(text.slice(end));
  if (!close) return 0;
  const open = Math.max(text.lastIndexOf('(', start), text.lastIndexOf('（', start));
  return open >= 0 && !/[）)，。；,;]/.test(text.slice(open, start)) ? close[0].length : 0;
}
/** The measure named between a figure and its bound (5000万元投资以上的, 吉林省; 1亿元产值以上), or the scale it sizes (年营业收入达2000万规模以上,
 * 十堰): read as a remark there. */
const MEASURE_BEFORE_BOUND = /^\s*(?:固定资产投资|投资额|投资|营业收入|营收|产值|销售收入|销售额|税收|纳税额|纳税|规模)(?=\s*(?:及|或)?(?:以上|以下))/;
/** What stands between a figure and its bound without being a bound mark: a remark, the measure, a part in brackets, the part's own closing bracket. */
function remarkBeforeBound(text: string, start: number, end: number): number {
  const after = text.slice(end);
  return (REMARK_AFTER.exec(after) ?? MEASURE_BEFORE_BOUND.exec(after) ?? PART_BEFORE_BOUND.exec(after))?.[0].length ?? partClosing(text, start, end);
}
/** A figure inside a bracket that marks a bound (含2000万元), (不含1亿元), （含本数50万元）: no value of its own. */
const IN_BOUND_MARK_BEFORE = /[（(［\[【〔]\s*(?:不)?含(?:本数)?\s*$/;
/** …and its bracket closes, maybe after a remark: (不含10亿元,下同). */
const IN_BOUND_MARK_AFTER = /^\s*(?:[，,、][^（）()［］\[\]【】〔〕\d]{1,8})?[）)］\]】〕]/;
/** The currency word written after a bound mark instead of after the figure ((含)人民币以上). */
const CURRENCY_AFTER_MARK = new RegExp(`^\\s*(?:${YUAN_WORD})`);
/** A bound mark right after a figure or range, with or without the figure repeated: (含), (含2000万元), （不含本数）. */
const BOUND_MARK_AFTER = /^\s*[（(［\[]\s*(?:不)?含[^（）()［］\[\]]{0,16}[）)］\]]/;
/**
 * A band of money a reward follows directly: 5000万元至1亿元(不含)奖励5万元; a bound mark may repeat the figure or carry a
 * remark (1001万—2000万元人民币(含2000万元)的按3.2‰奖励, 3亿元至10亿元(不含10亿元,下同)奖励10万元), the applicant may be
 * named and a comma follow (3000-5000万元项目,按…给予2.5‰奖励; 1亿元—3亿元(不含3亿元)的,奖励3万元); a progressive tier
 * names its part (1000万元-1亿元部分按4‰奖励).
 */
/** A relief granted instead of money (投资200万元至500万元的免交5年, 锡林浩特; 减半征收, 免收): the band it follows is rewarded as a grant's is. */
const RELIEF_VERB = '免交|免收|免征|免缴|减免|减半征收|减半收取|减征';
/** A grant's standard named as such, then what it follows (补贴标准参考, 奖励标准为, 补助标准:). */
const STANDARD_NAMED = /(?:奖励|补助|补贴|奖补|资助)标准(?:参考|参照|为|如下|按)?[：:]?/g;
// (…or per a thing the band prices, the grant right after: 10至20万元每辆补贴3000元, 山东省)
// (…a remark in brackets between the band's mark and its grant: 2万(含)-5万(不含)(新能源汽车为主)补助2000元, 济源)
// (…or the goods the band prices named after it, a comma before the grant: 10万元(含)-20万元(不含)车辆,补贴3000元, 海盐)
const BAND_REWARDED = new RegExp(
  `^\\s*(?:${INCLUSIVE}|${EXCLUSIVE}|[（(［\\[【〔]\\s*(?:不)?含[^（）()［］\\[\\]【】〔〕]{0,16}[）)］\\]】〕])?\\s*(?:[（(][^（）()\\d]{1,12}[）)])?\\s*(?:之间)?的?(?:部分|[^，。；,;的]{0,6}?(?:${APPLICANT})|[^，。；,;的]{1,6}?(?=[，,]?\\s*每(?:辆|台|套|件|部|架|艘))|[^，。；,;的\\d]{0,4}?(?:${PRICED_GOODS})(?=[，,]))?\\s*[，,]?\\s*(?:每(?:辆|台|套|件|部|架|艘|个|家|户))?(?:分别)?(?:一次性)?(?:奖励|给予|补助|补贴|奖补|予以|按|${RELIEF_VERB}|(?:得|计|加)\\s*\\d+(?:\\.\\d+)?\\s*分)` +
    // (…or an item of a list of bands the grant follows: 20亿元及以上、10亿元~20亿元(不含)、…、1亿元~5亿元(不含)分别一次性给予…, 郑东新区)
    `|^\\s*(?:[（(]\\s*不?含[^（）()]{0,8}[）)])?\\s*、[^。；;，,]{0,60}?(?:的[，,]?)?(?:分别)?(?:一次性)?(?:奖励|给予|补助|补贴|奖补)` +
    // (…or of a list of tiers the text names as such before the grant: 按照1000万元(含)-3000万元、3000万元(含)-1亿元、1亿元(含)以上三个档次,
    // 分别给予…, 无锡; eight of them, 1000萬元(含)至3000萬元、…、2億元(含)以上八個檔次, 莱山)
    `|^\\s*(?:[（(]\\s*不?含[^（）()]{0,8}[）)])?\\s*(?:、[^。；;，,]{0,240}?)?[一二两三四五六七八九十\\d]+个?(?:档次|档|等级)[，,]?\\s*(?:分别)?(?:一次性)?(?:奖励|给予|补助|补贴|奖补|按)`,
);
const EXCLUSIVE_MARK = new RegExp(`^(${EXCLUSIVE})$`);
/** Is a bound inclusive: a （含） mark or 及 says so, a （不含） mark says not. */
function inclusiveOf(b: RegExpExecArray): boolean | undefined {
  if ((b[1] && EXCLUSIVE_MARK.test(b[1])) || (b[4] && EXCLUSIVE_MARK.test(b[4]))) return false;
  if (b[1] || b[4] || b[2] === '及') return true;
  return undefined;
}
/** A lower-bounded threshold closed at a second figure its upper bound word stands before (以上不足5000万元, 超过1亿元不足5亿元): one band. */
function closeBand(t: Threshold, text: string, upper: { yuan: number; end: number }, inclusive: boolean): void {
  t.max = upper.yuan;
  t.maxInclusive = inclusive;
  t.end = upper.end;
  t.raw = text.slice(t.start, t.end);
}
/** Between a lower bound and a second figure, an upper bound word: 以上不足, 以上、不超过. */
const UPPER_BETWEEN = new RegExp(`^[、，,]?(?:且|但|而)?(?:${UPPER_INCLUSIVE}|${UPPER_EXCLUSIVE})$`);
/** The condition applies to someone: …的企业 / 的统筹地区. */
// (…a second condition after a comma and 且, a further one after it: 当年实缴地方税收超过100万元,且比上年有增长,位于全镇前三位的企业, 同山镇)
const FOR_APPLICANT = new RegExp(`^(?:[^，。；,;]{0,12}|(?:以上)?(?:且|并且|同时)[^，。；,;]{0,30}?|[，,]\\s*(?:且|并且|同时)[^。；;]{0,40}?)的[^，。；,;的]{0,6}?(${APPLICANT})(?!资金|经费|资产|数量|个数|总数|收入|投资|建设)`);
/** The applicant named right after a bound, its phrase ending there (以上企业,), no 的 between. */
const APPLICANT_RIGHT_AFTER = new RegExp(`^[^，。；,;的\\d]{0,6}?(?:${APPLICANT})(?=[，,、；;。]|$)`);
/** A firm's capital, then its bound word (注册资本金原则不低于, 实缴注册资本达到): the figure after it is the applicant's own. */
const OWN_CAPITAL_BEFORE = new RegExp(`(?:${CAPITAL_METRIC})(?:[^，。；,;、\\d]{0,4}?)(?:${LOWER_INCLUSIVE}|${LOWER_EXCLUSIVE})$`);
/** After a list's last figure, its bound (or none, the bound word written before the first) and 的 closing a condition phrase (…、5亿元以上的;
 * …、1亿元(含)以上的, …首次超过500万元、1000万元的;). */
const LIST_BOUND_CLOSES = new RegExp(`^(?:(?:${INCLUSIVE})?(?:及|或)?(?:以上|以下)(?:${INCLUSIVE})?)?的(?:[，,；;]|$)`);
/** The next bands of a list after a band (、20—100万元(含)、100万元以上): each a figure in money, maybe a range, a bound, a mark. */
const BANDS_AFTER = /^(?:[、和及或][\d.]+\s*(?:万|亿|千)?元?\s*(?:[（(][^（）()]{0,10}[）)])?\s*(?:[—\-–~至到]\s*[\d.]+\s*(?:万|亿|千)?元)?(?:[（(][^（）()]{0,10}[）)])?(?:以上|以下|及以上|及以下)?)+/;
/** The next items of a list of prices per a measure (、双层400元/平方米、三层及以上500元/平方米): each a short name, then its price. */
// (…its unit ending before the 标准 the list is paid at, 元 maybe left out: 、硕士研究生3万/年标准予以发放, 青神)
const PER_MEASURE_ITEMS = /^(?:[、和及][^，。；,;、]{0,8}?[\d.]+\s*(?:(?:万|千)元?|元)\/(?:(?!标准)[^\s、，。；,;的]){1,4})+/;
/** The grant's verb and the quantity's cap before it (给予面积不超过, 给予建筑面积不超过): the quantity is the grant's. */
const GRANT_COUNTS_BEFORE = /给予[^，。；,;给]{0,8}?(?:不超过|不大于|最多)\s*$/;
/** …and the grant it counts after it (的3年全额租房补贴, 的50%购房补贴). */
const GRANT_NOUN_AFTER = /^[^，。；,;]{0,3}的[^，。；,;]{0,12}?(?:补贴|补助|奖励|资助|支持)/;
/** An applicant named anywhere in a clause. */
const APPLICANT_IN = new RegExp(`(?:${APPLICANT})`);
/** A goal's growth rate in a clause (增长10%左右, 增速8%以上), a phrase of its own: the clause lists the year's goals. */
const GOAL_RATE = /(?:增长|增速|提高|下降|递增|增幅)\s*\d+(?:\.\d+)?\s*[%％]\s*(?:左右|以上)?\s*[，,；;]/;
/** The applicant a range applies to, named at more length: 1亿元(含)—5亿元的软件和信息技术服务业企业(集团). */
const RANGE_FOR_APPLICANT = new RegExp(`^(?:[^，。；,;]{0,12}|(?:且|并且|同时)[^，。；,;]{0,30}?)的[^，。；,;的]{0,32}?(${APPLICANT})(?!资金|经费|资产|数量|个数|总数|收入|投资|建设)`);
/** Further bounded conditions, each after a comma or 、 and opening with a word (…,住宿间夜数200间夜及以上; not …，50%以上 of a target list). */
// (Any lower bound word of the lexicon: 超, 突破, 高于 as well as 超过, 年直播带货超6000场的, 义乌; not a word that only ends like one,
// 通过 or 经过: the lexicon's NOT_BOUND, as boundBefore reads it.)
const LOWER_WORD = `(?:(?:${LOWER_INCLUSIVE}|${LOWER_EXCLUSIVE})(?<!${NOT_BOUND})|以上)`;
// (…a bound from above or a rank among the applicants too: 面积累计达1000亩以上,全省综合建设排名前3位的县(市、区), 吉林省.)
// (…a bracketed remark in a condition counted as one step: 展览面积达到1万平方米(含)以上,国际参展商(含台、港、澳地区和外商投资及合资企业)租用
// 展览面积占总展览面积比例达到20%及以上的项目, 北京.)
const CHAINED_CONDITIONS = `(?:[，,、][\\u4e00-\\u9fff](?:[^，。；,;（）()]|[（(][^（）()]{0,30}[）)]){0,20}?(?:${LOWER_WORD}|以下|${UPPER_INCLUSIVE}|${UPPER_EXCLUSIVE}|(?:排名|名列|位列)前)[^，。；,;]{0,12}?){1,3}`;
/**
 * Further bounded requirements, a comma each, then the grant (每村发展养殖示范户30户以上,户均存栏…肉牛5头及以上,其中基础母牛3头及以上,建有60立方米
 * 以上的青贮池1座,每户补贴5000元, 西吉; 全年累计达到200人(含)以上,停留时间不少于3晚4天,按照150元/人标准奖励, 内蒙古): each bound is a condition.
 */
// (…a condition's alternative joined by 或 with its own bound, before the comma: 能繁母羊达到3000只以上或出栏肉羊10000只以上,奖励20万元, 磴口)
const OR_BOUNDED = `(?:或|或者)[^，。；,;或]{0,16}?(?:${LOWER_WORD}|以下)`;
// (…the next bounds listed with 、, each naming its own measure, and a check the applicant passes before the grant: 大小麦连片方50亩以上、
// 油菜连片方100亩以上、草籽连片方200亩以上,经县农业局验收合格,每方分别奖励…, 柯岩街道)
const LISTED_BOUNDS = `(?:、[^，。；,;、\\d]{0,10}?[\\d.]+[^，。；,;、]{0,6}?(?:以上|以下))*`;
const CHECK_PASSED = `(?:[，,]\\s*经[^，。；,;\\d]{0,16}?(?:${CHECK_ACT})(?:${CHECK_RESULT})?(?:后)?)?`;
// (…or by the basis the grant is set on: 新发展连片种植面积10亩及以上林药林菌基地,以种植面积、种植农产品类别为依据分类分档给予补助, 余姚)
// (…or by the level's grant it adds to: 种植一季水稻达50亩以上,在市级200元/亩补助基础上,新区再配套补助300元/亩, 天府新区)
// (…or by the standard the grant is paid at, its tiers listed before 的标准: 达到500人次(含)以上,按游客在我市住一晚每人30元、…的标准奖励组织方; or
// by the kind the grant is for and its unit: 旅游包机每班次达到100人(含)以上,国内航线每班次补贴5万元: 鄂尔多斯)
/** The span a grant runs for, right before it (经认定,2年内给予50%的物业管理费补助, 海曙; 三年内每年给予). */
const SPAN_BEFORE_GRANT = '(?:前)?[\\d一二两三四五六七八九十]+(?:个)?(?:年|月)(?:内|以内)?(?:每年)?';
const BOUNDS_THEN_GRANT = `(?:${LISTED_BOUNDS}[^，。；,;]{0,16}?|${OR_BOUNDED})(?:[，,][^，。；,;]{0,24}?(?:${LOWER_WORD}|以下|${UPPER_INCLUSIVE}|${UPPER_EXCLUSIVE})(?:[^，。；,;]{0,16}?|${OR_BOUNDED})){0,3}${CHECK_PASSED}(?:[，,]|(?<=[\\u4e00-\\u9fff）)])(?<!每[^，。；,;]{0,12})(?<!元\\/[^，。；,;]{0,4})(?=给予|奖补))\\s*(?:${CHECK_PASSED_BEFORE_GRANT})?(?:按照?[^，。；,;]{0,12}?标准|按照?[^，。；,;]{0,60}?的标准|在[^，。；,;]{0,20}?基础上[，,]?[^，。；,;\\d]{0,6}?|(?:按照?|以|根据|依据)[^。；;，,]{0,30}?(?:为依据|为准|为基数|为标准)[^，。；,;]{0,6}?)?(?:[\\u4e00-\\u9fff]{0,6}?每[\\u4e00-\\u9fff]{1,4}?|(?:(?!对)[^，。；,;\\d]){0,12}?的[^，。；,;\\d的]{1,6}?(?=给予))?(?:${SPAN_BEFORE_GRANT})?(?:分别|一次性)?(?:给予|奖励|补助|补贴|奖补|资助|${BARE_PRIZE})`;
const BOUNDS_THEN_GRANT_AHEAD = new RegExp(`^${BOUNDS_THEN_GRANT}`);
/** The applicant a quantity bound applies to, maybe after a second condition: 5000亩以上,且推广…技术的项目. */
// (吸纳就业10人以上的,给予奖励: 的 and a comma, the grant after; 新增就业50人以上，每家奖励3万元: a comma and the grant; 评定总得分95分(含)以上,
// 对符合条件的…奖励: a comma and whoever meets it, 北京; the thing bounded named before 的, 对连片种植50亩以上道地药材的,经验收合格后按每亩500元…
// 进行奖励: 郑州.)
// (…or a share off the applicant's own cost right after the comma, 面积在5000亩以上的,自缴保费优惠5%: 宁夏)
// (…or, after the experience a span measures and a comma, a second bounded condition and then the applicant: 有3年以上工作经历,年薪达到
// 一定额度的管理人员, 海南)
// (…or the bare 奖 before its sum: 连片在50亩以上的,每亩奖100元, 同山镇)
/**
 * Further conditions after a comma, the list closed by 的 and a comma and then the benefit (缴纳失业保险费12个月以上,上年度未裁员或裁员率不高于…
 * 5.5%,30人(含)以下的参保企业裁员率不高于…20%的,可以享受稳岗返还政策, 三门峡; 连续失业12个月及以上,就业有困难的,给予补贴): the whole list
 * says who qualifies. (…按规定 before the benefit too: 连续缴纳社会保险半年以上(含),…购买首套家庭住房的,可按规定享受…购房补助, 金华)
 */
// (…or a basis phrase of its own before the benefit: …80%以上的,按实际委托流转面积,每年给村150元/亩补助, 鄞州)
const CONDITIONS_THEN_BENEFIT = '[，,][^。；;]{0,120}?的[，,]\\s*(?:可以|可|均可|方可|即可)?(?:按(?:照)?(?:有关|相关)?(?:规定|标准|政策)|按(?:照)?[^，。；,;]{1,16}?[，,]\\s*[^，。；,;\\d]{0,6}?)?(?:享受|申请|申领|给予|奖励|补助|补贴|奖补|给[\\u4e00-\\u9fff]{0,4}[\\d.]+\\s*(?:万)?元)';
const APPLICANT_AHEAD = new RegExp(`^(?:(?:[^，。；,;]{0,20}?|[，,]\\s*(?:且|并且|同时|并)[^。；;]{0,40}?|(?:(?:工作|从业|管理)?(?:经历|经验))?${CHAINED_CONDITIONS})的[^，。；,;的]{0,16}?(${APPLICANT})|的?(?:分别|每[\\u4e00-\\u9fff]{1,2})?(?:奖励|给予|补助|补贴|奖补|${BARE_PRIZE})|[^，。；,;的\\d]{0,12}?的[，,][^。；;]{0,60}?(?:奖励|给予|补助|补贴|奖补|${BARE_PRIZE})|[^，。；,;的\\d]{0,12}?的[，,][^。；;]{0,16}?(?:优惠|减免|减征|免征)\\s*\\d|[，,][^，。；,;的\\d]{0,4}?(?:奖励|给予|补助|补贴|奖补)|[，,]\\s*(?:对|经)?[^，。；,;的\\d]{0,6}?(?:符合|满足)(?:上述|以上|相关|规定)?(?:的)?(?:条件|要求|标准)的|${CONDITIONS_THEN_BENEFIT})`);
/**
 * Who a quantity bound qualifies, named by any noun, when the grant follows right after the comma (对5000平方米以上的前五名,给予…;
 * 对场地面积1000平方米以上的众创空间,给予…): the clause 对…的…, closes on its beneficiary.
 */
// (…or right after it, no comma, a remark maybe between: 集中连片100亩以上的示范方补助1万元, 示范方(按面积、管理、生长情况)补助0.3~0.5万元: 浦江)
// (…or the things it bounds listed between 的 and a closing 的, the grant after the comma: 举办参会人数100人以上的培训论坛、资源对接等电商类活动的,
// 给予举办费用50%补助, 奉化)
const BENEFICIARY_THEN_GRANT = /^的[^，。；,;的\d]{1,10}?(?:[（(][^（）()]{0,20}[）)])?[，,]?\s*(?:分别|每家|一次性)?(?:给予|奖励|补助|补贴|奖补|资助)|^的[^，。；,;的\d]{1,24}?的[，,]\s*(?:可|可以|均可)?(?:按照?[^，。；,;\d]{0,16}?)?(?:给予|奖励|补助|补贴|奖补|资助)/;
/**
 * Tiers of a quantity that head sums (分别给予5000平方米以下(不含)和5000平方米以上每年3万元、5万元…; 500亩以下、500亩以上的分别
 * 奖励…): the tier is a condition when the next tiers, then a sum, follow it in the same phrase.
 * (…the sum per one or two units: 住三晚及以上每人每晚70元, 鄂尔多斯.)
 */
const TIER_THEN_SUM = new RegExp(
  `^(?:\\s*[和、及与或]\\s*(?:${ARABIC}|${CHINESE})\\s*(?:万|千)?(?:${QUANTITY_UNIT})\\s*(?:${INCLUSIVE}|${EXCLUSIVE})?\\s*(?:及|或)?(?:以上|以下)\\s*(?:${INCLUSIVE}|${EXCLUSIVE})?)*` +
    // (…a comma between 的 and a price per unit: 年用气量在350立方米(含350立方米)以内的,每立方米3.11元, 葫芦岛)
    `\\s*(?:的)?\\s*(?:(?:每[\\u4e00-\\u9fff]{1,3}?){1,2}|[，,]\\s*每[\\u4e00-\\u9fff]{1,3}?|一次性|分别)?\\s*(?:给予|奖励|补助|补贴)?\\s*(?:${ARABIC}|${CHINESE})\\s*(?:万|亿)?元`,
);
/** Counting words: 10家以上的企业 counts firms, it is no measure of the applicant (新增就业100人以上的企业 is). */
const COUNTING_UNIT = /^(家|个|户|项|位)$/;
/** Nothing before a figure but the item's number: the figure opens the item ((4)10家及以上…, 2.3项以上…). */
const ITEM_OPENING = /^\s*(?:[（(]\s*\d{1,2}\s*[）)]|\d{1,2}\s*[.．、）)]|[①-⑳])?\s*$/;
/** What a count opening an item counts, named right after it up to its verb or the clause's end (直播相关深圳企业(机构)在…, 发明专利;). */
const COUNTED_NOUN_AFTER = /^\s*([^，。；,;的在与和于为由及\d]{2,16}?)(?:[（(][^（）()]{1,8}[）)])?\s*(?:[，。；,;]|在|与|和|于|$)/;
/**
 * …but a count of what the applicant holds, named before the figure, measures it (拥有有效发明专利5个及以上的企业, 主导制定
 * 标准2项以上的单位): a noun there, not an act of counting (培育10个以上的企业, 新建3个以上的园区: `countingVerbs`).
 */
export const COUNTING_VERB_END = new RegExp(`(?:${COUNTING_VERB})$`);
const HELD_BEFORE = /[\u4e00-\u9fff]{2}$/;
/** A count named before households (注册用户数, 户数, 带贫规模): what the households measure. */
const HOUSEHOLD_METRIC_BEFORE = /(?:数|数量|规模)\s*(?:[，,]\s*)?(?:达到|达|超过|不少于|不低于|在)?\s*$/;
/** The place a count of households sizes, right after it: 的村庄, 的社区, 的行政村. */
const HOUSEHOLDS_OF_PLACE_AFTER = /^\s*(?:[（(]\s*含[^（）()]{0,8}[）)])?\s*的?(?:行政村|自然村|村庄|村|社区|小区|居委会|村委会)/;
/**
 * Firms a park, a base or a building hosts, named before their count: 入驻电子商务企业, 集聚企业, 在孵企业; or the firms a platform serves,
 * drives or connects, a measure of its reach as a park's tenants are of its size (年度服务本地企业50家以上…的企业, 青岛; 带动企业, 连接企业).
 */
// (集聚 as a verb, not in a park's name: 建设电子商务集聚园区8家以上 counts parks, 银川)
const HOSTED_BEFORE = /(?:入驻|集聚(?![区园])|聚集(?![区园])|入园|入孵|在孵|入楼|服务|带动|辐射|连接|对接)[^，。；,;、]{0,10}$/;
/** A rank rewarded: …前50名…,分别给予…奖励; 排名前六位的乡(镇). */
// (…or the school a person comes from, ranked: 世界排名前200名大学(不含境内)…的全日制硕士研究生, 太原 — whom the measure is for, as an age is)
const RANK_REWARDED = new RegExp(`^(的|[^。；;]{0,60}?(给予|奖励|奖补|补助|补贴|授予|${BARE_PRIZE})|的?(?:大学|高校|院校|高等院校|高等学校|学科))`);
/** The words a metric ends with before its figure: bounds and verbs (研发费用在, 营收超过). */
const METRIC_TAIL = new RegExp(`(${LOWER_INCLUSIVE}|${LOWER_EXCLUSIVE}|${UPPER_INCLUSIVE}|${UPPER_EXCLUSIVE}|在|为|实现|提高到|提高至|增至)$`);
/** 超10亿元优质产业项目15个, 超1000亿元的2个: a size class of the things counted. */
/** A count opening what a size qualifies (培植一个年销售收入过…, 打造2个产值超…): the things counted follow the size. */
// (形成一批超100亿元的优势产业集群, 80个亿元以上项目: a batch counts as a number does)
const COUNT_BEFORE = /(?:(?:\d+|[一二两三四五六七八九十]+)\s*[个家批]|一大批|若干)[^，。；,;\d]{0,12}$/;
/** An old level per a unit right before the verb that moves it (由现行0.8元/M3调整为, 从7.6元/立方米为调整为, 现行0.50元/M3调整为), its year maybe
 * before it (从2022年910元/人/月提高到, 由2022年的…: 武定). */
const MOVED_FROM_LEVEL = /(?:由|从|现行|原)[^，。；,;\d]{0,4}(?:\d{4}\s*年度?[^，。；,;\d]{0,2})?[\d.]+\s*元\/(?:[^，。；,;\s\d]|(?<=[Mm])[23²³]){1,4}\s*(?:[（(][^（）()]{0,20}[）)])?\s*(?:为)?(?:调整|上调|下调|提高|提升)(?:至|到|为)\s*$/;
/** A price that is the standard a grant is paid at, the grant word after it (3000元/平方米的标准分3年给予补助). */
const GRANTED_STANDARD_AFTER = /^\s*的?(?:标准|价格)[^，。；,;]{0,10}?(?:给予|予以|奖励|补助|补贴|资助|奖补)/;
/**
 * A sum per a measure set as the standard a grant is paid at (以不超过5000元/㎡的标准,按…的50%,给予最高1000万元资助): opened by
 * 按/以 and closed by 的标准, the grant's verb later in the same sentence, past a comma.
 */
const PAID_AT_STANDARD_BEFORE = /(?:按|以|按照|依照)[^，。；,;按以]{0,6}$/;
// (…or the body it is paid to named right after it, the grant's verb closing that phrase: 按照6元/吨对水运企业进行补贴, 按照2万元/件,对水运企业进行
// 奖励: 南充 — paid per ton to the firm, no price the firm pays.)
const PAID_AT_STANDARD_AFTER = /^\s*(?:的标准[，,][^。；;！？]{0,40}?(?:给予|予以)|[，,]?\s*(?:对|向|给)[^，。；,;]{1,16}?(?:进行|给予|予以)?(?:奖励|补助|补贴|资助|奖补))/;
/** A standard of money per a measure bounded right before its sum (确保高标准农田建设财政投入标准不低于4000元/亩, 天府新区): the standard set. */
const STANDARD_BOUNDED_BEFORE = /(?:投入|补助|补贴|奖补|资助|建设)标准\s*(?:不低于|不少于|不高于|不超过|最高|最低)\s*$/;
/** What follows a floor that qualifies a thing: 的 and the thing's name, not a grant, a fund or a rate (see floorOfThing). */
const OF_THING_AFTER = /^(?:[（(][^（）()]{0,12}[）)])?的(?![^，。；,;]{0,8}?(?:奖励|补助|补贴|资助|奖补|支持|资金|经费|基金|标准|比例|规模|目标))[^，。；,;]{1,20}?(?:[，。；,;]|$)/;
const COUNTED_NEXT = new RegExp(`^的?[^，。；,;的]{0,6}?(?:${COUNTED})`);
/** …and after a count written before the size, the things' name may run longer (培育1家营收规模达10亿元的再生资源回收龙头企业, 成都高新区). */
const COUNTED_NEXT_NAMED = new RegExp(`^的?[^，。；,;的]{0,12}?(?:${COUNTED})`);
// (…or the number of them a target names, no figure: 超百亿元县(市、区)数量实现突破, 山东省 县域经济)
// (…or any thing named after 的 and counted right after its name: 年交易额超百亿元的重点县(市、区)15个以上, …的跨境电商平台10家以上, 浙江省;
// a reach verb between: 地区生产总值超过500亿元的县(市)达到15个, 云南省; its bound word before 的 and the things left to the list's first
// item: 1000亿元以上的县(市、区)达到30个、700亿元以上的达到50个, 山东省)
// (…the count with a fraction or its 万 too: 投资500万元以上技改项目1.2万个左右, 山东省)
const COUNTED_AFTER = new RegExp(`^[^，。；,;]{0,10}?(${COUNTED})[^，。；,;]{0,4}?(\\d+(?:\\.\\d+)?(?:万|千)?|[一二两三四五六七八九十]+)[个家户]|^(?:及?以上)?的(\\d+|[一二两三四五六七八九十]+)[个家户]|^(?:及?以上)?的[\\u4e00-\\u9fff“”]{1,12}(?:[（(][^（）()，。；,;]{1,8}[）)])?(?:达到|达|超过|突破|增加到|增至)?(\\d+|[一二两三四五六七八九十]+)[个家户座]|^的?(?:${COUNTED}|县(?:[（(]市、区[）)])?|县区|县市区)(?:的)?数量?(?:实现|达到|增加|突破|翻番|明显|大幅|稳步|持续)`);
const INCLUSIVE_AFTER = new RegExp(`^(${INCLUSIVE})`);
const EXCLUSIVE_AFTER = new RegExp(`^(${EXCLUSIVE})`);
// (A bracket may follow the figure, a bound mark repeating it or a remark: 低于100万元(含100万元)的, 不超过3万元(按季纳税9万元)的; the applicant may be named with a modifier, as FOR_APPLICANT reads a
// lower bound's: 年应纳税所得额低于100万元的小型微利企业, 月销售额不超过3万元的小规模纳税人, 内蒙古.)
const UPPER_FOR_APPLICANT = new RegExp(`^(${INCLUSIVE})?(?:[（(][^（）()]{1,16}[）)])?的[^，。；,;的]{0,6}?(${APPLICANT})(?!资金|经费|资产|数量|个数|总数|收入|投资|建设)`);
/** 每跨越一个 / 每增加 before a figure: the figure is a step. */
// (…compared with the year before between 每 and the step: 零售额每同比增加1000万元,给予10万元的奖励, 龙华)
export const STEP_BEFORE = new RegExp(`每(?:同比|比上年|较上年)?(${STEP})(一个|1个)?$`);
/** 每 right before a sum, maybe with the act it counts (每出口, 每新增出口): the sum is a step when a grant follows it. */
const BARE_STEP_BEFORE = new RegExp(`每(?:${STEP})?(?:${STEP_ACT})?(?:额)?$`);
/** The grant right after a step's figure: 每100万美元奖励3万元, 每增加100平方米再给予5万元. */
// (每增100万元最高奖励500元: a cap word may stand before the grant; 每到账100万美元,奖励企业5万元: a comma may part them)
// (…or a score: 实缴国地税每50万元得1分, 每增加100万元加0.5分, 华舍街道: a step that earns points in a ranking)
// (…the sum's measure and the level that pays between: 每实现1万元,省财政最高给予2元 (山东省 电子商务); 每完成100万元交易额奖励)
/** The currency word and a bracketed remark a step may carry before its grant (人民币(实际投资,以财务报表为准)). */
const STEP_REMARK = /^\s*(?:人民币)?\s*(?:[（(][^（）()]{0,30}[）)])?/;
// (…an assessment's points after the comma too: 每引进100万元,年终考核奖励1分, 下管镇)
// (…the goods the step counts named between, 每出口50万美元(含)自主品牌产品奖励1万元 (上虞); or the sum per step written first, its grant's
// noun after, 给予每100万美元不超过5万元的基本奖励 (鄞州).)
const STEP_GRANT_AFTER = /^\s*(?:[\u4e00-\u9fff]{0,3}额|[\u4e00-\u9fff]{0,8}?(?:产品|商品|货物|服务))?\s*[，,]?\s*(?:(?:年终|年度|季度)?考核)?(?:(?:[省市县区州]级?)?财政)?\s*的?(?:再|另|追加|可|即|则)?(?:最高|最多)?(?:奖励|给予|补助|补贴|奖补|资助|追加|增加|(?:得|计|加)\s*\d+(?:\.\d+)?\s*分)|^\s*(?:最高)?(?:不超过|不高于)?\s*(?:人民币)?\s*\d+(?:\.\d+)?\s*(?:万|千)?元(?:人民币)?\s*的?[\u4e00-\u9fff]{0,4}?(?:奖励|补助|补贴|奖补|资助)/;

/** A currency named before the figure (实际到资人民币5000万元): no part of the metric. */
const CURRENCY_END = new RegExp(`(?:${YUAN_WORD}|${FOREIGN_CURRENCY})$`);
/** 人民币 between a bound or grant word and its figure (达人民币50万元的, 给予奖励人民币2万元): the words before it decide. */
const YUAN_WORD_END = new RegExp(`(?:${YUAN_WORD})$`);
/** A step whose measure stands between 每增加 and the figure (每增加地方公共财政预算收入人民币50万元, 每新增外贸进出口额1亿元). */
// (not the grant a step earns, the step counted in words before it: 每跨越一个百亿台阶再给予100万元, 增速每增加一个百分点追加0.5万元)
const STEP_MEASURE_BEFORE = new RegExp(`每(?:${STEP})(?![^，。；,;]*(?:给予|奖励|补助|补贴|奖补|资助|追加|加奖|个百分点))[^，。；,;、：:\\d%％]{2,16}$`);
/** …paid right after it, its currency word or 的 between (…50万元,加奖人民币2万元; …2000万元的,按引资额2‰追加奖励). */
const STEP_PAID_AFTER = new RegExp(`^\\s*(?:${YUAN_WORD})?\\s*的?\\s*[，,]?\\s*(?:再|另|可|即|则)?(?:加奖|追加|奖励|给予|补助|补贴|奖补|资助|按[^，。；,;]{0,12}?(?:追加|给予|奖励|补助))`);
/** The first tier of a step reward: the figure an applicant reaches, closed by 的 and paid (完成固定资产投资2000万元人民币的,给予奖励…). */
const BASE_TIER_AFTER = new RegExp(`^\\s*(?:${YUAN_WORD})?\\s*的\\s*[，,]?\\s*(?:分别|一次性)?(?:给予|奖励|补助|补贴|奖补|资助|按[^，。；,;]{0,12}?(?:给予|奖励|补助))`);
/** …where the sentence goes on to pay per step (…,每增加固定资产投资2000万元…,加奖…). */
const STEP_LATER = new RegExp(`^[^。；;]*?每(?:${STEP})`);

/** The measure a sum is per, written before it: 每平方米2万元 (宝安), 每亩 (the suffix form 2万元/平方米 is read with the money). */
const PER_BEFORE = new RegExp(`每\\s*(${PER_UNIT})\\s*$`);
/** A threshold's unit: the money's, per the measure written before the figure (每平方米2万元以上 → 元/平方米). */
function unitWithPer(text: string, start: number, unit: string): string {
  if (unit.includes('/')) return unit;
  const per = PER_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
  return per ? `${unit}/${per[1]}` : unit;
}

/** The measured quantity before a threshold: "申报研发费用在" → 研发费用. */
export function metricBefore(text: string, pos: number): string {
  let s = before(text, pos)
    .replace(CURRENCY_END, '')
    .replace(PER_BEFORE, '')
    .replace(METRIC_TAIL, '')
    // (…and the modal word before the bound: 成活率要达到, 投资额须达到)
    .replace(/(?:必须|应当|需要|要|须|需|应|原则上)$/, '')
    // (…and the pairing word of a list of figures: 城乡居民人均可支配收入分别达到 → 城乡居民人均可支配收入)
    .replace(PAIRING_WORD_END, '')
    .replace(STEP_BEFORE, '')
    .replace(/(首次|累计)$/, '')
    .replace(ARTICLE_RE, '')
    .replace(/^[（(]?\d{1,2}[.．、）)]/, '')
    .replace(/^[（(][一二三四五六七八九十]{1,3}[）)]/, '')
    .replace(CURRENCY_END, '');
  // (A figure right after a list mark heads the next item, whose metric the list wrote once: …奖励、1亿元(含)以上的给予…)
  if (s.endsWith('、')) return '';
  // (…and a part's figure inside a bracket is measured by the bracket's words: 纳税约9000万(市区财政贡献3000万元)以上 → 市区财政贡献)
  const open = Math.max(s.lastIndexOf('('), s.lastIndexOf('（'));
  if (open >= 0 && !/[)）]/.test(s.slice(open))) s = s.slice(open + 1).replace(/^其中/, '') || s.slice(0, open);
  s = s.replace(/(?:(?<![签合履制公节预])约|大约)$/, '');
  const cut = Math.max(s.lastIndexOf('对'), s.lastIndexOf('的'), s.lastIndexOf('、'), s.lastIndexOf('且'));
  // (对于 is cut whole: 對于數字化水平達到四級 → 数字化水平)
  if (cut >= 0 && cut < s.length - 2) s = s.slice(cut + (s.startsWith('对于', cut) ? 2 : 1));
  // 从业人员1000人以下或营业收入4亿元以下: the metric starts after the bound before it.
  const prevBound = Math.max(s.lastIndexOf('以下'), s.lastIndexOf('以上'));
  if (prevBound >= 0 && prevBound < s.length - 3) s = s.slice(prevBound + 2);
  // (…past the bracket that bound sat in: 租用(租期3年以上)或一次性购买 → 一次性购买, 海曙)
  s = s.replace(/^[)）]+/, '');
  s = s.replace(/^(如果|如|若|凡|对于|对|给予|或者|或|且|并|及|和|同时|原则上|但|申报|认定次年|当年|年度|上年度|企业|项目|支撑|其中|力争|实现|推动|确保|带动)+/, '');
  // (…and what opens a requirement or a definition: 要求实施主体羊只存栏 → 羊只存栏, 指规模 → 规模; not 指标)
  s = s.replace(/^要求(?:申报|实施|项目|建设|申请|承担)?(?:主体|单位|企业|对象|申请人)?|^是?指(?![标数导南定令])/, '');
  if (s.length <= 16) return s;
  // (The last sixteen characters, a number they would cut kept whole: 2019年比2018年研发费用增长, 2017-2019年研发费用复合增长率: 海淀.)
  let from = s.length - 16;
  while (from > 0 && /\d/.test(s[from]) && /[\d.]/.test(s[from - 1])) from--;
  return s.slice(from);
}

/** A year's planned investment right before its figure (年度计划投资29.5亿元以上, 全年计划完成投资130亿元: 钱塘): a goal. */
const PLANNED_INVESTMENT_BEFORE = /(?:计划|年度|全年)(?:计划)?(?:完成)?(?:固定资产)?投资(?:额)?(?:约|达)?\s*$/;
/** A support verb and a floor right before a figure (支持不低于, 给予不少于), and a grant named right after it (奖补资金, 的奖励). */
// (…发放 too, and the grant's own name before its noun: 每孩每月发放不少于200元的育儿补贴金, 宁夏)
const SUPPORT_FLOOR_BEFORE = /(?:支持|给予|予以|发放)(?:不低于|不少于)$/;
const GRANT_NAMED_AFTER = /^的?[\u4e00-\u9fff]{0,4}?(?:奖补|奖励|补助|补贴|资助|扶持|津贴)/;
/** A floor per head a grant is paid at, then 的标准 and the paying verb (按每人每月不低于50元的标准发放奖励扶助金: 海州): the grant's floor. */
const PAID_FLOOR_BEFORE = /按(?:照)?(?:每[人户家个名][每]?[月年]?){0,1}(?:不低于|不少于)$/;
const STANDARD_PAID_AFTER = /^的?标准(?:发放|给予|予以|补助|补贴|奖励|核发|兑现)/;
/** A grant word and at most a few words of whom or how much before the figure: 给予每家企业, 给予最高可达, 奖励不低于. */
// (…the grant's total named between, its sum over years: 分年度给予总额不低于20万元奖励, 无锡)
const GRANT_THEN_FIGURE = /(?:给予|奖励|补助|补贴|资助|奖补|扶持)(?:总额|累计)?(?:(?!收入|产值|投资|营收|税|额|规模|销售|利润|增加值|产量|面积|用电|增长|的)[^，。；,;]){0,10}$/;
/** From a sized class's figure to the next item's: its bound, the things and their count, then 、 (以上的县(市、区)达到3个、). */
const CLASS_ITEM_GAP = /^[^，。；,;]{0,24}?(?:\d+|[一二两三四五六七八九十]+)\s*[个家户座]\s*[、，,]\s*$/;
/** Those that reach a bound, granted right after (…以上的给予30万元, 以上的,奖励5万元): a tier, not the grant's floor (…以上的奖励). */
// (…or with no 的, the grant per a thing the tier prices right after: 20万元以上每辆补贴6000元, 山东省)
const TIER_GRANTED = /^的[，,]?(?:分别|一次性|每家|每户|可)?(?:给予|按|(?:奖励|补助|补贴|资助|奖补)\s*[\d一二三四五六七八九十])|^每(?:辆|台|套|件|部|架|艘)(?:补贴|奖励|补助|给予)\s*[\d一二三四五六七八九十]/;
/** …or the sum the support reaches in all, the grant before a comma in the sentence: 给予1:1配套支持,累计可达1亿元以上 (南京). */
const GRANT_REACHES = /(?:给予|奖励|补助|补贴|资助|奖补|扶持)[^。；;]{0,30}[，,]\s*(?:累计|最高|最多|合计)(?:可达|可获|可享受)$/;

/**
 * Setting up or allocating funds before a figure: 设立总额, 安排不少于, 统筹安排, 出资设立总规模不低于, 募集社会资本不低于; earmarked
 * (每年单列总额不少于3000万元资金: 遂宁, 列支, 预留, 拿出).
 */
// (…or public money put in, 每年投入市财政资金不少于1500万元: 长春; not an applicant's 研发投入不少于500万元)
const FUND_SETUP = /(?:设立|安排|筹集|筹措|募集|统筹|整合|出资|注资|单列|列支|预留|拿出|投入(?=[^，。；,;的]{0,4}财政))[^，。；,;的]{0,10}$/;
/** A fund named right after a figure and its bound: …以上的现代产业发展基金, 不少于1亿元专项资金, 5000万元以上资金. */
const FUND_AFTER_BOUND = /^的?[^，。；,;的]{0,14}?(?:基金|资金|经费|资金池|预算)/;
/** A fund named right before its figure's bound: 安排资金不少于, 安排专项资金不低于. */
const FUND_WORD_BEFORE = /(?:基金|资金|经费)[^，。；,;的]{0,6}$/;
/** The size word of a fund before its figure: 设立总额, 设立规模, 基金总规模不低于. */
const FUND_SIZE_WORD = /(?:总额|总量|总规模|规模)[^，。；,;的]{0,6}$/;
/** A phrase opening on a fund's size: 资金规模…, 专项资金总规模…, 基金规模…. */
const FUND_SIZE_OPENS = /^(?:专项)?(?:资金|基金|经费)(?:总)?规模/;

/** A starting point written before a figure: (起点1亿元), 起点为, 门槛：, 起始指标, 起奖标准为 (any bracket opening it). */
// (…or a medical plan's deductible, the cost where its payment starts: 住院起付标准为300元/次, 常州 2010; 起付线为500元)
const START_BEFORE = /(?:起点|起始点|起始额|起始指标|起步额|起算点|起奖点|起奖标准|起奖线|门槛|起付标准|起付线|起付金额|起付额)\s*(?:值|金额)?\s*(?:为|是|[：:])?\s*$/;
/** …or after it: 1亿元起, 5000万元起步 (closing a bracket or a phrase), 500万元为奖励起始指标, 1亿元为门槛. */
const START_AFTER = /^\s*(?:起(?:步|算)?(?=\s*[）)\]】〕，,的；;。]|$)|为[^，。；,;\d]{0,6}?(?:起点|起始指标|起始点|门槛|起奖标准|起奖线))/;
const OPEN_END = new RegExp(`${OPEN}\\s*$`);
/** A grant's verb right before a sum, maybe naming its currency: 奖励人民币, 给予, 补助资金. */
const GRANT_FLOOR_BEFORE = /(?:奖励|奖补|补助|补贴|资助|扶持|给予)(?:资金|金额)?(?:人民币)?\s*$/;
/** The base a starting point belongs to: the noun before its bracket (实际投资总额(起点1亿元)), else the metric before it. */
function baseOfStart(text: string, pos: number): string {
  const open = OPEN_END.exec(text.slice(Math.max(0, pos - 2), pos));
  const at = open ? pos - open[0].length : pos;
  return metricBefore(text, at)
    .replace(/(?:起点|起始点|起始额|起始指标|门槛|起付标准|起付线|起付金额|起付额)(?:为|是|[：:])?$/, '')
    .replace(/^.*?(?:按照|按|以)(?:不超过|不低于|最高|最多)?其?/, '');
}

/** A second condition with its bound after a comma, then the grant: ,研发投入占营收比例达15%以上,人才奖励10万元/人. */
const BOUNDED_THEN_GRANT = new RegExp(`^[，,][^。；;，,]{1,30}?(?:以上|以下)(?:${INCLUSIVE})?[，,][^，。；,;的\\d]{0,6}?(?:奖励|给予|补助|补贴|奖补|资助)`);

/** Signs around a metric: ≤投资额< (the figures before and after are its bounds). */
const BETWEEN_SIGNS = /^\s*(<=|≤|≦|<|＜)\s*([\u4e00-\u9fff（）()]{2,16}?)\s*(<=|≤|≦|<|＜)\s*/;

/** After a sum, the part of a taxed base it bounds, then the relief on that part (…的部分,减按25%计入应纳税所得额). */
const TAXED_PART = /^\s*(?:(?:但|且|而)?(?:不超过|不高于|至|到|[-—–~])\s*[\d.]+\s*(?:万|亿)?元\s*)?(?:[（(]含[^（）()]{0,8}[）)])?(?:的)?部分[，,]?[^。；;]{0,30}?(?:征收|计入|减半|免征|减征|减按|缴纳|免税|税率|所得税)/;
/**
 * The part of a base between two figures, or above one, that a share is paid on (固定资产投资额1亿元(含)—1.5亿元(含)之间的部分,按2.5‰奖励;
 * 800万—3000万(含)美元之间的部分按7‰奖励; 5亿元以上的部分按4.5‰奖励: 临高): it bounds the share's base, as a taxed part does: no value.
 */
const MARK = String.raw`(?:[（(]\s*(?:不)?含[^（）()]{0,8}[）)])?`;
// (…or the band of a medical cost a plan pays its share of, 对超过200元至1000元以内的费用,由医保基金支付40%, 常州 2010: 费用 for 部分.)
const PAID_COST = '(?:医疗)?费用';
const PAID_PART = new RegExp(
  String.raw`^\s*${MARK}\s*(?:美元|元)?\s*(?:(?:但|且)?(?:不超过|不高于|至|到|[-—–~])\s*[\d.]+\s*(?:万|亿)?(?:元|美元)?\s*${MARK}\s*(?:美元|元)?\s*)?(?:及|或)?(?:以上|以下|以内)?\s*${MARK}\s*(?:之间)?的?(?:部分|${PAID_COST}[，,]\s*(?:由[^，。；,;\d]{1,12}?)?(?=[^，。；,;]{0,12}?(?:支付|报销|补偿)))[，,]?\s*(?:[^，。；,;\d]{1,8}?)?(?:按|给予|奖励|补助|补贴|贴息|抵用|抵扣|支付|报销|补偿)`,
);
/**
 * …or a figure further inside the phrase that names such a part, no 的 between (so no applicant): tiers of a base paid in steps
 * (实现税收100万元以上300万元以内或镇得财力15万元以上40万元以内部分,补贴50%: 北蔡镇 2007; 超过核定的镇得财力基数(每个单位不低于2万)部分补贴80%).
 */
const PAID_PART_FAR = /^(?:(?!奖励|补贴|补助|给予|不予|资助|按)[^，。；,;的]){0,40}?部分[，,]?\s*(?!不)(?:[^，。；,;\d]{1,8}?)?(?:按|给予|奖励|补助|补贴|贴息|返还|奖补)/;
/** After a bounded quantity, the part of it a grant is paid on: 的部分, 增量部分, 以上部分 (then 按 or a grant's verb). */
const PART_OF_QUANTITY = /^\s*(?:以上)?(?:的)?(?:增量|新增|超出|超过)?部分[，,]?\s*(?:按|给予|奖励|补助|补贴|予以)/;
/** A bound that a list of such parts shares with the next item (个人创业担保贷款30万元以下、小微企业创业担保贷款400万元以下的部分,…给予…贴息). */
const PART_LIST_ITEM = new RegExp(String.raw`^\s*${MARK}\s*(?:及|或)?(?:以上|以下)\s*${MARK}\s*[、和及与]`);

export interface ThresholdResult {
  thresholds: Threshold[];
  /** Indexes of money mentions that are eligibility conditions, not money given. */
  used: Set<number>;
}

/**
 * A standard, tax or price set to a figure: 税额标准下调至, 收费标准调整为, 电价降低到, 补助标准为 (a bare 为 only after
 * 标准: 平均价格为800元/平方米 describes a price, it sets none).
 */
/** A figure in the measure `unit` earlier in the sentence before `pos` (4公里 before 85万元/公里). */
function builtBefore(text: string, pos: number, unit: string): boolean {
  const from = Math.max(text.lastIndexOf('。', pos - 1), text.lastIndexOf('；', pos - 1), text.lastIndexOf(';', pos - 1)) + 1;
  const sentence = text.slice(from, pos);
  let k = sentence.indexOf(unit);
  while (k >= 0) {
    if (/[\d〇零一二两三四五六七八九十百千万]\s*$/.test(sentence.slice(0, k)) && sentence[k - 1] !== '/') return true;
    k = sentence.indexOf(unit, k + 1);
  }
  return false;
}
// (…per head or period written between, 高龄津贴标准统一调整为每人30元/月: 资阳; the standard's floor named, 城市居民最低生活保障标准低限为680元/月:
// 四川省 2022; the item's label after 标准为, 其标准为:养老保险:500元/人、月: 龙陵; a grant's standard as a field, 补助标准:2110元/亩: 同心)
const STANDARD_SET = /(?:(?:标准|税额|价格|单价|电价|水价|气价|租金|费用|收费)[^，。；,;]{0,8}?(?:下调|上调|调整|提高|降低|降|调|减|核定|统一|确定)(?:至|到|为)|标准(?:低限|下限|上限|最低限)?为(?:[:：][\u4e00-\u9fff]{2,8}[:：]|[:：][\u4e00-\u9fff]{1,10})?|(?:补助|补贴|奖励|奖补|资助|扶持|救助)标准\s*[:：](?:[\u4e00-\u9fff]{1,10})?)(?:每[人户家个项年月天日]|[年月]?人均){0,2}$/;

/**
 * Eligibility conditions: 研发费用在100万元（含）以上、1000万元以下 → min/max; 投资额5亿元及以上 → min;
 * 单价超过1元/度的企业 → min; 销售收入达1000万元、3000万元 (followed by a grant) → three mins.
 */
/** A sentence that opens on a year (2023年…, 到2022年,…, 今年…, 全年…): a goal sentence when no applicant or grant follows its figure. */
export const YEAR_OPENS = /^\s*(?:(?:到|至)\d{4}年(?:底|末)?[,，]|\d{4}年(?!度|以来|以前)|今年|全年)/;
/** A year gone by opening the phrase of a figure (上年度, 上一年度, 去年; an alternative span in brackets after it): a figure measured, not a goal. */
const PAST_PERIOD_BEFORE = /(?:^|[，,；;：:、）)\s])(?:上年度|上一年度|上年|上一年|去年|前一年度?)(?:[（(][^（）()]{0,16}[）)])?[^，。；,;]{0,16}$/;
/** A task's verb and what it completes right before a figure: 完成年度投资, 确保完成全年固定资产投资, 力争实现营业收入. */
// (…or a longer measure the figure reaches: 实现在线新经济经济规模总量达到2600亿元以上, 嘉定)
const TASK_FIGURE_BEFORE = /(?:完成|实现|确保|力争|争取)(?:(?:全年|年度|全市|全县|全区|全省)?[^，。；,;的、\d]{0,8}?|[^，。；,;的、\d]{0,20}?(?:达到|突破|超过))$/;
/** A measure per head and the word a goal reaches it with, right before a per-head figure: 劳动生产率达到, 人均可支配收入达. */
const PER_HEAD_GOAL_BEFORE = /(?:劳动生产率|人均[\u4e00-\u9fff]{1,8})(?:达到|达|提高到|提高至|提升到|提升至|突破)\s*$/;
/**
 * Money a measure is meant to drive, right before its figure (带动未来五年制造业投资1000亿元以上, 拉动社会投资近50亿元, 撬动社会资本投入,
 * 吸引民间资本, 带动社会资本、产业资本、金融资本等各类资金投入约300亿元, 带动股权投资和债券融资150亿元): a goal the text sets, never a condition on an applicant nor money budgeted (引导基金/引导资金 name a fund: not this).
 */
// (…the year it is driven in between, 带动2009年全社会投资1.3万亿元左右: 广东省 2008)
// (…or loans a programme is to issue, 通过创业担保贷款扶持创业12万户以上,发放贷款240亿元以上: 云南省; 新增贷款投放, as 投放 is: a goal)
export const DRIVEN_FIGURE_BEFORE =
  /(?:(?:带动|拉动|撬动|吸引|引导(?!基金|资金|类))(?:[^，。；,;的\d]|\d{4}年度?){0,24}?(?:投资|投入|资本|资金|融资|信贷|产值|营收|营业收入|销售收入|消费|增加值|总额|产业)|(?:发放|投放)[^，。；,;的\d]{0,8}?(?:贷款|信贷))(?:规模|总额|总量|金额|额度)?(?:达到|达|突破|超过|超|过|约|近|共计|累计)?\s*$/;

/** A standard's name, then its floor or ceiling word (投入标准不低于, 护理标准按照不低于, 生活标准为不低于): what follows is the money set. */
const STANDARD_FLOOR_BEFORE = /(?:投入|补助|补贴|奖补|资助|生活|护理|照料|供养|救助|保障|抚恤|津贴)标准\s*(?:按照?|为)?\s*(?:不低于|不少于|不高于|不超过)\s*$/;
export function extractThresholds(text: string, money: MoneyMention[], listed = false, goal = false): ThresholdResult {
  const thresholds: Threshold[] = [];
  const used = new Set<number>();
  const countedClass = new Set<number>(); // sums read as the size class of counted things
  const setStandard = new Set<number>(); // sums a standard's floor or ceiling sets, listed after the first
  for (let i = 0; i < money.length; i++) {
    if (used.has(i)) continue;
    const m = money[i];
    // The part of a taxed base a relief applies to (年应纳税所得额不超过200万元部分减半征收, 超过100万元但不超过300万元的部分,减按
    // 50%计入): it bounds the relief, as a cap on the area a grant counts does, and is no money given nor a condition on who
    // qualifies (ANNOTATION: a cap on the quantity a grant counts): no value.
    if (TAXED_PART.test(text.slice(m.end, m.end + 80)) || PAID_PART.test(text.slice(m.end, m.end + 60)) || PAID_PART_FAR.test(text.slice(m.end, m.end + 60))) {
      used.add(i);
      continue;
    }
    // A standard of money set with its floor or ceiling (财政投入标准不低于4000元/亩, 天府新区; 照料护理标准按照不低于1494元/月(全护理)、
    // 747元/月(半护理)…分档确定, 苏州 2025): the money the standard sets, `fixed` (ANNOTATION), no condition on who qualifies; the
    // sums listed after it go with it.
    // (Not marked used: the amounts read them.)
    if (setStandard.has(i)) continue;
    if (STANDARD_FLOOR_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start))) {
      for (let k = i + 1; k < money.length && /^\s*(?:[（(][^（）()]{0,8}[）)])?\s*[、和及]\s*$/.test(text.slice(money[k - 1].end, money[k].start)); k++) setStandard.add(k);
      continue;
    }
    // A fine imposed, its range or ceiling before 罚款 (处以100元以上200元以下罚款, 可处以100元以下罚款, 并处五千元以上五万元以下的罚款):
    // money taken from whoever breaks a rule, no condition on an applicant nor money given (a fine the applicant must not have had,
    // 无20万元以上罚款, stays one: no imposing verb before it).
    const fined = FINE_IMPOSED_BEFORE.test(text.slice(Math.max(0, m.start - 3), m.start)) ? FINE_RANGE_AFTER.exec(text.slice(m.end, m.end + 40)) : null;
    if (fined) {
      const fineEnd = m.end + fined[0].length;
      for (let k = i; k < money.length && money[k].start < fineEnd; k++) used.add(k);
      continue;
    }
    // (…and an item of a list of such parts, the next item's bound and 的部分 shared: 四川省.)
    const after = money[i + 1];
    if (after && PART_LIST_ITEM.test(text.slice(m.end, after.start)) && !/[。；;，,]/.test(text.slice(m.end, after.start)) && PAID_PART.test(text.slice(after.end, after.end + 60))) {
      used.add(i);
      continue;
    }
    // A money bar moved from one level to another (将申报门槛由年营业收入2000万元降低至1000万元; 注册资本从不低于1000万元下调至500万元):
    // the new level on the old bound's side, the old one no value, as a quantity's bar moved is (东莞).
    const moved = after && after.yuanMax === undefined && m.yuanMax === undefined ? MONEY_MOVED_BETWEEN.exec(text.slice(m.end, after.start)) : null;
    const movedFrom = moved ? MONEY_MOVED_FROM.exec(before(text, m.start)) : null;
    // (…or the limit it moves named before 由: 小型微利企业的年应纳税所得额上限由50万元提高至100万元, 靖江 — a ceiling; 下限, 门槛 a floor)
    const limitNamed = moved && movedFrom ? /(上限|下限|门槛|起点)\s*$/.exec(text.slice(0, m.start - movedFrom[0].length)) : null;
    if (moved && movedFrom && (movedFrom.groups!.bw || moved.groups!.bound || limitNamed || THRESHOLD_NAMED.test(sentenceBefore(text, m.start)))) {
      const side = movedSide(moved.groups!.bw2 ?? movedFrom.groups!.bw, moved.groups!.bound, limitNamed?.[1]);
      // (the measure written between 由 and the old level, else the one before 由: 资助门槛,单个中心面积从…)
      const between = movedFrom[0].slice(movedFrom.groups!.at.length + (movedFrom.groups!.bw ?? '').length).replace(/^(?:原来|原有|原|现行)的?/, '');
      const metric = between || metricBefore(text, m.start - movedFrom[0].length);
      thresholds.push({ metric, unit: after.unit, raw: after.raw, start: after.start, end: after.end, ...(side.side === 'max' ? { max: after.yuan, maxInclusive: side.inclusive } : { min: after.yuan, minInclusive: side.inclusive }) });
      used.add(i).add(i + 1);
      continue;
    }
    // (含2000万元), (不含1亿元): the bracket marks the bound of the figure before it; no value of its own.
    if (IN_BOUND_MARK_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start)) && IN_BOUND_MARK_AFTER.test(text.slice(m.end))) {
      used.add(i);
      continue;
    }
    // The starting point of a base (按不超过其实际投资总额(起点1亿元)的1%给予奖励, 投资门槛为5000万元, 以招商引资500万元为
    // 奖励起始指标, 实际投资1亿元起): the base's floor, a threshold on it — not a cap, whatever bound governs the bracket.
    // (Not the grant's own floor, its verb right before: 奖励人民币6万元起, 每增加投资1亿元,增加奖励1万元 (靖江) — an award floor, money given.)
    const startBefore = START_BEFORE.exec(text.slice(Math.max(0, m.start - 16), m.start));
    if (startBefore || (START_AFTER.test(text.slice(m.end, m.end + 16)) && !GRANT_FLOOR_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start)))) {
      thresholds.push({ metric: baseOfStart(text, startBefore ? m.start - startBefore[0].length : m.start), min: m.yuan, minInclusive: true, unit: m.unit, raw: m.raw, start: m.start, end: m.end });
      used.add(i);
      continue;
    }
    // A figure inside the bracket that gives the values of a level a bound names (年营业收入达到限额以上标准(贸易业:批发业2000万元、
    // 零售业500万元…), 沈阳): the applicant's figure must reach it, a threshold, as 裁员率不高于…控制目标(5.5%) is (ANNOTATION round 41).
    const reference = referenceBracketBefore(text, m.start);
    if (reference) {
      thresholds.push({ metric: reference.metric, unit: m.unit, raw: m.raw, start: m.start, end: m.end, ...(reference.side === 'max' ? { max: m.yuan, maxInclusive: true } : { min: m.yuan, minInclusive: true }) });
      used.add(i);
      continue;
    }
    // A metric between two bounds written as signs: 5000万元≤投资额<1亿元.
    const between = BETWEEN_SIGNS.exec(text.slice(m.end));
    const upper = money[i + 1];
    if (between && upper && upper.start === m.end + between[0].length) {
      const t: Threshold = { metric: between[2], min: m.yuan, minInclusive: /[≤≦=]/.test(between[1]), max: upper.yuan, maxInclusive: /[≤≦=]/.test(between[3]), unit: m.unit, raw: text.slice(m.start, upper.end), start: m.start, end: upper.end };
      thresholds.push(t);
      used.add(i).add(i + 1);
      continue;
    }
    // 1000万元(人民币,下同)及以上: a remark in brackets between the figure and its bound.
    // 500万美元(含500万美元)以上: a bound mark repeating the figure, then the bound.
    // (…the currency word the mark put off after it: 1000万元(含1000万元)人民币以上, 黄石)
    const markThenBound = BOUND_MARK_AFTER.exec(text.slice(m.end));
    const markAndCurrency = markThenBound ? markThenBound[0].length + (CURRENCY_AFTER_MARK.exec(text.slice(m.end + markThenBound[0].length))?.[0].length ?? 0) : 0;
    const markLen = markThenBound && BOUND_AFTER.test(next(text, m.end + markAndCurrency, 10)) ? markAndCurrency : 0;
    const remark = markLen || remarkBeforeBound(text, m.start, m.end);
    const post = next(text, m.end + remark, 10);
    const bound = BOUND_AFTER.exec(post);
    // The bound's words may be spread by spaces: cover up to their last character.
    const boundEnd = (len: number) => afterChars(text, m.end + remark, len);
    // (What follows the bound, past the mark or remark before it: 1亿元(含)以上的给予30万元.)
    const rest = text.slice(m.end).replace(/\s+/g, '');
    const afterBound = rest.slice(text.slice(m.end, m.end + remark).replace(/\s+/g, '').length + (bound?.[0].length ?? 0));
    // A tier granted right after its bound heads no list with the sum before it (…的奖励5万元、1000万元以上的奖励10万元).
    const tierGranted = !!bound && TIER_GRANTED.test(afterBound);
    const head = tierGranted ? i : listHead(text, money, i);
    const pre = before(text, money[head].start).replace(YUAN_WORD_END, '');
    // (…or a bound word before the measure it bounds, the figure right after the measure: 企业达到亩均税收20万元且…, 龙游; 达到营业收入
    // 2000万元的)
    const measured = METRIC_AFTER_BOUND.exec(pre);
    const boundRightBefore = boundBefore(pre);
    const wordBound = boundRightBefore ?? (measured ? boundBefore(pre.slice(0, measured.index + measured[1].length)) : undefined);
    const exclusiveMin = wordBound?.side === 'min' && !wordBound.inclusive;
    // (…or the next of a list of standards under one bound, each naming its metric: 投资强度应达到350万元/亩、实缴税收20万元/亩/年, 牛塘)
    const prevStandard = thresholds[thresholds.length - 1];
    const listedStandard = i > 0 && m.unit !== '元' && !!prevStandard && prevStandard.end === money[i - 1].end && prevStandard.unit !== '元' && STANDARD_JOINT.test(text.slice(money[i - 1].end, m.start));
    const reaches = wordBound?.side === 'min' || listedStandard;
    const laterGrant = GRANT.test(text.slice(m.end));
    // 引进超10亿元优质产业项目15个: a size class of the things counted.
    // …超1000亿元的2个: the same, the things named before.
    // 培植一个年销售收入过150亿元的产业集群: the count written before the size, the things after it.
    // …和超20亿元的特色产业集群: the next size of a list of counted classes, the count written once before the first.
    const nextClass = i > 0 && countedClass.has(i - 1) && COUNTED_NEXT.test(rest) && /^[^，。；,;\d]{0,16}[和及与、][^，。；,;\d]{0,4}$/.test(text.slice(money[i - 1].end, m.start));
    // (…or an item of a list of sizes before the things counted: 产值超10亿元、50亿元、100亿元工业企业分别达到100家、15家、8家, 江门)
    const tail = listTail(text, money, i);
    const counted = COUNTED_AFTER.test(rest) || /^后/.test(rest) || (COUNT_BEFORE.test(pre) && COUNTED_NEXT_NAMED.test(rest)) || nextClass || (tail > i && COUNTED_AFTER.test(text.slice(money[tail].end).replace(/\s+/g, '')));
    if (counted) countedClass.add(i);
    // (不低于2000万元的农副产品精深加工产业, 单位价值不低于500万元的设备: a floor that qualifies the thing after it, as
    // 2000万元以上的… does; not the grant or the fund it sizes: 给予不低于50万元的奖励, 安排不低于1亿元的专项资金)
    const floorOfThing = reaches && OF_THING_AFTER.test(rest);
    // (…or the applicant closes the list the figure heads: 营业收入首次突破3亿元、5亿元、…、200亿元的规模以上工业企业, 新都)
    const afterTail = text.slice(money[tail].end).replace(/\s+/g, '');
    // (…or the list's last item closes it with the bound and 的, a condition phrase whose applicant and grant follow in the next
    // clause: 规上物流企业年营业额达到0.5亿元、1亿元、5亿元以上的;且当年增速达到20%以上的,分别给予…, 涪陵)
    const listApplicant = (tail > i && FOR_APPLICANT.test(afterTail)) || ((tail > i || head < i) && LIST_BOUND_CLOSES.test(afterTail));
    // (…or a bracket right after a threshold that refines it, 项目总投资额须在500万元以上(计划设备投资额不低于500万): a condition as the
    // threshold it sits in is, 花都.)
    const prevCondition = thresholds[thresholds.length - 1];
    const refines = !!prevCondition && /^\s*[（(][^（）()，。；,;]{0,20}$/.test(text.slice(prevCondition.end, m.start));
    // (…or the next condition listed with 、 after one, its own measure named, its bound after it: 项目总投资3000万元以上、已完成投资1000万元
    // 以上;, 山西省 round 286 — a condition as the first is, not a task's figure to complete.)
    const listedNext = !!prevCondition && /^\s*、[^，。；,;、\d]{1,12}$/.test(text.slice(prevCondition.end, m.start)) && !!bound;
    // (…or a figure of a year gone by, no goal's: (2)上年度(或连续12个月)实现项目销售收入500万元以上;, 龙泉驿.)
    const pastFigure = PAST_PERIOD_BEFORE.test(pre);
    // (…or a floor on the applicant's own capital, a standard it must meet in a list of requirements with no grant beside it:
    // 实体性地区总部注册资本金原则不低于3000万元, 沙坪坝)
    const ownCapital = reaches && OWN_CAPITAL_BEFORE.test(withoutRemarks(pre));
    // (…or the applicant right after the bound, no 的 between, a phrase's end after it: 2020年出口额5000万元人民币(含)以上企业,2020年度…发生的
    // 银行贷款产生的利息, 金普新区 — who the fund is for, as …以上的企业 is)
    const applicantNext = !!bound && APPLICANT_RIGHT_AFTER.test(afterBound);
    const eligibility = FOR_APPLICANT.test(rest) || applicantNext || listApplicant || laterGrant || counted || listed || floorOfThing || refines || listedNext || pastFigure || ownCapital;
    // Money sought, not a condition: 积极争取省级专项资金0.5亿元以上.
    // (Not a size class of counted things: 力争…80个亿元以上项目开工建设.)
    // (力争 governs the phrases after it up to the sentence's end: 力争全年组织开展100场对接活动,帮助企业融资1000亿元以上, 河南省.)
    // (…and so does 确保: 争取…资金支持重大项目建设,确保2023年累计储备专项债券项目资金需求60亿元以上, 龙湾)
    const goalSentence = goalGoverns(text, m.start) && !eligibility;
    const sought = (/(争取|力争)/.test(pre) || goalSentence) && !/^[^，。；]{0,12}的/.test(text.slice(m.end)) && !counted;
    // A planned figure with its floor (到2027年,规模以上工业增加值达到2800亿元以上): a target, not a condition.
    // So is a task's figure to complete (完成年度投资1700亿元以上, 确保实现地区生产总值300亿元以上): a goal, when no applicant or
    // grant follows (对当年完成投资1000万元以上的企业 stays a condition).
    // So is a figure with its floor in a sentence that opens on its year (2023年政府专项债储备额度45亿元以上,…: 滨江), or a phrase that
    // does (…,2023年使用国家政策性开发性金融工具资金1亿元以上,…: 龙湾).
    // So is money a measure drives (带动未来五年制造业投资1000亿元以上: 丽水), when no applicant follows (对带动投资1亿元以上的项目 stays one).
    // So is a figure reached in a list of the year's goals, a growth rate beside it (地区生产总值(GDP)增长10%左右,固定资产投资额达到100
    // 亿元以上,…: 嵊泗).
    // (…or beside an act's count goal in the same clause, no grant: 引进科技成果50项以上,技术合同成交额90亿元以上, 德州.)
    const goalList = (/(达到|突破|超过)\s*$/.test(pre) && GOAL_RATE.test(text) && !GRANT.test(text)) || (COUNT_GOAL.test(text) && !GRANT.test(text));
    // (…or a goal of a list parted by semicolons that closes its own item, nothing about who qualifies in the clause: 地区生产总值增长7%以上;
    // 固定资产投资达到1100亿元以上;, 舟山; a condition names its applicant or its grant, or stands in a list of conditions)
    const bareGoal = /(达到|突破|超过)\s*$/.test(pre) && /^(?:左右)?[；;。]?$/.test(afterBound) && !GRANT.test(text) && !APPLICANT_IN.test(text) && !listed;
    // (…and so is one a goal's year or word before it, or the clause's goal field, says is reached: goal, see inGoalField)
    const reached = REACHED_END.test(pre) && (goal || /(到|至)\d{4}年|力争|目标/.test(text.slice(0, m.start)));
    const planned =
      // (…or any bounded figure closing its phrase in a clause its goal field or goal sentence governs, no grant in it: 到2025年,…;实现乡村旅游接待
      // 游客2500万人次以上,乡村旅游综合收入200亿元以上;, 玉溪 — not a size class of things counted after it, 收入100万元以上行政村占比, 嘉善)
      (reached || TASK_FIGURE_BEFORE.test(pre) || PLANNED_INVESTMENT_BEFORE.test(pre) || DRIVEN_FIGURE_BEFORE.test(pre) || ((YEAR_OPENS.test(text) || YEAR_OPENS.test(pre)) && !laterGrant) || goalList || bareGoal || (goal && !GRANT.test(text) && /^(?:左右)?(?:[；;，,。]|$)/.test(afterBound))) &&
      !eligibility &&
      !/^(企业|申报企业|申请企业)/.test(pre);
    // An award floor (给予每家企业20万元及以上奖励, 给予最高可达500万元的支持): money given, not a condition — the grant word
    // stands right before the figure with no measure of the applicant between.
    // (…or a support verb, its floor and the grant named after the figure: 市级支持不低于5000万元奖补资金, 武汉)
    // (…not the next tier of a list after a grant, the grant its own: …的给予20万元一次性奖励、1亿元(含)以上的给予30万元, 崇州)
    const floor = (GRANT_THEN_FIGURE.test(pre) || GRANT_REACHES.test(sentenceBefore(text, money[head].start).replace(/\s+/g, '')) || (SUPPORT_FLOOR_BEFORE.test(pre) && GRANT_NAMED_AFTER.test(rest)) || (PAID_FLOOR_BEFORE.test(pre) && STANDARD_PAID_AFTER.test(rest))) && !FOR_APPLICANT.test(afterBound) && !tierGranted;
    // The size of a fund or pool being set up, with its floor (设立总额30亿元以上的现代产业发展基金, 每年安排不少于1亿元专项资金,
    // 出资设立总规模不低于100亿元的…引导基金): money budgeted, a `total`, not a condition — unless the clause closes on an
    // applicant (企业安排研发经费500万元以上的,给予…).
    // (每年安排资金不少于100万元用于支持企业的研发: the fund named before its floor)
    // (…or a phrase that opens on the fund's own size: 资金规模原则上每年不低于300万元, 哈密)
    const fundSize =
      ((FUND_SETUP.test(pre) && (FUND_AFTER_BOUND.test(afterBound) || FUND_SIZE_WORD.test(pre) || FUND_WORD_BEFORE.test(pre))) || (FUND_SIZE_OPENS.test(pre) && !/^\s*的/.test(afterBound))) &&
      !FOR_APPLICANT.test(afterBound) &&
      !/^[^，。；,;]{0,40}?的[，,]/.test(afterBound);
    // (Not the size an authority may approve up to: 各地州(市)行使1000萬美元以下…外商投資企業審批權, 云南省: it bounds a power, not who qualifies.)
    if (AUTHORITY_AFTER.test(text.slice(m.end))) {
      used.add(i);
      continue;
    }
    // An item of a list of sized classes that leaves its bound to the first item (地区生产总值1000亿元以上的县(市、区)达到3个、500亿元的
    // 达到2个、300亿元的达到4个, 济宁): a floor as the first is, its measure the first's.
    const first = thresholds[thresholds.length - 1];
    if (!bound && !wordBound && m.yuanMax === undefined && counted && /^的/.test(rest) && countedClass.has(i - 1) && first?.start === money[i - 1].start && first.min !== undefined && first.max === undefined && first.unit === m.unit && CLASS_ITEM_GAP.test(text.slice(money[i - 1].end, m.start))) {
      thresholds.push({ metric: first.metric, min: m.yuan, minInclusive: first.minInclusive, unit: m.unit, raw: m.raw, start: m.start, end: m.end });
      used.add(i);
      continue;
    }
    if (bound && !sought && !planned && !floor && !fundSize) {
      const lower = bound[3] === '以上';
      const t: Threshold = {
        // (…or the measure named after the figure: 5000万元投资以上 → 投资)
        metric: metricBefore(text, money[head].start) || (MEASURE_BEFORE_BOUND.exec(text.slice(m.end))?.[0].trim() ?? ''),
        unit: unitWithPer(text, money[head].start, m.unit),
        raw: text.slice(m.start, boundEnd(bound[0].length)),
        start: m.start,
        end: boundEnd(bound[0].length),
      };
      const inclusive = inclusiveOf(bound) ?? !/不含/.test(post);
      if (lower) {
        t.min = m.yuan;
        // An explicit mark wins over the word: 超过2000万元(含)以上 is inclusive, and so is 500万美元(含500万美元)以上.
        t.minInclusive = inclusiveOf(bound) ?? (markLen ? !/不含/.test(markThenBound![0]) : inclusive && !exclusiveMin);
        // "100万元（含）以上、1000万元以下": the upper bound joins this threshold.
        // (A figure inside the first bound's mark, 1亿元(含1亿元)以上, is passed over: it has no value of its own.)
        const k = money.findIndex((o, j) => j > i && o.start >= t.end);
        const nxt = k > 0 ? money[k] : undefined;
        if (nxt) {
          // (…but a part's own figure in the bracket before the bound is a condition of its own: (其中地方留成200万元)以上)
          if (!PART_BEFORE_BOUND.test(text.slice(m.end))) for (let j = i + 1; j < k; j++) used.add(j);
          const gap = text.slice(t.end, nxt.start);
          // 1亿元(含1亿元)以上5亿元(不含5亿元)以下: a bound mark between the second figure and its 以下 sets its inclusiveness.
          const nMark = BOUND_MARK_AFTER.exec(text.slice(nxt.end));
          const nMarkLen = nMark && /^(?:以下|以内)/.test(next(text, nxt.end + nMark[0].length, 4)) ? nMark[0].length : 0;
          const nb = BOUND_AFTER.exec(next(text, nxt.end + nMarkLen, 10));
          // "1000万元以上不足5000万元的", "1亿元以上、不超过5亿元的": an upper bound word before the second figure.
          const g = gap.replace(/\s+/g, '');
          const upperWord = UPPER_BETWEEN.test(g) ? boundBefore(g) : undefined;
          // (…or a dash between them and 以内 closing the band: 10万元(含10万元)以上-20万元(含20万元)以内, 龙华区)
          if (/^[、，,\-—–－~～]?$/.test(g) && nb && (nb[3] === '以下' || nb[3] === '以内')) {
            t.max = nxt.yuan;
            t.maxInclusive = nMarkLen ? !/不含/.test(nMark![0]) : (inclusiveOf(nb) ?? false);
            t.end = afterChars(text, nxt.end + nMarkLen, nb[0].length);
            t.raw = text.slice(t.start, t.end);
            used.add(k);
          } else if (upperWord?.side === 'max' && !/^\s*(?:以上|以下)/.test(next(text, nxt.end, 4)) && /^\s*(?:[（(［\[]\s*(?:不)?含[^（）()［］\[\]]{0,16}[）)］\]]\s*)?(?:的|[，,])/.test(text.slice(nxt.end))) {
            closeBand(t, text, nxt, upperWord.inclusive);
            used.add(k);
          }
        }
      } else if (m.yuanMax !== undefined) {
        // A range whose upper end 以下 bounds (5000万元(含)—1亿元以下的: 龙泉驿): the range, its lower end as its mark says.
        t.min = m.yuan;
        t.minInclusive = !/^[^至到~\-—–]*[（(［\[]\s*不含/.test(m.raw);
        t.max = m.yuanMax;
        t.maxInclusive = inclusiveOf(bound) ?? false;
      } else {
        t.max = m.yuan;
        t.maxInclusive = inclusiveOf(bound) ?? (markLen ? !/不含/.test(markThenBound![0]) : false);
      }
      thresholds.push(t);
      used.add(i);
      // 1亿元以上(含1亿元): the bracket repeats the bound.
      const nxt = money[i + 1];
      if (nxt && /^\s*[（(]\s*含\s*$/.test(text.slice(t.end, nxt.start))) used.add(i + 1);
      continue;
    }
    // A range an applicant falls in: 年度营收在3000万元(含)—1亿元的企业.
    // A band rewarded right after it is one too: 新增产值5000万元至1亿元(不含)奖励5万元.
    // (not a grant's own range: 给予50万至100万元补助; the words since the last list mark decide)
    // (…a grant's standard named before the bands is no grant of the band: 补贴标准参考10至20万元每辆补贴3000元, 山东省)
    const bandRewarded = BAND_REWARDED.test(text.slice(m.end)) && !GRANT.test(pre.slice(Math.max(pre.lastIndexOf('、'), pre.lastIndexOf('：'), pre.lastIndexOf(':')) + 1).replace(STANDARD_NAMED, ''));
    // 首期完成固定资产投资额1000万元~2000万元(含2000万元)且资金到期为12个月内的科研类项目: the range an applicant's
    // figure falls in, a bracket marking its upper bound and a second condition before the applicant.
    const markAfter = BOUND_MARK_AFTER.exec(text.slice(m.end))?.[0] ?? '';
    const restAfterMark = text.slice(m.end + markAfter.length).replace(/\s+/g, '');
    // (产值净增量2亿元(含)-10亿元,且产值增速15%(含)以上,最高奖励200万元: a second condition joined by 且 after a comma.)
    // (研发投入额300万元(含300万元)-1000万元,研发投入占营收比例达15%以上,人才奖励10万元/人: a second bounded condition after a
    // comma, then the grant.)
    const joined = (/^[，,]?(?:且|并且|同时)/.test(restAfterMark) || BOUNDED_THEN_GRANT.test(restAfterMark)) && !/(到|至)\d{4}年|力争|目标/.test(text.slice(0, m.start));
    // (…or the first of a list of bands the applicant closes: 软件投资额5—20万元(含)、20—100万元(含)、100万元以上的企业, 德清)
    const afterList = restAfterMark.replace(BANDS_AFTER, '');
    const bandListed = afterList !== restAfterMark && /^(?:[（(][^（）()]{0,10}[）)])?的/.test(afterList);
    const ofApplicant = FOR_APPLICANT.test(restAfterMark) || RANGE_FOR_APPLICANT.test(restAfterMark) || /^[^，。；,;]{0,40}?的[，,]/.test(restAfterMark) || joined || (bandListed && (FOR_APPLICANT.test(afterList) || RANGE_FOR_APPLICANT.test(afterList)));
    // (A remark in brackets before the band grants nothing: 入库税收(剔除已享受单项奖励部分税收)500万元(含)—1000万元、…的, 长兴.)
    const barePre = withoutRemarks(pre);
    if (m.yuanMax !== undefined && (bandRewarded || ((/(在|为|介于)$/.test(pre) || /^[^，。；]{0,12}的(企业|项目|单位)/.test(text.slice(m.end)) || ofApplicant) && !GRANT.test(barePre)))) {
      // (3亿元(不含3亿元)至5亿元: a mark on the lower end.)
      const t: Threshold = { metric: metricBefore(text, money[head].start), min: m.yuan, max: m.yuanMax, minInclusive: !/^[^至到~\-—–]*[（(［\[]\s*不含/.test(m.raw), unit: m.unit, raw: m.raw, start: m.start, end: m.end };
      if (INCLUSIVE_AFTER.test(post) || /^\s*[（(［\[]\s*含/.test(markAfter)) t.maxInclusive = true; // 500万元至2000万元（含）, (含2000万元)
      else if (/^\s*[（(［\[]\s*不含/.test(markAfter) || EXCLUSIVE_AFTER.test(post)) t.maxInclusive = false; // (不含5亿元)
      thresholds.push(t);
      used.add(i);
      continue;
    }
    // The part of a figure above a bound that a share is paid on (年薪超过60万元的部分,按30%给予企业奖励: 宿迁): no condition and no sum, as
    // the part below a step is none (ANNOTATION, 慈溪).
    if ((exclusiveMin || reaches) && /^\s*(?:以上)?的部分[，,]?\s*按/.test(text.slice(m.end))) {
      used.add(i);
      continue;
    }
    // A voucher's spend floor written as when it is used (20元券在消费满100元时使用: 河南省): the spend is the condition, as 满100减20元's is.
    if (/满\s*$/.test(pre) && SPEND_USED_AFTER.test(text.slice(m.end))) {
      thresholds.push({ metric: '消费金额', min: m.yuan, minInclusive: true, unit: m.unit, raw: m.raw, start: m.start, end: m.end });
      used.add(i);
      continue;
    }
    // The base a step counts from (以当年实现产值3000万元为基数给予补助1000元,产值每增加1000万元…: 新塘街道): the floor of the first step.
    // (Not a grant's own standard set as its base, 补助标准以100元/户·年为基础,根据…考核结果确定: 滨江 — the sum, not a floor.)
    if (/以[^，。；,;]{0,12}$/.test(pre) && !/(?:补助|补贴|奖励|奖补|资助|扶持)标准\s*以\s*$/.test(pre) && /^\s*为(?:基数|基础|起点)/.test(text.slice(m.end))) {
      thresholds.push({ metric: metricBefore(text, m.start), min: m.yuan, minInclusive: true, unit: m.unit, raw: m.raw, start: m.start, end: m.end });
      used.add(i);
      continue;
    }
    // A step: 每上一个100亿元台阶, 每增加2000万元再奖励; one written with the act it counts or none, the grant right after it
    // (自营出口每100万美元奖励3万元, 每出口100万美元奖励2万元, 每纳税100万元奖励…), in yuan or another currency; a step of 1
    // is a price (每进出口1美元奖励0.015元).
    // (…or the step's measure written between 每增加 and the figure, paid right after: 每增加地方公共财政预算收入人民币50万元,加奖人民币2万元,
    // 每增加外资折合人民币2000万元的,按引资额2‰追加奖励: 永德)
    const measuredStep = STEP_MEASURE_BEFORE.test(pre) && STEP_PAID_AFTER.test(text.slice(m.end, m.end + 30)) && m.yuanMax === undefined;
    // (…its currency named after it and a remark in brackets between it and the grant: 每引进500万元人民币(实际投资,以财务报表为准),奖励5000元, 同山镇)
    const stepAfter = text.slice(m.end).replace(STEP_REMARK, '').slice(0, 12);
    // (Not a sum per a unit after 每, 按建筑面积每20元/平方米补贴 (房山): 每 restates the per, the sum per square metre is the grant.)
    if (STEP_BEFORE.test(pre) || measuredStep || (BARE_STEP_BEFORE.test(before(text, m.start)) && STEP_GRANT_AFTER.test(stepAfter) && m.yuanMax === undefined && m.yuan !== 1 && !/^元\//.test(m.unit))) {
      thresholds.push({ metric: metricBefore(text, m.start).replace(/^每(?:增加|新增|增长|增)/, ''), min: m.yuan, minInclusive: true, unit: m.unit, raw: m.raw, start: m.start, end: m.end });
      used.add(i);
      continue;
    }
    // The first tier of a step reward, reached with no bound word: the sentence pays per step after it (企业当年完成固定资产投资2000万元人民币的,
    // 给予奖励人民币2万元,每增加固定资产投资2000万元人民币,加奖人民币2万元: 永德), as 产值每增加2000万元再奖励's step is a floor.
    if (!bound && m.yuanMax === undefined && !floor && !fundSize && BASE_TIER_AFTER.test(text.slice(m.end, m.end + 30)) && STEP_LATER.test(text.slice(m.end)) && !GRANT.test(withoutRemarks(pre))) {
      thresholds.push({ metric: metricBefore(text, m.start), min: m.yuan, minInclusive: true, unit: m.unit, raw: m.raw, start: m.start, end: m.end });
      used.add(i);
      continue;
    }
    // A qualifying standard set to a new level (将跨国公司地区总部母公司总资产要求放宽至2亿美元: 上海; 注册资本门槛降低至500万元): the floor
    // an applicant must now reach.
    if (m.yuanMax === undefined && REQUIREMENT_SET_BEFORE.test(pre) && !GRANT.test(pre)) {
      thresholds.push({ metric: metricBefore(text, money[head].start).replace(REQUIREMENT_SET_BEFORE, ''), min: m.yuan, minInclusive: true, unit: m.unit, raw: m.raw, start: m.start, end: m.end });
      used.add(i);
      continue;
    }
    // Criteria on the applicant itself: 企业上一年度产值达到1亿元; 近一年营业收入超过4亿元.
    const applicant = /^(企业|申报企业|申请企业)/.test(pre) || /(近[一二两三四五\d]年|上一?年度|上年)/.test(pre);
    // A size class of counted things is a threshold also in a target sentence (力争到2025年…营收超百亿企业不少于2家).
    // (…not a figure named as an indicator to meet, a goal: 進出口額指標分別不低於20億元、30億元、50億元, 驻马店)
    if ((exclusiveMin || reaches) && !floor && !fundSize && (counted || ((eligibility || applicant) && !/(目标|力争|到\d{4}年|指标)/.test(text.slice(0, m.start))))) {
      // A condition on the applicant (超过1元/度的企业; 收入达1000万元、3000万元…分别补助).
      // (The measure read with its bound word written before it, 达到营业收入, is the measure alone.)
      const t: Threshold = {
        metric: measured && !boundRightBefore ? pre.slice(measured.index + measured[1].length) : metricBefore(text, money[head].start).replace(LEADING_BOUND, ''),
        min: m.yuan,
        minInclusive: !exclusiveMin,
        unit: m.unit,
        raw: m.raw,
        start: m.start,
        end: m.end,
      };
      // …closed by an upper bound word and a second figure right after it, one band (当年工业总产值超过1亿元不足5亿元的, 雅安;
      // 营业收入超过1000万元、低于5000万元的).
      const k = i + 1 < money.length ? i + 1 : -1;
      // (…the first figure's inclusive mark before the upper word: 主营业务收入超过5亿元(含)、未达到10亿元的, 江门)
      const gap = k > 0 ? text.slice(m.end, money[k].start).replace(/\s+/g, '').replace(BOUND_MARK_AFTER, '') : '';
      const upper = k > 0 && UPPER_BETWEEN.test(gap) ? boundBefore(gap) : undefined;
      if (upper?.side === 'max' && money[k].unit === m.unit && money[k].yuan > m.yuan) {
        closeBand(t, text, money[k], upper.inclusive);
        used.add(k);
      }
      thresholds.push(t);
      used.add(i);
      continue;
    }
    // A band written top first, each end with its word (或者总投资额低于1亿元高于5000万元(含本数),亩均投资…: 潜江): one band, the lower end's
    // mark after it.
    if (wordBound?.side === 'max' && m.yuanMax === undefined && i + 1 < money.length) {
      const low = money[i + 1];
      const gap = text.slice(m.end, low.start).replace(/\s+/g, '');
      const lowerWord = /^[、，,]?(?:且|但|而)?(?:高于|超过|大于|不低于|不少于)$/.test(gap) ? boundBefore(gap) : undefined;
      if (lowerWord?.side === 'min' && low.unit === m.unit && low.yuan < m.yuan) {
        const mark = /^\s*[（(]\s*(不)?含[^（）()]{0,8}[）)]/.exec(text.slice(low.end));
        const end = low.end + (mark?.[0].length ?? 0);
        thresholds.push({ metric: metricBefore(text, money[head].start), min: low.yuan, minInclusive: mark ? !mark[1] : lowerWord.inclusive, max: m.yuan, maxInclusive: wordBound.inclusive, unit: m.unit, raw: text.slice(m.start, end), start: m.start, end });
        used.add(i);
        used.add(i + 1);
        continue;
      }
    }
    // An upper bound on the applicant: 年营收不超过2000万元的企业, 低于2000万元的小微企业 (not 最高不超过300万元, a cap).
    // (…or the side below it left out, no applicant named: 应贴息金额低于5万元人民币的不列入贴息范畴, 大连 — a floor once flipped, below.)
    // (…or in a clause that lists or defines what the applicant must be, no grant or ceiling word about it: 是指…且资产总额不超过2000万元人民币、
    // 年销售额或营业额不超过2000万元人民币的企业, 黄埔)
    const listedCeiling = listed && !GRANT.test(pre) && !/最高|最多|上限/.test(pre) && !GRANT.test(rest.slice(0, 12));
    if (wordBound?.side === 'max' && (UPPER_FOR_APPLICANT.test(rest) || (EXCLUDED_BELOW_BEFORE.test(pre) && LEFT_OUT_AFTER.test(rest)) || listedCeiling)) {
      thresholds.push({ metric: metricBefore(text, money[head].start), max: m.yuan, maxInclusive: wordBound.inclusive, unit: m.unit, raw: m.raw, start: m.start, end: m.end });
      used.add(i);
      continue;
    }
    // A bounded figure per unit that is not granted is a standard to meet: 投资强度不低于100万元/亩. A floor on a price charged
    // (工业用地总的价格不低于60万元/亩, 牛塘) binds the sale, not who qualifies, unless an applicant follows (单价超过1元/度的企业).
    const priceFloor = /(?:价格|单价|地价|出让价|租金|价)$/.test(metricBefore(text, money[head].start)) && !UPPER_FOR_APPLICANT.test(rest);
    // (Not a goal's figure in another currency, which is no sum and no condition: 2013-2015年,…结转总额力争达到1800亿美元, 广东省.)
    if (m.unit !== '元' && reaches && !priceFloor && !planned && !sought && !GRANT.test(pre) && !/^元\/(户|家|个|台|套|次|年|项|人)$/.test(m.unit)) {
      thresholds.push({ metric: metricBefore(text, money[head].start), min: m.yuan, minInclusive: !exclusiveMin, unit: m.unit, raw: m.raw, start: m.start, end: m.end });
      used.add(i);
      continue;
    }
    // A price or a per-head figure (40万元/人 productivity) is not money given, unless granted per unit (5万元/户的奖励).
    // (奖励金额：10万元/家, 贴息最高100万元/年: the grant may stand in a label before a colon.)
    // (…or a prize's sum right after its name, as 一等奖50万元 is money given: 一等奖50万元/项, 突出贡献中关村奖300万元/人, 北京市.)
    const perGrant = /^元\/(户|家|个|台|套|次|年|项|人)$/.test(m.unit) && (GRANT.test(before(text, m.start) + text.slice(m.end, m.end + 6)) || /(奖励|补助|补贴|资助|奖补|贴息)(金额|标准|资金)?[：:]?[^，。；]{0,4}$/.test(text.slice(Math.max(0, m.start - 12), m.start)) || PRIZE_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start)));
    // A price per a measure (元/平方米, 元/度, 元/吨) is money given when granted (按照0.15元/度给予支持) or when a
    // standard or price is set to it (税额标准下调至1—8元/平方米): a measure, not a condition.
    // (…按最高3000元/平方米的标准分3年给予补助: the standard a grant is paid at, its grant word further on.)
    // (…and each item of a list of such standards, the grant after the last: 按照单层200元/平方米、双层400元/平方米、三层及以上500元/平方米
    // 的标准给予厂房建设补贴, 和田)
    const perTail = text.slice(m.end).replace(PER_MEASURE_ITEMS, '');
    // (…or a cap per a measure after the grant's phrase: 按条件给予特装支持,最高5000元/平方米, 福田.)
    const cappedAfterGrant = /(?:最高|最多|不超过)\s*$/.test(text.slice(Math.max(0, m.start - 4), m.start)) && GRANT.test(sentenceBefore(text, m.start));
    // (…or a raise of a grant's standard, the grant named before it in the sentence: 奖励5元/人次,增量部分各档次再上调10元/人次, 海口)
    // (the raise's phrase naming the grant's tiers or standard: not a price raised, 电价提高0.1元/度)
    const raisedGrant = () => /(?:上调|上浮|提高|增加|提升)\s*$/.test(text.slice(Math.max(0, m.start - 4), m.start)) && /档次|标准|奖励|补助|补贴|奖补/.test(before(text, m.start)) && GRANT.test(sentenceBefore(text, m.start));
    // (…or the first of a pair of such sums, each for its own kind, the grant after the second: 出栏牛按5元/头、羊2元/只发放奖励补助资金, 互助)
    const pairedWithGranted = () => {
      const nx = money[i + 1];
      return !!nx && /^元\//.test(nx.unit) && /^\s*[、，,和及]\s*[\u4e00-\u9fff]{0,4}?(?:按)?\s*$/.test(text.slice(m.end, nx.start)) && GRANT.test(text.slice(nx.end, nx.end + 10));
    };
    // (…or the next tier of a sum so given, the tier named after a separator and the first tier's requirement maybe between, same unit, one
    // sentence: 补贴标准调整为初级800元/人、培训时限不少于60学时,中级1500元/人…, 吉林省)
    const nextTier = () => {
      for (let j = i - 1; j >= 0; j--) {
        if (money[j].unit !== m.unit) continue;
        const gap = text.slice(money[j].end, m.start);
        return !used.has(j) && !/[。；;]/.test(gap) && gap.length <= 40 && TIER_NAMED_BEFORE.test(gap);
      }
      return false;
    };
    // (…or a standard moved from its old level to this sum, the verb right before it: 标准由原来的26636元/年(2219.6元/月),调整至27914元/年, 大丰)
    // (…or the old level written right before the verb, a standard a pricing notice moves: 居民污水处理费标准由现行0.8元/M3调整为1.00元/M3,
    // 非居民现行0.50元/M3调整为0.80元/M3 (梁平), 居民生活用水从2.9元/立方米调整为3.2元/立方米 (华宁): the new level, the old none.)
    const movedStandard = () => /(?:调整|上调|下调|提高|提升)(?:至|到|为)\s*$/.test(text.slice(Math.max(0, m.start - 4), m.start)) && (/标准(?:由|从)/.test(sentenceBefore(text, m.start)) || MOVED_FROM_LEVEL.test(text.slice(Math.max(0, m.start - 30), m.start)));
    // (…or the same sum restated per another period in brackets right after one so given, 调整至27914元/年(2326.2元/月): 大丰)
    // (…or after a comma, per another period, the same head: 500元/人、月,6000元/人、年, 龙陵; or the next labelled item of the list of standards
    // after a semicolon: …;医疗保险:250元/人、月)
    const perHead = (unit: string) => unit.split(/[/、·・]/)[1];
    const restated = () => i > 0 && !used.has(i - 1) && /^元\/./.test(money[i - 1].unit) && (/^\s*[（(]\s*$/.test(text.slice(money[i - 1].end, m.start)) || (perHead(money[i - 1].unit) === perHead(m.unit) && /^\s*(?:[，,]|[；;]\s*[\u4e00-\u9fff]{2,8}[:：])\s*$/.test(text.slice(money[i - 1].end, m.start))));
    // (…or a price a pricing notice sets, per a unit: 本年度水价执行2.2元/m3 (安岳), 每车按照3元/小时计费,每增加1小时加收2元 (鄂尔多斯) —
    // a standard set, as round 7's 污水处理费…调整为1.2元/吨 is; not a price a firm pays in passing, 享受0.3元/度的低谷电价.)
    const priceSet = () => PRICE_SET_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)) || (/(?:按|按照)\s*$/.test(text.slice(Math.max(0, m.start - 3), m.start)) && /^\s*(?:计费|计价)/.test(text.slice(m.end, m.end + 4))) || /加收\s*$/.test(text.slice(Math.max(0, m.start - 3), m.start));
    const perMeasure = /^元\/./.test(m.unit) && (priceSet() || GRANT.test(before(text, m.start) + text.slice(m.end, m.end + 6)) || STANDARD_SET.test(text.slice(Math.max(0, m.start - 16), m.start)) || GRANTED_STANDARD_AFTER.test(perTail) || (PAID_AT_STANDARD_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) && PAID_AT_STANDARD_AFTER.test(perTail)) || STANDARD_BOUNDED_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start)) || cappedAfterGrant || raisedGrant() || pairedWithGranted() || nextTier() || restated() || movedStandard());
    // A unit cost of the quantity a project builds (新建…防渗渠4公里及配套,85万元/公里; 改造农田500亩,每亩0.3万元/亩): the project's
    // money per that unit, as a grant per unit is; the quantity is written before it in the sentence.
    const perBuilt = /^元\/./.test(m.unit) && !reaches && builtBefore(text, m.start, m.unit.slice(2));
    // (…or a second sum of the same grant right after a granted one, a comma between: 围栏设施购置安装补助:5万元/个,25元/亩, 四川省 —
    // the grant word before the first governs both, as it does a 、 list.)
    const listedAfterGrant = () => i > 0 && !used.has(i - 1) && /^\s*[，,、]\s*$/.test(text.slice(money[i - 1].end, m.start)) && GRANT.test(before(text, money[i - 1].start) + text.slice(Math.max(0, money[i - 1].start - 8), money[i - 1].start));
    // (…nor a per-head figure a goal sets for a measure per head, reached: 规上制造业全员劳动生产率达40万元/人 (江阴), 农业劳动生产率达到7万元/人
    // (海盐): the goal's level, a target, as 人均地区生产总值达到10万元 is.)
    const perHeadGoal = m.unit === '元/人' && PER_HEAD_GOAL_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start));
    if (m.unit !== '元' && !perGrant && !perMeasure && !perBuilt && !perHeadGoal && !listedAfterGrant()) used.add(i);
  }
  // A floor written as who is left out: 对贴息总额低于5000元的企业不予安排贴息 (中山) — those below get nothing, so the applicant's
  // figure must reach it: a lower bound, inclusive where the excluded side was strict.
  flipLeftOut(text, thresholds);
  joinTopFirstBands(text, thresholds);
  // A sum per an area written before its metric (每亩固定资产投资强度100万元以上, 武穴; 每亩不低于150万元): per that area, as 100万元/亩 is.
  for (const t of thresholds) {
    const per = t.unit === '元' ? PER_AREA_BEFORE.exec(before(text, t.start)) : null;
    if (per) t.unit = `元/${per[1]}`;
  }
  // A bracket right after a bound's figure that restates it for another period or basis (月销售额不超过3万元(按季纳税9万元)的小规模纳税人,
  // 内蒙古; 10万元以下(以1个季度为1个纳税期的,季度销售额30万元以下)): the same bound on that measure, a threshold of its own.
  for (const t of [...thresholds]) {
    const k = money.findIndex((m, j) => !used.has(j) && m.unit === t.unit && m.start > t.end && RESTATED_BOUND.test(text.slice(t.end, m.start)) && BRACKET_CLOSES.test(text.slice(m.end)));
    if (k < 0) continue;
    const m = money[k];
    const metric = text.slice(t.end, m.start).replace(/^\s*[（(]/, '').replace(/^(?:以上|以下|及以上|及以下)\s*[（(]/, '');
    const side = t.max !== undefined ? { max: m.yuan, maxInclusive: t.maxInclusive } : { min: m.yuan, minInclusive: t.minInclusive };
    thresholds.push({ metric: metric || t.metric, ...side, unit: m.unit, raw: m.raw, start: m.start, end: m.end });
    used.add(k);
  }
  return { thresholds, used };
}
/**
 * A band written top first, its ceiling then its floor after 、 (注册资本5亿元以下、1亿元(含)以上的,补助500万元: 顺义; 一次性固定资产投资规模在
 * 15亿元以下、10亿元(含)以上的): one band, from the floor to the ceiling, as 1亿元(含)以上、5亿元以下 is.
 */
function joinTopFirstBands(text: string, thresholds: Threshold[]): void {
  thresholds.sort((a, b) => a.start - b.start);
  for (let k = 0; k + 1 < thresholds.length; k++) {
    const [top, floor] = [thresholds[k], thresholds[k + 1]];
    if (top.max === undefined || top.min !== undefined || floor.min === undefined || floor.max !== undefined || top.unit !== floor.unit) continue;
    if (!(floor.min < top.max) || !/^\s*[、，,]\s*$/.test(text.slice(top.end, floor.start))) continue;
    thresholds.splice(k, 2, { ...top, min: floor.min, minInclusive: floor.minInclusive, raw: text.slice(top.start, floor.end), end: floor.end });
  }
}
/** Turn each ceiling written as who is left out (低于5000元的企业不予安排贴息; 在托时间不足30天的婴幼儿,不予发放) into the floor it sets. */
function flipLeftOut(text: string, thresholds: Threshold[]): void {
  for (const t of thresholds) {
    // (…and the other way: a floor whose side above is left out, 支持资金等于或大于50万元的,不再奖励 (山西省 众创空间, round 149): those
    // at or above it get nothing, so the applicant's figure stays below it, a ceiling.)
    if (t.min !== undefined && t.max === undefined && EXCLUDED_ABOVE_BEFORE.test(text.slice(Math.max(0, t.start - 6), t.start)) && LEFT_OUT_AFTER.test(text.slice(t.end))) {
      t.max = t.min;
      t.maxInclusive = !t.minInclusive;
      delete t.min;
      delete t.minInclusive;
      continue;
    }
    if (t.max === undefined || t.min !== undefined) continue;
    if (!EXCLUDED_BELOW_BEFORE.test(text.slice(Math.max(0, t.start - 4), t.start)) || !LEFT_OUT_AFTER.test(text.slice(t.end))) continue;
    t.min = t.max;
    t.minInclusive = !t.maxInclusive;
    delete t.max;
    delete t.maxInclusive;
  }
}
/** Between a bound's figure and a second figure: an opening bracket and a period's or basis's words (按季纳税, 以1个季度为1个纳税期的,季度销售额). */
const RESTATED_BOUND = /^\s*(?:(?:及)?(?:以上|以下)\s*)?[（(](?=[^（）()]{0,24}$)[^（）()\d]{0,6}(?:季|年|月|日|周)[^（）()]{0,20}$/;
/** …and the bracket closing right after it, its own bound word maybe: 9万元), 30万元以下). */
const BRACKET_CLOSES = /^\s*(?:(?:及)?(?:以上|以下))?\s*[）)]/;
/** A prize's name or its money right before a sum: 一等奖, 中关村奖, 奖金. */
const PRIZE_BEFORE = /[\u4e00-\u9fff]奖(?:金)?\s*$/;
/** The verb imposing a fine right before its sum: 处, 处以, 并处, 可处 (罚 alone: 罚500元). */
const FINE_IMPOSED_BEFORE = /(?:处|处以|罚)\s*$/;
/** …and the fine's word after the sum, across its range's bound words and second sum only (以上200元以下罚款, 以下的罚款). */
const FINE_RANGE_AFTER = /^[\s\d.,，万千百十零一二两三四五六七八九元以上以下至到（）()含\-—~]{0,24}?(?:的)?(?:罚款|罚金)/;
/** The bound word of a floor written from below: 低于, 不足, 不到, 少于, or its sign (<). */
const EXCLUDED_BELOW_BEFORE = /(?:低于|不足|不到|少于|未达到|未达|[<＜])\s*$/;
/** …and of a ceiling written from above: 等于或大于, 超过, 高于, 大于, or its sign (占股>30%的,不纳入奖励范围: 靖江). */
const EXCLUDED_ABOVE_BEFORE = /(?:等于或大于|大于或等于|大于等于|超过|高于|大于|[>＞≥⩾])\s*$/;
/** …and what those below it are denied, right after: 的企业不予安排贴息, 的不再给予, 的不列入. */
const LEFT_OUT_AFTER = /^[^，。；,;]{0,8}?的[^，。；,;]{0,10}?[，,]?\s*(?:不予|不再|不得|不列入|不纳入|不享受|不安排|不给予)/;

/** How a voucher is used once its floor is spent, right after the floor: 时使用, 可用, 方可抵扣. */
const SPEND_USED_AFTER = /^\s*(?:时|后|即|方|才)?(?:可)?(?:使用|用|抵扣|核销|抵用)/;
/** 满N(元)减M / 满N元立减M: a voucher's spend floor N. */
const SPEND_FLOOR_RE = /满\s*(\d+(?:\.\d+)?)\s*(元)?\s*(?:立减|减|送|返)\s*\d+(?:\.\d+)?\s*元?/g;
// Conditions on a quantity that is not money nor a percentage: 可支付月数在18(含)至23个月时, 在24个月(含)时,
// 职工人数达到100人以上的企业. Units as written; a calendar year (在2023年的基础上) is not one.
const NUM = `(${ARABIC}|${CHINESE})`;
/** A verb moving a level to another: 下调至, 降低到, 放宽至, 提高到, 调整为. */
const MOVED_VERB = '(?:下调|降低|调低|下降|降|放宽|上调|提高|调高|提升|调整)(?:至|到|为)';
/** The bound words a moved level may carry (从不少于1500平方米…). */
const MOVED_BOUND = `${LOWER_INCLUSIVE}|${LOWER_EXCLUSIVE}|${UPPER_INCLUSIVE}|${UPPER_EXCLUSIVE}`;
/** 从不少于1500平方米下调至1000平方米, 由10万票以上降低到5万票: a quantity's bound moved. */
const LEVEL_MOVED_QTY_RE = new RegExp(
  `(?:从|由)\\s*(?<bw>${MOVED_BOUND})?\\s*(?<n1>${ARABIC}|${CHINESE})\\s*(?:万|千|亿)?(?<u1>${QUANTITY_UNIT})\\s*(?<bound>以上|以下)?\\s*${MOVED_VERB}\\s*(?<bw2>${MOVED_BOUND})?\\s*(?<n2>${ARABIC}|${CHINESE})\\s*(?<mag2>万|千|亿)?(?<u2>${QUANTITY_UNIT})`,
  'dg',
);
needing(LEVEL_MOVED_QTY_RE, /[从由]/);
/** Between a money bar's old level and its new one: 降低至, (以上)下调到不少于 … */
// (…its inclusion mark and a comma too: 由原家庭人均月可支配收入2550元(含)以下,调整为2640元(含)以下, 句容)
const MONEY_MOVED_BETWEEN = new RegExp(`^\\s*(?:[（(](?:不)?含[^（）()]{0,8}[）)])?\\s*(?<bound>以上|以下)?\\s*[，,]?\\s*${MOVED_VERB}\\s*(?<bw2>${MOVED_BOUND})?\\s*$`);
/** …and before the old level: 由, 从不低于, 由年营业收入 (its measure between, up to eight characters). */
const MONEY_MOVED_FROM = new RegExp(`(?<at>从|由)(?<bw>${MOVED_BOUND})?[^，。；,;、\\d从由]{0,14}$`);
/** The sentence says a qualifying bar is what moves (降低…资助门槛, 放宽申报条件): a moved level with no bound word is one too. */
const THRESHOLD_NAMED = /门槛|准入条件|申报条件|认定条件|准入标准|认定标准/;
/**
 * Which side a moved bound holds: its bound word's or 以上/以下's; with none, the limit named before 由 (上限 a ceiling), else (a bar the
 * sentence names as such, 门槛, 下限) a floor.
 */
function movedSide(bw: string | undefined, bound: string | undefined, limit?: string): { side: 'min' | 'max'; inclusive: boolean } {
  if (bw) return boundBefore(bw) ?? { side: 'min', inclusive: true };
  if (bound) return { side: bound === '以下' ? 'max' : 'min', inclusive: true };
  return { side: limit === '上限' ? 'max' : 'min', inclusive: true };
}
/** A grant by the unit a bound counts, right after its comma: ,每亩补贴 / ,每平方米奖励 (the bound is who qualifies). */
const PER_UNIT_GRANT = `[，,]\\s*每(?:${PER_UNIT})(?:分别|一次性)?(?:给予|奖励|补助|补贴|奖补|资助)`;
/**
 * The people a span bounds named right after it, no 的 between (企业招用登记失业半年以上高校毕业生,与其签订…: 济源; 失业1年以上人员,): the span is
 * a condition on whom the applicant takes on; a remark in brackets may follow them (登記失業半年以上人員(勞務派遣、勞務外包人員除外),
 * 云南省).
 */
/** A price's name and the verb that sets it, right before a sum per a unit: 水价执行, 电价为, 收费标准调整为, 价格核定为. */
const PRICE_SET_BEFORE = /(?:水价|电价|气价|票价|价格|收费标准|收费|服务费|指导价)[^，。；,;\d]{0,8}?(?:执行|为|调整为|定为|核定为)\s*$/;
/** The kind of experience a span measures, right after it: (灭火救援实战)经验, (工作)经历, 驾龄, 工龄, 教龄. */
const EXPERIENCE_AFTER = /^\s*(?:[（(]含[）)])?\s*(?:的)?[\u4e00-\u9fff]{0,8}?(?:经验|经历|驾龄|工龄|教龄|执业年限|从业年限)/;
const PEOPLE_BY_SPAN = new RegExp(`^[^，。；,;的\\d]{0,4}?(?:${APPLICANT})(?:[（(][^（）()]{1,30}[）)])?(?=[，,、；;。]|$)`);
/** An applicant named with a remark in brackets inside its phrase: 的新建(改造)智算项目 (昆明). */
const APPLICANT_WITH_REMARK = `[^，。；,;的（(]{0,4}[（(][^（）()，。；,;]{1,6}[）)][^，。；,;的]{0,6}?(?:${APPLICANT})`;
const QTY_RE = new RegExp(
  `(在|${LOWER_INCLUSIVE}|${LOWER_EXCLUSIVE}|${UPPER_INCLUSIVE}|${UPPER_EXCLUSIVE})\\s*${NUM}\\s*(万|千|亿)?(${QUANTITY_UNIT})?\\s*(${INCLUSIVE})?\\s*(?:(及|或)?(以上|以下|以内)\\s*(${INCLUSIVE})?)?` +
    // (…the upper figure with its magnitude too: 规模达到1万-3万平方米(含)且展览面积较上届增加的展会项目, 北京.)
    `(?:\\s*[至到\\-—–~]\\s*${NUM}\\s*(万|千|亿)?(${QUANTITY_UNIT})\\s*(${INCLUSIVE})?\\s*(?:(及|或)?以下\\s*(${INCLUSIVE})?)?)?` +
    // (…and a second condition joined by 且 or 并 before the applicant (并执行…的加工企业, 中宁): 村级服务点达到20个以上且单个服务点年销售额不低于10万元的企业; or an
    // alternative joined by 或: 服务县内同行业企业超30家或连接设备超1千台的平台, 德清.)
    // (…and the noun the bound measures between it and 的: 种植大棚蔬菜达到20亩以上规模的,每亩奖励200元, 华舍街道)
    // (…or further bounded conditions after a comma or 、, then the applicant: 参会人数达150人及以上,住宿间夜数200间夜及以上的境内会议, 思明)
    // (…or the grant by the unit the bound counts right after a comma: 温室面积达到100亩-200亩,每亩补贴2.5万元, 于洪)
    // (…or a relief after 的 and a comma: 实际租期不满一年的,根据实际租期按比例享受减免, 东城 and 重庆市)
    // (…or a compensation paid back after 的 and a comma: 服务期达到3年以上的,按规定实施相应的学费补偿或国家助学贷款代偿, 吉林省)
    // (…or a further bound its group must meet after 的 and a comma: 平均参保人数在30人(含)以下的,裁员率不高于企业参保职工总数的20%, 扬州)
    // (…or the kinds of applicant listed with 、 before their noun: 年用电量达到1亿千瓦时的锂电、晶硅光伏、化工新材料企业, 眉山; or with 或, 和, 及:
    // 集装箱量超过1000标准箱(含)的海铁联运或海江铁联运公司, 深圳)
    // (…or the thing it bounds after 的, then the standard it is paid at: 承运重量超过70吨或长度超过15米的中长途大件运输按照2万元/件, 南充)
    // (…or one more condition with no figure, closed by 的, then the grant: 占地面积不低于25亩,被星评委评定批复为五星级酒店的,县人民政府予以
    // 奖励1200万元, 巍山)
    // (…or the bracket it stands in closing right after it, which the loop keeps only on a supported thing: see remarkOnSupported)
    `\\s*(?:之间)?(?:规模|面积)?(?=\\s*[）)]|(?<![瓦卡])时|(?<=以上|以下)(?:分别|一次性)?(?:奖励|给予|补助|补贴|奖补|资助)|(?<=[\\u4e00-\\u9fff])(?:[（(][^（）()\\d]{1,4}[）)])?(?:分别|一次性)?(?:给予|奖补)|(?<=以上)\\s*[，,]?\\s*每(?:增加|新增|多|超过|超出)|${BOUNDS_THEN_GRANT}|${PER_UNIT_GRANT}|的[^，。；,;的]{0,6}?(?:${APPLICANT})|的(?:[\\u4e00-\\u9fff]{1,8}(?:、|或|和|及)){1,6}[\\u4e00-\\u9fff]{0,8}?(?:${APPLICANT})|的${APPLICANT_WITH_REMARK}|的[^，。；,;的]{0,8}?(?:奖励|给予|补助|补贴|奖补)|(?:[，,]?\\s*(?:且|并且|并|同时|或|或者)[^，。；,;]{0,30}?)?的[^，。；,;的]{0,12}?按(?:照)?\\s*\\d[\\d.]*\\s*(?:万|千)?元|的[，,][^。；;]{0,40}?(?:奖励|给予|补助|补贴|奖补|享受减免|享受优惠|补偿|代偿)|的[，,][^。；;，,]{0,16}?(?:不高于|不超过|不得超过|不低于|不少于)|[，,][^，。；,;的\\d]{2,24}?的[，,][^。；;，,]{0,12}?(?:奖励|给予|补助|补贴|奖补)|[，,]?\\s*(?:且|并且|并|同时|或|或者)[^，。；,;]{0,30}?的[^，。；,;的]{0,12}?(?:${APPLICANT})|${CHAINED_CONDITIONS}的(?:[^，。；,;的]{0,16}?(?:${APPLICANT})|[，,]?\\s*(?:分别|一次性)?(?:给予|奖励|补助|补贴|奖补)|[^，。；,;的]{0,8}?(?:奖励|给予|补助|补贴|奖补)))`,
  'g',
);

/** The conditions a count counts, right after it (两个及以上条件, 一项推荐条件): no threshold on an applicant's quantity. */
const COUNTED_CONDITIONS_AFTER = /^\s*(?:的)?(?:推荐|基本|申报|认定|必备|附加)?(?:条件|情形|要求|标准(?!化)|指标)/;
/** A tier's name right before its sum, after a separator (…,中级1500元/人; …,民族地区(含民族待遇县)及一般地区低保户3万元/户, 茂县). */
const TIER_NAMED_BEFORE = /[，,、]\s*(?=[^，,、。；;\d]{1,24}$)[\u4e00-\u9fff][^，,、。；;\d]{0,23}$/;
/** A floor written as a requirement (不得低于40课时, 培训时限不少于60学时): its word, the figure, its magnitude and its unit. */
const REQUIRED_FLOOR_RE = new RegExp(`(不得低于|不得少于|不少于|应不低于|须不低于|不低于)\\s*${NUM}\\s*(万|千)?(学时|课时|小时|天|个月|人次|人|场次|场|次)(?![\\/每])`, 'g');
// Its word.
needing(REQUIRED_FLOOR_RE, /不少于|不低于|不得/);
/** A grant or its standard in the sentence (给予培训补贴, 补贴标准调整为), or the pay a post's holder is paid (每月工资不低于300元; 每月按时足额发放补贴: 秀山). */
const REQUIRED_FLOOR_GRANT = /给予[^。；;]{0,30}?(?:补贴|补助|奖励|资助|奖补)|补贴标准|补助标准|发放[^。；;，,]{0,8}?(?:补贴|补助|工资|津贴)|工资(?:不低于|不少于)/;
/** A goal's words: a floor in a goal is a target, no condition. */
const GOAL_WORD = /力争|确保|目标|到\d{4}年|争取/;
/** The bound words that say a figure is reached (达到, 突破): a goal's verb when a goal word governs the sentence. */
const REACHED = '达到|突破|超过|达|超';
/** Such a word as a whole (a quantity's bound word). */
const REACHED_WORD = new RegExp(`^(?:${REACHED})$`);
/** Such a word closing the text before a figure. */
const REACHED_END = new RegExp(`(?:${REACHED})\\s*$`);
/** After a reached count, a comma, then a class qualified by 的 reaching a count of its own (,全国…排名前三的上市公司达到25家): a list of targets. */
const NEXT_CLASS_REACHES = new RegExp(`^\\s*(?:以上|左右)?\\s*[，,；;][^。；;，,]{0,30}?的[\\u4e00-\\u9fff]{1,10}?(?:${REACHED})\\s*[\\d一二三四五六七八九十两]`);
/** The figure's own class closed right after it, its bound and mark between (…以上的企业): who qualifies, not a goal. */
const OWN_CLASS_AFTER = /^\s*(?:及|或)?(?:以上|以下)?\s*(?:[（(]含[^（）()]{0,10}[）)])?\s*的/;
/** What follows a figure that has no unit: 的, a stop, 且/或, a bracketed 含 — not a unit the lexicon lacks (1.5 元/天/平米). */
const BARE_FIGURE_END = /^\s*(?:[（(]\s*含\s*[)）])?\s*(?:[的，,。；;、]|且|或|及|以上|以下|$)/;
/** A metric that names a ratio or an index, measured by a bare figure: 容积率, 电能利用效率, PUE值, 能效比, 功率因数, 系数. */
const RATIO_METRIC = /(?:率|系数|比|指数|PUE|PUE值|因数)(?:[（(][A-Za-z]{2,6}[）)])?(?:值)?$/;

/** Quantities listed after one bound, the applicant after the last: 收购青稞量达300吨、500吨、1000吨的企业,分别给予…. */
const QTY_LIST_RE = new RegExp(
  `(${LOWER_INCLUSIVE}|${LOWER_EXCLUSIVE}|${UPPER_INCLUSIVE}|${UPPER_EXCLUSIVE})\\s*${NUM}\\s*(万|千|亿)?(${QUANTITY_UNIT})((?:\\s*[、和及或]\\s*(?:${ARABIC}|${CHINESE})\\s*(?:万|千)?(?:${QUANTITY_UNIT}))+)\\s*(?:${INCLUSIVE})?\\s*(?:及|或)?(以上|以下)?\\s*(?:${INCLUSIVE})?` +
    `(?=的[^，。；,;的]{0,6}?(?:${APPLICANT})|的[^，。；,;的]{0,8}?(?:奖励|给予|补助|补贴|奖补)|的[，,]|[，,]\\s*分别)`,
  'g',
);
// Its list joint, the next figure right after.
needing(QTY_LIST_RE, new RegExp(`[、和及或]\\s*${NUMERAL_START}`));
/** A grant's sentence that opens by naming its applicant (对新办…的场馆, 1.对…企业), an item's number maybe before it. */
// (…a field's label maybe before them: 奖励标准:1.对…)
// (the applicant's words hold no grant: 对…企业分别给予50万元…的一次性奖励, is the grant itself, 重庆 seed 004)
const APPLICANT_GRANT_WORDS = '给予|奖励|补助|补贴|奖补|资助';
const APPLICANT_FIRST = new RegExp(
  String.raw`^\s*(?:[\u4e00-\u9fff]{2,8}[:：]\s*)?(?:[（(]?[一二三四五六七八九十\d]{1,2}[）).、．]\s*)?对(?:(?!${APPLICANT_GRANT_WORDS})[^，。；,;]){2,80}?的(?:(?!${APPLICANT_GRANT_WORDS})[^，。；,;]){0,80}?[，,]`,
);
/** The grant that sentence goes on to. */
const GRANT_AFTER_APPLICANT = new RegExp(APPLICANT_GRANT_WORDS);
/** A quantity's magnitude word (6亿斤, 5万吨, 3千人) as its factor. */
const magnitude = (mag: string | undefined): number => (mag === '亿' ? 1e8 : mag === '万' ? 10000 : mag === '千' ? 1000 : 1);
const QTY_ITEM_RE = new RegExp(`(${ARABIC}|${CHINESE})\\s*(万|千|亿)?(${QUANTITY_UNIT})`, 'g');

/** In an item of a list of conditions, a bound word and a quantity with its unit, no applicant after it (土地不低于500亩;). */
const QTY_LISTED_RE = new RegExp(`(${LOWER_INCLUSIVE}|${LOWER_EXCLUSIVE}|${UPPER_INCLUSIVE}|${UPPER_EXCLUSIVE})\\s*${NUM}\\s*(万|千|亿)?(${QUANTITY_UNIT})\\s*(${INCLUSIVE})?`, 'g');
/** The units of a stay (天, 日, 晚), and the first half of one right before the second (3天 in 3天2晚以上). */
const STAY_UNIT = /^(?:天|日|晚)$/;
const STAY_FIRST_BEFORE = /(\d{1,2}|[一二两三四五六七八九十])\s*(天|日|晚)\s*$/;
// (…a quantity per a thing counted: 独立单元民宿(600平方米/套以上), 嵩县; 年产能10万吨/年以上)
// (…or the thing counted named between the classifier and the bound: 常年出栏500头生猪以上的生猪养殖场, 合川; 存栏1000只羊以上, 吸纳50名员工以上 —
// a head, a household or a person counted, as 500头以上 is)
const COUNTED_BETWEEN = String.raw`(?:(?<=[头只羽匹户名人家个])(?![以及或含（(])[\u4e00-\u9fff]{1,3}?(?=\s*(?:${INCLUSIVE})?\s*(?:及|或)?(?:以上|以下)))?`;
// (…or 以外 before 的, the band past it: 350立方米以外的,每立方米3.31元, 葫芦岛 — a floor not reached at the figure)
const QTY_AFTER_RE = new RegExp(`${NUM}\\s*(万|千|亿)?((?:${QUANTITY_UNIT})(?:\\/(?:套|户|间|栋|台|个|人|年))?)${COUNTED_BETWEEN}\\s*(${INCLUSIVE})?\\s*(及|或)?(以上|以下|以内|以外(?=的))\\s*(${INCLUSIVE}|${EXCLUSIVE})?`, 'g');
// Its bound word (以内 a ceiling as 以下 is: 用地需求在20亩以内的企业, 鄂尔多斯高新区; a span's 以内 is a time limit, read by the deadlines).
needing(QTY_AFTER_RE, /以[上下内外]/);
/** The upper end of a band right after its lower one, in the same unit (1倍以上2倍以下: 2倍以下): its value, whether it is reached, its length. */
function upperAfter(rest: string, unit: string): { value: number; inclusive: boolean; length: number } | undefined {
  const m = new RegExp(`^\\s*${NUM}\\s*(万|千|亿)?(?:${alt([unit])})\\s*(${INCLUSIVE})?\\s*(及)?以下\\s*(${INCLUSIVE}|${EXCLUSIVE})?`).exec(rest);
  if (!m) return undefined;
  const value = parseNumber(m[1]) * magnitude(m[2]);
  const mark = m[5] ?? m[3];
  return Number.isFinite(value) ? { value, inclusive: !(mark && EXCLUSIVE_MARK.test(mark)), length: m[0].length } : undefined;
}
/** A second bounded alternative closed by 的 and a comma (或种植蔬菜50亩以上的,). */
// (…or closed after a further condition joined by 且: 或种植蔬菜30亩以上,且委托流转面积占耕地面积80%以上的,)
// (…or a second condition joined by 且, bounded too, the chain closed by 的 before the grant: 在省内停留1夜以上且全年累计接待量分别达到5000人次、
// 10000人次的,最高奖补2万元, 吉林省)
const ALTERNATIVE_BOUND_AFTER = /^\s*(?:(?:且|并且)[^，。；,;且]{0,16}?(?:达到|达|超过|不低于|不少于)[^，。；;]{0,30}?[\d.]+[^，。；,;]{0,12}?的[，,]|(?:或|或者)[^，。；,;或]{0,16}?[\d.]+\s*(?:万|千)?[\u4e00-\u9fff]{0,3}\s*(?:[（(]含[）)])?\s*(?:及|或)?以[上下](?:[（(]含[）)])?(?:的[，,]|[，,]\s*(?:且|并且|同时)[^。；;]{0,40}?的[，,]))/;
/** The thing a bound qualifies named after 的, then taken up by 对其/对该 (…的粮食烘干中心,对其…). */
const REFERRED_BACK_AFTER = /^\s*的[^，。；,;的\d]{1,12}?[，,]\s*对(?:其|该|上述)/;
/** Units of time: a span's 以内 (3年以内) is a time limit, no ceiling. */
// (An age is no span: 3周岁以内的婴幼儿, 在该孩子三周岁以内申请补发 (兴县) bound the age, a ceiling as 3周岁以下 is.)
const TIME_UNIT = /^(?:年|个月|月|天|日|小时)$/;
/** A sum, or a range of sums, paid per step, then the standard and the grant: 50万元~200万元的标准进行奖励. */
const SUM_PER_STEP_GRANT = String.raw`\s*(?:人民币)?\s*\d+(?:\.\d+)?\s*(?:万|千)?元(?:\s*[~～—\-–至到]\s*\d+(?:\.\d+)?\s*(?:万|千)?元)?\s*的?\s*(?:标准|额度)?\s*(?:进行|给予|予以)?(?:奖励|补助|补贴|奖补|资助)`;
/** A step in a measure, the grant right after it: 每增加100平方米再给予5万元, 每新增1000亩奖励… (a step of 1 is a price: 每亩300元). */
// (…after its comma, or the grant told as what it adds: 展览面积较上届每增加5000平方米,给予项目单位20万元奖励; 每增加1万平方米递增30万元奖励, 北京)
// (…the grant raised named after its verb too: 每增加1万平方米,增加奖励5万元 (武汉 会展), as 奖励增加5万元 is)
// (…or a step either way, the grant raised or cut by it: 以40万标箱为基础每增减5万标箱,增加或减少250万元, 南通)
// (…or the sum per step right after it, maybe a range, as the standard a grant is paid at: 超出部分按照每1万平米50万元~200万元的标准进行奖励,
// 赤峰 — the step's grant, as 每1万平方米奖励30万元's is)
const QTY_STEP_RE = new RegExp(`每\\s*(?:${STEP})?(?:一个)?\\s*${NUM}\\s*(万|千|亿)?(${PER_UNIT})(?=\\s*的?\\s*[，,]?\\s*(?:(?:再|另|追加|增加|可|即|则)?(?:奖励|给予|补助|补贴|奖补|资助|追加)|(?:递增|增加|加)(?:或(?:减少|扣减|核减))?\\s*[\\d一二三四五六七八九十])|${SUM_PER_STEP_GRANT})`, 'g');
// Its 每.
needing(QTY_STEP_RE, /每/);
/**
 * A rank named as who is rewarded, its ranking said before it in the text (进行综合评价排名,对…的前十名,给予…) or the grant right
 * after it (对…的前五名,给予…): 前N名 / 前N位 / 前N强 after 的 or 对.
 */
/** 第四名至第八名, 第4-8名, 第4名—第8名: a span of places. */
/**
 * A prize's class with its bound, the best class counted first (获得国家科技进步奖、自治区科技进步奖二等奖以上…者, 银川 2005): at most that
 * class, as 前3名 is at most the third place; what the prize earns follows.
 */
const PRIZE_CLASS_RE = new RegExp(`([一二三四五1-5])\\s*等奖\\s*(?:${INCLUSIVE})?\\s*(?:及|或)?以上`, 'g');
needing(PRIZE_CLASS_RE, /等奖/);
const PRIZE_CLASS_REWARDED = new RegExp(`^(?:${INCLUSIVE})?(?:的|者|[^。；;]{0,80}?(?:给予|奖励|奖补|补助|补贴|资助|支持|扶持))`);
// (…第 left out, the tiers rewarded right after: 4至7名各奖励40万元, 14名-20名各奖励20万元: 银川)
const RANK_SPAN_RE = new RegExp(`(?<![\\d.])(?:第\\s*)?${NUM}\\s*(?:名)?\\s*(?:至|到|[—\\-–~])\\s*(?:第)?\\s*${NUM}\\s*名`, 'g');
// Its 名 (a literal guard: one that opens with the numeral class costs as much as the pattern's own scan).
needing(RANK_SPAN_RE, /名/);
/** A span of ranks somewhere ahead (a tier list's next tier). */
const RANK_SPAN_AHEAD = new RegExp(RANK_SPAN_RE.source);
/** …rewarded right after, or named as who is rewarded: 奖励5万元, 的,奖励, 各奖励. */
const RANK_SPAN_REWARDED = /^\s*(?:的)?\s*[，,]?\s*(?:各|分别|每人|每队)?\s*(?:一次性)?(?:奖励|给予|奖|补助|资助)/;
const RANK_NAMED_RE = new RegExp(`(的|对|取)?\\s*前\\s*${NUM}\\s*(名|位|强)`, 'g');
// Its 前.
needing(RANK_NAMED_RE, /前/);
const RANK_WORD_RE = new RegExp(RANK_WORD);
// (a medal or a title conferred is a reward as money is: 取前26位授予金牌, 华舍街道)
// (…the applicant named between and the grant each year: 保税货值1000万元以上的前三名企业每年分别给予50、40、30万元的补贴, 湛江)
// (…a one-off grant each, its verb 扶持 too: 门票数10000张以上的前5名旅行社,一次性分别扶持30、25、20、15、10万元, 喀什)
const RANK_GRANT_AFTER = new RegExp(`^(?:[^，。；,;的]{0,8}?(?:${APPLICANT}))?[，,]?\\s*(?:每年|每届|每年度)?(?:分别|每家|各)?(?:一次性)?(?:分别)?(?:给予|奖励|奖补|补助|补贴|资助|扶持|授予|${BARE_PRIZE})`);
/** Between two standards of one list, the next one's metric: 、实缴税收 (350万元/亩、实缴税收20万元/亩/年、用地规模15亩以上). */
const STANDARD_JOINT = /^、[\u4e00-\u9fff]{1,8}$/;
/** The ranked applicant after a rank, a reward further on in the sentence: 对当年实缴税收前3位的商贸企业,授予金牌. */
const RANK_OF_APPLICANT = new RegExp(`^的[^，。；,;的]{0,8}?(?:${APPLICANT})[^。；;]{0,40}?(?:给予|奖励|奖补|补助|补贴|资助|授予)`);
// (…its bound marked with the figure, 6000-8000平方米(不含8000平方米); a list of bands sharing the grant, …、8000-10000平方米(…)的,每届分别给予…,
// 思明; the grant a few words on, 的,每届给予20万元)
const BAND_MARK = `(?:${INCLUSIVE}|[（(]\\s*不?含[^（）()]{0,12}[）)])`;
// (…a magnitude on each end and the mark before the unit: 1万-3万(不含)平方米、3万-6万(不含)平方米, 崇明)
const MORE_BANDS = `(?:\\s*[、和及]\\s*${NUM}\\s*(?:万|千)?(?:${QUANTITY_UNIT})?\\s*${BAND_MARK}?\\s*[至到\\-—–~]\\s*${NUM}\\s*(?:万|千)?\\s*${BAND_MARK}?\\s*(?:${QUANTITY_UNIT})\\s*${BAND_MARK}?)*`;
// (…the list closed by an open band, 200—400亩、400—600亩、600亩以上的分别叠加奖补…, 五华: read by its own bound word)
const OPEN_LAST_BAND = `(?:\\s*[、和及或]\\s*${NUM}\\s*(?:万|千)?\\s*(?:${QUANTITY_UNIT})\\s*${BAND_MARK}?\\s*(?:及|或)?(?:以上|以下)\\s*${BAND_MARK}?)?`;
/**
 * The rest of a list of bands, then the grants 分别 pays one to each, maybe named the standard (按照展厅面积1000平方米以下、1000—3000平方米、
 * 3000平方米以上的标准,分别给予1万元、2万元、3万元: 武汉; 按活动规模1万人以上、5000人以上和1000人以上,分别按不超过50万元、…: 吉林省): each band
 * is a condition of its grant, 按 before the list or not.
 */
const SEVERALLY_AFTER_BANDS = `\\s*${BAND_MARK}?(?:\\s*[、和及]\\s*[^、，。；,;\\d]{0,6}?[\\d.]+[^、，。；,;]{0,16}?){0,6}\\s*(?:的标准|的档次|的)?\\s*[，,]?\\s*分别\\s*(?:按|给予|奖励|补助|补贴|奖补|资助|予以)`;
const SEVERALLY_AFTER_BANDS_AHEAD = new RegExp(`^${SEVERALLY_AFTER_BANDS}`);
/** Between two bands of one list: the first's bound mark, then 、. */
const BAND_LIST_GAP = new RegExp(`^\\s*(?:${INCLUSIVE}|[（(]\\s*不?含[^（）()]{0,12}[）)])?\\s*[、和及]\\s*$`);
// (…and the thing the range sizes, maybe a remark on it in brackets, before 的 and the applicant: 存栏100-1000头标准化圈舍(含粪污综合利用达标)的家庭农场,
// 简阳)
// (…or those the band holds listed after it, an assessment's tiers: 得分在170分至189分之间的有南市街道、…,按…100%比例发奖, 东阳)
// (…or a band of people or firms in a condition the clause closes with 的, its grant after: 首次创业3年内带动3至5人就业,并与其签订…的,…
// 给予一次性奖励补贴3000元, 屯昌)
// (…or its sum right after it, a list of such tiers in a standard: 按单架次10人(含)—20人1万元、20人(含)—30人2万元…标准进行奖励, 博州)
const QTY_BAND_RE = new RegExp(
  `${NUM}\\s*(万|千)?(${QUANTITY_UNIT})?\\s*(${INCLUSIVE})?\\s*[至到\\-—–~]\\s*${NUM}\\s*(万|千)?\\s*(${BAND_MARK})?\\s*(${QUANTITY_UNIT})\\s*(${BAND_MARK})?\\s*(?:之间)?(?=\\s*(?:的)?\\s*[，,]?\\s*(?:奖励|给予|补助|补贴|奖补)|(?<=之间)的有|(?<=[人户家个名])[^。；;]{0,60}?的\\s*[，,][^。；;]{0,20}?(?:奖励|给予|补助|补贴|奖补|资助)|${PER_UNIT_GRANT}|${SEVERALLY_AFTER_BANDS}|${TIER_THEN_SUM.source.slice(1)}|(?:[^，。；,;的\\d（(]{1,8}?(?:[（(][^（）()]{1,20}[）)])?)?的[^，。；,;的]{0,6}?(?:${APPLICANT})|${MORE_BANDS}${OPEN_LAST_BAND}\\s*的\\s*[，,]?\\s*(?:每[^，。；,;\\d]{1,3})?(?:分别)?(?:叠加|再|另)?(?:一次性)?(?:奖励|给予|补助|补贴|奖补|资助)|${MORE_BANDS}\\s*的[^，。；,;的]{0,6}?(?:${APPLICANT})|${MORE_BANDS}\\s*[，,][^。；;]{0,40}?的[^，。；,;的]{0,8}?(?:${APPLICANT})|[，,][^，。；,;]{1,20}?的[^，。；,;的]{0,32}?(?:${APPLICANT})的?\\s*(?:一次性)?(?:给予|奖励|补助|补贴|奖补))`,
  'g',
);
// (…the band, a comma and a further condition closed by its own 的, then the applicant and its grant: 面积在300-500亩,建设规范的稻虾(鸭)
// 综合种养示范基地的给予一次性奖补5万元, 商城)
// Its dash or 至/到, the upper figure right after.
needing(QTY_BAND_RE, new RegExp(`[至到\\-—–~]\\s*${NUMERAL_START}`));
/** What a span is held as, right before its figures: 就业期满, 稳定就业, 连续缴存, 服役 (a duration the applicant has, not a period). */
const SPAN_HELD_BEFORE = /(?:期满|就业|务工|工作|服役|参保|缴费|缴存|经营|运营|连续)\s*$/;
/** An age band: 16至55周岁, 18-35岁; the unit written after both ends too (80岁—99岁, 香格里拉). */
const AGE_BAND_RE = new RegExp(`${NUM}\\s*(?:周岁|岁)?\\s*[至到\\-—–~]\\s*${NUM}\\s*(周岁|岁)`, 'g');
needing(AGE_BAND_RE, /岁/);
// (…相关榜单前100名的企业: a list's ranks; 入选/入围 a list.)
// (出口净增额列全区前三名的企业: 列 / 名列 a rank.)
// (…the counter left out before 的: 接待来怀游客人数排名前5的主体, 怀柔 — a rank of 名)
// (…or a prize's or contest's, right before: 一等奖前三位完成人、二等奖前两位完成人补贴100万元, 中华技能大赛前5名,补贴20万元: 黔西南)
// (…位于 too: 位于全镇前三位的企业,分别奖3万元, 同山镇; and 居 after a measure, 市场占有率居全省前3位 as a listed condition, 杭州 2004)
// (…or right after the measure ranked, no verb: 对市区汽摩配产品出口额前6位且实绩比上年增长的生产企业, 金华)
// (…or a place won, 获得(过)前三名, a 赛事 before it or none: 参加国际性顶级赛事获得前三名的俱乐部, 石景山)
const RANK_RE = new RegExp(`((?:排名|排位|排行|位列|位居|位于|居于|(?<=[\u4e00-\u9fff])居|名列|列|进入|跻身|入选|入围|榜单|榜)[^，。；、,;]{0,30}?前|(?:${CONTEST_RANK})[^，。；、,;]{0,8}?前|(?:获得|荣获|取得)过?前|(?:出口额|进口额|销售额|交易额|营业额|纳税额|税收|产值|营业收入|销售收入|主营业务收入)前)\\s*${NUM}\\s*(名|位|强|(?=的))`, 'g');
// Its 前.
needing(RANK_RE, /前/);

// (以内 bounds from above too, a mark that repeats the figure before it: 同比下降10%(含10%)以内的: 新塘街道)
const BELOW_AFTER = new RegExp(`^(${INCLUSIVE}|[（(]不?含[^（）()]{0,8}[）)])?(及|或)?(?:以下|以内)`);

// A headcount bounded right after its name: 标准为从业人员2000人以下, 职工人数300人(含)以上.
const SIZE_RE = new RegExp(`(${SIZE_METRIC})(?:数)?(?:在|为|达)?\\s*${NUM}\\s*(人|名)\\s*(${INCLUSIVE})?\\s*(及|或)?(以上|以下)\\s*(${INCLUSIVE})?`, 'g');
// Its bound word.
needing(SIZE_RE, /以[上下]/);

// A figure written twice around 或/及, the bound after the second (2人或2人以上的, 两个或两个以上引荐人的, 3家及3家以上企业联合
//申报的): the repeat is itself the mark of a condition; a 的 closing the clause it opens makes it one.
const REPEAT_QTY_RE = new RegExp(
  `${NUM}\\s*(万|千|亿)?(${QUANTITY_UNIT})\\s*(?:或者|或|及|和|以及)\\s*${NUM}\\s*(万|千|亿)?(${QUANTITY_UNIT})\\s*(${INCLUSIVE})?\\s*(以上|以下)\\s*(${INCLUSIVE})?(?=[^，。；,;的]{0,12}的)`,
  'g',
);
// Its bound word.
needing(REPEAT_QTY_RE, /以[上下]/);

// A grade an applicant must hold (智能制造等级三级以上企业, 二级及以上, 三星级以上, AAA级以上, 4A(4级)及以上证书…的企业): the
// grade's number with 级 / 星级 / A级 as the unit; the applicant follows within the clause, or the grade heads a reward
// tier (AAA级及以上的一次性奖励30万元, 4A级及以上旅游景区的,一次性奖励…: ANNOTATION.md, grades).
// (…or the grade of the thing a grant pays for, named after 的, the grant later in the clause: 购买2级及以上能效或水效标准的冰箱、洗衣机…等8类
// 家电产品给予产品销售价格的15%的补贴, 云浮; as 每繁殖成活1头三代以上西门塔尔良种犊牛 is a grade the thing subsidised must have.)
const GRADED_THING_GRANTED = `[^，。；,;的]{0,12}?的[^，。；,;的]{1,40}?[，,]?\\s*(?:给予|奖励|补助|补贴|奖补|资助)`;
/** …or the grade of a qualification the applicant holds, its name right after, the applicant past a comma (对取得三级以上菌种生产经营资质,年生产
 * 销售菌种规模100万公斤以上的企业, 随州; 具有二级及以上施工资质). */
const GRADED_QUALIFICATION = `[^，。；,;的]{0,12}?(?:资质|资格|证书)`;
/** …or a grade reached, then the clause saying it meets a scheme's conditions (数字化水平评测达二级及以上,符合政策资助条件, 东莞). */
const MEETS_CONDITIONS = `[，,]\\s*(?:符合|满足)[^，。；,;]{0,10}?条件`;
/** A grade's figure: 4A, AAA, 三, 2 (read by gradeOf). */
const GRADE_FIGURE = `(?<figure>\\d\\s*[AＡ]|[AＡ]{1,5}|${NUM})`;
const GRADE_RE = new RegExp(
  `(?<![\\dA-Za-zＡ第])${GRADE_FIGURE}\\s*(?<word>级|星级|星|[AＡ]级|[AＡ])?\\s*(?:[（(][^（）()，。；,;]{1,6}[）)])?\\s*(?:${INCLUSIVE})?\\s*(?:及|或)?(?<bound>以上|以下)\\s*(?:${INCLUSIVE})?` +
    `(?=[^，。；,;]{0,16}?(?:${APPLICANT})|[^，。；,;的]{0,8}?的[，,]?(?:分别)?(?:一次性)?(?:给予|奖励|补助|补贴|奖补|资助)|${GRADED_THING_GRANTED}|${GRADED_QUALIFICATION}|${MEETS_CONDITIONS})`,
  'g',
);
// Its bound word.
needing(GRADE_RE, /以[上下]/);
/** A band of A grades before whom it qualifies: 3A-5A級物流企業 (the applicant within the phrase). */
const GRADE_BAND_RE = new RegExp(`(?<![\\dA-Za-zＡ])(\\d)\\s*[AＡ]\\s*[-—–~～至到]\\s*(\\d)\\s*[AＡ]\\s*级(?=[^，。；,;]{0,16}?(?:${APPLICANT}))`, 'g');
// Its word.
needing(GRADE_BAND_RE, /[AＡ]\s*级/);

// …or a grade reached, the bound word before it and no 以上 needed (數字化水平達到四級的試點企業, 達到二級及以上的,按照第一批獎補標準: 南京):
// the applicant or the grant's standard follows.
// (…the level that sets the standard between, the next grades of a list and 标准 after: 达到国家五星级、四星级、三星级标准的各类社会宾馆
// 饭店…,分别给予40万元、20万元、5万元奖励, 赤壁: a threshold for each.)
const GRADE_ITEM = `(?:\\d\\s*[AＡ]|[AＡ]{1,5}|${NUM})\\s*(?:级|星级|星|[AＡ]级)`;
/** A grade's name in brackets after its number (五级(引领级)、四级(优化级), 坪山). */
const GRADE_REMARK = `(?:\\s*[（(][^（）()，。；,;\\d]{1,6}[）)])?`;
/** Each grade of such a list (、四星级、三星级). */
const LISTED_GRADE_RE = new RegExp(`(?<figure>\\d\\s*[AＡ]|[AＡ]{1,5}|${NUM})\\s*(?<word>级|星级|星|[AＡ]级)`, 'g');
const GRADE_REACHED_RE = new RegExp(
  `(?:达到|达|不低于)\\s*(?:国家级?|省级?|市级?|行业)?\\s*${GRADE_FIGURE}\\s*(?<word>级|星级|星|[AＡ]级)${GRADE_REMARK}(?<list>(?:\\s*[、和及或]\\s*${GRADE_ITEM}${GRADE_REMARK})*)\\s*(?:${INCLUSIVE})?\\s*(?:及|或)?(?:以上)?\\s*(?:${INCLUSIVE})?\\s*(?:标准)?` +
    `(?=的[^，。；,;]{0,12}?(?:${APPLICANT})|的[，,]?\\s*(?:按照?[^，。；,;]{0,24}?标准|(?:分别)?(?:一次性)?(?:给予|奖励|补助|补贴|奖补|资助)))`,
  'dg',
);
// Its bound word.
needing(GRADE_REACHED_RE, /达|不低于/);
/** A grade reached, its bound after it, closing the clause: 且评测达到二级或以上。 (read only in a conditions list). */
const GRADE_CLOSING_ITEM_RE = new RegExp(
  `(?:达到|达|不低于)\\s*${GRADE_FIGURE}\\s*(?<word>级|星级|星|[AＡ]级)\\s*(?:${INCLUSIVE})?\\s*(?:及|或)?(?<bound>以上)\\s*(?:${INCLUSIVE})?(?=\\s*[。；;]?\\s*$)`,
  'dg',
);
needing(GRADE_CLOSING_ITEM_RE, /以上/);

function gradeOf(figure: string, word: string | undefined): { value: number; unit: string } | undefined {
  const letters = /^[AＡ]+$/.exec(figure);
  if (letters) return /^(级|[AＡ]级)?$/.test(word ?? '') ? { value: figure.length, unit: 'A级' } : undefined;
  const numbered = /^(\d)\s*[AＡ]$/.exec(figure);
  if (numbered) return /^(级)?$/.test(word ?? '') ? { value: Number(numbered[1]), unit: 'A级' } : undefined;
  if (!word) return undefined;
  const value = parseNumber(figure);
  if (!Number.isFinite(value) || value > 10) return undefined;
  // (the unit as written: 4星及以上 is 星, 三星级以上 is 星级)
  return { value, unit: /^[AＡ]/.test(word) ? 'A级' : word === '星' ? '星' : /星/.test(word) ? '星级' : '级' };
}

// A count bounded in a clause that opens with 如/若/凡 and closes with 的 (如引荐人超过2人的,视为…; 凡引荐人在2人以上的,…;
// 若联合申报单位不少于3家的,…): the clause is a condition whatever follows, grant or not.
const IF_QTY_RE = new RegExp(
  `(?:^|[，。；,;：:])\\s*(?:如果|如|若|凡|凡是)[^，。；,;]{0,20}?(?<word>${LOWER_INCLUSIVE}|${LOWER_EXCLUSIVE}|${UPPER_INCLUSIVE}|${UPPER_EXCLUSIVE}|在|为)\\s*(?<n>${ARABIC}|${CHINESE})\\s*(?<mag>万|千)?(?<unit>${QUANTITY_UNIT})\\s*(?:${INCLUSIVE})?\\s*(?:及|或)?(?<bound>以上|以下)?\\s*(?:${INCLUSIVE})?(?=的[，,])`,
  'dg',
);
// Its 如/若/凡.
needing(IF_QTY_RE, /[如若凡]/);

/** An act's count set as a goal: 引进科技成果50项以上, 新增规上企业20家以上, 培育…10个左右. */
const COUNT_GOAL = /(?:引进|新增|培育|建成|打造|实施|新建|招引|引育|新培育|新认定|创建)[^，。；,;的]{0,20}?\d+(?:\.\d+)?\s*(?:项|个|家|件|所|座|名|户|条)(?:以上|左右)/;
/** A bound word opening a measure's name (达到营业收入). */
const LEADING_BOUND = new RegExp(`^(?:${LOWER_INCLUSIVE}|${LOWER_EXCLUSIVE})(?=[\\u4e00-\\u9fff]{2})`);
/** A bound word, then the measure it bounds, closing the phrase before a figure: 达到亩均税收, 超过年营业收入. */
const METRIC_AFTER_BOUND = new RegExp(`(${LOWER_INCLUSIVE}|${LOWER_EXCLUSIVE})[^，。；,;、\\d%％的]{0,8}?(?:收入|营收|产值|税收|税金|销售额|交易额|成交额|投资额|利润|出口额|进出口额)$`);
/** The grant right after a bound (以上再额外奖励, 以上的,给予): what the bounded figure earns. */
/** A grant further on in the same sentence. */
const GRANT_LATER = new RegExp(`^[^。；;]{0,80}?(?:${APPLICANT_GRANT_WORDS})`);
// (…the one paid named between, 实现年节能50吨标准煤及以上,对单个项目给予最高100万元补贴: 长宁)
const GRANT_RIGHT_AFTER = /^(?:的)?[，,]?\s*(?:对(?:单个|每个|每家)?[\u4e00-\u9fff]{0,4}?(?:项目|企业|单位|主体))?(?:再|另|另行)?(?:额外)?(?:分别|一次性)?(?:奖励|给予|补助|补贴|奖补|资助)/;
/** An approval power a size bounds, named after it in the sentence: …以下外商投资企业审批权, …以上项目核准权限. */
const AUTHORITY_AFTER = /^[^。；;]{0,40}?(?:审批权|核准权|备案权|审批权限|核准权限|管理权限)/;
/** A requirement relaxed or set to a level, right before the figure: 要求放宽至, 门槛降低到 (not a price standard set, 收费标准调整为1.2元/吨). */
const REQUIREMENT_SET_BEFORE = /(?:要求|门槛|条件)(?:放宽|降低|下调|调整|降)(?:至|到|为)$/;
const PHASE_OUT_RE = new RegExp(
  `(?<![\\d.])(?<n>${ARABIC}|${CHINESE})\\s*(?<wan>万)?(?<unit>(?:${CAPACITY_UNIT})(?:\\s*[/／]\\s*(?:${CAPACITY_PER}))?)\\s*(?:${INCLUSIVE})?\\s*(?:及|或)?(?<bound>以下|以上)\\s*(?:${INCLUSIVE})?`,
  'dg',
);
// Its bound word.
needing(PHASE_OUT_RE, /以[上下]/);
const PHASE_OUT_VERB_RE = new RegExp(PHASE_OUT_VERB);
/** The installations named after the bound, within its sentence (…以下、城市规划区内的烧结砖及烧结空心砌块生产线). */
const PHASED_THING_AFTER = new RegExp(`^[^。；;]{0,40}?(?:${PHASED_THING})`);
/** Where the sentence from `pos` ends. */
const sentenceEnd = (text: string, pos: number): number => {
  const m = /[。；;！？!?\n]/.exec(text.slice(pos));
  return m ? pos + m.index : text.length;
};

const SIZE_MAGNITUDE: Record<string, number> = { 万亿: 1e12, 千亿: 1e11, 百亿: 1e10, 十亿: 1e9, 亿: 1e8, 千万: 1e7, 百万: 1e6, 十万: 1e5, 万: 1e4 };
const SIZE_CLASS_RE = /(?<bw>超过|超|逾)?(?<![\d.一二两三四五六七八九十百千])(?<n>\d+(?:\.\d+)?|[一二两三四五六七八九])?(?<mag>万亿|千亿|百亿|十亿|亿|千万|百万|十万|万)(?:元?(?:级|量级)|元(?=及以上|或以上))(?<bound>及以上|或以上|以上)?/g;
// Its 级 or 以上.
needing(SIZE_CLASS_RE, /级|以上/);

// How long an applicant has run or must run its business, with a bound (经营期限不低于10年, 连续经营一年以上, 在本地经营满5年):
// a condition on the applicant, in 年 or 个月 as written, and no deadline (the span of a grant, 连续补贴3年, stays one).
// (…or how long it has worked in its field, 从事特定细分市场时间达到2年以上, 从事特定细分市场一年半以上: the 专精特新 criterion, 武进)
// (…or how long a thing bought has been in use, 正常使用半年及以上的, 古蔺)
// (…not a ceiling on a term, its 不 in the words after 从事: 从事房地产经营用地最多不超过70年, 清水河 — 超过 is no floor there)
/** What a programme does with what it picks or pays for: 安排, 遴选, 支持, 补贴 …, a quota's or a grant's counted quantity. */
const QUOTA_VERB = /安排|遴选|评选|认定|确定|支持|扶持|奖励|补助|补贴|资助|立项|选取|推荐|申报/;
/** A project's build period (建设期, 建设周期, 建设期限, 建设工期), its bound from above, the span: 建设期不超过3年, 建设期内(最长不超过两年). */
const BUILD_PERIOD_WORD = '(?:项目)?(?:建设期限|建设周期|建设工期|建设期)';
export const BUILD_PERIOD = new RegExp(`^${BUILD_PERIOD_WORD}`);
const BUILD_PERIOD_RE = new RegExp(
  `(?<word>${BUILD_PERIOD_WORD})(?:内)?\\s*[（(]?\\s*(?:原则上|一般)?(?:最长|最多)?(?:(?<bw>${UPPER_INCLUSIVE}|${UPPER_EXCLUSIVE})|在)\\s*(?<n>${ARABIC}|${CHINESE})\\s*(?<unit>个月|月|年)(?:以内|之内|内)?`,
  'gd',
);
needing(BUILD_PERIOD_RE, /建设/);
/** A bound after 原则上, its metric maybe between, a quantity not of time after it: 原则上不少于100亩, 原则上实施改造宗地面积不少于10亩. */
const IN_PRINCIPLE_BOUND_RE = new RegExp(
  `原则上(?:应|须|需|要)?(?<what>[^，。；,;：:\\d]{0,12}?)\\s*(?<bw>${LOWER_INCLUSIVE}|${LOWER_EXCLUSIVE}|${UPPER_INCLUSIVE}|${UPPER_EXCLUSIVE})\\s*(?<n>${ARABIC}|${CHINESE})\\s*(?<mag>万|千|亿)?(?<unit>(?!年|个|月|天|日|小时|周岁|岁|人|名|家|户|项|次|件|座|间|种|款)(?:${QUANTITY_UNIT}))`,
  'gd',
);
needing(IN_PRINCIPLE_BOUND_RE, /原则上/);
/** A grant within the phrase (…一年后给予…): what makes a span ended by 后 a term to reach before the grant. */
const GRANT_SOON = String.raw`[^，。；,;]{0,12}?(?:给予|奖励|补助|补贴|奖补)`;
const GRANT_SOON_AHEAD = new RegExp(`^${GRANT_SOON}`);
// (…or the time a resident must have lived there: 在边境一线地区居住时间达半年以上的农村居民, 统计年度内实际居住6个月以上: 龙陵)
const OPERATING_TERM_RE = new RegExp(
  `(?<word>(?:连续|持续|稳定|正常)?(?:生产经营|经营|运营|营业|投入使用|建成投用|投产运行)(?:期限|年限|期|时间)?|(?:实际|连续)?居住(?:时间|期限)?(?:达到|达|满)?|(?<post>(?<![\\u4e00-\\u9fff])(?:在岗)?(?:工作|任职|在岗)满?)|正常使用(?:期限|年限|时间)?|从事[^，。；,;：:\\d一二两三四五六七八九十不]{1,12}?(?:时间|年限)?(?:原则上)?(?:达到|达|满)?)\\s*(?:在|为)?\\s*(?<bw>${LOWER_INCLUSIVE}|${LOWER_EXCLUSIVE})?\\s*(?:(?<n>${ARABIC}|${CHINESE})\\s*(?<unit>年|个月)(?<half>半)?|(?<hy>半年))\\s*(?:${INCLUSIVE})?\\s*(?:(?:及|或)?(?<bound>以上)|(?<after>后)(?=${GRANT_SOON}|[，,]))?\\s*(?:${INCLUSIVE})?`,
  'gd',
);
// Its word for the time in business (生产经营, 投入使用, 正常使用, 从事…), in a post (工作, 任职, 在岗) or in residence (居住).
needing(OPERATING_TERM_RE, /经营|运营|营业|投入使用|建成投用|投产运行|正常使用|从事|工作|任职|在岗|居住/);
// A term an applicant signs for, bounded, its agreement named after it (签订3年以上入驻协议, 签订5年及以上租赁合同): a condition on the
// applicant as an operating term is (乐清), with or without an applicant after it.
const SIGNED_TERM_RE = new RegExp(
  `签订\\s*(?:期限)?(?:为)?\\s*(?<n>${ARABIC}|${CHINESE})\\s*(?<unit>年|个月)\\s*(?:${INCLUSIVE})?\\s*(?:及|或)?以上\\s*(?:${INCLUSIVE})?(?:的)?(?<what>[^，。；,;\\d]{0,8}?(?:协议|合同))`,
  'gd',
);
/** What an operating term's metric says: the deadline reader's span over the same words gives way to it. */
export const OPERATING_METRIC = /经营|运营|营业|从事/;
// A count of the branches or firms an applicant holds, with a bound after it (管理邹平市域以外2家及以上分支机构, 應在杭州市外擁有2家及以上
// 分支機構): a condition on the applicant, in 家 / 个; counting what one builds (新设2家分支机构) has no holding verb.
const HELD_COUNT_RE = new RegExp(
  `(?:拥有|管理|控股|下辖|下设|管辖)[^，。；,;\\d]{0,12}?(?<n>${ARABIC}|${CHINESE})\\s*(?<unit>家|个)\\s*(?:${INCLUSIVE})?\\s*(?:及|或)?以上\\s*(?:${INCLUSIVE})?(?=[^，。；,;]{0,4}?(?:分支机构|子公司|分公司|公司|机构|门店|网点))`,
  'gd',
);

/**
 * Thresholds on counted or measured quantities (months, people, mu…), each with its unit as written. `prior`: the thresholds
 * read before (on money), whose list of standards a quantity may close
 * (投资强度应达到350万元/亩、实缴税收20万元/亩/年、用地规模15亩以上: 牛塘).
 */
export function extractQuantityThresholds(text: string, listed = false, prior: Threshold[] = [], goal = false): Threshold[] {
  // A half year bounded (登记失业半年以上, 正常运营半年及以上的) is 0.5 年: read as 1年, two characters for two so every offset and the
  // phrase around it stay, then set to the half it is.
  const halves = new Set([...text.matchAll(HALF_YEAR_BOUNDED)].map((m) => m.index!));
  if (!halves.size) return quantityThresholds(text, listed, prior, goal);
  return quantityThresholds(text.replace(HALF_YEAR_BOUNDED, '1年'), listed, prior, goal).map((t) =>
    halves.has(t.start) && t.unit === '年' ? { ...t, raw: text.slice(t.start, t.end), ...(t.min === 1 ? { min: 0.5 } : {}), ...(t.max === 1 ? { max: 0.5 } : {}) } : t,
  );
}
/** 半年 right before its bound (以上, 及以上, (含)以上), not the half of a year named (上半年) nor one and a half (一年半). */
const HALF_YEAR_BOUNDED = /(?<![\d一二三四五六七八九十两个上下前后])半年(?=\s*(?:[（(]含[）)])?\s*(?:及|或)?(?:以上|以下|以内))/g;

/**
 * A distance from a line or a place that bounds what a measure acts on (大运高速公路两侧1公里范围内不达标的…企业, 运城; 在主干道两侧300米范围外,
 * 单个规模经营主体…, 鄞州): inside it a ceiling, outside it a floor. The place it is measured from is named right before.
 */
const DISTANCE_RANGE_RE = new RegExp(`(?<=(?:两侧|周边|周围|沿线|半径|距离?)[^，。；,;\\d]{0,4})${NUM}\\s*(米|公里|千米)\\s*(?:范围)?(内|以内|之内|外|以外|之外)`, 'g');
needing(DISTANCE_RANGE_RE, /[米里]/);

function quantityThresholds(text: string, listed: boolean, prior: Threshold[], goal: boolean): Threshold[] {
  const out: Threshold[] = [];
  for (const m of matchesOf(text, DISTANCE_RANGE_RE)) {
    const a = parseNumber(m[1]);
    const start = m.index!;
    const end = start + m[0].length;
    if (!Number.isFinite(a) || /[\d.]/.test(text[start - 1] ?? '') || insideTitle(text, start)) continue;
    const inside = /内/.test(m[3]);
    out.push({ metric: metricBefore(text, start), unit: m[2], raw: m[0], start, end, ...(inside ? { max: round(a), maxInclusive: true } : { min: round(a), minInclusive: false }) });
  }
  // An age with its alternative in brackets (年满60(或50)周岁的可以享受全年奖励金: 海州): two floors, each for whom it names.
  for (const m of matchesOf(text, AGE_OR_RE)) {
    const { bw, a, b, unit } = m.groups!;
    const said = boundBefore(bw);
    if (!said) continue;
    for (const g of ['a', 'b'] as const) {
      const n = parseNumber(g === 'a' ? a : b);
      const [start, end] = m.indices!.groups![g]!;
      if (!Number.isFinite(n) || n > 120 || out.some((t) => t.start < end && start < t.end)) continue;
      out.push({ metric: metricBefore(text, m.index!), unit, raw: text.slice(start, end), start, end, ...(said.side === 'max' ? { max: round(n), maxInclusive: said.inclusive } : { min: round(n), minInclusive: said.inclusive }) });
    }
  }
  // An age span written as a floor and a ceiling (年满60周岁不满70周岁的老年人实行半票, 上虞; 满16周岁未满18周岁): one band, the ceiling's
  // end left out, as 16至55周岁 is one.
  // A band written with the signs of an inequality around what it measures (钢质(50米≤船长<55米), 海南省 渔船; 12米≤船长<24米的渔船): the
  // metric named between, its floor and ceiling inclusive where ≤ says so.
  for (const m of matchesOf(text, INEQUALITY_BAND_RE)) {
    const { a, u1, lo, metric, hi, b, u2 } = m.groups!;
    const x = parseNumber(a);
    const y = parseNumber(b);
    const start = m.index!;
    const end = start + m[0].length;
    if ((u1 && u1 !== u2) || !(y > x) || out.some((t) => t.start < end && start < t.end)) continue;
    out.push({ metric, unit: u2, raw: m[0], start, end, min: round(x), minInclusive: /[≤≦]/.test(lo), max: round(y), maxInclusive: /[≤≦]/.test(hi) });
  }
  for (const m of matchesOf(text, AGE_SPAN_RE)) {
    const a = parseNumber(m.groups!.a);
    const b = parseNumber(m.groups!.b);
    const start = m.indices!.groups!.a![0];
    const end = m.index! + m[0].length;
    if (!(b > a) || b > 120 || out.some((t) => t.start < end && start < t.end)) continue;
    out.push({ metric: metricBefore(text, m.index!), unit: m.groups!.unit, raw: text.slice(start, end), start, end, min: round(a), minInclusive: true, max: round(b), maxInclusive: /^不(?:超过|高于|大于)$/.test(m.groups!.ceiling) });
  }
  // A bound moved from one level to another (单个中心面积从不少于1500平方米下调至1000平方米, 东莞): the new level, on the old bound's side.
  for (const m of matchesOf(text, LEVEL_MOVED_QTY_RE)) {
    const { bw, n1, u1, bound, bw2, n2, mag2, u2 } = m.groups!;
    if (u1 !== u2 || !(bw || bound || THRESHOLD_NAMED.test(sentenceBefore(text, m.index!)))) continue;
    const a = parseNumber(n2) * magnitude(mag2);
    if (!Number.isFinite(a) || !Number.isFinite(parseNumber(n1)) || (u2 === '年' && a >= 1900)) continue;
    const start = m.indices!.groups!.n2![0];
    const end = m.index! + m[0].length;
    const side = movedSide(bw2 ?? bw, bound);
    out.push({ metric: metricBefore(text, m.index!), unit: u2, raw: text.slice(start, end), start, end, ...(side.side === 'max' ? { max: round(a), maxInclusive: side.inclusive } : { min: round(a), minInclusive: side.inclusive }) });
  }
  // A voucher's spend floor, 满100减20元 / 满200元减50元 / 满300元立减60元 (南阳): the spend is the condition, the cut the grant.
  for (const m of matchesOf(text, SPEND_FLOOR_RE)) {
    const start = m.index! + m[0].indexOf(m[1], 1);
    const end = start + m[1].length + (m[2] ?? '').length;
    const a = parseNumber(m[1]);
    if (Number.isFinite(a)) out.push({ metric: '消费金额', unit: '元', raw: text.slice(start, end), start, end, min: round(a), minInclusive: true });
  }
  for (const m of matchesOf(text, OPERATING_TERM_RE)) {
    // (…or the time it must have run before the grant, 正常生产经营一年后给予相应级别奖励: 余杭; 投入使用一年后,…给予一次性补助: 眉山)
    // (半年 alone is half a year: 建成并正常运营半年及以上的, 正常使用半年及以上的, 古蔺)
    const { word, bw, n, half, hy, bound, after, post } = m.groups!;
    // (…or the time a recruit must have worked before a grant paid after it, 工作1年后给予博士研究生3万元…奖励: 包头 — as 工作满3年后 is; a
    // post word's span with no grant after it is read elsewhere, if at all)
    if (post && !(after && GRANT_SOON_AHEAD.test(text.slice(m.index! + m[0].length)))) continue;
    const unit = hy ? '年' : m.groups!.unit;
    const said = bw ? boundBefore(bw) : undefined;
    if (!said && !bound && !after) continue;
    const a = hy ? 0.5 : parseNumber(n) + (half ? 0.5 : 0);
    if (!Number.isFinite(a) || a >= 1900) continue;
    const start = m.indices!.groups![hy ? 'hy' : 'n']![0];
    let end = m.index! + m[0].length;
    while (end > start && /\s/.test(text[end - 1])) end--;
    const upper = said?.side === 'max';
    out.push({ metric: text.slice(m.index!, m.index! + word.length).replace(/(?:原则上)?(?:达到|达|满)$/, ''), unit, raw: text.slice(start, end), start, end, ...(upper ? { max: round(a), maxInclusive: said!.inclusive } : { min: round(a), minInclusive: said ? said.inclusive : true }) });
  }
  // A project's build period bounded from above (建设期不超过3年, 建设周期原则上不超过3年, 建设期内(最长不超过两年)…: 武汉; 建设周期一般
  // 不超过36个月, 浦东): a requirement the project meets, a threshold max, whatever the clause grants; no support period (BUILD_PERIOD).
  for (const m of matchesOf(text, BUILD_PERIOD_RE)) {
    const { word, bw, n, unit } = m.groups!;
    const said = bw ? boundBefore(bw) : undefined;
    const a = parseNumber(n);
    if (!Number.isFinite(a) || (said && said.side !== 'max')) continue;
    const start = m.indices!.groups!.n![0];
    const end = m.index! + m[0].length;
    out.push({ metric: word, unit: unit === '个月' || unit === '月' ? '个月' : '年', raw: text.slice(start, end), start, end, max: round(a), maxInclusive: said ? said.inclusive : true });
  }
  // A requirement on a measured quantity stated as a rule (连片改造面积原则上不少于100亩: 海盐): a bound a project must meet, whatever grant
  // or applicant the clause names; a goal is never said 原则上. (Not a span, 原则上不超过2年: a limit, read with the deadlines; nor a count,
  // 服务主体原则上不少于3家, which plans how work is shared; nor the quantity a grant counts, 补贴面积原则上最高不超过500㎡.)
  for (const m of matchesOf(text, IN_PRINCIPLE_BOUND_RE)) {
    const { what, bw, n, mag, unit } = m.groups!;
    const said = boundBefore(bw);
    const a = parseNumber(n) * magnitude(mag);
    // (…not a quota of what the programme picks, 原则上每年安排不超过10个项目: round 125's 遴选, no threshold)
    // (the metric after 原则上 where it is named there, 原则上实施改造宗地面积不少于10亩; a bound's own 最高 is none)
    const metric = what.replace(/^(?:应|须|需|要)/, '').replace(/(?:最高|最多|最低|最少|至多|至少)$/, '') || metricBefore(text, m.index!).replace(/原则上$/, '');
    if (!said || !Number.isFinite(a) || QUOTA_VERB.test(metric)) continue;
    const start = m.indices!.groups!.n![0];
    const end = m.index! + m[0].length;
    if (out.some((t) => t.start < end && start < t.end) || prior.some((t) => t.start < end && start < t.end)) continue;
    out.push({ metric, unit, raw: text.slice(start, end), start, end, ...(said.side === 'max' ? { max: round(a), maxInclusive: said.inclusive } : { min: round(a), minInclusive: said.inclusive }) });
  }
  for (const m of matchesOf(text, SIGNED_TERM_RE)) {
    const { n, unit, what } = m.groups!;
    const a = parseNumber(n);
    if (!Number.isFinite(a) || a >= 100) continue;
    const start = m.indices!.groups!.n![0];
    const end = m.indices!.groups!.what![0];
    if (out.some((t) => t.start < end && start < t.end)) continue;
    const raw = text.slice(start, end).replace(/[的\s]+$/, '');
    out.push({ metric: `${what}期限`, unit, raw, start, end: start + raw.length, min: round(a), minInclusive: true });
  }
  for (const m of matchesOf(text, HELD_COUNT_RE)) {
    const { n, unit } = m.groups!;
    const a = parseNumber(n);
    if (!Number.isFinite(a)) continue;
    const start = m.indices!.groups!.n![0];
    const end = m.index! + m[0].length;
    const named = /^[^，。；,;]{0,4}?(分支机构|子公司|分公司|公司|机构|门店|网点)/.exec(text.slice(end))?.[1];
    out.push({ metric: named ?? metricBefore(text, start), unit, raw: text.slice(start, end).trimEnd(), start, end: start + text.slice(start, end).trimEnd().length, min: round(a), minInclusive: true });
  }
  for (const m of matchesOf(text, GRADE_REACHED_RE)) {
    const { figure, word, list } = m.groups!;
    const grade = gradeOf(figure, word);
    const start = m.indices!.groups!.figure![0];
    // (a list's first grade ends at its word; alone, its raw runs to the bound and 标准)
    const end = list ? m.indices!.groups!.word![1] : m.index! + m[0].length;
    if (!grade || out.some((t) => t.start < end && start < t.end)) continue;
    const metric = metricBefore(text, m.index!);
    out.push({ metric, unit: grade.unit, raw: text.slice(start, end), start, end, min: grade.value, minInclusive: true });
    const listAt = m.indices!.groups!.list?.[0] ?? 0;
    for (const g of list ? matchesOf(list, LISTED_GRADE_RE) : []) {
      const next = gradeOf(g.groups!.figure, g.groups!.word);
      if (next) out.push({ metric, unit: next.unit, raw: g[0], start: listAt + g.index!, end: listAt + g.index! + g[0].length, min: next.value, minInclusive: true });
    }
  }
  // A band of grades an applicant must hold (3A-5A級物流企業: 宝安): both ends, as a band of a quantity is.
  for (const m of matchesOf(text, GRADE_BAND_RE)) {
    const start = m.index!;
    const end = start + m[0].length;
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (!(b > a) || out.some((t) => t.start < end && start < t.end)) continue;
    out.push({ metric: metricBefore(text, start), unit: 'A级', raw: m[0], start, end, min: a, minInclusive: true, max: b, maxInclusive: true });
  }
  // An item of a conditions list closed by the grade it must reach (…自觉参与…数字化水平评测(免费),且评测达到二级或以上。, 东莞 第五批): a condition
  // as the list's other bounds are, with nothing after it.
  for (const m of listed ? matchesOf(text, GRADE_CLOSING_ITEM_RE) : []) {
    const grade = gradeOf(m.groups!.figure, m.groups!.word);
    const start = m.indices!.groups!.figure![0];
    const end = m.indices!.groups!.bound![1];
    if (!grade || out.some((t) => t.start < end && start < t.end)) continue;
    out.push({ metric: metricBefore(text, m.index!), unit: grade.unit, raw: text.slice(start, end), start, end, min: grade.value, minInclusive: true });
  }
  for (const m of matchesOf(text, GRADE_RE)) {
    const { figure, word, bound } = m.groups!;
    const grade = gradeOf(figure, word);
    if (!grade) continue;
    const start = m.index!;
    const end = start + m[0].length;
    // (graded things an act makes, counted after them, are a goal: 争创3A级以上旅游景区2个)
    if (COUNTING_VERB_END.test(before(text, start)) && /^[^，。；,;]{0,12}?(?:\d+|[一二两三四五六七八九十]+)\s*[个家座处]/.test(text.slice(end))) continue;
    out.push({ metric: metricBefore(text, start), unit: grade.unit, raw: text.slice(start, end), start, end, ...(bound === '以下' ? { max: grade.value, maxInclusive: true } : { min: grade.value, minInclusive: true }) });
  }
  // A capacity bound on the installations a measure phases out (加快退出5家11条6000万标砖/年以下、城市规划区内的烧结砖…生产线: 开封; 全面淘汰
  // 35蒸吨/小时及以下燃煤锅炉): which ones go, a condition on them, max (min for 以上) in the unit as written, 万 folded into the figure.
  // (…and on those a measure upgrades, 推动65蒸吨/小时以上燃煤锅炉(含电力)超低排放改造: 六盘水, the verbs in dict/condition-words.json phaseOut.)
  // (Only in a clause that phases something out: the figures of every other clause are not tried.)
  for (const m of PHASE_OUT_VERB_RE.test(text) ? matchesOf(text, PHASE_OUT_RE) : []) {
    const { n, wan, unit, bound } = m.groups!;
    const start = m.indices!.groups!.n![0];
    const end = m.index! + m[0].length;
    const rest = text.slice(end, sentenceEnd(text, end));
    if (!PHASED_THING_AFTER.test(rest) || !PHASE_OUT_VERB_RE.test(sentenceBefore(text, start) + rest)) continue;
    const a = parseNumber(n) * (wan ? 1e4 : 1);
    if (!Number.isFinite(a) || out.some((t) => t.start < end && start < t.end)) continue;
    const u = unit.replace(/\s+/g, '').replace('／', '/');
    out.push({ metric: metricBefore(text, start), unit: u, raw: text.slice(start, end), start, end, ...(bound === '以上' ? { min: round(a), minInclusive: true } : { max: round(a), maxInclusive: true }) });
  }
  for (const m of matchesOf(text, IF_QTY_RE)) {
    const { word, n, mag, unit, bound } = m.groups!;
    const said = boundBefore(word);
    // (在/为 bound nothing alone: 在2人以上 needs its 以上.)
    if (!said && !bound) continue;
    const a = parseNumber(n) * magnitude(mag);
    if (!Number.isFinite(a) || (unit === '年' && a >= 1900)) continue;
    const start = m.indices!.groups!.n![0];
    let end = m.index! + m[0].length;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (out.some((t) => t.start < end && start < t.end)) continue;
    const upper = said?.side === 'max' || bound === '以下';
    const inclusive = said ? said.inclusive : true;
    out.push({ metric: metricBefore(text, m.indices!.groups!.word![0]), unit, raw: text.slice(start, end), start, end, ...(upper ? { max: round(a), maxInclusive: inclusive } : { min: round(a), minInclusive: inclusive }) });
  }
  // A size class with a bound word qualifying counted things: 引进税收千万级以上项目120个 → min 10000000 元 (静安); 亿元级及以上,
  // 超百亿级企业, 10亿元级以上, 亿元及以上项目. Without a bound word (百亿级企业3家) it is nothing (ANNOTATION: a size without a bound word).
  for (const m of matchesOf(text, SIZE_CLASS_RE)) {
    const { bw, n, mag, bound } = m.groups!;
    if (!bw && !bound) continue;
    // (20万元及以上 with a figure and no 级 is money's own bound, read with the money: 给予20万元及以上奖励 is an award floor.)
    if (n && !/级/.test(m[0])) continue;
    const v = (n ? parseNumber(n) : 1) * SIZE_MAGNITUDE[mag];
    if (!Number.isFinite(v) || v <= 0) continue;
    const start = m.index! + (bw?.length ?? 0);
    const end = m.index! + m[0].length;
    if (out.some((t) => t.start < end && start < t.end)) continue;
    out.push({ metric: metricBefore(text, m.index!), min: round(v), minInclusive: !/^超|^逾/.test(bw ?? '') || !!bound, unit: '元', raw: text.slice(start, end), start, end });
  }
  for (const m of matchesOf(text, REPEAT_QTY_RE)) {
    const [, n1, mag1, u1, n2, mag2, u2, , bound] = m;
    const a = parseNumber(n1) * magnitude(mag1);
    const b = parseNumber(n2) * magnitude(mag2);
    const start = m.index!;
    const end = start + m[0].length;
    if (!Number.isFinite(a) || a !== b || u1 !== u2 || (u1 === '年' && a >= 1900) || /[\d.]/.test(text[start - 1] ?? '')) continue;
    // (两个或两个以上引荐人的: the thing counted follows.)
    const named = /^([^，。；,;的]{2,8})的/.exec(text.slice(end))?.[1];
    out.push({ metric: named ?? metricBefore(text, start), unit: u1, raw: text.slice(start, end), start, end, ...(bound === '以下' ? { max: round(a), maxInclusive: true } : { min: round(a), minInclusive: true }) });
  }
  for (const m of matchesOf(text, QTY_LIST_RE)) {
    const [, word, , , firstUnit, , bound] = m;
    const said = boundBefore(before(text, m.index! + word.length));
    if (!said) continue;
    const metric = metricBefore(text, m.index! + word.length);
    const from = m.index! + word.length;
    const items = matchesOf(text.slice(from, m.index! + m[0].length), QTY_ITEM_RE);
    // One unit for the list (300吨、500吨), a calendar year is no quantity.
    if (items.some((it) => it[3] !== firstUnit) || (firstUnit === '年' && items.some((it) => parseNumber(it[1]) >= 1900))) continue;
    for (const it of items) {
      const a = parseNumber(it[1]) * magnitude(it[2]);
      if (!Number.isFinite(a)) continue;
      const start = from + it.index!;
      const end = start + it[0].length;
      const upper = said.side === 'max' || bound === '以下';
      out.push({ metric, unit: it[3], raw: text.slice(start, end), start, end, ...(upper ? { max: round(a), maxInclusive: said.inclusive } : { min: round(a), minInclusive: said.inclusive }) });
    }
  }
  for (const m of matchesOf(text, QTY_RE)) {
    if (out.some((t) => t.start < m.index! + m[0].length && m.index! < t.end)) continue;
    const [, word, n1, mag, u1, inc1, and1, bound, inc1b, n2, mag2, u2, inc2, and2, inc2b] = m;
    // A ratio or an index has no unit (电能利用效率(PUE)不高于1.25的新建智算项目, 昆明; 工业用地容积率不得低于1.0, 鹿邑): a bound word
    // before a figure with a decimal point, or a metric named as a ratio, and the figure alone.
    const figureEnd = m.index! + m[0].indexOf(n1, word.length) + n1.length;
    const ratio =
      !u1 && !u2 && !mag && word !== '在' && n2 === undefined && BARE_FIGURE_END.test(text.slice(figureEnd)) &&
      (/[.．]\d/.test(n1) || RATIO_METRIC.test(metricBefore(text, m.index! + word.length) ?? ''));
    const unit = u2 ?? u1 ?? (ratio ? '' : undefined);
    if (unit === undefined || (u1 && u2 && u1 !== u2) || (mag && !u1 && !u2)) continue;
    // (通过3个月…: 过 ends the word but bounds nothing.)
    if (word !== '在' && !boundBefore(before(text, m.index! + word.length))) continue;
    // (Nor a count of the conditions met, 并符合至少一项推荐条件, 广州: as after the figure below.)
    if (COUNTED_CONDITIONS_AFTER.test(text.slice(m.index! + m[0].length))) continue;
    // 超过3万辆 → 30000 辆.
    // (1-3万平方米: the lower figure takes the upper's magnitude when it writes none.)
    const a = parseNumber(n1) * magnitude(mag ?? (u1 ? undefined : mag2));
    if (!Number.isFinite(a) || (unit === '年' && a >= 1900)) continue;
    const start = m.index! + m[0].indexOf(n1, word.length);
    let end = m.index! + m[0].length;
    while (end > start && /\s/.test(text[end - 1])) end--;
    // (A bound whose bracket closes right after it bars only a thing a support verb backs: 重点支持集中式较大规模(容量不低于5万千瓦)和分布式
    // 平台聚合(容量不低于1万千瓦)新型储能项目建设, 浙江省 — as the same bound after the figure so placed is.)
    if (/^\s*[）)]/.test(text.slice(end)) && !remarkOnSupported(text, m.index!)) continue;
    // (…nor a count a goal says is reached, not closed by its own 的 and with no grant in the sentence: 到2022年,…企业达到5万户、就业人数
    // 达到85万人,营业收入超1亿元的旅游企业达到70家以上, 贵州省 — targets, though a sized class's 的 follows further on.)
    if (REACHED_WORD.test(word) && (goal || GOAL_WORD.test(sentenceBefore(text, m.index!))) && !OWN_CLASS_AFTER.test(text.slice(end)) && !GRANT.test(text)) continue;
    // (…nor one in a list of such counts, the next a class the text qualifies reaching a count of its own, no grant in the sentence:
    // 全球细分行业排名前五的上市公司达到12家,全国细分行业排名前三的上市公司达到25家, 绍兴 — targets with no goal word before them.)
    if (REACHED_WORD.test(word) && NEXT_CLASS_REACHES.test(text.slice(end)) && !OWN_CLASS_AFTER.test(text.slice(end)) && !GRANT.test(text)) continue;
    const t: Threshold = { metric: metricBefore(text, m.index! + word.length), unit, raw: text.slice(start, end), start, end };
    const said = word === '在' ? undefined : boundBefore(word);
    if (n2 !== undefined) {
      const b = parseNumber(n2) * magnitude(mag2);
      if (!Number.isFinite(b) || b <= a) continue;
      Object.assign(t, { min: round(a), minInclusive: said?.inclusive ?? true, max: round(b), maxInclusive: !!inc2 || !!inc2b || !!and2 });
    } else if (bound === '以内') {
      // (…or within it, 每月每户居民用水量在15立方米以内(含15立方米)的供水价格按3.2元/立方米执行: 华宁 — a ceiling, inclusive; a span's 以内
      // is a time limit, read with the deadlines.)
      if (TIME_UNIT.test(unit) || (said && said.side !== 'max')) continue;
      Object.assign(t, { max: round(a), maxInclusive: true });
    } else if (said?.side === 'max' || bound === '以下') {
      Object.assign(t, { max: round(a), maxInclusive: said?.inclusive ?? (!!inc1 || !!inc1b || !!and1) });
    } else if (bound || inc1 || said) {
      // 在24个月(含)时: the bracket makes the figure the inclusive lower bound; 在24个月时 alone says nothing.
      // (超过2000平方米(含)以上: the mark wins over the word.)
      Object.assign(t, { min: round(a), minInclusive: inc1 || inc1b || and1 ? true : (said?.inclusive ?? true) });
    } else continue;
    out.push(t);
  }
  // A floor the supported thing must meet, written as a requirement in a sentence that sets a grant or its standard (专项职业能力培训总课时
  // 不得低于40课时(…),按照不高于10元/课时…的标准给予培训补贴: 泰安; 就业技能培训补贴标准调整为初级800元/人、培训时限不少于60学时: 吉林省): a
  // condition on what is paid for, as one on the applicant is.
  for (const m of matchesOf(text, REQUIRED_FLOOR_RE)) {
    const start = m.index! + m[0].indexOf(m[2], m[1].length);
    const end = m.index! + m[0].length;
    if (out.some((t) => t.start < end && start < t.end)) continue;
    const a = parseNumber(m[2]) * magnitude(m[3]);
    const from = Math.max(text.lastIndexOf('。', start), text.lastIndexOf('；', start), text.lastIndexOf(';', start)) + 1;
    const sentence = text.slice(from, sentenceEnd(text, end));
    if (!Number.isFinite(a) || (m[4] === '年' && a >= 1900) || !REQUIRED_FLOOR_GRANT.test(sentence) || GOAL_WORD.test(sentence)) continue;
    out.push({ metric: metricBefore(text, m.index!), unit: m[4], raw: text.slice(start, end), start, end, min: round(a), minInclusive: true });
  }
  // An item of a list of conditions: the bound word makes the quantity a condition (确认考核的标准: 1.园区…土地不低于500亩).
  // (…and so does a grant's sentence that names its applicant first, the bounded quantity between it and the grant: 对新办…的科普馆、
  // 文化类民营场馆…,建筑面积达到300平米以上,经…颁发许可证后,按照…给予最高80万元支持, 宁波高新区.)
  const opening = listed ? null : APPLICANT_FIRST.exec(text);
  const grantAfter = opening ? text.slice(opening[0].length).search(GRANT_AFTER_APPLICANT) : -1;
  const grantAt = grantAfter < 0 ? -1 : opening![0].length + grantAfter;
  const applicantFirst = grantAt > 0;
  if (listed || applicantFirst) {
    for (const m of matchesOf(text, QTY_LISTED_RE)) {
      if (applicantFirst && m.index! > grantAt) break;
      const [, word, n, mag, unit, inc] = m;
      const said = boundBefore(before(text, m.index! + word.length));
      const a = parseNumber(n) * magnitude(mag);
      const start = m.index! + m[0].indexOf(n, word.length);
      const end = m.index! + m[0].length;
      if (!said || !Number.isFinite(a) || (unit === '年' && a >= 1900) || out.some((t) => t.start < end && start < t.end) || COUNTED_CONDITIONS_AFTER.test(text.slice(end))) continue;
      // (there, a floor only: a cap before the grant bounds what is granted, 每家企业不超过6名, or a term, 原则上不超过2年)
      if (applicantFirst && said.side !== 'min') continue;
      const inclusive = inc ? true : said.inclusive;
      out.push({ metric: metricBefore(text, m.index! + word.length), unit, raw: text.slice(start, end).trimEnd(), start, end: start + text.slice(start, end).trimEnd().length, ...(said.side === 'max' ? { max: round(a), maxInclusive: inclusive } : { min: round(a), minInclusive: inclusive }) });
    }
  }
  // A bound after the figure, the applicant later in the sentence: 规模化种植面积5000亩以上,且推广…技术的项目.
  for (const m of matchesOf(text, QTY_AFTER_RE)) {
    const [, n, mag, unit, inc1, and, bound, inc2] = m;
    const start = m.index!;
    const end = start + m[0].length;
    const a = parseNumber(n) * magnitude(mag);
    if (!Number.isFinite(a) || (unit === '年' && a >= 1900) || /[\d.]/.test(text[start - 1] ?? '') || out.some((t) => t.start < end && start < t.end)) continue;
    if (bound === '以内' && TIME_UNIT.test(unit)) continue;
    // (An ordinal, 第二台及以上的订单 (深圳 首台套), names a place in a series, no quantity held.)
    if (ordinalAt(text, start)) continue;
    const pre = before(text, start);
    // (…or the firms a park or base hosts, 入驻电子商务企业30家以上的…集聚区: 宿迁, a measure of the applicant as its floor area is)
    const rest = text.slice(end);
    // (…or the households a place or a platform has, 户 after the count it measures or before the place it sizes: 注册用户数1万户以上的…交易平台,
    // 盐湖; 2000户以下的社区, 简阳; 500户以下的村庄, 平谷 — the applicant's size, as a park's firms are; not households a measure counts, 每村发展养殖
    // 示范户30户以上, 西吉)
    const held =
      (/^(个|项|位)$/.test(unit) && HELD_BEFORE.test(pre) && !COUNTING_VERB_END.test(pre)) || (unit === '家' && HOSTED_BEFORE.test(pre)) || (unit === '户' && (HOUSEHOLD_METRIC_BEFORE.test(pre) || HOUSEHOLDS_OF_PLACE_AFTER.test(rest)));
    // (An age bound, 60岁以上老年人, 18周岁以下, always names whom a measure is for: no applicant word need follow it.)
    const age = /岁$/.test(unit);
    // (…but a bound inside a cited title (《湖北省3岁以下婴幼儿照护服务…方案》: 沙市区) names that document, no one the notice is for.)
    if (insideTitle(text, start)) continue;
    // (…or the next of a list of standards, each naming its metric, after a threshold: 、用地规模15亩以上)
    const standard = prior.some((t) => t.end <= start && STANDARD_JOINT.test(text.slice(t.end, start)));
    // (…or a bound in brackets after what it qualifies, a grant further on: 对专营店(30平方米以上)连续两年每年分别补助10万元, 温州)
    // (…or a support verb before the thing it qualifies: 重点支持联户…开展草场(集中连片2000亩以上)围栏封育, 四川省 — the bar on what is supported)
    const remarked = /[\u4e00-\u9fff][（(]\s*[\u4e00-\u9fff]{0,6}$/.test(pre) && (/^\s*(?:的)?\s*[）)][^。；;]{0,50}?(?:给予|奖励|补助|补贴|奖补|资助)/.test(rest) || (/^\s*(?:的)?\s*[）)]/.test(rest) && SUPPORTED_BEFORE.test(sentenceBefore(text, start))));
    // (…or the size class of things counted right after it: 新建存栏…肉牛300头以上“出户入园”养殖园区3个, 西吉, as 超10亿元优质产业项目15个 is in
    // money; not a count itself, 项目15个以上、“链主”企业20家以上)
    const sizesCounted = !COUNTING_UNIT.test(unit) && COUNTED_AFTER.test(rest);
    // (…or the bodies or places it sizes, named right after it with no 的, then their 的 or their grant: 年耗能5000吨标准煤以上重点用能单位的
    // 节能监管, 重庆; 加大10亿斤以上产粮大县奖励性补助力度, 山东省 — those it qualifies, as …以上的企业 is)
    const sizedNamed = !COUNTING_UNIT.test(unit) && bound === '以上' && SIZED_NOUN_AFTER.test(rest);
    const peopleNamed = TIME_UNIT.test(unit) && bound === '以上' && PEOPLE_BY_SPAN.test(rest);
    // (…or the experience a person must have, 具有 or 有 before the span and its kind right after: 具有2年以上灭火救援实战经验的…, 具有3年以上
    // 驾龄, 泸州 — a bar on the applicant, whoever is named after it, as 有3年以上工作经历的人才 is)
    const experience = /^(?:年|个月)$/.test(unit) && bound === '以上' && /(?:具有|具备|有)\s*$/.test(pre) && EXPERIENCE_AFTER.test(rest);
    // (…or the floor a step counts from, the step right after it: 达到5万平方米(含)以上,每增加1万平方米增加奖励10万元, 武汉 会展)
    const stepFloor = bound === '以上' && /^\s*[，,]?\s*每(?:增加|新增|多|超过|超出)/.test(rest);
    // (Not a count of the conditions met: 符合两个及以上条件的企业不重复享受, 於潜镇; 符合至少一项推荐条件, 广州.)
    // (…or one band of a list whose grants 分别 pays one to each: 1000平方米以下、1000—3000平方米、3000平方米以上的标准,分别给予…, 武汉)
    const severally = SEVERALLY_AFTER_BANDS_AHEAD.test(rest);
    // (…but 的标准 closing such a list, 3000平方米以上的标准,分别给予, is the standard the bands set, no count of standards met)
    if (COUNTED_CONDITIONS_AFTER.test(rest) && !severally) continue;
    // (…or a count bounded right before the grant it earns, 累计完成5家以上再额外奖励3万元: 蔡甸, a condition as a measure so placed is)
    const grantNext = GRANT_RIGHT_AFTER.test(rest);
    // (the grant later in the sentence, which the next four readings each ask for)
    const grantLater = GRANT_LATER.test(rest);
    // (…or a bound its bracket marks as reached, 池塘100亩(含)以上用于…, a grant later in the sentence: the mark says a bar, 宝镇)
    const marked = !!inc1 && grantLater;
    // (…or a bound in the first phrase of a clause that opens on whom it is for, 对 or 鼓励 before it, a grant later in the sentence: 对茶园集中
    // 连片200亩以上,按照规范要求配置电源和杀虫灯,按实给予补助; 鼓励基地规模300亩以上,环境优美,…的茶园…,给予…补助: 新昌)
    // (…or by 对 opening a later phrase of the sentence: 实施玉米大豆带状复合套种配套政策,对种植规模50亩以上,在市级200元/亩补助基础上,新区再
    // 配套补助100元/亩, 天府新区)
    const forOpening = (FOR_OPENING_BEFORE.test(text.slice(0, start)) || FOR_PHRASE_BEFORE.test(text.slice(Math.max(0, start - 44), start))) && grantLater;
    // (…or the first of two alternatives, the second bounded and closed by 的, a grant later in the sentence: 种植水稻连片委托流转面积300亩以上
    // 或种植蔬菜50亩以上的,按实际委托流转面积,每年给村200元/亩补助, 鄞州 — either bound qualifies)
    const orAlternative = ALTERNATIVE_BOUND_AFTER.test(rest) && grantLater;
    // (…or the thing it bounds named after 的, then taken up again by 对其 with the grant: 日处理能力200吨及以上的粮食烘干中心,对其新购置的…设备…
    // 追加补助, 天府新区)
    const referredBack = REFERRED_BACK_AFTER.test(rest) && grantLater;
    // (…or a count that opens an item of a list of conditions, what is counted after it: (4)10家及以上直播相关深圳企业(机构)在基地内经营, 深圳
    // — what the applicant must have, as 入驻企业10家及以上 is)
    const counted = listed && ITEM_OPENING.test(text.slice(0, start)) ? COUNTED_NOUN_AFTER.exec(rest) : null;
    const opensItem = !!counted;
    if ((COUNTING_UNIT.test(unit) && !held && !grantNext && !remarked && !opensItem) || !(age || grantNext || marked || forOpening || orAlternative || referredBack || listed || standard || remarked || APPLICANT_AHEAD.test(rest) || BENEFICIARY_THEN_GRANT.test(rest) || TIER_THEN_SUM.test(rest) || BOUNDS_THEN_GRANT_AHEAD.test(rest) || sizesCounted || sizedNamed || peopleNamed || experience || stepFloor || severally) || boundBefore(pre)) continue;
    // (5000平方米以下(不含): the mark says the bound is not reached.)
    const inclusive = !(inc2 && EXCLUSIVE_MARK.test(inc2)) && (!!inc1 || !!inc2 || !!and || bound === '以上');
    // (A stay written in days and nights, the bound after both, 停留3天2晚以上: bounded on its first figure, as 不少于2晚3天 is, 吉林.)
    const pair = STAY_UNIT.test(unit) ? STAY_FIRST_BEFORE.exec(text.slice(Math.max(0, start - 6), start)) : null;
    if (pair && pair[2] !== unit && STAY_UNIT.test(pair[2])) {
      const first = start - pair[0].length;
      out.push({ metric: metricBefore(text, first), unit: pair[2], raw: text.slice(first, end), start: first, end, min: round(parseNumber(pair[1])), minInclusive: inclusive });
      continue;
    }
    const metric = counted ? counted[1] : remarked ? metricBefore(text, start).replace(/[（(]/, '') : metricBefore(text, start);
    out.push({ metric, unit, raw: text.slice(start, end), start, end, ...(bound === '以外' ? { min: round(a), minInclusive: false } : bound !== '以上' ? { max: round(a), maxInclusive: inclusive || bound === '以内' } : { min: round(a), minInclusive: inclusive }) });
  }
  // A band rewarded right after it: 过户土地面积3亩(含)至10亩奖励20万元, 95分-99分的,给予…奖励 (not a time span: 3—5年内给予 is a
  // deadline).
  for (const m of matchesOf(text, QTY_BAND_RE)) {
    const [, n1, mag1, u1, , n2, mag2, markBefore, u2, markAfter] = m;
    const inc2 = markAfter ?? markBefore;
    if (u1 && u1 !== u2) continue;
    const start = m.index!;
    const end = start + m[0].length;
    // (the magnitude written once, on the band's end, is both ends': 3-4万羽 → 30000–40000, 西吉; written on each, each its own; not
    // where the lower end so read passes the upper, its figure whole already: 5000-1万平方米 → 5000–10000, 绵阳)
    const b = parseNumber(n2) * magnitude(mag2);
    const whole = parseNumber(n1);
    const scaled = whole * (mag1 ? magnitude(mag1) : u1 ? 1 : magnitude(mag2));
    const a = !mag1 && !u1 && scaled >= b && whole < b ? whole : scaled;
    // (A band of time is a period, unless it is how long an applicant has held something, the holding right before it: 组织稳定就业期满
    // 3-6个月, 永宁; 连续缴存6-12个月.)
    if (!Number.isFinite(a) || !Number.isFinite(b) || b <= a || (/^(年|月|个月|天|日)$/.test(u2) && !SPAN_HELD_BEFORE.test(before(text, start))) || /[\d.]/.test(text[start - 1] ?? '')) continue;
    // (a count of what an act makes or holds, the verb right before it, is no band of a condition: 每年开展 2-3 场的企业上云推介会, 綦江)
    if (COUNTING_VERB_END.test(before(text, start))) continue;
    if (out.some((t) => t.start < end && start < t.end)) continue;
    // (the next band of a list takes the metric of the band before it: 展览面积6000-8000平方米(不含…)、8000-10000平方米)
    const listedAfter = out.find((t) => t.end <= start && BAND_LIST_GAP.test(text.slice(t.end, start)));
    out.push({ metric: listedAfter?.metric ?? metricBefore(text, start), unit: u2, raw: text.slice(start, end), start, end, min: round(a), minInclusive: true, max: round(b), maxInclusive: !!inc2 && !EXCLUSIVE_MARK.test(inc2) && !/不含/.test(inc2) });
  }
  // An age band names whom a measure is for wherever it stands, no applicant or grant needed after it (全市范围内具有劳动能力女性16至55周岁,
  // 男性16至60周岁, 白山), as an age bound does.
  for (const m of matchesOf(text, AGE_BAND_RE)) {
    const start = m.index!;
    const end = start + m[0].length;
    const a = parseNumber(m[1]);
    const b = parseNumber(m[2]);
    if (!(b > a) || /[\d.]/.test(text[start - 1] ?? '') || out.some((t) => t.start < end && start < t.end)) continue;
    out.push({ metric: metricBefore(text, start), unit: m[3], raw: m[0], start, end, min: a, minInclusive: true, max: b, maxInclusive: true });
  }
  // An age bounded before its figure names whom a measure is for wherever it stands, as an age bound after it does (劳动者应年满16周岁,
  // 其中男性年龄不超过60周岁, 女性年龄不超过55周岁: 广东省 技能培训补贴, round 151; 年龄在35周岁以下 is read above).
  for (const m of matchesOf(text, AGE_BEFORE_RE)) {
    const start = m.index! + m[0].indexOf(m[2], m[1].length);
    const end = m.index! + m[0].length;
    if (out.some((t) => t.start < end && start < t.end) || /[\d.]/.test(text[end] ?? '')) continue;
    const a = parseNumber(m[2]);
    const said = /^放宽/.test(m[1]) ? { side: 'max' as const, inclusive: true } : boundBefore(m[1]);
    if (!said || !Number.isFinite(a) || a > 120) continue;
    out.push({ metric: metricBefore(text, m.index!), unit: m[3], raw: text.slice(start, end), start, end, ...(said.side === 'max' ? { max: round(a), maxInclusive: said.inclusive } : { min: round(a), minInclusive: said.inclusive }) });
  }
  // The ages listed after a bounded one under the same bound, one for each group 分别 names (年龄分别不超过40周岁、30周岁、25周岁, 长江新区).
  for (const t of [...out]) {
    if (!/^(?:周岁|岁)$/.test(t.unit ?? '') || (t.min !== undefined && t.max !== undefined)) continue;
    let k = t.end;
    for (let item = AGE_LISTED.exec(text.slice(k)); item; item = AGE_LISTED.exec(text.slice(k))) {
      const b = parseNumber(item[1]);
      const at = k + item[0].indexOf(item[1]);
      k += item[0].length;
      if (!Number.isFinite(b) || b > 120 || out.some((x) => x.start < k && at < x.end)) break;
      out.push({ metric: t.metric, unit: item[2], raw: text.slice(at, k), start: at, end: k, ...(t.max !== undefined ? { max: round(b), maxInclusive: t.maxInclusive } : { min: round(b), minInclusive: t.minInclusive }) });
    }
  }
  // The figures listed before a bounded one, the bound written once after the last (年龄分别在35周岁、30周岁、28周岁及以下, 黄陂; 新建营业面积
  // 1000平方米、2000平方米、3000平方米以上的): each under that bound, as a list in money is, one unit for them all and nothing but 、 between.
  for (const t of [...out]) {
    // (not a grade, 2級、3級、4級及以上認證的,分別獎勵…: each a level named, the bound the last level's own, 诸暨)
    if (!t.unit || GRADE_UNIT.test(t.unit) || (t.min !== undefined) === (t.max !== undefined) || !/(?:以上|以下)\s*(?:[（(][^（）()]{0,6}[）)])?$/.test(t.raw)) continue;
    let k = t.start;
    for (let item = LISTED_BEFORE.exec(text.slice(Math.max(0, k - 16), k)); item && item[2] === t.unit; item = LISTED_BEFORE.exec(text.slice(Math.max(0, k - 16), k))) {
      const at = k - item[0].length + item[0].indexOf(item[1]);
      const end = at + item[1].length + item[2].length;
      const b = parseNumber(item[1]);
      // (…not a band's upper end, 400—600亩、600亩以上: the band is its own, 五华)
      if (!Number.isFinite(b) || /[\d.—\-–~～至到]/.test(text[at - 1] ?? '') || (t.unit === '年' && b >= 1900) || out.some((x) => x.start < end && at < x.end)) break;
      out.push({ metric: t.metric, unit: t.unit, raw: text.slice(at, end), start: at, end, ...(t.max !== undefined ? { max: round(b), maxInclusive: t.maxInclusive } : { min: round(b), minInclusive: t.minInclusive }) });
      k = at;
    }
  }
  // A multiple of a standard reached, its bound after it (达到规模化养殖场标准5倍以上: 社旗; 单笔消费金额须达到消费券面额5倍及以上: 湖北省 2025):
  // a threshold in 倍 (ANNOTATION, the round-121 decision); not a multiple of another sum a grant is set at (补助经费不低于…的2倍, 按1.2倍计算).
  for (const m of matchesOf(text, MULTIPLE_FLOOR)) {
    const start = m.index!;
    const end = start + m[0].length;
    const a = parseNumber(m[1]);
    // (…nor growth by a multiple, a goal: 梅县新城面积扩大1倍以上, 广州 对口帮扶)
    if (!Number.isFinite(a) || /(?:扩大|增长|增加|提高|提升|翻|增至|扩至|扩容)\s*$/.test(text.slice(Math.max(0, start - 4), start)) || out.some((t) => t.start < end && start < t.end)) continue;
    // (…its upper end right after it, 在当地低保标准1倍以上2倍以下: one band, 太原)
    const upper = upperAfter(text.slice(end), '倍');
    if (upper && upper.value > a) {
      out.push({ metric: metricBefore(text, start), unit: '倍', raw: text.slice(start, end + upper.length), start, end: end + upper.length, min: round(a), minInclusive: true, max: round(upper.value), maxInclusive: upper.inclusive });
      continue;
    }
    out.push({ metric: metricBefore(text, start), unit: '倍', raw: m[0], start, end, min: round(a), minInclusive: true });
  }
  // …or with its bound word before the standard it multiplies, a condition clause closed by 的 and a comma (保教费收费金额高于同等级公办幼儿园保教费
  // 1.5倍的,按照…实施生均补助: 五华): the applicant's figure against the multiple; not a grant's level so set (补助经费不低于…的2倍).
  for (const m of matchesOf(text, MULTIPLE_BOUND_BEFORE)) {
    const start = m.index! + m[0].lastIndexOf(m[2]);
    const end = m.index! + m[0].length;
    const a = parseNumber(m[2]);
    if (!Number.isFinite(a) || GRANT_WORDS_IN.test(before(text, m.index!) + m[1]) || out.some((t) => t.start < end && start < t.end)) continue;
    out.push({ metric: metricBefore(text, m.index!), unit: '倍', raw: text.slice(start, end), start, end, ...(/^(?:不高于|低于|不超过)/.test(m[0]) ? { max: round(a), maxInclusive: /^不/.test(m[0]) } : { min: round(a), minInclusive: /^(?:不低于|达到)/.test(m[0]) }) });
  }
  // A quantity of standard coal whose bound mark stands between 吨 and 标煤 (本市年综合能耗1000吨(含)标煤以上重点工业用能企业; 年综合节能量
  // 超过100吨(含)标煤: 慈溪): the unit read whole, the mark its inclusiveness.
  for (const m of matchesOf(text, MARKED_COAL_RE)) {
    const { bw, n, mag, mark, coal, bound } = m.groups!;
    const said = bw ? boundBefore(bw) : undefined;
    if (!said && !bound) continue;
    const start = m.index! + m[0].indexOf(n, bw?.length ?? 0);
    const end = m.index! + m[0].length;
    const a = parseNumber(n) * magnitude(mag);
    if (!Number.isFinite(a) || out.some((t) => t.start < end && start < t.end)) continue;
    const inclusive = !/不含/.test(mark);
    const upper = said ? said.side === 'max' : bound === '以下';
    out.push({ metric: metricBefore(text, m.index!), unit: `吨${coal}`, raw: text.slice(start, end), start, end, ...(upper ? { max: round(a), maxInclusive: inclusive } : { min: round(a), minInclusive: inclusive }) });
  }
  // A span an applicant has to have reached before it may apply, 满 and the span right before 方可 (在市区参保满6个月方可申请, 南通): a floor.
  // (…or before 的, 后 or a comma, in a sentence that grants or withholds something: 工作满3年后,分期给予…购房补贴, 海南; 入驻届满一年的,
  // 分别给予10万元, 江汉; 享受房租补助满两年,且…的, 海盐. Not a step, 每满1年, nor a span not reached, 不满/未满.)
  for (const m of [...matchesOf(text, SPAN_BEFORE_APPLYING), ...matchesOf(text, SPAN_REACHED).filter((m) => SPAN_REACHED_BENEFIT.test(text.slice(m.index! + m[0].length)))]) {
    const start = m.index! + m[0].indexOf(m[1], 1);
    const end = start + m[1].length + m[2].length;
    const a = parseNumber(m[1]);
    if (!Number.isFinite(a) || a >= 100 || out.some((t) => t.start < end && start < t.end)) continue;
    out.push({ metric: metricBefore(text, m.index!), unit: m[2], raw: text.slice(start, end), start, end, min: round(a), minInclusive: true });
  }
  // A rank: 进入全国高新区综合排位前50名 → at most 50.
  for (const m of matchesOf(text, RANK_RE)) {
    const start = m.index! + m[0].indexOf(m[2], m[1].length);
    const end = m.index! + m[0].length;
    const a = parseNumber(m[2]);
    // (…or an item of a list of conditions, which closes with it: 企业需参加2017年度科技创新能力评价且排位前200名。, 鹤壁)
    const listItem = listed && /^\s*[。；;]?\s*$/.test(text.slice(end));
    if (!Number.isFinite(a) || !(RANK_REWARDED.test(text.slice(end)) || listItem) || out.some((t) => t.start < end && start < t.end)) continue;
    out.push({ metric: metricBefore(text, m.index! + m[1].length).replace(/前$/, ''), unit: m[3] || '名', raw: text.slice(start, end), start, end, max: round(a), maxInclusive: true });
  }
  for (const m of matchesOf(text, PRIZE_CLASS_RE)) {
    const start = m.index! + m[0].indexOf(m[1]);
    const end = m.index! + m[0].length;
    const a = parseNumber(m[1]);
    if (!Number.isFinite(a) || !(PRIZE_CLASS_REWARDED.test(text.slice(end)) || (listed && /^\s*[。；;]?\s*$/.test(text.slice(end)))) || out.some((t) => t.start < end && start < t.end)) continue;
    out.push({ metric: metricBefore(text, start), unit: '等奖', raw: text.slice(start, end), start, end, max: round(a), maxInclusive: true });
  }
  // A span of places rewarded alike: 第四名至第八名奖励5万元 (龙岗), 获得第4-8名的 → from the first place to the last, as 前3名 is to the third.
  for (const m of matchesOf(text, RANK_SPAN_RE)) {
    const [, n1, n2] = m;
    const a = parseNumber(n1);
    const b = parseNumber(n2);
    const start = m.index! + m[0].indexOf(n1);
    const end = m.index! + m[0].length;
    if (!Number.isFinite(a) || !Number.isFinite(b) || !(b > a) || !RANK_SPAN_REWARDED.test(text.slice(end)) || out.some((t) => t.start < end && start < t.end)) continue;
    out.push({ metric: '名次', unit: '名', raw: text.slice(start, end), start, end, min: round(a), minInclusive: true, max: round(b), maxInclusive: true });
  }
  for (const m of matchesOf(text, RANK_NAMED_RE)) {
    const [, named, n, unit] = m;
    const start = m.index! + m[0].indexOf(n, (named?.length ?? 0) + 1);
    const end = m.index! + m[0].length;
    const a = parseNumber(n);
    if (!Number.isFinite(a) || out.some((t) => t.start < end && start < t.end)) continue;
    const ranked = RANK_WORD_RE.exec(text.slice(0, m.index!));
    // (written right after what is ranked, with no 的/对/取: 对绩效评价结果前10位的项目,给予… — the sentence must rank)
    // (or, with neither, the rank of the applicant named after it, rewarded: 实缴税收前3位的商贸企业,授予金牌)
    const ofApplicant = RANK_OF_APPLICANT.test(text.slice(end));
    // (…or the first of a list of rank tiers each rewarded, the next tier a span of ranks: 前三名各奖励50万元,4至7名各奖励40万元, 银川)
    const firstTier = RANK_SPAN_REWARDED.test(text.slice(end)) && RANK_SPAN_AHEAD.test(text.slice(end));
    if (!(named && RANK_GRANT_AFTER.test(text.slice(end))) && !(ranked && RANK_REWARDED.test(text.slice(end))) && !ofApplicant && !firstTier) continue;
    out.push({ metric: ranked ? ranked[0] : '排名', unit, raw: text.slice(start, end), start, end, max: round(a), maxInclusive: true });
  }
  // A step in a measure: 每增加100平方米再给予5万元 → min 100 平方米, as 每增加2000万元再奖励 is a step in money.
  for (const m of matchesOf(text, QTY_STEP_RE)) {
    const [, n, mag, unit] = m;
    const a = parseNumber(n) * magnitude(mag);
    const start = m.index! + m[0].indexOf(n);
    const end = m.index! + m[0].length;
    if (!Number.isFinite(a) || a === 1 || out.some((t) => t.start < end && start < t.end)) continue;
    out.push({ metric: metricBefore(text, m.index!), unit, raw: text.slice(start, end), start, end, min: round(a), minInclusive: true });
  }
  for (const m of matchesOf(text, SIZE_RE)) {
    const [, metric, n, unit, inc1, and, bound, inc2] = m;
    const a = parseNumber(n);
    const start = m.index! + m[0].indexOf(n, metric.length);
    const end = m.index! + m[0].length;
    if (!Number.isFinite(a) || out.some((t) => t.start < end && start < t.end)) continue;
    const inclusive = !!inc1 || !!inc2 || !!and;
    out.push({ metric, unit, raw: text.slice(start, end), start, end, ...(bound === '以下' ? { max: round(a), maxInclusive: inclusive } : { min: round(a), minInclusive: inclusive || true }) });
  }
  // A band written as a floor then a ceiling of one unit, its mark between (粮食产量3亿斤以上(含)6亿斤以下的县: 四川省): one threshold.
  out.sort((a, b) => a.start - b.start);
  for (let k = out.length - 2; k >= 0; k--) {
    const [lo, hi] = [out[k], out[k + 1]];
    if (lo.max !== undefined || lo.min === undefined || hi.min !== undefined || hi.max === undefined || lo.unit !== hi.unit || hi.max <= lo.min) continue;
    if (!/^\s*(?:[（(]\s*(?:不)?含\s*[)）])?\s*[，,]?\s*(?:且|但|而)?\s*$/.test(text.slice(lo.end, hi.start))) continue;
    out.splice(k, 2, { ...lo, max: hi.max, maxInclusive: hi.maxInclusive, raw: text.slice(lo.start, hi.end), end: hi.end });
  }
  // (…and a quantity's ceiling written as who is left out, as a sum's is: 在托时间不足30天的婴幼儿,不予发放, 沙市区)
  flipLeftOut(text, out);
  // A bound on the quantity the grant itself counts, written after the grant's verb (给予面积不超过50平方米的3年全额租房补贴: 海南): it
  // bounds the grant, as 补贴面积不超过500平方米 does (ANNOTATION), no condition on who qualifies.
  // (…nor is the span the grant itself runs, its verb as the metric: 连续支持不超过3年 before 补助总额最高分别为200万元, 大连 中山区 — a
  // deadline, as 连续补贴3年 is (ANNOTATION: the span of a grant is a relative deadline).)
  // (The part of a quantity above its bound that a grant is paid on, 年货运量超过5万吨增量部分按照1万元/万吨进行奖励 (南充): it bounds the
  // grant's base, no condition, as a money base's part does (PAID_PART).)
  return out.filter((t) => !PART_OF_QUANTITY.test(text.slice(t.end)) && (t.max === undefined || t.min !== undefined || !GRANT_COUNTS_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)) || !GRANT_NOUN_AFTER.test(text.slice(t.end, t.end + 16))) && !(GRANT_SPAN_METRIC.test(t.metric) && /^(?:年|个月|月)$/.test(t.unit)));
}

/** An age with its alternative in brackets after its bound: 年满60(或50)周岁, 不超过45(女性40)岁 (the groups' figures, the unit after both). */
const AGE_OR_RE = new RegExp(`(?<bw>年满|${LOWER_INCLUSIVE}|${UPPER_INCLUSIVE})\\s*(?<a>\\d{1,3})\\s*[（(]\\s*(?:或|[\\u4e00-\\u9fff]{1,3})\\s*(?<b>\\d{1,3})\\s*(?:周岁|岁)?\\s*[）)]\\s*(?<unit>周岁|岁)`, 'gd');
needing(AGE_OR_RE, /岁/);
/** An age span: a floor, then a ceiling not reached (年满60周岁不满70周岁, 满16周岁、未满18周岁, 60周岁以上不满70周岁). */
/** A band with inequality signs: 50米≤船长<55米 (a figure and maybe its unit, a sign, the metric, a sign, a figure and its unit). */
const INEQUALITY_BAND_RE = new RegExp(`(?<a>${ARABIC})\\s*(?<u1>${QUANTITY_UNIT})?\\s*(?<lo>[≤≦<＜])\\s*(?<metric>[\\u4e00-\\u9fff]{1,8})\\s*(?<hi>[≤≦<＜])\\s*(?<b>${ARABIC})\\s*(?<u2>${QUANTITY_UNIT})`, 'g');
needing(INEQUALITY_BAND_RE, /[≤≦<＜][\u4e00-\u9fff]/);
// (…or a ceiling reached: 需年满18周岁,不超过28周岁, 泸州 — one band, its ceiling inclusive)
const AGE_SPAN_RE = new RegExp(`(?:年满|满|年龄在)?\\s*(?<a>\\d{1,3}|[一二两三四五六七八九十]{1,3})\\s*(?:周岁|岁)\\s*(?:(?:及|或)?以上)?\\s*[，,、]?\\s*(?<ceiling>不满|未满|不足|未达|低于|不超过|不高于|不大于)\\s*(?<b>\\d{1,3}|[一二两三四五六七八九十]{1,3})\\s*(?<unit>周岁|岁)`, 'gd');
needing(AGE_SPAN_RE, /岁\s*(?:(?:及|或)?以上)?\s*[，,、]?\s*(?:不满|未满|不足|未达|低于|不超过|不高于|不大于)/);
/** An age with its bound word before it: 年满16周岁, 年龄不超过60周岁, 不满18岁 (the figure's own bound after it, 以下, is another form;
 * not a band's first end, 年满16周岁至60周岁, nor an age as a time, 超过1周岁未申请的: 沙市). */
// (…an age in numerals too: 在法定劳动年龄内,年满十八周岁, 金水)
// (…or a ceiling relaxed for some applicants, 年龄可以放宽至30周岁: 泸州, a ceiling as 可放宽至45周岁以下 is)
const AGE_BEFORE_RE = new RegExp(`(年满|放宽(?:至|到)|${LOWER_INCLUSIVE}|${LOWER_EXCLUSIVE}|${UPPER_INCLUSIVE}|${UPPER_EXCLUSIVE})\\s*(\\d{1,3}|[一二两三四五六七八九十]{1,3})\\s*(周岁|岁)(?!\\s*(?:及|或)?(?:以上|以下)|\\s*(?:至|到|[-—–~])|\\s*(?:未|时|后|之后|以后))`, 'g');
needing(AGE_BEFORE_RE, /岁/);
/** A clause's first phrase opened by whom it is for, up to the figure: 对茶园集中连片, 鼓励基地规模 (maybe after its item number). */
const FOR_PHRASE_TAIL = '(?:(?!给予|奖励|补助|补贴|资助|按)[^，。；,;]){0,40}$';
const FOR_OPENING_BEFORE = new RegExp(`^\\s*(?:[（(]?[一二三四五六七八九十\\d]{1,2}[）).、．]\\s*)?(?:对|鼓励|支持)${FOR_PHRASE_TAIL}`);
/** …or a later phrase of the sentence opened by 对, up to the figure (,对种植规模). */
const FOR_PHRASE_BEFORE = new RegExp(`[，,]\\s*对${FOR_PHRASE_TAIL}`);
/** A coal quantity with its bound mark inside the unit: (超过)1000吨(含)标煤(以上). */
const MARKED_COAL_RE = new RegExp(`(?<bw>${LOWER_INCLUSIVE}|${LOWER_EXCLUSIVE}|${UPPER_INCLUSIVE}|${UPPER_EXCLUSIVE})?\\s*(?<n>\\d+(?:\\.\\d+)?)\\s*(?<mag>万)?吨\\s*(?<mark>[（(]\\s*(?:不)?含\\s*[）)])\\s*(?<coal>标准煤|标煤)\\s*(?:(?:及|或)?(?<bound>以上|以下))?`, 'g');
// Its word.
needing(MARKED_COAL_RE, /标准?煤/);
/** A bound word, the standard multiplied, then the multiple, closed by 的 and a comma: 高于同等级公办幼儿园保教费1.5倍的,. */
const MULTIPLE_BOUND_BEFORE = /(?:高于|超过|达到|不低于|低于|不高于|不超过)([^，。；,;\d]{1,24}?)(\d+(?:\.\d+)?)\s*倍(?=的[，,])/g;
// Its word.
needing(MULTIPLE_BOUND_BEFORE, /倍的/);
/** A grant's words: a multiple among them is the grant's level, no condition. */
const GRANT_WORDS_IN = /补助|补贴|奖励|奖补|资助|经费|给予/;
/** A multiple with its floor after it, no 的 before it (标准5倍以上, 面额5倍及以上). */
const MULTIPLE_FLOOR = needing(/(?<![的\d.])(\d+(?:\.\d+)?)\s*倍\s*(?:及|或)?以上/g, /倍\s*(?:及|或)?以上/);
/** Units that name a level, not a quantity: a list of them before a bound names each level (2級、3級、4級及以上). */
const GRADE_UNIT = /^(?:级|星|星级|等|档|类|批|级别)$/;
/** A figure and its unit right before the next item of a list (35周岁、): the unit bare, no bound of its own. */
const LISTED_BEFORE = /(\d+(?:\.\d+)?)\s*([\u4e00-\u9fff]{1,4})\s*[、和及]\s*$/;
/** The next age of a list under one bound: 、30周岁. */
const AGE_LISTED = /^\s*[、，,]\s*(\d{1,3})\s*(周岁|岁)(?!\s*(?:及|或)?(?:以上|以下)|\s*(?:至|到|[-—–~]))/;
/** 满 and a span, then 方可/才能 and the act it allows: 参保满6个月方可申请, 工作满1年后方可申报. */
const SPAN_BEFORE_APPLYING = new RegExp(`满\\s*(${ARABIC}|${CHINESE})\\s*(年|个月|周年)(?:以上|及以上)?(?:后|之后)?(?=\\s*(?:方可|才能|方能|才可|即可)(?:申请|申报|享受|申领|领取|办理))`, 'g');
/** 满 and a span reached, then 的, 后, 但, 且 or a comma: 工作满3年后, 入驻届满一年的, 任教满三十年的 (not 每满, 不满, 未满, 年满). */
const SPAN_REACHED = needing(new RegExp(`(?<![每不未年])满\\s*(${ARABIC}|${CHINESE})\\s*(年|个月|周年)(?:及?以上)?(?=\\s*(?:后|之后)?\\s*(?:的|但|且|并|[，,]))`, 'g'), /满/);
/** What the rest of the sentence after such a span grants or withholds. */
const SPAN_REACHED_BENEFIT = /^[^。；;]*?(?:给予|奖励|补助|补贴|奖补|发放|支付|享受)/;
/** Bodies or places sized by the bound right before, no 的 between, then their 的 or a grant: 重点用能单位的, 产粮大县奖励. */
const SIZED_NOUN_AFTER = new RegExp(`^[\u4e00-\u9fff]{0,6}?(?:${APPLICANT}|大县|大户|强县)(?=的|奖励|补助|补贴|奖补|给予)`);
/** 每亩 / 每平方米 before a money bound's metric, in its phrase: the sum is per that area. */
const PER_AREA_BEFORE = /每(亩|平方米|公顷)[\u4e00-\u9fff]{0,12}?(?:不低于|不少于|达到|超过|在|为)?\s*$/;
/** A support verb opening what a sentence backs (重点支持, 优先支持, 鼓励…开展): a bound in brackets on that thing is a bar on it. */
const SUPPORTED_BEFORE = /(?:重点|优先|积极)?(?:支持|扶持|补助|奖补)[^。；;]{0,40}$/;
/** Is `at` inside a bracket opened right after the words of a thing a support verb backs ((重点支持集中式较大规模(容量不低于…)? */
function remarkOnSupported(text: string, at: number): boolean {
  const open = Math.max(text.lastIndexOf('(', at), text.lastIndexOf('（', at));
  if (open <= 0 || at - open > 12 || /[)），,。；;]/.test(text.slice(open + 1, at))) return false;
  return /[\u4e00-\u9fff]/.test(text[open - 1]) && SUPPORTED_BEFORE.test(sentenceBefore(text, open));
}

/** A grant's own verb as a span's metric (连续支持, 补贴期限, 享受): the span the grant runs, not a condition. */
const GRANT_SPAN_METRIC = /^(?:连续|累计)?(?:支持|补贴|补助|奖励|资助|扶持|享受|奖补|贴息)(?:期|期限|年限|时间|周期)?$/;

/** Is pos inside a round bracket opened earlier in the text? */
function insideBracket(text: string, pos: number): boolean {
  let depth = 0;
  for (let i = 0; i < pos; i++) {
    if (text[i] === '（' || text[i] === '(') depth++;
    else if ((text[i] === '）' || text[i] === ')') && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * Percentages an applicant must meet, as thresholds with unit "%" (the rates that stay are paid or targeted):
 * 增速不低于25%的企业 → min; 资产负债率低于70%的企业 → max; 研发投入占比3%至5%的企业 → min and max;
 * 增速每增加一个百分点追加0.5万元 → the step as min. A bracket repeating the bound (15%以上（含15%）) is no value.
 */
export function rateThresholds(text: string, rates: Rate[], isCondition: (r: Rate) => boolean): { thresholds: Threshold[]; used: Set<number> } {
  const thresholds: Threshold[] = [];
  const used = new Set<number>();
  for (let i = 0; i < rates.length; i++) {
    if (used.has(i)) continue;
    const r = rates[i];
    if (/[（(]\s*含\s*$/.test(text.slice(Math.max(0, r.start - 4), r.start))) {
      used.add(i);
      continue;
    }
    const nxt = rates[i + 1];
    // 增速在10%（含）至20%之间的: a range, a mark on its lower end allowed.
    const gap = text.slice(r.end, nxt?.start ?? r.end);
    const range = /^\s*(（含）|\(含\)|（不含）|\(不含\))?\s*[至到\-—–~]\s*$/.exec(gap);
    if (nxt && range && isCondition(nxt)) {
      thresholds.push({ metric: metricBefore(text, r.start), min: r.value, minInclusive: !/不含/.test(range[1] ?? ''), max: nxt.value, unit: '%', raw: text.slice(r.start, nxt.end), start: r.start, end: nxt.end });
      used.add(i).add(i + 1);
      continue;
    }
    // 10%≤增速<20%: a metric between two bounds written as signs.
    const signs = nxt ? BETWEEN_SIGNS.exec(gap) : null;
    if (nxt && signs && signs[0].length === gap.length) {
      thresholds.push({ metric: signs[2], min: r.value, minInclusive: /[≤≦=]/.test(signs[1]), max: nxt.value, maxInclusive: /[≤≦=]/.test(signs[3]), unit: '%', raw: text.slice(r.start, nxt.end), start: r.start, end: nxt.end });
      used.add(i).add(i + 1);
      continue;
    }
    // 比例40%(含本数)以上的(…的企业不受40%比例限制): a bracket repeating a condition's figure is no value.
    if (thresholds.some((t) => t.min === r.value || t.max === r.value) && insideBracket(text, r.start)) {
      used.add(i);
      continue;
    }
    if (!isCondition(r)) continue;
    // (The bound may stand before the base the share is of: 裁员率不超过企业职工总数20%的企业, 不低于销售收入的3%: 宁夏.)
    const pre = before(text, r.start);
    const based = BOUND_BEFORE_BASE.exec(pre);
    const said = boundBefore(pre) ?? (based ? boundBefore(pre.slice(0, based.index + based[1].length)) : undefined);
    const below = said?.side === 'max' || BELOW_AFTER.test(next(text, r.end, 8));
    // 增长10%—20%、20%以上的: a later figure of a list shares the first one's metric.
    const t: Threshold = { metric: shareMeasureAfter(text, r.start, r.end) ?? metricBefore(text, listSpan(text, r.start, r.end)[0]), unit: '%', raw: r.raw, start: r.start, end: r.end };
    if (below) Object.assign(t, { max: r.value, maxInclusive: said ? said.inclusive : true });
    else Object.assign(t, { min: r.value, minInclusive: said ? said.inclusive : true });
    thresholds.push(t);
    used.add(i);
  }
  // (…and a share's bound written as who is left out, as a sum's is: 占股>30%的,不纳入奖励范围, 靖江 — a ceiling.)
  flipLeftOut(text, thresholds);
  return { thresholds, used };
}
