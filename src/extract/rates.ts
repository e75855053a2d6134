import { before, phraseStart, sentenceBefore } from './context.js';
import { CLOSE, OPEN } from './brackets.js';
import { APPLICANT, APPLICANT_RATIO, CHECK_PASSED_BEFORE_GRANT, EXCLUSIVE, INCLUSIVE, REFERENCE_LEVEL, STEP } from './condition-words.js';
import { ARABIC, CHINESE, parseNumber, round } from './numbers.js';
import type { Rate, RateRole } from '../types.js';
import { matchesOf, needing } from '../ingest/matches.js';

// 15%, 2‰, 百分之十, 3个百分点, and the lower end of 20-30% (written once, with the upper end's sign).
// A discount: 7折 / 八折 / 9.5折 / 七五折 / 85折 are 0.7 / 0.8 / 0.95 / 0.75 / 0.85 of the price (not 折算, 折旧, 折合…, nor the 一折通 passbook subsidies are paid into).
// Per-mille and per-ten-thousand in words: 千分之五 → 0.005, 万分之三 → 0.0003. A fraction: 三分之一, 1/4.
const PCT_RE = new RegExp(
  `(?:(${ARABIC})\\s*(%|‰)|百分之(${CHINESE}|${ARABIC})|(${ARABIC}|${CHINESE})\\s*个百分点|(${ARABIC})(?=\\s*[-—–~至到]\\s*${ARABIC}\\s*%)` +
    `|(?<![\\d.零〇一二两三四五六七八九十百千万])(\\d{1,2}(?:\\.\\d)?|[一二三四五六七八九]{1,2})折(?![算旧合扣现叠让返中腾射通])|(千|万)分之(${CHINESE}|${ARABIC})` +
    // (…and a figure of a list whose points are named once, after its last: 分别增长15个、13个百分点, 分别提高2、3个百分点)
    `|(${ARABIC}|${CHINESE})\\s*个?(?=(?:\\s*[、和及与]\\s*(?:${ARABIC}|${CHINESE})\\s*个?)+\\s*个百分点)` +
    // (…and a share written as a fraction, in words or figures: 确保三分之一警力, 占全省规模以上工业产值的1/4 (ANNOTATION round 80s); right
    // after the base's noun too, 给予购置费1/6的补贴: 浦江; after a bound's 低于/高于 or 按 (not a date's 定于3/4), 按其实际缴纳社会保险费不低于1/2、不高于2/3给予补贴: 江苏省)
    `|([二三四五六七八九十])(?<![百千万][二三四五六七八九十])分之([一二三四五六七八九])|([1-9])(?<=(?:[的占为约达近超过费额价款按]|[低高大小等]于)[1-9])\\s*[/／]\\s*([2-9]|1[0-2])(?![\\d/／.]))`,
  'g',
);
/** What a fraction in words names when a way of working follows it: 二分之一工作法, 三分之一工作制. */
const FRACTION_NAMES_AFTER = /^(?:工作法|工作制|工作机制|工作模式)/;
// Every match holds %, ‰, 折, 分 (百分之, 个百分点, 分之) or a slash.
needing(PCT_RE, /[%‰折分/／]/);

const BRACKET_REMARK = new RegExp(`${OPEN}(?:(?!${OPEN}|${CLOSE})[^%‰]){1,20}${CLOSE}`, 'g');

/** A discount as the fraction of the price paid: 7折 → 0.7, 85折 → 0.85, 9.5折 → 0.95, 七五折 → 0.75. */
function discount(n: string): number {
  if (/^\d/.test(n)) {
    const v = Number(n);
    return /^\d{2}$/.test(n) ? v / 100 : v / 10;
  }
  const digits = [...n].map((c) => parseNumber(c));
  return digits.length === 2 ? (digits[0] * 10 + digits[1]) / 100 : digits[0] / 10;
}

/** Verbs that move a rate to a new level (提高至, 调整为, 降至), before 至/到/为. */
const CHANGE_VERB = '提高|提升|上调|下调|降低|调整|增加|降';
/** The new level's verb, its base between it and the rate (…提高至上年度…失业保险费的100%). */
const NEW_LEVEL_BEFORE = new RegExp(`(?:${CHANGE_VERB})(?:至|到|为)[^，。；,;\\d%]{0,24}$`);
/** …the verb and what it moves before 至/到, right before the figure (提高其直流充电桩折算系数至约56%). */
const MOVED_TO_BEFORE = new RegExp(`(?:${CHANGE_VERB})(?:[^，。；,;\\d%]{0,16}?)(?:至|到)(?:约)?$`);

/** A clause opening on whom it is for, up to a figure in its first phrase, no grant or basis word between (对楼宇内…租用面积达到). */
const FOR_OPENING = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）).、．]\s*)?(?:对|对于)(?:(?!给予|奖励|补助|补贴|资助|奖补|扶持|支持|贴息|按|以)[^，。；,;]){0,60}$/;
/** The rest of the sentence after the bound: a comma, then a grant word further on. */
const GRANT_LATER = /^(?:（含）|\(含\))?(?:及)?(?:以上)?(?:（含）|\(含\))?(?:的)?[，,][^。；;]{0,80}?(?:给予|奖励|补助|补贴|资助|奖补)/;
/** 超 right before the figure (或占企业总人数比例超30%: 海珠) bounds it from below as 超过 does; 超 elsewhere is a word's (超市). */
const OVER_BARE = /超\s*$/;
/** A bound word before the figure, a few words maybe between (不低于, 达到, ≤…), or 超 right before it: the figure is bounded. */
const BOUND_BEFORE = /(不低于|不少于|超过|高于|大于|达到|达|突破|不超过|低于|不高于|≥|＞|>|≤|<)[^，。；,;、]{0,12}$/;
const boundedBefore = (pre: string): boolean => BOUND_BEFORE.test(pre) || OVER_BARE.test(pre);
/** 部分 right after a bounded figure (15%部分的业务量, 10%以上部分, 7%的部分, 10%及以内部分): the part past (or within) the bound. */
const PART_AFTER = /^\s*(?:[（(]含[）)])?\s*(?:及)?(?:以上|以内|以下)?\s*(?:[（(]含[）)])?\s*的?部分/;

