import { COUNTED, INCLUSIVE, STEP } from './condition-words.js';
import { FOREIGN_CURRENCY, PER_UNIT, YUAN_WORD } from './money-words.js';
import { ARABIC, CHINESE, magnitude, parseNumber, round } from './numbers.js';
import { matchesOf } from '../ingest/matches.js';

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
const PER = `(?:\\/(?:${PER_UNIT}))?`;
/** The currency after a figure: 元, 元人民币, or another currency's name (美元, 港币…), maybe per a unit (美元/亩). */
const CURRENCY = `(?:元(?:${YUAN_WORD})?|${FOREIGN_CURRENCY})`;
// (3亿元(含3亿元)至5亿元: the lower end's mark may repeat its figure.)
const RANGE_RE = new RegExp(`(${ARABIC})\\s*${MAG}?\\s*(?:${CURRENCY})?\\s*(?:${INCLUSIVE}|[（(［\\[](?:不)?含[^（）()［］\\[\\]]{0,12}[）)］\\]])?\\s*[至到~\\-—–]\\s*(${ARABIC})\\s*${MAG}?\\s*(${CURRENCY}${PER})`, 'g');
// 百亿/千亿 without a digit (营收超百亿, 总投资超千亿) is a number too: one hundred / one thousand 亿.
const MONEY_RE = new RegExp(`(${ARABIC}|${CHINESE}|(?<![零〇一二两三四五六七八九十百千\\d])[百千](?=亿))(多)?\\s*${MAG}?(多)?\\s*(${CURRENCY}${PER}|${YUAN_WORD})?`, 'g');
/** A size class: the sum qualifies counted things (超百亿企业不少于2家, 超千亿元制造产业集群1个). */
const COUNTED_AFTER = new RegExp(`^(元)?[\\u4e00-\\u9fff]{0,6}?(${COUNTED})(不少于|达到|超过|达|有)?(\\d+|[一二两三四五六七八九十]+)(个|家|户)|^(元)?的(\\d+|[一二两三四五六七八九十]+)(个|家|户)`);
/** 每跨越一个 before 百亿台阶: a step. */
const STEP_BEFORE = new RegExp(`每(${STEP})一个$`);
/** Words that make a bare "50万" money: grants and budgets. */
const MONEY_CONTEXT = /给予|奖励|补助|补贴|资助|奖补|扶持|投入|资金|经费|补偿|贴息|配套/;
/** What a bare 万/亿 counts when it is not money. */
const COUNT_AFTER = /^[人户家个件项次吨亩平千瓦台套名所座条株头只辆册张位批篇]/;

/** All sums of money written in a (full-width folded) clause, in order. Counts such as 15个 are not money. */
export function findMoney(text: string): MoneyMention[] {
  const out: MoneyMention[] = [];
  const taken = new Uint8Array(text.length);
  for (const m of matchesOf(text, RANGE_RE)) {
    const hiMag = magnitude(m[4]);
    const loMag = m[2] ? magnitude(m[2]) : hiMag;
    const unit = unitOf(m[5]);
    out.push({ start: m.index!, end: m.index! + m[0].length, raw: m[0], yuan: round(parseNumber(m[1]) * loMag), yuanMax: round(parseNumber(m[3]) * hiMag), unit });
    for (let k = m.index!; k < m.index! + m[0].length; k++) taken[k] = 1;
  }
  const moneyContext = MONEY_CONTEXT.test(text);
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
      const bound = /(突破|超过|超|(?<![通经越])过|达到|达|冲刺|迈上|跨上|登上|站上|规模|总投资|产值|营收|收入)[“"‘]?$/.test(pre4);
      // A goal named right after the scale (过千亿目标任务, 突破千亿大关, 超百亿的目标, 迈上千亿台阶): the scale is the goal's sum
      // (not a step: 每跨越一个百亿台阶, read below).
      const goal = /^[”"’]?(?:的)?(?:奋斗)?(目标|任务|大关|关口)/.test(after) || (/(迈上|跨上|登上|站上|突破)$/.test(pre4) && /^[”"’]?(?:新)?台阶/.test(after));
      // A size class of counted things (营收超百亿企业不少于2家) and a step (每跨越一个百亿台阶) are money too:
      // the threshold rules read them.
      const sized = bound && COUNTED_AFTER.test(after);
      const step = STEP_BEFORE.test(text.slice(Math.max(0, start - 6), start)) && /^台阶/.test(after);
      // (达到“6千亿规模”: a scale the target names, its bound word before it.)
      const scale = /亿/.test(num + (mag ?? '')) && (step || sized || (bound && (/^规模[”"’]/.test(after) || goal || (!/^(级|元级|规模|个|家|户|台阶)/.test(after) && !/[\u4e00-\u9fff]/.test(after[0] ?? '')))));
      // Otherwise a bare "50万" is money only in a grant context and when it does not count people or things.
      if (!scale) {
        if (isChinese || !mag || !moneyContext) continue;
        if (COUNT_AFTER.test(after) || /^(以上|以下)?(的)?(人|户|企业|家)/.test(after) && !/^、/.test(after)) continue;
        // The last of a list of sums (按10万、20万、30万兑现) is money as the ones before it are.
        const prev = out[out.length - 1];
        const listed = !!prev && prev.end <= start && /^[、和及或,，]$/.test(text.slice(prev.end, start).trim());
        if (!listed && !/^(、|，|,|和|及|或|的|一次性|奖励|补助|补贴|资助|至|以内|元|；|。|$)/.test(after)) continue;
      }
    }
    const value = parseNumber(num);
    if (!Number.isFinite(value)) continue;
    let end = start + raw.length;
    while (end > start && /\s/.test(text[end - 1])) end--;
    const unit = unitOf(yuanWord);
    out.push({ start, end, raw: text.slice(start, end), yuan: round(value * magnitude(mag)), unit });
  }
  // 亿元 without a figure after a bound or before 以上 (营业收入首次超亿元的企业, 年产值亿元以上企业): one hundred million.
  for (const m of matchesOf(text, /亿元/g)) {
    const at = m.index!;
    if (taken[at] || out.some((o) => o.start <= at && at < o.end) || /[\d.零〇一二两三四五六七八九十百千万]/.test(text[at - 1] ?? '')) continue;
    if (/(超过|超|突破|达到|达|过)$/.test(text.slice(Math.max(0, at - 2), at)) || /^以上/.test(text.slice(at + 2))) out.push({ start: at, end: at + 2, raw: '亿元', yuan: 100000000, unit: '元' });
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
