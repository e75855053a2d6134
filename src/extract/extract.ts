import { LABEL_NOUN, LABEL_PREFIX } from './lexicon.js';
import { createHash } from 'node:crypto';
import { fold } from '../ingest/clean.js';
import { toOriginal } from '../ingest/tracked.js';
import { matchesOf, needing } from '../ingest/matches.js';
import { blankTitles } from '../ingest/regions.js';
import { extractAmounts } from './amounts.js';
import { sentenceAfter, sentenceBefore } from './context.js';
import { clauseSpans, underTimeHeading, type ClauseSpan } from './clauses.js';
import { planTitleTerm } from './plan-term.js';
import { deadlineFromCell, extractDeadlines, FIVE_YEAR, headingLimits, headingYear, loneSpan } from './deadlines.js';
import { findMoney } from './money.js';
import { cellYuan, isTotalRow, moneyColumns } from './money-columns.js';
import { foldBoundMarks, foldCapitalSums, foldDashes, foldListSlashes, foldNumeralYears, foldWordPercents, parseNumber, round, yuanPerUnit } from './numbers.js';
import { extractRates, isListedRateCondition, isRateCondition } from './rates.js';
import { conditionCell, inConditionList, inConditionRun, inTierHead } from './condition-list.js';
import { inStandardList, underGrantStandardHeading } from './standard-list.js';
import { contributionAt } from './contributions.js';
import { inGoalField } from './goal-field.js';
import { APPLICANT, LEAD_IN_LABEL, NEGATION, NOT_NEGATION, RELIEF_DUE, STANDARD_KIND } from './condition-words.js';
import { sharedListBounds } from './shared-list-bound.js';
import { BUILD_PERIOD, extractQuantityThresholds, extractThresholds, OPERATING_METRIC, rateThresholds } from './thresholds.js';
import { topicsOf } from './topics.js';
import { deriveValidity, isCalendarDate, issuedOn } from './validity.js';
import { asWritten, coverStanding, dutyPairs, mergeUnits, splitUnitList, subjectUnits, type UnitNote } from './units.js';
import type { Amount, Clause, ClauseKind, Deadline, PolicyDocument, Rate, Table, Threshold, UnitMention } from '../types.js';

// (a plan's title term lives in plan-term.ts, which clauses.ts reads too; exported here with the extractor's API)
export { planTitleTerm };

export interface TextValues {
  amounts: Amount[];
  rates: Rate[];
  thresholds: Threshold[];
  deadlines: Deadline[];
}

// (not the end of a window: 2019年1月1日(含)至2019年8月31日(含)内完工, 江门)
// (…not 截至 a day, the day a state is taken at: 截至2024年12月31日,已足额缴纳失业保险费满12个月及以上, 辽源 — a condition still.)
// (…nor a level named 控制目标, the reference a bound is set against: 净减员率不高于…失业率控制目标(5.5%), 辽源.)
const LISTED_GOAL = /(?<![日月年)）\d截])(?:到|至)\d{4}年|力争|(?<!控制)目标/;

/** A bound written after a rate, maybe with its inclusive mark: (含8%)以上, 以上(含50%). */
const JOINT_BOUND_AFTER = /^\s*(?:[（(]\s*含[^）)]{0,8}[）)])?\s*(?:以上|及以上|以下|[（(]\s*含)/;
/** …or before it: 且增长超过(含达到)13%全市平均增幅. */
const JOINT_BOUND_BEFORE = /(?:超过|不低于|不少于|达到|高于)\s*(?:[（(][^（）()]{0,6}[）)])?\s*$/;
/** Between a condition and the next in one clause: a joiner (且, 同时, 并且) and no sentence's end. */
// (…or a comma and the rate's own measure, the next bound of a list of standards: 上年度营业收入…不低于10亿元,增长率不低于10%, 苏州)
const JOINED_BEFORE = /^[^。；;]{0,12}?(?:且|同时|并且)[^。；;]{0,16}$|^\s*[，,、]\s*(?:(?!给予|奖励|补助|补贴|资助)[^，。；,;、\d]){1,10}$/;
/**
 * A clause that opens with the label of whom (or which award) it sets requirements for: 工业项目:固定资产投资原则上不低于3000万元 (祁县),
 * 突出贡献奖:年出口5亿美元以上 (中山). Its bounded figures are conditions.
 */
const REQUIREMENT_LABEL = /^\s*(?:\d{1,2}[.．、]\s*)?[\u4e00-\u9fff]{1,8}(?:项目|企业|单位|奖)[：:]/;
/**
 * A clause that opens with the label of a list of conditions, the list run on after its colon: 申报条件:年营业收入达到2000万元以上;, 建设的基本
 * 标准为:产业规模,种植业面积达到1500亩以上… (社旗). Its bounded figures are conditions, as a listed condition's are.
 */
const CONDITION_LABEL = new RegExp(`^\\s*(?:[（(]?[一二三四五六七八九十\\d]{1,2}[）).、．]\\s*)?[^，。；,;：:]{0,8}?(?:${LEAD_IN_LABEL}|(?:${STANDARD_KIND}|基本|建设|创建)的?标准)(?:如下|为|是)?\\s*[：:]`);
/**
 * A clause that opens on what an applicant must have (申报企业须在本区注册满1年以上; 运动员必须在龙岗区带训时间大于12个月, 龙岗; 项目总投资额原则上
 * 不低于5000万元, 山东省 — 原则上 sets a rule as 须 does; 应 before what it holds, 新型农业经营主体应持有两年以上的营业执照, 农安): its bounded
 * figures are conditions, as a listed condition's are.
 */
const REQUIRED_OF_APPLICANT = new RegExp(`^\\s*(?:\\d{1,2}[.．、]\\s*)?(?:其中)?[^，。；,;：:]{0,30}?(?:${APPLICANT}|运动员|教练员|申报单位|申请人)(?:[（(][^（）()]{1,4}[）)])?[^，。；,;：:]{0,4}?(?:必须|须|需|应当|原则上|应(?=持有|具有|具备|拥有|取得|在|为|达到|满))[^，。；,;：:]{0,24}?(?:大于|小于|不少于|不低于|不超过|超过|满|以上|以下|以内)`);
/**
 * …or what it must hold for a span, whoever it is (申报自治区科技企业加速器的同时需具有1年(含)以上自治区级…孵化器资格: 内蒙古自治区;
 * 须具备3年以上相关工作经验; …必须有主体专业大专以上学历且有10年以上矿山一线从业经历, 昌宁: the modal reaching over 且): its years are a
 * condition.
 */
const REQUIRED_HOLDING = /(?:必须|须|需|应当|应)(?:[^，。；,;\d]{0,16}?(?:且|并|同时))?(?:具有|具备|拥有|取得|有)\s*\d+(?:\.\d+)?\s*(?:个)?(?:年|月)\s*(?:[（(]含[）)])?\s*(?:及)?以上[^，。；,;]{0,24}?(?:资格|资质|经历|经验|年限|认定)/;
/**
 * A term the applicant must keep, bounded below (租用期应不少于3年: 朝阳, 承租期不少于5年, 劳动合同期限不少于1年): a condition on who
 * qualifies wherever it stands in the clause, no applicant or grant needed after it.
 */
const KEPT_TERM = /(?:租用|租赁|承租|入驻|聘用|劳动|服务|合同)(?:合同)?(?:期|期限|年限)\s*(?:应|须|需|必须|应当|要)?\s*(?:不少于|不低于|不短于)\s*[\d一二两三四五六七八九十]/;
/** A clause that opens with 或, the next of alternative conditions (…;或年出口增长50%以上(含50%)。: 中山). */
const ALTERNATIVE = /^\s*或(?!者说)/;
/** A clause that opens with 凡 (whoever, whatever), maybe after its item's number. */
const WHOEVER = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*)?凡/;
/**
 * A clause that opens on what is required of whoever carries the project out (要求实施主体羊只存栏300只及以上,建设养殖棚圈500平方米及以上: 西吉)
 * or defines the applicant a grant is for (指规模800亩以上,…,具有独立法人资格的企业。: 武汉): its bounded figures are conditions, as a listed
 * condition's are.
 */