function roleOf(pre: string, post: string, text: string): RateRole {
  if (/(不超过|最高|最多|上限|不高于|封顶)[^，。；]{0,12}$/.test(pre)) return 'cap';
  if (/^(以上|及以上|（含）以上|的比例)/.test(post) && /(不低于|至少|不少于)/.test(pre)) return 'min';
  if (/^(以上|及以上|（含）以上)/.test(post) || /(不低于|至少|不少于|超过|高于|≥|＞|>)[^，。；]{0,12}$/.test(pre)) return 'min';
  // A level a change verb moves something to, right before the figure (提高其直流充电桩折算系数至约56%, after 补充…建设补贴: 广东省): the new
  // level, a target, whatever grant the clause names before it (the dev gold labels every 提高至/提高到 level a target).
  if (MOVED_TO_BEFORE.test(pre)) return 'target';
  if (/(按照?|给予|补助|补贴|奖励)/.test(pre)) return 'fixed'; // 按当年增长额的30%给予补贴
  if (/(提高至|提高到|提升至|提升到|达到|达|增长|增至|保持在|占比|降低|下降|控制在|≤)[^，。；]{0,6}$/.test(pre)) return 'target';
  // (A new level named with its base after the verb: …由實際繳費的50%提高至上年度企業及其職工繳納失業保險費的100%, 宁夏; 从3%降至1%.)
  if (NEW_LEVEL_BEFORE.test(pre)) return 'target';
  if (/(到\d{4}年|力争|目标)/.test(text)) return 'target';
  return 'fixed';
}

/** What the rate is of: 按不超过投资额度15% → 投资额度; 占营业总收入比重 → 营业总收入. */
export function baseOf(pre: string): string | undefined {
  const share = /占([^，。；、]{2,24}?)(的)?(比重|比例)[^，。；]{0,6}$/.exec(pre);
  if (share) return share[1];
  let s = pre
    .replace(/(的)?(比重|比例)?(提高至|提高到|提升至|提升到|达到|达|保持在|增长|控制在|为)?$/, '')
    .replace(/的$/, '');
  const by = /(?:按照?|以)(?:不超过|不低于|最高|最多)?(.+)$/.exec(s);
  if (by) s = by[1];
  s = s.replace(/(不超过|不低于|不高于|低于|高于|超过|超|控制在|最高|最多|上限|至少)$/, '').replace(/的$/, '');
  s = s.replace(/^.*(不超过|不低于|最高|最多|至少)/, '');
  const cut = Math.max(s.lastIndexOf('对'), s.lastIndexOf('，'), s.lastIndexOf('、'));
  if (cut >= 0) s = s.slice(cut + 1);
  s = s.replace(/^(对于|对|其中|全市|全区|全县|力争|到\d{4}年|给予|按照|按|其)+/, '');
  if (s.length < 2) return undefined;
  return s.length > 20 ? s.slice(-20) : s;
}

/** The verb that moves a rate from the level before it to a new one (提高至, 调整为, 降至). */
// (…the level's name and a remark in brackets maybe between: 由不超过项目建设相关投资额15%的支持比例(参考辽财经规〔2023〕11号,第7条),提高到20%, 辽宁)
const RATE_CHANGED_AFTER = new RegExp(`^[^，。；,;（(]{0,8}?(?:[（(][^（）()]{0,40}[）)])?[，,]?\\s*(?:分别)?(?:${CHANGE_VERB}|减少)(?:至|到|为)`);

