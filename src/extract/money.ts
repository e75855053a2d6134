import { COUNTED, INCLUSIVE, STEP } from './condition-words.js';
import { COUNTED_WORD, FLOOR_THEN_CUT, FOREIGN_CURRENCY, MONEY_METRIC, NOT_COUNTED_NOUN, PER_UNIT, UNIT_DOT, YUAN_WORD } from './money-words.js';
import { ARABIC, CHINESE, magnitude, NUMERAL_START, parseNumber, round } from './numbers.js';
import { matchesOf, needing } from '../ingest/matches.js';

/** One written sum of money (or money-per-unit price) in a clause. */
export interface MoneyMention {
  start: number;
  end: number;
  raw: string;
  yuan: number;
  yuanMax?: number;
  /** "元" for money, "元/度" etc. for prices, "美元" / "美元/亩" for sums in another currency (never an amount). */
  unit: string;
}

// 6千亿 (达到“6千亿规模”) is six hundred billion.
const MAG = '(万亿|千万|百万|千亿|百亿|亿|万|千)';
// (also per a unit and a time: 8万元/亩·年, 8元/平方米/月; the time first: 15元/月·平方米, 温州海经区)
// (…or the time after a 、: 500元/人、月,6000元/人、年, 龙陵 — per head per month, not a list)
// (…the dot between unit and time any middle dot a page sets, or a full stop typed for it: 300元/人.月, 彭水)
const PER = `(?:\\/(?:(?:年|月|天|日)${UNIT_DOT})?(?:${PER_UNIT})(?:${UNIT_DOT}(?:年|月|天|日)|\\/(?:年|月|天|日)|、(?:年|月|天|日)(?=[，,；;。）)]|$))?)?`;
/** The currency after a figure: 元, 元人民币, or another currency's name (美元, 港币…), maybe per a unit (美元/亩). */
const CURRENCY = `(?:元(?:${YUAN_WORD})?|${FOREIGN_CURRENCY})`;
// (3亿元(含3亿元)至5亿元: the lower end's mark may repeat its figure, and say more: 3000万元(含3000万元,外汇投入按当时汇率折算;下同)-5000万元, 濮阳.)
// (…in Chinese numerals too: 五千万元至一亿元; the lower end with its own measure too: 500元/平方米(含)~1000元/平方米, 成华)
const RANGE_RE = new RegExp(`(${ARABIC}|${CHINESE})\\s*${MAG}?\\s*(?:${CURRENCY}${PER})?\\s*(?:${INCLUSIVE}|[（(［\\[](?:不)?含[^（）()［］\\[\\]]{0,30}[）)］\\]])?\\s*[至到~\\-—–]\\s*(${ARABIC}|${CHINESE})\\s*${MAG}?\\s*((?:${CURRENCY}|${YUAN_WORD})${PER})`, 'g');
// Each pattern below is marked with what every match holds (needing): its dash or 至/到 here, the upper figure right after.
needing(RANGE_RE, new RegExp(`[至到~\\-—–]\\s*${NUMERAL_START}`));
// 百亿/千亿/万亿 without a digit (营收超百亿, 总投资超千亿, 地区生产总值过万亿元) is a number too: one hundred / one thousand / ten thousand 亿.
const MONEY_RE = new RegExp(`(${ARABIC}|${CHINESE}|(?<![零〇一二两三四五六七八九十百千万\\d])[百千万](?=亿))(多)?\\s*${MAG}?(多)?\\s*(${CURRENCY}${PER}|${YUAN_WORD})?`, 'g');
/** A size class: the sum qualifies counted things (超百亿企业不少于2家, 超千亿元制造产业集群1个). */
const COUNTED_AFTER = new RegExp(`^(元)?[\\u4e00-\\u9fff]{0,6}?(${COUNTED})(不少于|达到|超过|达|有)?(\\d+|[一二两三四五六七八九十]+)(个|家|户)|^(元)?的(\\d+|[一二两三四五六七八九十]+)(个|家|户)`);
/** The words of a bound reached (突破, 超过, 过 but not 通过/经过, 达到). */
const REACH = '突破|超过|超|(?<![通经越])过|达到|达';
/** A count right before the size class's bound (4个过, 3家超): the things counted follow the sum. */
const COUNT_THEN_BOUND = new RegExp(`(?:\\d+|[一二两三四五六七八九十]+)\\s*[个家](?:${REACH})$`);
const REACH_END = new RegExp(`(?:${REACH})[“"‘]?$`);
/** …or a scale's own words before the sum (冲刺, 迈上, 规模, 产值, 营收): a bound or a measure of size. */
const BOUND_END = new RegExp(`(?:${REACH}|冲刺|迈上|跨上|登上|站上|规模|总投资|产值|营收|收入)[“"‘]?$`);
const COUNTED_NEXT = new RegExp(`^(?:元)?(?:级)?[\\u4e00-\\u9fff]{0,4}?(?:${COUNTED})`);
/** A size class with its bound after it, then the things it counts and their number (十亿以上企业数量, 百亿级以上企业个数). */
const SIZE_CLASS_COUNTED = new RegExp(`^(?:元)?(?:级)?(?:以上|及以上)(?:的)?[\\u4e00-\\u9fff]{0,4}?(?:${COUNTED})(?:的)?(?:数量|个数|数)`);
/** 每跨越一个 before 百亿台阶: a step. */
const STEP_BEFORE = new RegExp(`每(${STEP})一个$`);
/** Words that make a bare "50万" money: grants and budgets. */
// (…and money allotted: 本次拨付款项如下:…孔丘村150万, 临海; or spent, 村级必要事务支出每个村5万: 曾都)
const MONEY_CONTEXT = /给予|奖励|补助|补贴|资助|奖补|扶持|投入|资金|经费|支出|补偿|贴息|配套|拨付|下拨|款项/;
/** What a bare 万/亿 counts when it is not money. */
// (not a noun that only opens with one: 项目, 人员)
const COUNT_AFTER = new RegExp(`^(?!${NOT_COUNTED_NOUN})[人户家个件项次吨亩平千瓦台套名所座条株头只辆册张位批篇]`);
/** The same after a bound (10万以上人次, 3万及以上吨): counted things, not money. */
const COUNTED_AFTER_BOUND = new RegExp(`^(?:以上|以下|及以上|及以下|左右)?(?:的)?(?!${NOT_COUNTED_NOUN})(?:${COUNTED_WORD})`);
/** A money metric a few characters before a bare figure (投资额达5亿以上, 营业收入首次突破500万): money though nothing is granted. */
// (…its remark in brackets between: 年营收(不含代收代付)在1000万到5000万, 嘉兴)
const METRIC_BEFORE = new RegExp(`(?:${MONEY_METRIC})(?:[（(][^（）()]{0,12}[）)])?[^，。；,;：:、\\d]{0,8}$`);
/**
 * What may follow a bare 万/亿 sum (no 元) that is money: a bound (以上, 及以下, (含), a range's dash), or the money's own noun
 * (资金, 经费, 扶持, 支持: 最高不超过100万资金支持, 给予每家1万扶持).
 */