const REQUIRED_OF_SUBJECT = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*)?(?:并|同时)?要求(?:申报|实施|项目|建设|申请|承担)?(?:主体|单位|企业|项目|对象|申请人)/;
// (…the term defined written first, 种子期、初创期民营及中小企业是指…不超过3年…且资产总额不超过2000万元人民币…的企业: 黄埔)
// (…quoted from the policy it applies, after the article it cites: 根据《措施》第一条,“本措施所指高端写字楼宇是指…,办公面积不低于20000平方米,…的商业写字
// 楼宇”。, 宝安 2022)
const DEFINES_APPLICANT = new RegExp(`^\\s*(?:(?:根据|按照|依据)[^。；;“”"]{1,30}?[，,:：]\\s*[“"])?(?:[^，。；,;]{1,30}?(?:是指|系指)|(?:是)?指)[^。；;]*的[^，。；,;的]{0,8}?(?:${APPLICANT})[”"]?[。；;]?\\s*$`);
/**
 * A clause that opens by naming its applicant, then sets the standards it must meet, no grant in it (入驻县产业集聚区的工业项目,工业用地
 * 容积率不得低于1.0,建筑密度不得低于40%: 鹿邑): its bounded figures are conditions.
 */
const APPLICANT_OPENS = new RegExp(`^\\s*(?:\\d{1,2}[.．、]\\s*)?(?![^，。；,;]*?(?:对|凡))[^，。；,;]{2,30}的[^，。；,;的]{0,6}?(?:${APPLICANT})[，,]`);
const GRANTS = /给予|奖励|补助|补贴|资助|奖补|扶持|贴息|返还/;
/**
 * A clause that closes on whoever meets it and may apply (…年度网络零售额在1000万元以上,且网店数量大于50个…的行政村可以申请认定为电商专业村: 松阳;
 * …的镇(乡、街道)可以申请认定为电商镇): its bounded figures are conditions on that applicant, whatever noun names it.
 */
// (…or closes on 可以申请 after its last condition, the applicant named first: 参保企业足额缴纳失业保险费12个月以上,…,30人(含)以下的参保企业
// 裁员率不高于20%,可以申请失业保险稳岗返还, 天桥 — no figure after it.)
const MAY_APPLY = /的[^，。；,;的]{1,16}?(?:可以|可|均可|方可)(?:申请|申报)(?:认定|认证|评定|命名|创建)?/;
// (…granting nothing before it: 补助标准不超过相关设备价格的30%…,可申请相应多项补助 (中山) sets a grant, no condition.)
const MAY_APPLY_END = /[，,]\s*(?:可以|可|均可|方可)(?:申请|申报|享受)[^，。；,;\d]{1,24}[。；;]?\s*$/;
/** A bound that gives the standing to apply right after it (单个主体托管数量不少于1000亩具备申报资格, 农安): what qualifies. */
const QUALIFIES_AFTER_BOUND = /(?:以上|以下|不少于|不低于|不超过|不高于|满)[^，。；,;]{0,12}?(?:即|才|方|可)?(?:具备|具有|取得|享有)(?:申报|申请|参评)资格/;
const mayApplyAtEnd = (t: string): boolean => {
  const m = MAY_APPLY_END.exec(t);
  return !!m && !GRANTS.test(t.slice(0, m.index));
};
/** A clause that says whom the measures apply to (本政策适用于…各类企业…,且固定资产投资不少于1亿元: 科右中旗), maybe after its article's number. */
// (…or a fund's or a scheme's name before 适用于: 风险补偿基金适用于在广州市内登记注册一年以上…的科技型中小微企业, 广州)
const APPLIES_TO = /^[^，。；,;]{0,12}?(?:(?:本|上述|以上)(?:政策|办法|措施|细则|规定|意见|条款)(?:措施)?|基金|资金|专项资金|补贴|补助|奖励|贴息)(?:仅)?适用于/;

/** A bracket that works an example (例如/比如/举例…, or 如… closed by 以此类推). */
// (…or 如 opening a case after a remark and a comma, a figure in it and a result worked out, 为 or a grant's verb then a figure:
// (消费券精确到整拾元,如购买居民住宅缴纳11198元契税,税额20%为2239.6元,…实际返还面值2230元消费券), 曲阜)
const WORKED_EXAMPLE = /[（(](?:(?:例如|比如|举例(?:说明)?)[:：,，]?[^（）()]{2,80}|如[^（）()]{2,80}?[，,；;]\s*(?:以此|依此)类推|(?:[^（）()]{0,30}?[，,])?\s*(?:如|假设|假如)[^（）()]{1,100}?\d[^（）()]{0,100}?(?:为|则|即|得|应|奖励|补贴|补助|给予|返还)[^（）()]{0,6}?[\d.]+[^（）()]*)[）)]/g;
/** A list of factors' weights before a percentage, no stop between: 因素和权重为:…30%、…. */
const WEIGHTS_BEFORE = /(?:权重|权数)(?:分别)?(?:为|是|占|[:：])[^。；;！？，,]*$/;
/** …or the weights word after the list, no stop between: 按照…总里程规模30%、…公路密度30%、…通达情况40%的权重进行分配. */
const WEIGHTS_AFTER = /^[^。；;！？，,]*?的?(?:权重|权数)/;
/** A figure reported as reached, then its growth: 实际利用外商直接投资3.48亿美元,同比增长 (not 力争…达到…,同比增长). */
const REPORTED_GROWTH = /(?:实际|累计|已)[^，。；;]{0,24}?\d[\d.,]*\s*(?:万|亿)?(?:美元|元|吨|个|家|人|项)[，,]\s*(?:同比|比上年)?(?:增长|下降)\s*$/;
const REPORT_GOAL = /力争|目标|确保|预期|计划|要求|争取/;
/** A share of a plan done or a rate reached, right before its figure: 完成年度投资计划的, 完成1-4月投资任务的, 开工率, 完成率为. */
const SHARE_DONE_BEFORE = /(?:完成|实现)[^，。；,;]{0,12}?(?:计划|任务)的\s*$|(?:开工|完成|竣工|投产|到位|签约)率\s*(?:为|达)?\s*$/;
/** What a progress report says was done: 累计完成, 已完成, 同比, 开工7个, 完成投资21亿元. */
const PROGRESS_REPORTED = /累计|已(?:完成|开工|建成|竣工)|同比|(?:开工|竣工|投产|签约)\s*\d+\s*个|完成投资\s*[\d.]+/;
/** A goal's words, which keep a share a target: 力争, 确保, 目标, 要求, 争取, 以上, 不低于, 达到. */
const SHARE_GOAL = /力争|确保|目标|要求|争取|以上|不低于|达到/;
/** A sentence opening on a period's end and a comma: “十二五”末, 2015年底, 2020年末. */
// (…or the day a report counts to: 截至2020年底, 台山)
const PERIOD_END_OPENS = /^\s*(?:截至|截止)?(?:“?(十[一二三四五]五)”?(?:末|期末)|(\d{4})年(?:底|末))\s*[,，]/;
/** A share of a whole given as about so much (占全市陆域面积约13.6%): a plan describing what is, no rate it sets. */
const APPROX_SHARE_BEFORE = /占[^，。；,;]{1,24}?约\s*$/;
/** Does the sentence open on a period's end before the notice's year? */
function pastOpens(sentence: string, docDate?: string): boolean {
  const m = PERIOD_END_OPENS.exec(sentence);
  if (!m || !docDate) return false;
  const end = m[1] ? FIVE_YEAR[m[1]]?.[1] : Number(m[2]);
  return !!end && end < Number(docDate.slice(0, 4));
}
/** Places as a group acting in an article (各地, 各地区, 各地方). */
const PLACES_AS_GROUP = /^各地(?:区|方)?$/;
/** A note's group of local governments (各盟行政公署、市人民政府, 各市州人民政府, 各县(市、区)政府): the places' own bodies. */
const LOCAL_GOVERNMENTS = /^各[^，,；;]{0,16}?(?:人民政府|政府|行政公署|行署)(?:[（(][^（）()]{0,12}[）)])?$/;
/** A basis phrase around a figure: 在…的基础上 (在前期降低50%的基础上再降低50%). */
const BASIS_OPENS = /在[^，。；,;在]{0,10}$/;
const BASIS_CLOSES = /^的?基础上/;

/**
 * Every value in one piece of clause text, with character ranges into it. Pure. `listed`: the text is an item of a list
 * of conditions (园区应符合以下条件: …), where a bounded figure is a condition though no applicant is named. `standard`: the text is a row
 * of a list of standards (standard-list.ts), where a sum per a unit is set though no grant is named.
 */