/** Percentages as fractions with their role and base. */
export function extractRates(text: string): Rate[] {
  const out: Rate[] = [];
  let listHead: { rate: Rate; last: number; points: boolean } | undefined;
  for (const m of matchesOf(text, PCT_RE)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (/[\d.]/.test(text[start - 1] ?? '')) continue;
    // (A formula's scaling, …/(…)x100%, ×100%: no rate; 海口's 资源回收利用率 note.)
    if (/[x×X*＊]\s*$/.test(text.slice(Math.max(0, start - 2), start)) && m[0].startsWith('100')) continue;
    const num = m[1] ?? m[3] ?? m[4] ?? m[5] ?? m[9];
    // (in percent: a discount's fraction ×100, 千分之五 = 0.5%, 万分之三 = 0.03%)
    const value = m[6]
      ? discount(m[6]) * 100
      : m[8]
        ? parseNumber(m[8]) / (m[7] === '千' ? 10 : 100)
        : m[10]
          ? (parseNumber(m[11]) / parseNumber(m[10])) * 100
          : m[12]
            ? (Number(m[12]) / Number(m[13])) * 100
            : parseNumber(num) * (m[2] === '‰' ? 0.1 : 1);
    // (a fraction's numerator is below its denominator: 一分之三 is no share)
    if ((m[10] && parseNumber(m[11]) >= parseNumber(m[10])) || (m[12] && Number(m[12]) >= Number(m[13]))) continue;
    // (…nor one that names a way of working, no share of anything: 党政主要负责同志实行二分之一工作法, 南阳 (round 237))
    if (m[10] && FRACTION_NAMES_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 4))) continue;
    if (!Number.isFinite(value)) continue;
    // The level a rate is changed from (穩崗返還標準由實際繳費的50%提高至…的100%: 宁夏; 从3%降至1%): a baseline, no rate paid or set,
    // as the level a sum is raised from is none (肇庆).
    if (/(?:由|从)[^，。；,;由从]{0,24}$/.test(before(text, start)) && RATE_CHANGED_AFTER.test(text.slice(end, end + 40))) continue;
    // A rate already paid, named in a condition closed by 的 (各地大型企业已经按照30%返还比例发放的,再补差20%: 扬州; 已按60%比例返还的企业): what
    // was done before, no rate this text pays or sets; the top-up after it is.
    if (/已(?:经)?(?:按|按照)\s*$/.test(before(text, start)) && /^[^，。；,;]{0,16}?的/.test(text.slice(end, end + 20))) continue;
    // The bound of the part of a growth a grant is paid on (对增长率超过15%部分的业务量给予每件0.2元补助: 温岭; 对增速10%以上部分,每增加100万元
    // 产值,给予…: 慈溪): it marks off the base, no rate paid or set (ANNOTATION rounds 192, 253).
    // (…or the part within it: 超定额10%及以内部分,终端水价每立方米加价0.02元, 四川省.)
    if (PART_AFTER.test(text.slice(end, end + 12)) && (boundedBefore(before(text, start)) || /^\s*(?:及)?(?:以上|以内|以下)/.test(text.slice(end, end + 4)))) continue;
    // A remark in brackets between the words and the figure (按不超过其实际投资总额(起点1亿元)的1%) belongs to neither role nor base.
    const pre = before(text, start).replace(BRACKET_REMARK, '');
    const post = text.slice(end, end + 12).replace(/\s+/g, '').slice(0, 6);
    const rate: Rate = { value: round(value / 100), role: roleOf(pre, post, text), raw: m[0], start, end };
    let base = baseOf(pre);
    // "30%以上的规模以上工业企业": the base follows the rate.
    if (!base || base.length < 2) {
      const after = /^(以上|以下)?的([^，。；]{2,12}?)(建立|开展|实现|达到|完成|$)/.exec(text.slice(end, end + 20));
      if (after) base = after[2];
    }
    if (base) rate.base = base;
    // A later figure of such a list is what its first is, the verb and the base written once before the first (分别提高2个、3个百分点).
    const listed = listHead && /^\s*个?\s*[、和及与]\s*$/.test(text.slice(listHead.last, start)) ? listHead : undefined;
    const head = listed?.points ? listed : undefined;
    if (head) {
      rate.role = head.rate.role;
      if (head.rate.base) rate.base = head.rate.base;
      else delete rate.base;
    } else if (listed && !rate.base && listed.rate.base) {
      // (…and a percentage listed after the first, with no base of its own, shares the first's: 逐年按实际所支付房屋租金总额的80%、70%、
      // 50%给予3年补贴, 成华)
      rate.base = listed.rate.base;
    }
    listHead = { rate: listed?.rate ?? rate, last: end, points: !!(m[9] || head) };
    out.push(rate);
  }
  // A table row whose name cell carries the unit (制造业增加值占GDP比重(%) | 39 |, a flattened indicator table): the figure in
  // the next cell is that percentage, a target in a table of goals (目标, 指标, 预期).
  for (const m of matchesOf(text, UNIT_CELL_RE)) {
    const raw = m[3];
    const start = m.index! + m[0].length - raw.length;
    // (m[1] is the name cell, after the row's number.)
    const value = parseNumber(raw) * (m[2] === '‰' ? 0.1 : 1);
    if (!Number.isFinite(value) || out.some((r) => r.start < start + raw.length && start < r.end)) continue;
    out.push({ value: round(value / 100), role: /目标|指标|预期/.test(text) ? 'target' : 'fixed', base: m[1].trim(), raw, start, end: start + raw.length });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
/** A row's number, its name cell ending in its unit in brackets, then a cell holding only a number: 1 | …比重(%) | 39 |. */
// (The name cell follows the row's number: a header cell, 补助比例(%) | 1 |, is followed by the next row's number instead.)
const UNIT_CELL_RE = needing(/(?:^|\|)\s*\d{1,3}\s*\|([^|\n]{2,40}?)\s*[（(]\s*(%|％|‰)\s*[）)]\s*\|\s*(\d+(?:\.\d+)?)(?=\s*(?:\||$))/g, /[（(]\s*[%％‰]\s*[）)]\s*\|/);

// (超过…规定标准的40%以上: a share by which a figure exceeds a standard; 亩产税收在行业平均亩产税收200%以上的: a
// share of an average.)
// (…or a second condition joined by 且 after a first that compares the measure with a reference: 累计利用率高于同类型地区平均水平且在
// 75%~90%以上的, 赤峰 — the measure named before the first.)
const METRIC_END = /(?:率|增长|增速|增幅|占比|比重|比例)[^，。；、]{0,30}?(?:且|并且|同时)(?:在|达到|达|保持在)?$|(增长|增速|增幅|递增|占比|比重|比例|率|收入|营收|产值|税收|下降|降低|提高|增加|达到|达|超过|不低于|(?<!不)低于|高于|保持在|首付|到位|到账)[^，。；、]{0,4}$|占[^，。；、]{2,16}$|(总数|总额|总量|总值)的?$|(?:高于|超过|超出|快于)[^，。；、]{0,12}?(?:平均水平|平均值|平均增速|平均增幅|增速|增幅)$|(?<!不)(?:高于|超过|超出)[^，。；、]{0,24}?(?:标准|指标|水平|定额)的$|(?:在|达到|达|为|相当于)[^，。；、]{0,24}?平均[^，。；、]{0,12}?(?:的)?$/;

/** A phrase that only joins a second condition to the first: 且, 且在, 同时达到. */
const JOINED_ONLY = /^(?:且|并且|同时)(?:在|达到|达|保持在)?$/;
/** The phrase a share's measure is named in: its own, or with the one before when it only joins a second condition (…平均增速,且在15%以上的). */
function measurePhrase(text: string, from: number): string {
  const pre = before(text, from);
  const start = phraseStart(text, from);
  return JOINED_ONLY.test(pre) && /[，,]/.test(text[start - 1] ?? '') ? before(text, start - 1) + pre : pre;
}

/** Where the bracket that holds `at` opens, looking back at most `reach` characters within the sentence, or -1. */
function openingBefore(text: string, at: number, reach: number): number {
  let depth = 0;
  for (let i = at - 1; i >= 0 && i >= at - reach; i--) {
    const ch = text[i];
    if (ch === '）' || ch === ')') depth++;
    else if (ch === '（' || ch === '(') {
      if (depth === 0) return i;
      depth--;
    } else if (/[。；;]/.test(ch)) return -1;
  }
  return -1;
}

/** Is `at` inside a bracket opened right after a bound (…1亿元以上(…), …不低于500万元(…)? */
function inRemarkOnBound(text: string, at: number): boolean {
  const i = openingBefore(text, at, 80);
  return i >= 0 && (/(?:以上|以下|及以上|以内)\s*$/.test(text.slice(Math.max(0, i - 6), i)) || /(?:不低于|不少于|超过|达到)[^，。；,;（(]{0,12}$/.test(text.slice(Math.max(0, i - 20), i)));
}

/** Is `at` inside a bracket opened right after the applicant it qualifies (中国500强企业投资项目(占股40%以上): 临高)? */
const APPLICANT_END = new RegExp(`(?:${APPLICANT})$`);
function inRemarkOnApplicant(text: string, at: number): boolean {
  const i = openingBefore(text, at, 40);
  return i >= 0 && APPLICANT_END.test(text.slice(Math.max(0, i - 8), i)) && !/[，,；;]/.test(text.slice(i, at));
}

/** A grant word before a rate, not one naming a sum or a share (上级奖励金额低于7%的: a noun, 梁溪). */
const GRANT_BEFORE_RATE = /(按照?|给予|补助|补贴|奖励|资助|贴息)(?!金额|资金|比例|标准|额度)/;
/** A standard raised by a share: 在规定标准上增加, 在原标准基础上提高, 奖励标准上浮. */
const STANDARD_RAISED_BEFORE = /(?:标准|基础|额度)(?:上|之上)?(?:再)?(?:增加|提高|上浮|上调|追加)$/;
/** The grant a raised standard pays, right after the share (…增加50%的奖励). */
const GRANT_AFTER_RAISE = /^\s*(?:的)?(?:奖励|补助|补贴|奖补|资助|支持|扶持)/;
/**
 * A share that is what a grant pays, no condition: after a grant word (给予…的, 按), or a raise of the standard the grant is paid at
 * (在规定标准上增加50%的奖励, 在原奖励标准基础上上浮10%: 河南省).
 */
function paidShare(text: string, r: Rate, pre: string): boolean {
  return GRANT_BEFORE_RATE.test(pre) || (STANDARD_RAISED_BEFORE.test(pre) && GRANT_AFTER_RAISE.test(text.slice(r.end))) || FUND_SHARE_AFTER.test(text.slice(r.end));
}
/**
 * The share of a fund put to a use, the fund and its use right after the figure (中央专项资金安排不低于80%的奖补资金用于中小企业数字化改造工作,
 * 长治; 将不低于60%的奖补资金优先用于支持重点产业发展, 宁夏): a rate of the fund, bounded, never a condition on an applicant.
 */
const FUND_SHARE_AFTER = /^\s*(?:（含）|\(含\))?(?:及)?(?:以上|以下)?的(?:奖补|专项|配套|财政|扶持|补助|奖励|中央|省级|市级|县级)*(?:资金|经费)(?:要|应|须)?(?:优先|主要|重点)?(?:用于|支持|投向|投入)/;

/** A measure's bound relaxed (裁员率放宽到不超过…, 资产负债率可放宽至不高于75%): the measure, the relaxing verb, the bound word. */
const RELAXED_BOUND = /([\u4e00-\u9fff]{1,8}?(?:率|比例|占比|比重))(?:可|可以|最高可)?放宽(?:到|至|为)\s*(?:不超过|不高于|不得超过|不低于|低于|高于)[^，。；,;]{0,12}$/;
/** A grant's words in a phrase: a rate beside them is what is paid, no condition. */
const GRANT_IN = /补助|补贴|奖励|奖补|给予|资助/;
/** …or 按 too, the basis a share is paid on (按…的30%). */
const GRANT_OR_BASIS_IN = /补助|补贴|奖励|奖补|给予|资助|按/;
/** A rate's name, a requirement word, then its bound: 节能率需高于, 比例须不低于, 占比应达到. */
const REQUIRED_RATE_BEFORE = /(?:率|比例|占比|比重)\s*(?:需|须|应|必须|应当|要)\s*(?:不高于|不超过|不低于|低于|高于|超过|达到|在)\s*$/;
/** A rate's name and its reach word right before the figure: 上座率达到, 占比达. */
const REACHED_RATE_BEFORE = /(?:率|比例|占比|比重)\s*(?:达到|达|在)\s*$/;
/** The rest of a band after its lower end: (含)至80%. */
const BAND_REST_AFTER = /^\s*(?:[（(]\s*含\s*[）)])?\s*(?:至|到|[-—–~])\s*\d+(?:\.\d+)?\s*[%％]/;
/** A band's lower end and its joiner right before the upper end: 上座率达到60%(含)至. */
const BAND_START_BEFORE = /(?:率|比例|占比|比重)\s*(?:达到|达|在)\s*\d+(?:\.\d+)?\s*[%％]\s*(?:[（(]\s*含\s*[）)])?\s*(?:至|到|[-—–~])\s*$/;
/** A part's share of the applicant's own revenue or total: 该收入占企业营业收入总额比例, 占企业主营业务收入. */
const OWN_SHARE_BEFORE = /(?:该|其)?[\u4e00-\u9fff]{0,8}?(?:收入|费用|产值|销售额|人数|户数)占(?:企业|本企业|其|该企业)?[^，。；,;]{0,14}?(?:收入|营收|总额|总数|总量|总户数|总人数|销售额)[^，。；,;]{0,4}?(?:的)?(?:比例|比重|份额)?\s*(?:不低于|不少于|达到|达|超过|高于|在)?\s*$/;
/** A floor's or a ceiling's word right before a figure. */
/**
 * A count of heads reaching a share of the applicant's staff, right before the figure (新招用…人员数量达到企业现有在职职工人数25%, 攀枝花;
 * 新招用…的人数达到企业现有在职职工人数10%, 老河口: the national 创业担保贷款 form), or the bracket's alternative for larger firms right
 * after one ((超过100人的企业达到15%)).
 */
const HEADS_SHARE_BEFORE = /(?:人数|人员数量|人员数|数量)[^，。；,;\d]{0,4}?(?:达到|达|不低于|不少于|超过)[^，。；,;\d]{0,12}?(?:职工人数|员工人数|职工总数|员工总数|在职人数|总人数)(?:的)?\s*$/;
const HEADS_SHARE_ALTERNATIVE_BEFORE = /(?:职工人数|员工人数|职工总数|员工总数|在职人数|总人数)(?:的)?\s*\d+(?:\.\d+)?\s*[%％]\s*[（(][^（）()，。；,;]{0,16}?(?:达到|达|不低于)\s*$/;
/** A bound, then the total the part is a share of, right before the figure (不少于总人数的, 不低于员工总数的). */
const SHARE_OF_OWN_TOTAL_BEFORE = /(?:不少于|不低于|达到|超过|高于|不高于|不超过|低于)[^，。；,;\d]{0,8}?(?:总人数|总数|总户数|总面积|总量)(?:的)\s*$/;
/** A total named right before a share, with 在 or a bound word opening its phrase (余额在房票总额, 超出房票总额). */
const TOTAL_NAMED_BEFORE = /(?:在|超出|超过|不超过|低于|高于|达到|不低于|不少于)[^，。；,;\d]{0,8}?(?:总额|总数|总人数|总户数|总面积|总量|总价|总值)(?:的)?\s*$/;
/** A share's bound word, maybe its mark, then 的 closing the condition (5%以内的, 5%的). */
// (…not the grant a share is the ceiling of, named after 的: 在获得省级不超过项目投资总额50%的资金补助, 抚顺.)
const SHARE_CLOSED_AFTER = /^\s*(?:（含）|\(含\))?(?:及)?(?:以内|以下|以上)?(?:（含）|\(含\))?的(?![^，。；,;]{0,6}?(?:资金|补助|补贴|奖励|奖补|资助|支持|扶持|贴息))/;
const BOUND_WORD_END = /(?:不低于|不少于|达到|达|超过|高于|不高于|不超过|低于)\s*$/;
/** A household's or a person's income, a bound, then a reference figure of a past year or an average, then 的 right before the share
 * (人均可支配收入低于本区上年度城镇人均可支配收入的): who qualifies by income; not a grant's cap or a plan's floor so written. */
const SHARE_OF_REFERENCE_BEFORE = /(?:可支配收入|人均收入|家庭收入|月收入|年收入|工资收入)(?:不高于|不超过|不低于|低于|高于|超过|达到)[^，。；,;]{0,30}?(?:上年度|上一年度|平均|人均|最低工资)[^，。；,;]{0,16}?的\s*$/;
/** A bound by reference, its value in the bracket after the level's name (裁员率不高于上年度全国城镇调查失业率控制目标(5.5%)的企业: 宁夏). */
// (…or right after it, no bracket, and the applicant after further conditions closed by 的 and a comma: 控制目标5.5%,30人(含)以下的参保企业
// 裁员率不高于…20%的,可以享受稳岗返还政策: 三门峡, 乌兰察布)
const REFERENCE_BOUND_BEFORE = new RegExp(`(?:不高于|不超过|不低于|低于|高于|超过|达到)[^，。；,;]{1,24}?${REFERENCE_LEVEL}\\s*[（(]?\\s*$`);
// (…or the further conditions closed by 可以申请 after a comma alone: …控制目标(5.5%),30人(含)以下的参保企业裁员率不高于20%,可以申请…, 天桥)
const REFERENCE_BOUND_AFTER = new RegExp(`^\\s*[）)]?\\s*(?:的[^，。；,;的]{0,6}?(?:${APPLICANT})|[，,][^。；;]{0,120}?(?:的[，,]\\s*(?:可以|可|均可|方可)?|[，,]\\s*(?:可以|可|均可|方可))(?:申请|享受))`);
/** …the reference level named after the figure (5.5%的全国城镇调查失业率控制目标), and the measure a bound word follows (裁员率不高于). */
const REFERENCE_NAMED_AFTER = new RegExp(`^\\s*的[^，。；,;的]{0,16}?${REFERENCE_LEVEL}`);
/** An applicant's own ratio, a requirement word maybe, its cap, a reference maybe between, right before the figure (裁员率须不高于参保职工总数的). */
const RATIO_CAPPED_BEFORE = new RegExp(`(?:${APPLICANT_RATIO})(?:须|应|需|应当)?(?:不高于|不超过|不得超过|不得高于|低于)[^，。；,;]{0,30}?$`);
const MEASURE_BEFORE_BOUND = /[\u4e00-\u9fff]{1,8}?(?:率|比例|占比|比重)\s*(?:不高于|不超过|不低于|低于|高于|超过|达到)\s*$/;

/** The growth a list of bands measures, named as a standard or a tier right after its last band (…20%(含)以上增速标准). */
const GROWTH_STANDARD_AFTER = /^(?:（含）|\(含\))?(?:及)?(?:以上|以下)?(?:（含）|\(含\))?的?(?:销售额|营业收入|营收|产值)?(?:同比)?(?:增速|增幅|增长率|增长)(?:标准|档次|区间)/;
/**
 * A percentage that an applicant must meet is a condition, not a rate paid or targeted:
 * 当年增速不低于25%的企业, 主营业务收入占企业收入总额70%以上的 → threshold min 0.25 / 0.7, unit "%".
 */
export function isRateCondition(text: string, r: Rate): boolean {
  const pre = before(text, r.start);
  // (…or a share of a reference figure an applicant's own is compared with, the bound before the reference: 低收入住房困难家庭人均可支配收入低于
  // 本区上年度城镇人均可支配收入的60%, 大丰 — who qualifies, no share paid)
  const compared = SHARE_OF_REFERENCE_BEFORE.exec(text.slice(Math.max(0, r.start - 60), r.start));
  if (compared && !GRANT_OR_BASIS_IN.test(compared[0])) return true;
  // (…or a rate the supported thing is required to reach, a requirement word before the bound: 节能且为非生产性质设备类项目的节能率需高于20%
  // (不含20%), 光明)
  if (REQUIRED_RATE_BEFORE.test(pre) && !GRANT_IN.test(pre)) return true;
  // (…or a band of a rate reached, its ends joined by 至, the grant after the comma: 上座率达到60%(含)至80%,每架次给予20万元一次性补助, 四川省 包机)
  // (…or a rate a measure equals, closed by 时 before the grant: 连续两年以上均为100%时,每年对该河流的县市区奖励30万元, 周口 — the state
  // reached, as 达到100%时 is)
  if (/(?:均|都|全部|全)?为\s*$/.test(pre) && /^\s*(?:以上)?时[，,][^。；;]{0,30}?(?:给予|奖励|补助|补贴|奖补)/.test(text.slice(r.end, r.end + 40)) && !GRANT_IN.test(pre) && !/(?:补助|补贴|奖励|资助|奖补|扶持|贴息)(?:比例|标准|额度)/.test(text.slice(Math.max(0, r.start - 14), r.start))) return true;
  const bandStart = REACHED_RATE_BEFORE.test(pre) && BAND_REST_AFTER.test(text.slice(r.end, r.end + 16));
  const bandEnd = BAND_START_BEFORE.test(text.slice(Math.max(0, r.start - 40), r.start));
  if ((bandStart || bandEnd) && /^[^。；;]{0,30}?[，,][^。；;]{0,20}?(?:给予|奖励|补助|补贴|奖补)/.test(text.slice(r.end))) return true;
  // (…or the share of the applicant's own revenue or total a part must make up, its bound before or after, in a phrase that grants nothing
  // and sets no goal: 一是主营业务为软件研发…,且该收入占企业营业收入总额比例不低于50%; 且该收入占企业主营业务收入30%以上: 大连 — what the
  // applicant is, as 研发费用占销售收入比例 is)
  const phraseStart = Math.max(text.lastIndexOf('，', r.start), text.lastIndexOf(',', r.start), text.lastIndexOf('；', r.start), text.lastIndexOf(';', r.start), text.lastIndexOf('。', r.start)) + 1;
  const phrase = text.slice(phraseStart, r.start);
  // (no grant or basis in the phrase, no goal before it: what the three readings below ask of a share they take for a condition)
  const unplanned = () => !GRANT_OR_BASIS_IN.test(phrase) && !/(到\d{4}年|力争|目标|确保)/.test(text.slice(0, r.start));
  // (…or a part bounded against its own total, the total named after the bound: 单次购票人数不少于总人数的70%, 许昌 — what the applicant's
  // group must be, no share paid)
  // (…or a share of a named total the part must stay within or pass, closed by 的 right after its bound, no comma before what follows:
  // 余额在房票总额5%以内的房票中心以房票原有价值回购,超出房票总额5%的以…90%的额度回购, 嵊州 — which part it is, no share paid)
  if (TOTAL_NAMED_BEFORE.test(phrase) && SHARE_CLOSED_AFTER.test(text.slice(r.end, r.end + 8)) && unplanned()) return true;
  if (SHARE_OF_OWN_TOTAL_BEFORE.test(phrase) && unplanned()) return true;
  if ((HEADS_SHARE_BEFORE.test(phrase) || HEADS_SHARE_ALTERNATIVE_BEFORE.test(text.slice(Math.max(0, r.start - 40), r.start))) && unplanned()) return true;
  if (OWN_SHARE_BEFORE.test(phrase) && (BOUND_WORD_END.test(phrase) || /^\s*(?:（含）|\(含\))?(?:及)?以上/.test(text.slice(r.end))) && unplanned()) return true;
  if (REFERENCE_BOUND_BEFORE.test(text.slice(Math.max(0, r.start - 40), r.start)) && REFERENCE_BOUND_AFTER.test(text.slice(r.end, r.end + 160))) return true;
  // (…or an applicant's own ratio capped, a reference maybe between the bound and the figure, outside a goal: 2021年度平均参保人数在30人(含)
  // 以下的,裁员率不高于企业参保职工总数的20%, 扬州; …的参保企业裁员率不高于参保职工总数20%,可以申领稳岗返还, 宜昌; 中小微企业裁员率不超过5.5%、
  // …的企业裁员率不超过20%, 常州 — what the applicant must meet, as the same bound before …的企业 is)
  if (RATIO_CAPPED_BEFORE.test(pre) && !/到\d{4}年|力争|确保|控制在|目标任务/.test(sentenceBefore(text, r.start))) return true;
  // (…or the figure first and the level it is named as after it: 参保企业上年度未裁员或裁员率不高于5.5%的全国城镇调查失业率控制目标, 山西省
  // and 阳泉, the national 稳岗返还 form.)
  const measured = MEASURE_BEFORE_BOUND.exec(pre);
  if (measured && !/补助|补贴|奖励|奖补|资助|贴息|支持|扶持/.test(measured[0]) && REFERENCE_NAMED_AFTER.test(text.slice(r.end, r.end + 30))) return true;
  // What the applicant's figure must reach: …的企业, or …即可/方可 (首付50%即可先期办理产权证). A list or range
  // (增长10%—20%、20%以上的,分别给予) is judged as a whole: the words before its first figure, after its last.
  const [from, to] = listSpan(text, r.start, r.end);
  const listPost = text.slice(to, to + 80).replace(/\s+/g, '');
  // A share of the work done at which something falls due (第二次拨付待完成项目建设内容的60%时, 红河; 第一年在完成区科技部门下达年度
  // 任务数70%以上, 温州海经区): a condition on progress, not a share paid.
  if (PROGRESS_BEFORE.test(pre) && /^(?:（含）|\(含\))?(?:及)?(?:以上)?(?:（含）|\(含\))?(?:时|后|[，,])/.test(listPost)) return true;
  // A list of growth bands named as the standard a grant is set by (按照10%(含)~15%、15%(含)~20%、20%(含)以上增速标准,分别给予50万元、
  // 80万元、100万元奖励: 龙泉驿): the bands are growth an applicant must reach, whatever 按照 before them says.
  if (GROWTH_STANDARD_AFTER.test(listPost)) return true;
  // A step a reward counts in: 增速每增加一个百分点追加0.5万元奖励 (not 每提前一个月…增加0.5个百分点, the reward itself).
  // (…also after 按, which would read it as a share paid: 按每降低1个百分点,给予5000元奖励, 慈溪)
  if (isRateStep(text, r)) return true;
  if (paidShare(text, r, pre)) return false;
  const planned = /(到\d{4}年|力争|目标)/.test(text.slice(0, r.start));
  // A share whose measure follows it, in a clause that opens as a condition and closes with 的 (再融资且80%以上投资本区的,
  // 可视同新引进项目; 对80%以上产品出口的企业): the bound and the closing 的 make it one.
  if (!planned && CONDITION_OPENS.test(before(text, from)) && SHARE_THEN_CONDITION.test(listPost)) return true;
  // A bounded share inside the bracket that qualifies a bounded figure (固定资产投资在1亿元人民币以上(合资、合作项目,境内客商投资
  // 比例60%以上,境外客商投资比例25%以上)): a further condition on the same applicant.
  if (!planned && inRemarkOnBound(text, r.start) && /^(?:（含）|\(含\))?(?:及)?(?:以上|以下)/.test(text.slice(r.end))) return true;
  // …or the bracket that qualifies the applicant named right before it (中国500强企业投资项目(占股40%以上),…按1.2倍计算: 临高).
  if (!planned && inRemarkOnApplicant(text, r.start) && /^(?:（含）|\(含\))?(?:及)?(?:以上|以下)/.test(text.slice(r.end))) return true;
  // A condition relaxed for some applicants (对参保职工30人(含)以下的企业,裁员率放宽到不超过企业职工总数20%: 东莞, the national 稳岗返还
  // form): the measure the applicant must meet, bounded still; not a grant's share relaxed (补助比例放宽至50%).
  const relaxed = RELAXED_BOUND.exec(pre);
  if (!planned && relaxed && !/补助|补贴|奖励|奖补|资助|贴息|支持|扶持/.test(relaxed[1])) return true;
  if (!METRIC_END.test(measurePhrase(text, from))) return false;
  if (CONDITION_AFTER.test(listPost) || BOTH_CONDITIONS.test(listPost)) return true;
  // (…or a bounded share in the first phrase of a clause that opens on whom it is for, 对 before it, a grant later in the sentence: 对楼宇内…
  // 区内注册企业租用面积达到60%以上,根据年度经济贡献,经综合评价认定为青浦区特色楼宇,给予楼宇运营管理单位60万元, 青浦 — the bar the
  // applicant reaches, as the same bound on an area is)
  if (!planned && FOR_OPENING.test(text.slice(0, from)) && (BOUND_WORD_END.test(pre) || OVER_BARE.test(pre) || /^(?:（含）|\(含\))?(?:及)?以上/.test(listPost)) && GRANT_LATER.test(listPost)) return true;
  if (!planned && (BOUND_THEN_GRANT.test(listPost) || CHAINED_BOUNDS_THEN_GRANT.test(listPost) || BOUND_THEN_BOUNDED_THEN_GRANT.test(listPost))) return true;
  // A bound reached, then a grant paid as a share of something (营业收入增速达8%,按第一季度营业收入增量部分的1%给予支持: 北京经开区).
  if (!planned && (/(达到|达|超过|不低于|高于)$/.test(pre) || OVER_BARE.test(pre)) && BOUND_THEN_SHARE_GRANT.test(listPost)) return true;
  // A bounded figure joined by 且/并/或 to a second condition that runs on to the grant without 的 (当年产值增长20%以上且上年度
  // 产值2000万元以上,给予一次性奖励2万元; …占比达15%以上,且企业主要从事…研发活动,给予…奖励).
  if (!planned && JOINED_THEN_GRANT.test(listPost)) return true;
  // One of several bounded conditions listed before the applicant (对同时符合主营业务收入三年平均增长率超过30%、…上年度研发
  // 费用支出不低于35亿元的企业): the figure has its bound and the list ends in …的企业 before any grant word.
  const bounded = boundedBefore(pre) || /^(?:（含）|\(含\))?(?:及)?(?:以上|以下)/.test(listPost);
  return bounded && !/(到\d{4}年|力争|目标)/.test(text.slice(0, r.start)) && LISTED_CONDITIONS.test(text.slice(to, to + 200).replace(/\s+/g, ''));
}

/**
 * In an item of a list of conditions (园区应符合以下条件: …(一)…且产业集聚度70%以上。), a percentage with its bound is what the
 * applicant must meet, though no applicant follows; a share paid (给予…的补助, 按…) stays a rate.
 */
export function isListedRateCondition(text: string, r: Rate): boolean {
  const pre = before(text, r.start);
  if (paidShare(text, r, pre)) return false;
  const [, to] = listSpan(text, r.start, r.end);
  // (…or a bound by reference closing a listed condition, its value in the bracket: 净减员率不高于2024年度全国城镇调查失业率控制目标(5.5%)。,
  // 辽源 2025 — the item is the condition, no applicant named after it)
  return boundedBefore(pre) || new RegExp(`^(?:${INCLUSIVE})?(?:及|或)?(?:以上|以下)`).test(text.slice(to, to + 12).replace(/\s+/g, '')) || REFERENCE_BOUND_BEFORE.test(text.slice(Math.max(0, r.start - 40), r.start));
}

/** The rest of a list of conditions after a figure, up to the applicant they qualify, with no grant word between. */
const LISTED_CONDITIONS = new RegExp(`^${'(?:（含）|\\(含\\))?'}(?:及)?(?:以上|以下)?${'(?:（含）|\\(含\\))?'}、(?:(?!给予|奖励|补助|补贴|资助|奖补)[^。；;，,]){1,160}?的[^。；;的，,]{0,16}?(${APPLICANT})`);

const LIST_BACK = /(?:\d+(?:\.\d+)?\s*[%‰]?\s*(?:（含）|\(含\)|（不含）|\(不含\))?\s*[、—\-–~至到]\s*)$/;
const LIST_ON = /^\s*(?:（含）|\(含\)|（不含）|\(不含\))?\s*[、—\-–~至到]\s*\d+(?:\.\d+)?\s*[%‰]/;

/** The list or range of percentages a percentage belongs to: 10%—20%、20%以上 (start of the first, end of the last). */
export function listSpan(text: string, start: number, end: number): [number, number] {
  let from = start;
  for (let m = LIST_BACK.exec(text.slice(Math.max(0, from - 16), from)); m; m = LIST_BACK.exec(text.slice(Math.max(0, from - 16), from))) from -= m[0].length;
  let to = end;
  for (let m = LIST_ON.exec(text.slice(to)); m; m = LIST_ON.exec(text.slice(to))) to += m[0].length;
  return [from, to];
}

/**
 * After a percentage an applicant must meet: （含）以上（含15%）的企业, 及以下的项目, 即可/方可 (首付50%即可),
 * 以上的予以奖励 (the applicant left unsaid).
 */
// (Also a mark that repeats the figure and 以内 (同比增长0-5%(含5%)以内的,一次性补助5万元), and a grant right after 的 (增幅20%以上的一次性补助
// 3万元): 新塘街道; and 时 closing the condition before the grant's clause: 当增长率达到10%以上时,给予奖励.)
// (…or a rate raised right after 的, no comma: 国家级和省级基地留用率达到50%的可提高至80%, 龙港 — who qualifies for the higher rate.)
// (A remark in brackets between the bound and 的 may run long: 研发投入强度超过6.5%(海淀园统计范围企业2019年企业研发投入强度平均值)的企业, 海淀.)
const CONDITION_AFTER = new RegExp(`^(${INCLUSIVE}|${EXCLUSIVE}|[（(]不?含[^（）()]{0,8}[）)])?(?:之间|区间内?|范围内)?(及|或)?(以上|以下|以内)?(${INCLUSIVE}|${EXCLUSIVE}|[（(]含[^（）()]{0,8}[）)])?(?:[（(](?!不?含)[^（）()。；;]{1,40}[）)])?(?:增速|增幅|增长率)?(的(?=[；;。，,（(]|或|$)|的(${APPLICANT}|规上|个体|[^，。；,;的]{1,16}?(${APPLICANT})(?!资金|经费|资产|数量|个数|总数|收入|投资|建设)|[，,]?(分别)?(予以|给予|奖励|补助|补贴|奖补))|的(?:一次性)?(?:予以|给予|奖励|补助|补贴|奖补)|的(?:可|可以|均可)?(?:提高|提升|上浮|上调)(?:至|到)|即可|方可|时(?=[，,]))`);
/**
 * (…or before 或 and the next alternative: 三季度产值同比增长5%以上且增速超过上半年的或者三季度产值同比增长15%以上的, 建德.)
 * A second condition before the applicant, joined by 且 (增速高于6%且高于全省…增速的涉农县区) or listed after a
 * bound (出资额占项目总投资额25%以上、经营期10年以上的合资合作、参股控股、收购兼并企业).
 */
const MARK = `(?:${INCLUSIVE}|${EXCLUSIVE}|[（(]含[^（）()]{0,8}[）)])?`;
const BOTH_CONDITIONS = new RegExp(
  `^${MARK}(?:(?:以上|以下)?${MARK}[，,]?(?:且|并且|同时)[^，。；,;]{0,30}?|(?:以上|以下)${MARK}、[^。；;]{0,60}?(?:以上|以下)${MARK})的(?:[^。；;的]{0,16}?(${APPLICANT})|(?=或))`,
);

const GRANT_WORD = '予以|给予|奖励|补助|补贴|奖补|资助';
/**
 * Words that open a condition before a share whose measure follows: 且 right before it (且80%以上投资本区的), or an opener
 * starting its phrase (对80%以上产品出口的企业, 凡募集资金70%(含)以上用于本市项目的).
 */
// (…且 and the figure whose share it is, a few words: 后备企业实现上市且募集资金80%以上投资于我市的, 武汉 2008.)
const CONDITION_OPENS = /(?:(?:且|并且|或者|或|同时)[^，。；,;、\d%]{0,8}|^(?:对于|对|凡是|凡|如果|如|若)[^，。；,;]{0,12})$/;
/** The share's bound, then what it measures, closed by 的 and a comma or the applicant. */
const SHARE_THEN_CONDITION = new RegExp(`^${MARK}(?:及|或)?(?:以上|以下)${MARK}[^，。；,;的\\d%]{1,20}?的(?:[，,]|[^，。；,;的]{0,6}?(?:${APPLICANT}))`);
/**
 * A bound, then 且/并且/并/同时/或 and a second condition (money, a share, a qualification) up to a comma and the grant,
 * a few words of whom or how much between (给予, 一次性奖励, 最高奖励, 人才奖励).
 */
const JOINED_THEN_GRANT = new RegExp(
  `^${MARK}(?:及|或)?(?:以上|以下)${MARK}[，,]?(?:且|并且|并|同时|或者|或)[^。；;，,]{1,40}?[，,][^，。；,;的]{0,6}?(?:${GRANT_WORD})`,
);
/**
 * A bound then a grant after a comma with a few words between (且产值增速15%(含)以上,最高奖励200万元; 研发投入占营收比例达
 * 15%以上,人才奖励10万元/人).
 */
// (…the grant paid by a standard named after the comma, or the bound's 时: 成活率要达到90%以上,按照每亩不超过400元的标准给予一次性补助, 策勒)
// (…a check passed between the comma and the grant: 成活率90%以上,通过达标验收后每标准棚补贴600元, 伊吾)
const BOUND_THEN_GRANT = new RegExp(`^${MARK}(?:及|或)?(?:以上|以下)${MARK}(?:时)?[，,](?:${CHECK_PASSED_BEFORE_GRANT})?(?:按照?[^，。；,;]{0,16}?(?:标准|比例))?[^，。；,;的\\d]{0,4}?(?:${GRANT_WORD})`);
/**
 * A bound, then further bounded figures chained by commas or 、, then the grant (…自持运营产权面积达到70%以上,楼宇内企业属地注册率达到70%以上、
 * 属地纳税率达到70%以上,给予…: 江岸): each is a condition on the applicant, as the last is.
 */
const CHAINED_BOUNDS_THEN_GRANT = new RegExp(
  `^${MARK}(?:及|或)?(?:以上|以下)${MARK}(?:[，,、][^。；;，,、]{1,30}?(?:达到|达|超过|不低于|高于|不少于|低于|不高于|不超过)\\s*[\\d.]+\\s*(?:[%％]|万元|亿元|元)${MARK}(?:及|或)?(?:以上|以下)?${MARK}){1,4}[，,][^，。；,;的\\d]{0,6}?(?:${GRANT_WORD})`,
);
/**
 * A bound, then after a comma a second bounded condition of any measure closed by 的, the grant a few words on (间套种面积比例达50%及以上,
 * 折成净作实际利用面积在10亩以上的蔬菜给予50元/亩的补贴: 简阳): both are conditions on what the grant is for.
 */
const BOUND_THEN_BOUNDED_THEN_GRANT = new RegExp(`^${MARK}(?:及|或)?(?:以上|以下)${MARK}[，,][^。；;，,\\d]{1,30}?\\d[^。；;，,]{0,8}?(?:以上|以下|以内)${MARK}的[^，。；,;的]{0,8}?(?:${GRANT_WORD})`);
/** Work being done, the share of it reached written next: 待完成…的, 在完成…, 当完成… (not 确保完成, a goal). */
const PROGRESS_BEFORE = /(?:待|在|当|至|到)完成[^，。；,;]{1,30}?(?:的)?$/;
/** A bound reached, then after a comma a grant paid as a share of something (达8%,按…增量部分的1%给予支持). */
const BOUND_THEN_SHARE_GRANT = /^(?:及|或)?(?:以上)?[，,]按[^，。；,;]{0,30}?[\d.]+%[^，。；,;]{0,6}?(?:给予|奖励|补助|补贴|支持|奖补)/;

/** What a share measures when written after its bound (且80%以上投资本区的 → 投资本区), else undefined. */
export function shareMeasureAfter(text: string, start: number, end: number): string | undefined {
  if (!CONDITION_OPENS.test(before(text, start))) return undefined;
  const m = SHARE_MEASURE.exec(text.slice(end, end + 40).replace(/\s+/g, ''));
  return m?.[1];
}
const SHARE_MEASURE = new RegExp(`^${MARK}(?:及|或)?(?:以上|以下)${MARK}([^，。；,;的\\d%]{1,20}?)的`);

const STEP_AFTER_EACH = new RegExp(`每(${STEP})$`);

/** 每增加一个百分点 followed by the money it adds: the rate is the step of a threshold. */
export function isRateStep(text: string, r: Rate): boolean {
  const pre = before(text, r.start);
  // (…or the points it earns in a scored ranking: 出口增量在500万美元以上的,每增长10%计1分, 曲靖; 每增长1个百分点加1分)
  // (…the payer and the paid named between, the grant's verb closing the phrase after: 达标率比上年度每增加1个百分点,市政府每年对该河流的县(市、区)
  // 奖励10万元, 周口)
  return STEP_AFTER_EACH.test(pre) && /^[，,]?(?:(?:[^，。；,;:：\d]{0,30}?(?:对|向|给)[^，。；,;:：\d]{1,20}?)?(再|追加|增加|另|加)?(给予|奖励|补助|补贴|追加|奖补)|(?:得|计|加)\d+(?:\.\d+)?分)/.test(text.slice(r.end, r.end + 48).replace(/\s+/g, ''));
}