// (…or the document that allotted it, in brackets: 剩余未分配资金48.5万(洛财农【2023】78号), 瀍河; or where its parts are listed,
// 补助资金共59.805万(详见附件), 仙居)
// (…or the scale it sizes, its bound after: 年营业收入达2000万规模以上, 十堰)
// (…a document number in any bracket, 24万(豫财农﹝2017﹞192号), 郑州; or the fund it is, 其中156万为中央及市级资金, 中山)
const BARE_SUM_AFTER = /^(?:以上|以下|及以上|及以下|以内|左右|规模(?:及|或)?(?:以上|以下)|[（(](?:不)?含|[（(]人民币|[（(](?:具体|详|详见|明细)[^（）()]{0,12}?(?:附件|附表|明细|清单)|[（(][\u4e00-\u9fff]{1,12}[〔【\[［﹝]\d{4}[〕】\]］﹞]第?\d+号[）)]|为[^，。；,;]{0,12}?(?:资金|经费)|资金|经费|财政|扶持|支持|奖补|贴息|科研|作为|用于|给予|给与|[~～\-—–至到;.!?)）])/;
/** What joins a sum to the next of its list or span: 、 和 及 或, or the first's bound (1亿以上5亿以下, 1000万(含)至). */
const LIST_JOINT = /^(?:[、和及或,，]|以上|及以上|以上[、,，]|[（(]含[^（）()]{0,12}[）)][至到]?)$/;
/** A bound's remark in brackets: (含), (不含), (含本数). */
const BOUND_REMARK = String.raw`[（(]\s*不?含[^（）()]{0,12}[）)]`;
/** …opening the text after a figure. */
const REMARK_START = new RegExp(String.raw`^\s*${BOUND_REMARK}\s*`);
/**
 * A grant's verb or ceiling, then a bare figure per household or head (奖补1300/户, 最高不超过800/户); or such a figure named as the
 * standard a grant is paid by (按2000/人标准给予一次性吸纳就业补贴, 按照6000/人的标准: 永川), or after the standard's name (最高补贴标准为4000/人:
 * 应县).
 */
const BARE_PER_UNIT_GRANT = /(?:奖补|补助|补贴|奖励|给予|不超过|最高|(?:补贴|补助|奖补|奖励|资助)标准(?:为|是))\s*(\d+(?:\.\d+)?)\s*\/\s*(户|人|亩|座|口)(?![\u4e00-\u9fff])|按(?:照)?\s*(\d+(?:\.\d+)?)\s*\/\s*(户|人|亩|座|口)\s*(?:的)?标准/g;
// Its slash.
needing(BARE_PER_UNIT_GRANT, /\/\s*[户人亩座口]/);
/** A range's upper end after a bare figure, its magnitude and its remark: -3万, 至3万(不含). */
// (…a remark on the lower end before the dash too: 1500万(含)-3000万千瓦时, 青岛)
const RANGE_TAIL = new RegExp(String.raw`^\s*(?:${BOUND_REMARK})?\s*[~～\-—–至到]\s*[\d.]+\s*[千万亿]*\s*(?:${BOUND_REMARK})?\s*`);
/** A unit a bare sum is per (100万/亩, 100万/年). */
const PER_AFTER = new RegExp(`^\\/(?:${PER_UNIT})`);
/** A cap or a per-head word right before a bare figure in a grant (给予不超过100万启动奖励, 每家1万): money whatever its noun. */
const CAP_BEFORE = /(?:不超过|不高于|最高|最多|不低于|至少|每家|每户|每个|每项|一次性)$/;
/** A range of bare sums (1亿~5亿, 5000万至1亿, 2-10亿): its upper end writes the magnitude, neither writes 元. */
const BARE_RANGE_RE = new RegExp(`(${ARABIC})\\s*${MAG}?\\s*(?:[（(]含[^（）()]{0,12}[）)])?\\s*[至到~～\\-—–]\\s*(${ARABIC})\\s*${MAG}(?!元|${FOREIGN_CURRENCY}|${YUAN_WORD})`, 'g');
// Its dash or 至/到, the upper figure right after.
needing(BARE_RANGE_RE, /[至到~～\-—–]\s*\d/);

/** A sum, its alternative in brackets (或 / 或者 and the alternative's noun), then the currency of both: 500万(或进口1500万)美元. */
// (…or a second figure the bracket names, its currency inside: 纳税约9000万(市区财政贡献3000万元)以上, 东湖新区)
const ALTERNATIVE_RE = new RegExp(`(${ARABIC})\\s*${MAG}\\s*[（(]\\s*(?:或者|或)?[^（）()\\d，。；,;]{0,10}?(${ARABIC})\\s*${MAG}\\s*(?:[）)]\\s*(${CURRENCY})|(${CURRENCY})\\s*[）)])`, 'g');
// Its bracket, right after the first figure's magnitude (every magnitude ends in 万, 千 or 亿).
needing(ALTERNATIVE_RE, /[万千亿]\s*[（(]/);
/** A range's lower end written with its currency and no magnitude (2000元~1万元). */
const LOWER_CURRENCY = new RegExp(`^${ARABIC}\\s*${CURRENCY}`);

/** A magnitude alone after a bound, a measure of money named before it: 销售收入过亿, 营业收入突破千万 (no 元, no thing counted after). */
/** The bound words a magnitude with no figure follows (超亿元, 突破千万): both magnitude readings below use them. */
const MAGNITUDE_BOUND = '超过|超|突破|达到|达|过';
const MAGNITUDE_BOUND_END = new RegExp(`(?:${MAGNITUDE_BOUND})$`);
const BARE_MAGNITUDE = new RegExp(`(?:收入|营收|销售额|营业额|产值|税收|纳税额|投资额|投资|交易额|出口额|进出口额|成交额)[^，。；,;\\d]{0,4}?(?:${MAGNITUDE_BOUND})(千万|百万|亿)(?![元\\d万亿]|美元|人|次|件|个|吨|辆|台|头|只|亩|平方|千瓦|度|斤|册|份|条|户|家|位|名|张)`, 'g');
/** A spend floor, 减 and the cut with no unit after it: 满100减25 (group 1 the floor, group 2 the cut). */
const BARE_CUT_RE = needing(new RegExp(`${FLOOR_THEN_CUT}(\\d+(?:\\.\\d+)?)(?![\\d.]|\\s*(?:元|万|千|亿|%|％|折|个|倍))`, 'g'), /减/);
/** All sums of money written in a (full-width folded) clause, in order. Counts such as 15个 are not money. */
export function findMoney(text: string): MoneyMention[] {
  const out: MoneyMention[] = [];
  const taken = new Uint8Array(text.length);
  // (A range's lower end takes the upper end's magnitude when it writes none: 5—10万元.)
  const pushRange = (m: RegExpMatchArray, unit: string) => {
    const hiMag = magnitude(m[4]);
    // (…but not when the lower end writes its own currency: 2000元~1万元 is two thousand yuan to ten thousand.)
    // (…nor where the lower end so read would pass the upper, its figure whole already: 5000-3万元 is 5000 to 30000, 莱西, as
    // 5000-1万平方米 is in a quantity's band; not a range written high to low, 补助标准为8—5万元, 方山, whose whole 8 is far below 5万.)
    const lo = parseNumber(m[1]);
    const hi = parseNumber(m[3]);
    const loMag = m[2] ? magnitude(m[2]) : LOWER_CURRENCY.test(m[0]) || (hiMag > 1 && lo > hi && lo < hi * hiMag && lo * 50 >= hi * hiMag) ? 1 : hiMag;
    out.push({ start: m.index!, end: m.index! + m[0].length, raw: m[0], yuan: round(lo * loMag), yuanMax: round(hi * hiMag), unit });
    taken.fill(1, m.index!, m.index! + m[0].length);
  };
  for (const m of matchesOf(text, RANGE_RE)) pushRange(m, unitOf(m[5]));
  // A sum and its alternative in brackets, the currency written once after both (出口额达500万(或进口1500万)美元以上, 镇海): two sums in
  // that currency, each where it is written.
  for (const m of matchesOf(text, ALTERNATIVE_RE)) {
    const [, n1, mag1, n2, mag2, after, inside] = m;
    const currency = after ?? inside;
    const at1 = m.index!;
    const end = at1 + m[0].length;
    // (both magnitudes are required by the pattern)
    const at2 = at1 + m[0].indexOf(n2, n1.length + mag1.length);
    if (taken[at1] || /[\d.]/.test(text[at1 - 1] ?? '')) continue;
    const unit = unitOf(currency);
    out.push({ start: at1, end: at1 + n1.length + mag1.length, raw: n1 + mag1, yuan: round(parseNumber(n1) * magnitude(mag1)), unit });
    out.push({ start: at2, end, raw: text.slice(at2, end), yuan: round(parseNumber(n2) * magnitude(mag2)), unit });
    taken.fill(1, at1, end);
  }
  const moneyContext = MONEY_CONTEXT.test(text);
  for (const m of matchesOf(text, BARE_RANGE_RE)) {
    const at = m.index!;
    const end = at + m[0].length;
    if (taken[at] || /[\d.]/.test(text[at - 1] ?? '')) continue;
    const after = text.slice(end);
    // (a metric before it, or a grant's own noun or bound after it: 给予20—100万资金补助)
    // (…or the next band of a list after a sum: 在1000万到5000万、5000万到1亿、1亿以上, 嘉兴)
    const listed = out.some((o) => o.unit === '元' && o.end <= at && LIST_JOINT.test(text.slice(o.end, at).trim()));
    const named = METRIC_BEFORE.test(text.slice(Math.max(0, at - 28), at)) || (moneyContext && BARE_SUM_AFTER.test(after)) || listed;
    // (what the range counts may follow its bound's remark: 1万-3万(不含)平方米, 崇明)
    const counted = after.replace(REMARK_START, '');
    if (!named || COUNT_AFTER.test(counted) || COUNTED_AFTER_BOUND.test(counted)) continue;
    pushRange(m, '元');
  }
  // A voucher's cut written without 元 after its spend floor (满100减25消费券, 满100减30单次3000张: 石嘴山, 綦江): money, as the floor is read as
  // money, though 元 is written neither after the floor nor the cut.
  for (const m of matchesOf(text, BARE_CUT_RE)) {
    const start = m.index! + m[0].length - m[2].length;
    if (taken[start]) continue;
    const floor = parseNumber(m[1]);
    const value = parseNumber(m[2]);
    // (a voucher's: a floor of ten or more, a cut below it)
    if (!(floor >= 10 && value > 0 && value < floor)) continue;
    out.push({ start, end: start + m[2].length, raw: m[2], yuan: round(value), unit: '元' });
    taken.fill(1, start, start + m[2].length);
  }
  for (const m of matchesOf(text, MONEY_RE)) {
    const start = m.index!;
    if (taken[start]) continue;
    const [raw, num, , mag, , yuanWord] = m;
    const isChinese = !/^\d/.test(num);
    const before = text[start - 1] ?? '';
    if (/[\d.]/.test(before)) continue;
    if (!yuanWord) {
      const after = text.slice(start + raw.length);
      // A scale without 元 in a target is money: 产业规模突破八百亿, 项目总投资超千亿 (not 千亿级, 3个百亿产业集群).
      const pre4 = text.slice(Math.max(0, start - 4), start);
      // (固定资产投资过千亿目标任务: 过 bounds it, not in 通过/经过.)
      const bound = BOUND_END.test(pre4);
      // A goal named right after the scale (过千亿目标任务, 突破千亿大关, 超百亿的目标, 迈上千亿台阶): the scale is the goal's sum
      // (not a step: 每跨越一个百亿台阶, read below).
      const goal = /^[”"’]?(?:的)?(?:奋斗)?(目标|任务|大关|关口)/.test(after) || (/(迈上|跨上|登上|站上|突破)$/.test(pre4) && /^[”"’]?(?:新)?台阶/.test(after));
      // A size class of counted things (营收超百亿企业不少于2家) and a step (每跨越一个百亿台阶) are money too:
      // the threshold rules read them.
      // (…or counted before it, 4个过千亿产业集群 (临沂), or counted after its bound, 十亿以上企业数量 (鄞州).)
      // (A scale class, 级, with a metric before it and no bound word is no size bound: 营收十亿级企业100家, 苏州工业园区.)
      const reach = REACH_END.test(pre4);
      const sized = (bound && (reach || !/^级/.test(after)) && (COUNTED_AFTER.test(after) || (COUNT_THEN_BOUND.test(text.slice(Math.max(0, start - 8), start)) && COUNTED_NEXT.test(after)))) || SIZE_CLASS_COUNTED.test(after);
      const step = STEP_BEFORE.test(text.slice(Math.max(0, start - 6), start)) && /^台阶/.test(after);
      // (达到“6千亿规模”: a scale the target names, its bound word before it.)
      // (尽快形成千亿规模, 形成百亿规模。: the scale a goal reaches, 规模 closing the phrase; not 五百亿规模的产业基地)
      // (…or the breakthrough a place is to make, 加速实现千亿突破 (山东省 县域经济): the scale it is to reach.)
      // (…or the scale approached, written with 级: 推动…产值接近万亿级规模。, 吉林省)
      const reachedScale = /(形成|达到|突破|实现|迈上|超过|接近|逼近)$/.test(pre4) && /^(?:级)?(?:规模(?:[，。；,;！!]|$)|突破(?:[，。；,;！!]|$))/.test(after);
      const scale = /亿/.test(num + (mag ?? '')) && (step || sized || reachedScale || (bound && (/^规模[”"’]/.test(after) || goal || (!/^(级|元级|规模|个|家|户|台阶)/.test(after) && !/[\u4e00-\u9fff]/.test(after[0] ?? '')))));
      // Otherwise a bare "50万" is money only in a grant context and when it does not count people or things.
      if (!scale) {
        // (or one a money metric names right before it: 投资额达5亿以上, 预计完成投资95.7亿)
        const metric = METRIC_BEFORE.test(text.slice(Math.max(0, start - 28), start));
        // The next of a list or a span of sums (按10万、20万、30万兑现; 首次突破10亿、50亿、100亿的企业; 投资额在1亿以上5亿以下)
        // is money as the one before it is.
        const prev = out[out.length - 1];
        const listed = !!prev && prev.end <= start && prev.unit === '元' && LIST_JOINT.test(text.slice(prev.end, start).trim());
        // (…and a part of a sum named in a bracket right after it, 2800万元(含20万报废补贴), 济南: money in the sum's unit)
        const partOf = !!prev && prev.end <= start && prev.unit === '元' && /^\s*[（(]\s*(?:其中\s*[:：]?\s*)?含\s*$/.test(text.slice(prev.end, start));
        // (a cap before it in a grant, or a cap alone at the clause's end: 最高不超过800万)
        const capped = CAP_BEFORE.test(text.slice(Math.max(0, start - 4), start)) && (moneyContext || /^[。；;，,]?$/.test(after.trim()));
        if (isChinese || !mag || !(moneyContext || metric || listed || capped || partOf)) continue;
        // (企业 after a metric's sum is whose sum it is: 营业收入首次突破…5亿的企业.)
        // (…nor the lower end of a range of counted things, 1万-3万平方米 or 1万-3万(不含)平方米: what its upper end counts)
        const rangeEnd = RANGE_TAIL.exec(after);
        if (rangeEnd && COUNT_AFTER.test(after.slice(rangeEnd[0].length))) continue;
        const counted = after.replace(REMARK_START, '');
        if (COUNT_AFTER.test(counted) || COUNTED_AFTER_BOUND.test(after) || (/^(以上|以下)?(的)?(人|户|企业|家)/.test(after) && !/^、/.test(after) && !((metric || listed) && /^(以上|以下)?(的)?(企业|家)/.test(after)))) continue;
        const per = PER_AFTER.exec(after);
        if (per && (metric || moneyContext)) {
          // 投资强度达到100万/亩, 奖励基金100万/年: a bare sum per a unit.
          const value = parseNumber(num);
          const end = start + raw.length + per[0].length;
          if (Number.isFinite(value)) out.push({ start, end, raw: text.slice(start, end), yuan: round(value * magnitude(mag)), unit: `元${per[0]}` });
          continue;
        }
        if (!listed && !capped && !partOf && !/^(、|，|,|和|及|或|的|一次性|奖励|补助|补贴|资助|至|以内|元|；|。|$)/.test(after) && !BARE_SUM_AFTER.test(after)) continue;
      }
    }
    const value = parseNumber(num);
    if (!Number.isFinite(value)) continue;
    let end = start + raw.length;
    while (end > start && /\s/.test(text[end - 1])) end--;
    const unit = unitOf(yuanWord);
    out.push({ start, end, raw: text.slice(start, end), yuan: round(value * magnitude(mag)), unit });
  }
  // A magnitude word with no figure, after a bound or before 以上 (营业收入首次超亿元的企业, 年产值亿元以上企业; 投资超千万元的重点工业项目,
  // 濮阳): one of that magnitude.
  for (const m of matchesOf(text, /(?:千万|百万|亿)元/g)) {
    const at = m.index!;
    const len = m[0].length;
    if (taken[at] || out.some((o) => o.start <= at && at < o.end) || /[\d.零〇一二两三四五六七八九十百千万]/.test(text[at - 1] ?? '')) continue;
    if (MAGNITUDE_BOUND_END.test(text.slice(Math.max(0, at - 2), at)) || /^以上/.test(text.slice(at + len))) out.push({ start: at, end: at + len, raw: m[0], yuan: magnitude(m[0].slice(0, -1)), unit: '元' });
  }
  // (…or with no 元 at all after a bound, where a measure of money is named right before the bound: 单品年销售收入过亿再给予另50%支持, 长春新区;
  // 营业收入突破千万的企业 — not 过亿人次, 超亿元 above, nor a count of things)
  for (const m of matchesOf(text, BARE_MAGNITUDE)) {
    const at = m.index! + m[0].length - m[1].length;
    if (taken[at] || out.some((o) => o.start <= at && at < o.end)) continue;
    out.push({ start: at, end: at + m[1].length, raw: m[1], yuan: magnitude(m[1]), unit: '元' });
  }
  // A grant's sum per household or head written with no 元 at all, right after the grant's verb or its ceiling (改建三格化粪池奖补1300/户,
  // 奖补标准最高不超过800/户, 额外奖补100/户: 资中): yuan per that unit, as 1300元/户 is.
  for (const m of matchesOf(text, BARE_PER_UNIT_GRANT)) {
    const [figure, per] = m[1] !== undefined ? [m[1], m[2]] : [m[3], m[4]];
    const start = m.index! + m[0].lastIndexOf(figure);
    const end = start + text.slice(start).indexOf(per) + per.length;
    if (taken[start] || out.some((o) => o.start < end && start < o.end)) continue;
    const value = parseNumber(figure);
    if (Number.isFinite(value)) out.push({ start, end, raw: text.slice(start, end), yuan: round(value), unit: `元/${per}` });
  }
  // Figures listed before a sum that writes the unit once (分别奖励5、10、20万元): each is a sum in that unit.
  if (moneyContext) {
    for (const m of [...out]) {
      const list = SHARED_UNIT_LIST.exec(text.slice(Math.max(0, m.start - 40), m.start));
      const mag = /(万亿|千万|百万|千亿|百亿|亿|万|千)/.exec(m.raw)?.[1];
      if (!list || m.yuanMax !== undefined) continue;
      let at = m.start - list[0].length;
      if (/[\d.]/.test(text[at - 1] ?? '')) continue;
      for (const n of list[0].split('、').filter(Boolean)) {
        const value = parseNumber(n);
        if (Number.isFinite(value) && !taken[at]) out.push({ start: at, end: at + n.length, raw: n, yuan: round(value * magnitude(mag)), unit: m.unit });
        at += n.length + 1;
      }
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

const YUAN_WORD_RE = new RegExp(`^元?(?:${YUAN_WORD})`);
/** The unit a sum is in: 元人民币 and 人民币 are 元; 元/度, 美元, 美元/亩 as written. */
function unitOf(written: string | undefined): string {
  if (!written) return '元';
  const u = written.replace(YUAN_WORD_RE, '元');
  return u.startsWith('/') ? `元${u}` : u;
}

/** Bare figures joined by 、 right before a sum: 5、10、 in 5、10、20万元. */
const SHARED_UNIT_LIST = /(?:\d+(?:\.\d+)?、)+$/;