/** A condition cancelled: 取消 … 条件 / 要求 / 限制 / 门槛 within the phrase (the bounds between are no longer set). */
// (…or one quoted to waive it for some, 该类企业可放宽“…企业(子公司或分公司)不少于3个”的条件限制 (南沙 2023), 不受“…”的限制: the bound stands
// where the text first set it, not here.)
const CANCELLED_CONDITION = needing(/取消[^。；;]{0,80}?(?:的)?(?:必要|申报|准入|限制性)?(?:条件|要求|限制|门槛)|(?:放宽|不受|免于|豁免)\s*[“"‘][^”"’。；;]{1,80}[”"’]\s*(?:的|等)?\s*(?:条件|要求|标准)?\s*(?:限制|要求)/g, /取消|放宽|不受|免于|豁免/);
/** After a figure, the word 档 that makes it a tier's name: 元档, 元以上档, 元以上(含300元)档, 元—299元档. */
const TIER_NAMED_AFTER = /^\s*(?:[—\-–~至到]\s*[\d.]+\s*(?:万|亿|千)?元)?\s*(?:及)?(?:以上|以下)?\s*(?:[（(]含[^（）()]{0,10}[）)])?\s*档(?!次)/;
/** A tier's label: a sum, a few words, then a colon (满50元享7折优惠:). */
const TIER_LABEL = /(?<![\d.])(\d+(?:\.\d+)?)\s*(万)?元[^，。；,;：:\d]{0,4}(?:\d+(?:\.\d+)?折)?[^，。；,;：:\d]{0,6}[：:]/g;
/** The spans of tier labels whose sum the sentence after the colon writes again (满50元享7折优惠:对…单笔消费满50元的…): [start, colon). */
function tierLabels(t: string): [number, number][] {
  if (!/[：:]/.test(t)) return [];
  const out: [number, number][] = [];
  for (const m of t.matchAll(TIER_LABEL)) {
    const colon = m.index! + m[0].length - 1;
    const sum = `${m[1]}${m[2] ?? ''}元`;
    const after = t.slice(colon + 1, colon + 60).replace(/\s+/g, '');
    // (the label opens its phrase: the phrase's start or a 满 right before the sum)
    const opens = m.index === 0 || /[，。；,;：:、\s满]/.test(t[m.index! - 1]);
    if (opens && after.includes(sum)) out.push([m.index!, colon]);
  }
  return out;
}
/** The 角 and 分 a sum in numerals writes after its 元 (零伍角, 伍角贰分, 零捌分; capital or not), in yuan; 0 when none. */
function fenAfter(after: string): number {
  const m = /^\s*零?(?:([一二三四五六七八九壹贰叁肆伍陆柒捌玖])角)?(?:零?([一二三四五六七八九壹贰叁肆伍陆柒捌玖])分)?/.exec(after);
  const digit = (c?: string) => (c ? ('一二三四五六七八九'.indexOf(c) + 1 || '壹贰叁肆伍陆柒捌玖'.indexOf(c) + 1) : 0);
  return m ? Math.round(digit(m[1]) * 10 + digit(m[2])) / 100 : 0;
}
/** What stands between a sum and its restatement: an opening bracket, 大写 and a colon maybe (18.1135万元(大写:…元), 50000元（人民币伍万元）). */
const RESTATED_BETWEEN = /^\s*[（(]\s*(?:人民币)?(?:大写)?(?:金额)?\s*[:：]?\s*(?:人民币)?\s*$/;
export function extractValues(text: string, docDate?: string, listed = false, standard = false, goal = false): TextValues {
  // (A caller's date that is no calendar date would fail deep in the deadline arithmetic: say so at the door.)
  if (docDate !== undefined && !isCalendarDate(docDate)) throw new RangeError(`extractValues: docDate must be YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(docDate)}`);
  const written = foldListSlashes(foldDashes(fold(text)));
  // (The deadline rules read a bound's 包含 as written: their own mark takes it, (包含1月1日).)
  const dated = foldWordPercents(foldNumeralYears(foldCapitalSums(written)));
  const t = foldBoundMarks(dated);
  // (An item that sets a goal, 到2027年,规模以上工业增加值达到2800亿元以上 (宁夏), is no condition, listed or not.)
  listed &&= !LISTED_GOAL.test(t);
  // A clause that opens with 凡 (凡来和田地区投资…,投资超过5000万元或招录本地员工超过300人…的项目: 和田) or 本政策适用于 says whom the
  // measures are for: its bounded figures are conditions, as a listed condition's are.
  listed ||= WHOEVER.test(t) || REQUIRED_OF_SUBJECT.test(t) || DEFINES_APPLICANT.test(t) || APPLIES_TO.test(t) || (/须|需|应|原则上/.test(t) && (REQUIRED_OF_APPLICANT.test(t) || REQUIRED_HOLDING.test(t))) || REQUIREMENT_LABEL.test(t) || CONDITION_LABEL.test(t) || ALTERNATIVE.test(t) || KEPT_TERM.test(t) || (APPLICANT_OPENS.test(t) && !GRANTS.test(t)) || MAY_APPLY.test(t) || mayApplyAtEnd(t) || QUALIFIES_AFTER_BOUND.test(t);
  // (A figure that names a tier, 满150元—299元档, 满300元以上(含300元)档政策, 河源: the tier's name, no sum given nor bound set; the tier's
  // own sentence gives its values.)
  // (…or a tier's label before a colon, its figure restated by the tier's own sentence after it: 满50元享7折优惠:对在商户单笔消费满50元的个人
  // 消费者给予该笔消费额30%的补贴, 楚雄 — the label's sum and its discount name the tier.)
  const labels = tierLabels(t);
  const inLabel = (at: number) => labels.some(([a, b]) => a <= at && at < b);
  // (A sum restated in brackets right after its figure, in capital numerals or not: 发放补助金18.1135万元(大写:壹拾捌万壹仟壹佰叁拾伍元), 香格里拉
  // — one sum, its figure's (ANNOTATION round 277).)
  const mentions = findMoney(t);
  // (…its 角 and 分 after the 元, read with it: 416488.5元(大写:肆拾壹万陆仟肆佰捌拾捌元零伍角), 西吉 round 287)
  const restated = (k: number) => k > 0 && Math.abs(mentions[k - 1].yuan - mentions[k].yuan - fenAfter(t.slice(mentions[k].end, mentions[k].end + 6))) < 0.005 && RESTATED_BETWEEN.test(t.slice(mentions[k - 1].end, mentions[k].start));
  const money = mentions.filter((m, k) => !TIER_NAMED_AFTER.test(t.slice(m.end, m.end + 24)) && !inLabel(m.start) && !restated(k));
  // (A figure a record's goal field bounds is a goal, not a condition: goal, see inGoalField.)
  const { thresholds, used } = extractThresholds(t, money, listed, goal);
  // (A row of a list of standards under the lead that sets them, 乐都、民和580元/年 under 调整后的标准为:: its sum per a unit is set, as a
  // grant's is, not a price a firm pays.)
  if (standard) {
    money.forEach((m, i) => {
      if (/^元\//.test(m.unit) && !thresholds.some((x) => x.start <= m.start && m.end <= x.end)) used.delete(i);
    });
  }
  const amounts = extractAmounts(t, money, used);
  const found = extractRates(t).filter((r) => !inLabel(r.start));
  // (A rate with its bound joined by 且/同时 to a money condition before it in the clause is a condition too: 年出口10亿美元以上(含10亿美元),
  // 同时增长8%(含8%)以上, 中山.)
  const jointRate = (r: Rate) =>
    (JOINT_BOUND_AFTER.test(t.slice(r.end, r.end + 12)) || JOINT_BOUND_BEFORE.test(t.slice(Math.max(0, r.start - 12), r.start))) &&
    thresholds.some((x) => x.end <= r.start && JOINED_BEFORE.test(t.slice(x.end, r.start)));
  const conditions = rateThresholds(t, found, (r) => isRateCondition(t, r) || (listed && isListedRateCondition(t, r)) || jointRate(r));
  // (A factor a figure is counted at, in a clause that grants nothing, is no rate: 如企业以旧设备投入的,统一按重置市场价的50%计算, 筠连;
  // 将企业研发投入视同利润加回,增量部分按150%加计, 包头's assessment of its firms.)
  // (…nor the rate of the basis a new one builds on: 在前期降低50%的基础上再降低50%, 海门: the earlier cut, named.)
  // (…nor the growth of a figure the text reports as reached, no goal in the sentence: 香洲区:实际利用外商直接投资3.48亿美元,同比增长35.48%, 珠海's
  // commendation: a record, not a target.)
  // (…nor a share in a sentence that opens on a period already over and reports where things stood then: “十二五”末,…占开发区国土总面积的
  // 82%, 腾格里 2016; no goal in it.)
  const stoodThen = (r: Rate) => pastOpens(sentenceBefore(t, r.start), docDate);
  // (…nor a share given as about so much of a whole, 面积约450平方公里,占全市陆域面积约13.6%: 台山, a plan describing its area.)
  const reported = (r: Rate) =>
    (REPORTED_GROWTH.test(t.slice(Math.max(0, r.start - 40), r.start)) || stoodThen(r) || APPROX_SHARE_BEFORE.test(t.slice(Math.max(0, r.start - 30), r.start))) &&
    !REPORT_GOAL.test(sentenceBefore(t, r.start) + sentenceAfter(t, r.start));
  // (…nor the weights of an allocation's factors: 因素和权重为:相关人群数量及结构30%、相关人群收入30%、…, 长白山 — how shares are computed, not a
  // share paid.)
  // (…the weights word after the list too: …总里程规模30%、…公路密度30%、…通达情况40%的权重进行分配, 驻马店.)
  // (…nor a rate the sentence names again as the pool something comes out of: 补贴75%(单例扶持企业补贴在75%中扣除), 北蔡镇.)
  // (…nor the share of a plan done or a rate reached that a progress report gives, what was done reported beside it: 1-4月累计完成投资21.01亿元,
  // 完成1-4月投资计划的132.1%,完成年度投资计划的21.3%; 1-4月开工7个,开工率46.7%: 松阳 — a record, no goal in the sentence.)
  const shareDone = (r: Rate) => {
    const sentence = sentenceBefore(t, r.start) + sentenceAfter(t, r.start);
    return SHARE_DONE_BEFORE.test(t.slice(Math.max(0, r.start - 20), r.start)) && PROGRESS_REPORTED.test(sentence) && !SHARE_GOAL.test(sentence);
  };
  const pool = (r: Rate) => /在\s*$/.test(t.slice(Math.max(0, r.start - 2), r.start)) && /^\s*(?:之)?(?:中|内)\s*(?:扣除|列支|解决|统筹|安排|抵扣)/.test(t.slice(r.end, r.end + 8));
  const weight = (r: Rate) => WEIGHTS_BEFORE.test(sentenceBefore(t, r.start)) || WEIGHTS_AFTER.test(t.slice(r.end, r.end + 80));
  // (…nor the step a penalty counts in: 每下降一个百分点,罚款800元, 博州 — a fine, no rate and no condition.)
  const penaltyStep = (r: Rate) => /每(?:下降|降低|减少|低于)$/.test(t.slice(Math.max(0, r.start - 3), r.start)) && /^[，,]?(?:罚款|罚金|扣罚|扣减|扣除|核减|扣)/.test(t.slice(r.end, r.end + 6));
  const rates: Rate[] = found.filter((r, i) => !conditions.used.has(i) && !(COUNTED_AT.test(t.slice(r.end)) && !GRANT_OR_RELIEF.test(t)) && !(BASIS_OPENS.test(t.slice(Math.max(0, r.start - 12), r.start)) && BASIS_CLOSES.test(t.slice(r.end, r.end + 6))) && !reported(r) && !shareDone(r) && !weight(r) && !pool(r) && !penaltyStep(r));
  thresholds.push(...conditions.thresholds);
  for (const q of extractQuantityThresholds(t, listed, thresholds, goal)) if (!thresholds.some((x) => x.start < q.end && q.start < x.end)) thresholds.push(q);
  // (…and the items of a list in different measures that one bound after its last closes, outside a goal: shared-list-bound.ts)
  if (!goal) thresholds.push(...sharedListBounds(t, money, thresholds));
  thresholds.sort((a, b) => a.start - b.start);
  // (A condition the text cancels, 取消提供报团费用每人300元以上(含300元)的发票作为补贴申请材料之一的必要条件, 河源: no bound any more.)
  for (const c of matchesOf(t, CANCELLED_CONDITION)) {
    const from = c.index!;
    const to = from + c[0].length;
    for (let k = thresholds.length - 1; k >= 0; k--) if (thresholds[k].start >= from && thresholds[k].end <= to) thresholds.splice(k, 1);
  }
  // A tier after a list mark whose metric the list wrote once (主营业务收入2000万元(含)—5000万元的给予10万元…、1亿元(含)以上的给予30万元):
  // the metric of the tier before it in the sentence, in the same unit.
  for (let k = 1; k < thresholds.length; k++) {
    const [p, x] = [thresholds[k - 1], thresholds[k]];
    if (x.metric === '' && p.metric && p.unit === x.unit && /、\s*$/.test(t.slice(p.end, x.start)) && !/[。；;！？]/.test(t.slice(p.end, x.start))) x.metric = p.metric;
  }
  // A band written from its top down (实收资本在1亿元-5000万元(含)的, 三亚: the tiers listed from the largest): the same band.
  for (const x of thresholds) {
    if (x.min === undefined || x.max === undefined || x.min <= x.max) continue;
    [x.min, x.max, x.minInclusive, x.maxInclusive] = [x.max, x.min, x.maxInclusive, x.minInclusive];
  }
  // A negated floor on what the applicant must not have (环保方面无20万元以上罚款: 洪山; 无单笔5万元以上(含)罚款的行政处罚证明: 龙泉驿) is a
  // bound below it (ANNOTATION round 43): fines under the figure only.
  for (const x of thresholds) {
    if (x.min === undefined || x.max !== undefined || !NEGATED_FLOOR.test(t.slice(Math.max(0, x.start - 8), x.start))) continue;
    x.max = x.min;
    x.maxInclusive = x.minInclusive === undefined ? undefined : !x.minInclusive;
    delete x.min;
    delete x.minInclusive;
  }
  // A worked example in brackets (按照实际到位外资金额的5%给予人民币奖励(如实际到资1000万美元奖励50万元人民币,以此类推), 山西省) shows
  // how the rate is paid: its figures are no sum, rate or condition of their own.
  const examples = matchesOf(t, WORKED_EXAMPLE).map((m) => [m.index!, m.index! + m[0].length]);
  const inExample = (v: { start: number; end: number }) => examples.some(([a, b]) => a <= v.start && v.end <= b);
  for (const list of [thresholds, rates] as { start: number; end: number }[][]) {
    const kept = list.filter((v) => !inExample(v));
    list.length = 0;
    list.push(...kept);
  }
  // A sum inside a size class (10亿元级以上项目) is the class's bound, not an amount.
  const amountsOut = amounts.filter((a) => !thresholds.some((x) => x.start <= a.start && a.end <= x.end) && !inExample(a));
  amounts.length = 0;
  amounts.push(...amountsOut);
  // (连续经营一年以上 is a condition on the applicant, read as a threshold: not also a span; nor is a project's build period bounded,
  // 建设期内(最长不超过两年): 武汉.)
  // (A period written bare right before a figure that is a condition names the period measured, as a year does: 2021年下半年产值累计达
  // 5000万元以上且…, 连续两年(2020—2021年)年度营业收入均保持在15%(含)以上增速的, 镇赉, 龙泉驿.)
  const deadlines = extractDeadlines(dated, docDate).filter(
    (d) =>
      !thresholds.some((x) => /^(年|个月)$/.test(x.unit ?? '') && (OPERATING_METRIC.test(x.metric ?? '') || BUILD_PERIOD.test(x.metric ?? '')) && x.start < d.end && d.start < x.end) &&
      // (…nor a period that names whose taxes or fees a relief takes: 2021年第四季度部分税费缓缴期限继续延长6个月, 2022年第一季度、第二季度
      // 部分税费延缓缴纳6个月, 山西省: the taxes of those quarters; the relief's own span is the deadline.)
      !(
        BARE_PERIOD.test(d.raw) &&
        !d.kind &&
        ((!/^\s*(?:以来|以后|之后|起|期间|内)/.test(t.slice(d.end)) &&
          thresholds.some((x) => x.start >= d.end && (MEASURED_BETWEEN.test(t.slice(d.end, x.start)) || (listed && LISTED_MEASURED_BETWEEN.test(t.slice(d.end, x.start)))))) ||
          PERIODS_TAXES.test(t.slice(d.end)))
      ),
  );
  // (…nor the day before which a thing was made or first registered, 2013年7月1日前出厂的重型、中型、轻型柴油货车 (长治), 2018年4月30日前
  // (含当日,下同)注册登记的新能源乘用车 (仙居): what qualifies, its age (ANNOTATION round 48); not a day an applicant must act by.)
  for (let k = deadlines.length - 1; k >= 0; k--) if (deadlines[k].date && THING_DATED_AFTER.test(t.slice(deadlines[k].end, deadlines[k].end + 40))) deadlines.splice(k, 1);
  // Values carry the original (unfolded) characters of the clause; an object keeps a year or a percentage in words as written.
  for (const v of [...amounts, ...rates, ...thresholds, ...deadlines]) v.raw = text.slice(v.start, v.end);
  // (…and as the text writes it, not folded: 戰略性新興產業…30％ stays so; an object composed of pieces the text does not write together,
  // 同比增长10％以上 from 同比增长10％、20％、30％以上, each character as the clause writes it)
  let unfold: ((s: string) => string) | undefined; // (read off the clause once, for the first object that needs it)
  for (const a of amounts) {
    if (!a.object) continue;
    const inOnePiece = objectAsWritten(a.object, a.start, t, text);
    if (inOnePiece !== undefined) a.object = inOnePiece;
    else a.object = (unfold ??= unfolder(written, text))(t !== written ? asWrittenIn(a.object, t, written) : a.object);
  }
  return { amounts, rates, thresholds, deadlines };
}

/**
 * After a day with 前, the thing made or first registered before it (…前出厂的柴油货车, …前(含当日,下同)注册登记的新能源乘用车, …前生产的锅炉):
 * the day bounds the thing's age. Only things: 在2024年1月1日前依法登记注册的企业 is an applicant's act, a window (round 143).
 */
const THING_DATED_AFTER = /^\s*(?:[（(][^（）()]{0,12}[）)])?\s*(?:出厂|生产|制造|注册登记|登记注册|首次注册登记|初次登记|上牌|投入使用|投用|建成|建造)的[^，。；,;的]{0,16}?(?:车|车辆|汽车|乘用车|货车|客车|柴油车|摩托车|农机|机械|设备|锅炉|机组|船舶|渔船|住宅|房屋|小区|电梯)/;

/** A negation right before a bounded figure, a word or two between (无, 无单笔, 未发生, 没有): not 无论, 无需, 无偿 (dict/condition-words.json). */
const NEGATED_FLOOR = new RegExp(`(?!${NOT_NEGATION})(?:${NEGATION})[^，。；,;、\\d无未没]{0,4}$`);
/** After a period, the taxes or fees of it (部分税费, 应缴纳的增值税; dict/condition-words.json reliefDues), maybe after more periods (、第二季度部分税费). */
// (…what the firm earned or paid in it first: 在2021年度第四季度实现的企业所得税、个人所得税…,按规定享受税费延缓缴纳, 温州 2022)
const PERIODS_TAXES = new RegExp(`^(?:\\s*[、和及与]\\s*(?:\\d{4}年)?(?:第?[一二三四1-4]季度|[上下]半年|\\d{1,2}月(?:份)?))*\\s*(?:实现|产生|发生|缴纳)?(?:的)?(?:部分|应缴纳?的?|应纳|已缴纳?的?)?(?:企业|个人)?(?:${RELIEF_DUE})`);
/** A period written bare (2021年下半年, 2022年一季度, 2020—2021年, 三季度), with no limit word and no day. */
// (…or 年内 before what an applicant must reach in it: 在我县注册登记企业年内实现地方公共财政预算收入达人民币50万元的,给予奖励, 永德)
const BARE_PERIOD = /^(?:\d{4}年(?:度)?)?(?:(?:[上下]半年|第?[一二三四1-4]季度|\d{1,2}月(?:份)?)|\d{4}\s*[-—–~至到]\s*\d{4}年)$|^\d{4}年(?:度)?$|^年内$/;
/** What stands between such a period and its figure: the measure first, no grant and no new phrase (产值累计达, )年度营业收入均保持在). */
// (A measure must open it: 2023年引进超10亿元优质产业类项目 and 2024年重点筛查60岁以上人群 set the year's work.)
// (…and no first reaching: 于2023年产值首次达到10亿元 is the window of that act, ANNOTATION round 40.)
// (…the measure maybe after 实现 and its qualifier: 实现地方公共财政预算收入达人民币, 永德)
// (…or any quantity or sum measured, a noun in 量 or 额: 2024年吞吐量达80万标箱,奖励4000万元, 南通; 货运量, 零售额)
const MEASURED_BETWEEN = /^[）)]?(?:度)?(?:实现[\u4e00-\u9fff]{0,8}?)?(?:年度|当期|累计)?(?:工业)?(?:产值|总产值|营业收入|营收|主营业务收入|销售收入|销售额|收入|利润|纳税|税收|用电量|产量|增加值|出口额|进出口额|投资额|[\u4e00-\u9fff]{1,6}?(?:量|额))(?:(?!给予|奖励|补助|补贴|资助|奖补|前|底|完成|首次)[^，。；,;]){0,14}$/;

/**
 * In an item of a list of conditions, any measure between a bare period and its bounded figure: the item names what the applicant
 * reached then, no goal (需满足以下条件: …(3)2022年该企业独立站年度业务规模达到10万美元或以上。, 东莞).
 */
const LISTED_MEASURED_BETWEEN = /^(?:度)?(?:(?!给予|奖励|补助|补贴|资助|奖补|前|底|完成|首次|以来|起|期间|内)[^，。；,;]){1,24}$/;

/** What follows a factor a figure is counted at (按重置市场价的50%计算), and the words of a clause that grants or relieves. */
const COUNTED_AT = /^\s*(?:计算|折算|核算|计价|加计(?!扣除))/;
const GRANT_OR_RELIEF = new RegExp(`${GRANTS.source}|减免|减按|减半|免征|免收|优惠|扣除`);

/** A year a notice sets its measures in: a start (从2017年起), or a clause it opens that sets something (2022年共安排…, 2018年,州财政安排…). */
const SETS_YEAR = /(?:^|[，,。；;：:\n)）]|从|自)\s*\d{4}年(?:起|开始|[，,]|共|计划|安排)/;
/** The year of a document number (〔2024〕122号, [2023]5号): a document the notice cites, so issued no later than it. */
const CITED_NUMBER_YEAR = /[〔[［(（]((?:19|20)\d{2})[〕\]］)）]\s*(?:第\s*)?\d{1,4}\s*号/g;
/** A quarter or half year written without its year (力争一季度, 上半年完成): not after 年 nor a figure. */
const UNDATED_PERIOD = /(?<![年\d])(?:第?[一二三四]季度|[上下]半年)/;
/** A year written alone (2021年), not one end of a range (2024—2025年, 2021年至2024年). */
const LONE_YEAR = /(?<![\d\-—–~至到])(\d{4})年(?!\s*[\-—–~至到]\s*\d)/g;

/**
 * The date relative deadlines resolve against: the notice's date, else the year of its document number
 * (穗府办规〔2025〕13号 → 2025), else the one year its title names (澜沧县2025年推动经济稳进提质政策措施 → 2025;
 * not a period such as 工作方案(2024—2025年)), else the year its text writes most: at least twice, and at least twice as
 * often as any other (广州's record of tasks, its year only in its progress notes: 2021年6月份印发…, 2021年11月2日至3日举办…).
 * (On the dated dev notices that rule gave the notice's year for 53 of 53 where it gave one.)
 */
export function noticeDate(doc: Pick<PolicyDocument, 'date' | 'title'> & { docNumber?: string; text?: string }): string | undefined {
  // (A date given in another form, 2023/06/01 from a caller's record, is read as none: the number's or title's year stands in.)
  if (doc.date && isCalendarDate(doc.date)) return doc.date;
  const numbered = /[〔[［(（](\d{4})[〕\]］)）]/.exec(fold(doc.docNumber ?? ''));
  if (numbered) return numbered[1];
  const title = foldNumeralYears(fold(doc.title ?? '')).replace(/《[^》]*》/g, '');
  const years = new Set([...title.matchAll(LONE_YEAR)].map((m) => m[1]));
  // (Years, not any four digits: a phone number a page ran into its title, 0755-88102553, is no period: 深圳.)
  const ranges = /(?<!\d)(?:19|20)\d{2}\s*年?\s*[\-—–~至到]\s*(?:19|20)\d{2}(?!\d)/.test(title);
  if (years.size || ranges) return years.size === 1 && !ranges ? [...years][0] : undefined;
  // (Years inside a cited 《title》 are the cited plan's.)
  const counts = new Map<string, number>();
  const folded = fold(doc.text ?? '');
  const own = folded.replace(/《[^》]*》/g, '');
  for (const m of own.matchAll(LONE_YEAR)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  // (…or the one year it writes at all, the year it sets its measures in: 从2017年起,推进的重点事项… over 3月底前 (玉溪), 2022年共安排
  // 我市省重点建设项目… over 从3月底起 (中山), as the guide settles. On the dated dev notices the strict rule leaves, it gives the
  // notice's year for 53 of 56.)
  // (No earlier than a document it cites by number: a call under 常工信中小〔2024〕122号 whose conditions count 2023年度营业收入 twice
  // is 2024's, 武进.)
  const floor = (y: string): string => {
    const cited = [...folded.matchAll(CITED_NUMBER_YEAR)].map((m) => m[1]).sort().pop();
    return cited && cited > y && Number(cited) <= Number(y) + 1 ? cited : y;
  };
  // (A notice that speaks of a quarter or half year bare (力争一季度…, 确保实现一季度“开门红”) and writes it once with its year
  // (2021年一季度产值): that year, however often others are written (与2019年同期相比, 2020年以来投产: 吉林市).)
  const periodYears = new Set([...own.matchAll(/(?<!\d)(\d{4})\s*年\s*(?:第?[一二三四1-4]季度|[上下]半年)/g)].map((m) => m[1]));
  if (periodYears.size === 1 && UNDATED_PERIOD.test(own)) return floor([...periodYears][0]);
  if (first && !second && SETS_YEAR.test(own)) return floor(first[0]);
  if (first) return first[1] >= 2 && first[1] >= 2 * (second?.[1] ?? 0) ? floor(first[0]) : undefined;
  // (A text whose only year is in the title of the document it publishes, one year and no other: 《关于促进新时代美丽经济建设的若干
  // 意见(2023年修订)》已经…通过 over 3至6月, 玉环. A title it cites as its basis, 根据《2019年3月工作安排》, is the cited plan's.)
  const published = [...folded.matchAll(/《([^》]*)》\s*(?=已经|已|现印发|现予印发|印发给)/g)].flatMap((m) => [...m[1].matchAll(LONE_YEAR)].map((y) => y[1]));
  const cited = new Set(published);
  return cited.size === 1 ? [...cited][0] : undefined;
}

/** A plan of one year's work, its year in its title (省政府2006年重点任务分解落实方案, 2024年重点工作安排): group 1 the year. */
const PLAN_YEAR_TITLE = /(?<!\d)((?:19|20)\d{2})\s*年(?:度)?(?:[^\d年]{0,16}?)(?:重点任务|重点工作|工作要点|目标任务|工作任务|工作安排|任务分解|责任分解)/;
/**
 * The year a notice's own words (今年, 6月底前) are in: the year of the work its title plans where the notice's date comes after it
 * (a page dated 2007-10-24 that carries 省政府关于印发2006年重点任务分解落实方案的通知: its 今年 is 2006, ANNOTATION round 21), else the date.
 */
function planYearFirst(title: string | undefined, date: string | undefined): string | undefined {
  const folded = fold(title ?? '');
  const m = PLAN_YEAR_TITLE.exec(foldNumeralYears(folded).replace(/《[^》]*》/g, ''));
  // (Only a date after the plan's year: a page's upload time. A notice signed before its plan's year, 2022-12-27 for 2023年区政府工作报告
  // 重点任务, writes 明年 for the plan's year and 今年 for its own: 下陆.)
  if (!m || !date || Number(date.slice(0, 4)) <= Number(m[1])) return date;
  // (one year only: a title that names two, 2023年工作总结和2024年工作要点, is left to the date)
  if (new Set([...folded.matchAll(/(?<!\d)((?:19|20)\d{2})\s*年/g)].map((y) => y[1])).size > 1) return date;
  return m[1] + date.slice(4);
}

/**
 * The year of the last date written with its year and month (2024年6月16日, 2024年6月) before an offset, outside cited 《titles》:
 * the dates are found once, each lookup is a search among them.
 */
export function runningYears(folded: string): (at: number) => string | undefined {
  // (…or with a quarter or a half of it: 做好2006年第四季度重點工作, 青海省 2006's title over its 今年第四季度)
  const dates = [...blankTitles(folded).matchAll(/(?<!\d)(\d{4})\s*年\s*(?:\d{1,2}\s*月|第?[一二三四1-4]季度|[上下]半年)/g)].map((m) => ({ at: m.index!, year: m[1] }));
  return (at) => {
    let year: string | undefined;
    for (const d of dates) {
      if (d.at >= at) break;
      year = d.year;
    }
    // (…else of the first written below it: a call's conditions over its closing day, 2021年主营业务收入实现倍增 … 申报截止时间 / 2022年7月27日,
    // 江门 — the notice is of the year it closes in or earlier, so a year before that is past)
    return year ?? dates.find((d) => d.at >= at)?.year;
  };
}

/**
 * Each character of a string as the text writes the character it was folded from (％ for %, 萬 for 万), where the clause folds it from
 * one character only; fold is one character for one, so `folded` and `text` align.
 */
function unfolder(folded: string, text: string): (s: string) => string {
  if (folded === text || folded.length !== text.length) return (s) => s;
  const back = new Map<string, string | null>();
  for (let i = 0; i < folded.length; i++) {
    if (folded[i] === text[i]) continue;
    const seen = back.get(folded[i]);
    back.set(folded[i], seen === undefined || seen === text[i] ? text[i] : null);
  }
  // (a character the clause also writes unfolded stays as it is: 对 beside 對 in one clause)
  for (let i = 0; i < folded.length; i++) if (folded[i] === text[i] && back.has(folded[i])) back.set(folded[i], null);
  return (s) => {
    let out = '';
    for (const c of s) out += back.get(c) ?? c;
    return out;
  };
}

/** An object the folded text writes in one piece before its sum: the same stretch of the text as written. */
function objectAsWritten(object: string, before: number, t: string, text: string): string | undefined {
  if (t.length !== text.length) return undefined;
  const i = t.lastIndexOf(object, before);
  return i < 0 ? undefined : text.slice(i, i + object.length);
}

/** A string cut from the folded clause `t`, with each run the number folds changed put back as `written` has it. */
function asWrittenIn(s: string, t: string, written: string): string {
  for (let i = 0; i < t.length; i++) {
    if (t[i] === written[i]) continue;
    let j = i;
    while (j < t.length && t[j] !== written[j]) j++;
    // (widened to the whole figure: 010% is 百分之十, not 01 and 0%)
    while (i > 0 && /[\d%]/.test(t[i - 1])) i--;
    while (j < t.length && /[\d%]/.test(t[j])) j++;
    s = s.split(t.slice(i, j)).join(written.slice(i, j));
    i = j;
  }
  return s;
}

function shift<T extends { start: number; end: number }>(items: T[], by: number): T[] {
  return items.map((x) => ({ ...x, start: x.start + by, end: x.end + by }));
}

const UNIT_COLUMN = new RegExp(`(?:${LABEL_PREFIX})(?:${LABEL_NOUN})`);

function columnIndex(table: Table, re: RegExp): number {
  return table.columns.findIndex((c) => re.test(fold(c.replace(/\s+/g, ''))));
}

/** Values of a table row: a task table (任务 / 牵头单位 / 责任单位 / 完成时限) or a target table (单位 / 2020年 / 2025年). */
function rowValues(doc: PolicyDocument, span: ClauseSpan, when: string | undefined): TextValues & { units: UnitMention[] } {
  const { table, row } = span.table!;
  const r = table.rows[row];
  const cell = (k: number) => (k >= 0 && k < r.cells.length ? r.cells[k] : '');
  const rel = (k: number) => r.cellStarts[k] - span.start;
  const out: TextValues & { units: UnitMention[] } = { amounts: [], rates: [], thresholds: [], deadlines: [], units: [] };
  // Headers and the unit cell are read folded (２０２５年, 億元, ％), values reported as written.
  const years = table.columns.map((c, k) => [k, /^(\d{4})年?$/.exec(fold(c.replace(/\s+/g, '')))?.[1]] as const).filter(([, y]) => y);
  if (years.length) {
    const [col, year] = years[years.length - 1];
    const unitCol = columnIndex(table, /^(单位|计量单位)$/);
    const unit = fold(cell(unitCol).trim());
    const value = cell(col).trim();
    const vm = /^(≥|≤|>|<|＞|＜)?\s*(\d+(?:\.\d+)?)/.exec(fold(value));
    if (vm) {
      const n = parseNumber(vm[2]);
      const start = rel(col) + (vm[1]?.length ?? 0);
      const raw = vm[2];
      const role = 'target' as const; // a target column's ≥96 is still the target
      const perUnit = yuanPerUnit(unit);
      if (perUnit !== undefined) out.amounts.push({ yuan: round(n * perUnit), role, raw, start, end: start + raw.length });
      else if (unit === '%') out.rates.push({ value: round(n / 100), role, raw, start, end: start + raw.length });
    }
    const headerRaw = table.columns[col];
    out.deadlines.push({ raw: headerRaw, date: year!, start: rel(col), end: rel(col) });
    return out;
  }
  // (牵头领导 names a person: not a unit column.)
  const leadCol = columnIndex(table, /牵头(?!领导)|主责(单位|部门)/);
  const dlCol = columnIndex(table, /时限|期限|完成时间|时间节点/);
  const money = moneyColumns(table.columns);
  const isUnitCol = (k: number) => k === leadCol || UNIT_COLUMN.test(fold(table.columns[k].replace(/\s+/g, '')));
  const named = columnIndex(table, /任务|内容|措施|事项|工作/);
  // The task's cell; where no column names the task (序号 | 类别 | 项目说明 | 支持额度 | 备注, 福田 as a page), every cell that is no
  // number, unit, time or money column, as the row's line is read in a text.
  const textCols = named >= 0 ? [named] : table.columns.flatMap((c, k) => (k === dlCol || isUnitCol(k) || money.some((m) => m.k === k) || /^(?:序号|编号|联系人|联系电话|联系方式)$/.test(fold(c.replace(/\s+/g, ''))) ? [] : [k]));
  for (const k of textCols.length ? textCols : [0]) {
    const v = extractValues(cell(k), when);
    out.amounts.push(...shift(v.amounts, rel(k)));
    out.rates.push(...shift(v.rates, rel(k)));
    out.thresholds.push(...shift(v.thresholds, rel(k)));
    out.deadlines.push(...shift(v.deadlines, rel(k)));
  }
  // A money column's bare figures in the unit its header writes (资金规模(万元), 本次分配金额（万元）): the row's sums.
  const total = isTotalRow(r.cells);
  for (const col of money) {
    const yuan = cellYuan(cell(col.k), col);
    if (yuan === undefined) continue;
    const raw = cell(col.k).trim();
    const start = rel(col.k) + cell(col.k).indexOf(raw);
    out.amounts.push({ yuan, role: total ? 'total' : col.invested ? 'target' : 'fixed', raw, start, end: start + raw.length });
  }
  const cellUnits = (k: number, lead: boolean) => splitUnitList(fold(cell(k)), 0, lead).map((u) => shift([asWritten(u, cell(k))], rel(k))[0]);
  table.columns.forEach((c, k) => {
    if (k === leadCol) out.units.push(...cellUnits(k, true));
    // Any unit label as a column (责任单位, 配合部门, 主责单位, 责任主体, 实施单位…; dict/unit-labels.json).
    else if (isUnitCol(k)) out.units.push(...cellUnits(k, false));
  });
  if (dlCol >= 0) {
    const d = deadlineFromCell(cell(dlCol), rel(dlCol), when);
    // The column repeats a date the task already writes (到2025年…): one deadline, not two.
    if (d && !out.deadlines.some((x) => (d.date ? x.date === d.date : x.raw === d.raw))) out.deadlines.push(d);
  }
  return out;
}

function kindOf(v: TextValues, units: string[], text: string): ClauseKind {
  if (v.amounts.some((a) => a.role === 'fixed' || a.role === 'cap') || (v.rates.some((r) => r.role === 'fixed' || r.role === 'cap') && /补助|补贴|奖励|资助/.test(text))) return 'subsidy';
  if (v.amounts.some((a) => a.role === 'target') || v.rates.some((r) => r.role === 'target' || r.role === 'min') || /^到\d{4}年|力争|达到/.test(text)) return 'target';
  if (/要|必须|严格|不得|应当/.test(text)) return 'requirement';
  if (units.length) return 'task';
  return 'other';
}

function sectionPath(doc: PolicyDocument, pos: number): string[] {
  let best = -1;
  doc.sections.forEach((s, k) => {
    if (s.start <= pos && pos < s.end && (best < 0 || s.level >= doc.sections[best].level)) best = k;
  });
  const path: string[] = [];
  for (let k = best; k >= 0; k = doc.sections[k].parent) path.unshift(doc.sections[k].heading);
  return path;
}

/**
 * The sections holding pos whose heading lies before it, innermost last; `ownLine`: the heading stands on a line of its own above pos,
 * not on pos's line (1.…预期目标。其中…, read with its clause).
 */
function headingsAbove(doc: PolicyDocument, pos: number): { k: number; ownLine: boolean }[] {
  const out: { k: number; ownLine: boolean }[] = [];
  doc.sections.forEach((s, k) => {
    if (s.start <= pos && pos < s.end && s.start + s.heading.length <= pos) out.push({ k, ownLine: doc.text.slice(s.start, pos).includes('\n') });
  });
  return out;
}

function noteUnits(note: UnitNote | undefined, doc: PolicyDocument, spanStart: number): UnitMention[] {
  return note ? shift(note.units.map((u) => asWritten(u, doc.text)), -spanStart) : [];
}

/**
 * The clauses of each document of one file: as extractDocument, and an undated document issued by a dated
 * notice before it (现将《…》印发给你们) takes effect from the notice's date.
 */
export function extractDocuments(docs: PolicyDocument[]): Clause[][] {
  const issued = issuedOn(docs);
  // A cover notice's bodies for every task of the list it sends (除特别注明的外,…都是配合单位): the documents after it in the file.
  let standing: UnitMention[] = [];
  return docs.map((d) => {
    const out = extractWith(d, issued.get(d), standing);
    const own = coverStanding(d.text);
    if (own.length) standing = own;
    return out;
  });
}

/** All clauses of a document, each grounded to the clean text and the original file. */
export function extractDocument(doc: PolicyDocument): Clause[] {
  return extractWith(doc);
}

function extractWith(doc: PolicyDocument, issuedOn?: string, standing: UnitMention[] = []): Clause[] {
  // (A cover's standing bodies reach the clauses from the first one a note closes on, after their own units.)
  let sawNote = false;
  const clauses: Clause[] = [];
  const seen = new Map<string, number>();
  // Sections whose first clause has been read.
  const headed = new Set<number>();
  const v = deriveValidity(doc.text, { date: doc.date ?? issuedOn, title: doc.title });
  // Omitted when the text says nothing (no empty object in every clause).
  const validity = v.from || v.until || v.supersedes.length ? { from: v.from, until: v.until, supersedes: v.supersedes.length ? v.supersedes : undefined } : undefined;
  // Lead-ins of condition lists are matched on the folded text (符合以下條件), folded once per document; offsets are the same.
  let folded: string | undefined;
  // (Read once: it may count the years of the whole text.)
  // (…and where the document gives none of its own, the date of the notice that sends it (现将《…》印发给你们, signed 2025年4月15日:
  // 中山's measures, their 年内 that year), as its validity is.)
  const dated = planYearFirst(doc.title, noticeDate(doc) ?? issuedOn);
  let yearAt: ((at: number) => string | undefined) | undefined;
  // The term a plan's own title gives it (盐城市…三年行动计划(2025-2027年) over its body): a deadline of its body's first clause,
  // unless a clause before it carries it already (its title, or the period on a line of its own).
  let term = planTitleTerm(doc.title);
  // (the clauses it looks for the term in: from the body's start, the cover's left out where the title below it re-opens the body)
  let termFrom = 0;
  for (const span of clauseSpans(doc)) {
    const text = doc.text.slice(span.start, span.end);
    // (…and so does the first clause under the title where a cover carries it on a line of its own: 《…三年行动计划(2013-2015年)》已經省人民
    // 政府同意… / 廣東省推進加工貿易轉型升級三年行動計劃(2013-2015年) / 為全面推進…, the cover's sentence its own.)
    if (span.underTitle) {
      term = planTitleTerm(doc.title);
      termFrom = span.start;
    }
    if (span.term) {
      term = span.term;
      termFrom = span.start;
    }
    // A notice that gives no year of its own: a day or month written without a year is in the year of the last date written
    // with one above it (总体时间为:2024年6月16日--6月30日 … 6月18日24:00消费券使用到期, 农安).
    const when = dated ?? (yearAt ??= runningYears((folded ??= fold(doc.text))))(span.start);
    let values: TextValues;
    let unitList: UnitMention[];
    if (span.table) {
      const rv = rowValues(doc, span, when);
      values = rv;
      unitList = rv.units;
    } else if (span.targets) {
      // A target table's row: the name's own values (每千人口拥有3岁以下婴幼儿托位数: a bound), then the targets its year cells set,
      // each year a deadline where its cell stands.
      const t = span.targets;
      values = extractValues(doc.text.slice(span.start, t.taskEnd), when);
      const at = (x: { start: number; end: number }) => ({ raw: doc.text.slice(x.start, x.end), start: x.start - span.start, end: x.end - span.start });
      values.amounts.push(...t.amounts.map((a) => ({ yuan: a.yuan, role: 'target' as const, ...at(a) })));
      values.rates.push(...t.rates.map((r) => ({ value: r.value, role: 'target' as const, ...at(r) })));
      values.deadlines.push(...t.years.map((y) => ({ raw: `${y.year}年`, date: y.year, start: y.start - span.start, end: y.end - span.start })));
      unitList = noteUnits(span.note, doc, span.start);
    } else {
      folded ??= fold(doc.text);
      values = extractValues(text, when, inConditionList(folded, span.start) || inConditionRun(folded, span.start, span.end) || inTierHead(folded, span.start, span.end) || conditionCell(folded, span.start, span.end), inStandardList(folded, span.start) || underGrantStandardHeading(folded, span.start), inGoalField(folded, span.start));
      // (A contribution the insured pay, under a heading or a label that names it (二、参保缴费标准 / 成年居民低档每人每年400元, 潍坊): a fee, no
      // amount.)
      const f = folded;
      values.amounts = values.amounts.filter((a) => !contributionAt(f, span.start + a.start));
      // Sums a table's money column gives the row (资金规模(万元) | 1000): the header's unit, a project's grant or a 合计's total.
      for (const m of span.money ?? []) {
        if (values.amounts.some((a) => a.start < m.end - span.start && m.start - span.start < a.end)) continue;
        values.amounts.push({ yuan: m.yuan, role: m.role, raw: doc.text.slice(m.start, m.end), start: m.start - span.start, end: m.end - span.start });
      }
      values.amounts.sort((a, b) => a.start - b.start);
      // A span alone on the line under a time field's heading (七、办理时限 / 15个工作日, 麻江): the field's value, a relative limit.
      if (!values.deadlines.length && underTimeHeading(doc.text, span.start)) {
        const lone = loneSpan(text, when);
        if (lone) values.deadlines.push(lone);
      }
      // The time limit its note gives (（责任单位：市工信局；完成时限：2024年6月底前）, a table row's 完成时限 cell).
      // (A limit the sentence writes itself is not counted again; two cells that give one date, a row's and a merged row's under it
      // (新昌: 11月 | 建设局, then 2021年11月 | 经开区), are two written limits, as the same year written twice in a sentence is.)
      const own = [...values.deadlines];
      const seen = new Set<string>();
      for (const r of [span.note, ...(span.headingNotes ?? [])].flatMap((n) => n?.times ?? [])) {
        if (seen.has(`${r.start}:${r.end}`)) continue;
        seen.add(`${r.start}:${r.end}`);
        const d = deadlineFromCell(doc.text.slice(r.start, r.end), 0, when);
        // Written outside the clause's own words: an empty range at its end (as a table's year column).
        if (d && !own.some((x) => (d.date ? x.date === d.date : x.raw === d.raw))) values.deadlines.push({ ...d, start: text.length, end: text.length });
      }
      // Actors named in the sentence come first, then the article's note. A body named in running text is a unit only
      // in an article whose note names units (ANNOTATION: units come from notes, not running text): 市商务局负责具体活动
      // 组织实施 in a 保障措施 paragraph without a note is none.
      const noted = [...noteUnits(span.note, doc, span.start), ...(span.headingNotes ?? []).flatMap((n) => noteUnits(n, doc, span.start))];
      // (An actor the note names in full is the note's body: 各园区安排专项资金… under 各园区公司, 各地要… under 各地级以上市人民政府.)
      const fullNames = noted.map((u) => fold(u.name));
      // (…but roles the sentence assigns by name, 由A牵头,B、C配合, are units with no note too: 盘山, ANNOTATION round 114)
      // (…and places as a group, 各地区要…, under a note naming their governments, 各盟行政公署、市人民政府: 内蒙古 纾困, as 各地 under
      // 各地级以上市人民政府 is.)
      const governmentsNoted = fullNames.some((n) => LOCAL_GOVERNMENTS.test(n));
      const actors = noted.length ? subjectUnits(fold(text)).filter((u) => !fullNames.some((n) => n.length > u.name.length && n.startsWith(u.name)) && !(governmentsNoted && PLACES_AS_GROUP.test(u.name))) : dutyPairs(fold(text));
      unitList = [...actors.map((u) => asWritten(u, text)), ...noted];
    }
    // A heading of the year's targets (一、2021年经济社会发展主要预期目标) on its own line sets their year: a clause of its own
    // before the first clause below it, holding that deadline (ANNOTATION: a year that sets when the targets it introduces are due).
    // An item's heading on the clause's own line (1.全面完成2018年全市经济社会发展预期目标。其中,地区生产总值增长7%左右…: 金华) puts
    // the year on the first clause after it (ANNOTATION: on the first target clause under it).
    for (const { k, ownLine } of headingsAbove(doc, span.start)) {
      if (headed.has(k)) continue;
      headed.add(k);
      const sec = doc.sections[k];
      // (…or a heading that sets a time limit: 一、申报截止时间调整至2023年5月10日, 广西科技厅.)
      // (Only on its own line: an item's heading run on into its sentences, 2、…截止时间为2020年11月4日,…, is that clause's own.)
      const d = headingYear(sec.heading, when) ?? (ownLine ? headingLimits(sec.heading, when)[0] : undefined);
      if (!d) continue;
      if (!ownLine) {
        values.deadlines.push({ ...d, start: text.length, end: text.length });
        continue;
      }
      const at = doc.text.indexOf(d.raw, sec.start);
      emit(sec.start, sec.start + sec.heading.length, { amounts: [], rates: [], thresholds: [], deadlines: [{ ...d, start: at - sec.start, end: at - sec.start + d.raw.length }] }, [], []);
    }
    if (standing.length && (sawNote ||= !!(span.note?.units.length || span.headingNotes?.some((n) => n.units.length)))) unitList = [...unitList, ...standing];
    const { units, lead } = mergeUnits(unitList);
    if (term) {
      const t = term;
      const carried = (d: Deadline) => d.from === t.from && d.date === t.date;
      if (!values.deadlines.some(carried) && !clauses.some((c) => c.start >= termFrom && c.deadlines.some(carried))) values.deadlines.push({ ...t, start: text.length, end: text.length });
      term = undefined;
    }
    emit(span.start, span.end, values, units, lead);
  }
  return clauses;

  function emit(start: number, end: number, values: TextValues, units: Clause['units'], lead: Clause['lead']): void {
    const text = doc.text.slice(start, end);
    const section = sectionPath(doc, start);
    const key = `${doc.id}\u0000${text}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const id = createHash('sha1').update(`${key}\u0000${n}`).digest('hex').slice(0, 16);
    clauses.push({
      id,
      docId: doc.id,
      source: doc.source,
      docTitle: doc.title,
      region: doc.region,
      issuer: doc.issuer,
      docDate: doc.date,
      docNumber: doc.docNumber,
      ...(doc.address ? { address: doc.address } : {}),
      validity,
      status: doc.status,
      section,
      text,
      start,
      end,
      origStart: toOriginal(doc.offsets, start),
      origEnd: toOriginal(doc.offsets, end - 1) + 1,
      kind: kindOf(values, units, text),
      // The article's heading says what a bare sentence is about (两种补贴方式… under 鼓励企业加大研发投入).
      topics: topicsOf(`${section[section.length - 1] ?? ''} ${text}`),
      amounts: values.amounts,
      rates: values.rates,
      thresholds: values.thresholds,
      units,
      lead,
      deadlines: values.deadlines,
    });
  }
}
