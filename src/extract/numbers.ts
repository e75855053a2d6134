/** Numbers as written in Chinese policy text: 1,500 / 1.5 / 一千万 / 两亿 / 三十 / 十五. */

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const ARABIC = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
export const CHINESE = String.raw`[零〇一二两三四五六七八九十百千万亿]*[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*`;
/** The character either form opens with: a pattern's guard (needing) asks for it right after the word a figure must follow. */
export const NUMERAL_START = String.raw`[\d零〇一二两三四五六七八九十百千万亿]`;

/** Parse a Chinese numeral (一千二百万, 两亿, 十五, 三). Returns NaN when it is not one. */
export function parseChinese(s: string): number {
  if (!s) return NaN;
  let total = 0; // up to the last 亿
  let wan = 0; // the 万 part since then
  let section = 0; // below 万
  let digit = 0;
  for (const ch of s) {
    if (ch in DIGIT) digit = DIGIT[ch];
    else if (ch in SMALL_UNIT) {
      section += (digit || 1) * SMALL_UNIT[ch];
      digit = 0;
    } else if (ch === '万') {
      wan = (section + digit || 1) * 1e4;
      section = 0;
      digit = 0;
    } else if (ch === '亿') {
      total = (total + wan + section + digit || 1) * 1e8;
      wan = 0;
      section = 0;
      digit = 0;
    } else return NaN;
  }
  return total + wan + section + digit;
}

export function parseNumber(s: string): number {
  if (/^[\d,.]+$/.test(s)) return Number(s.replace(/,/g, ''));
  return parseChinese(s);
}

/** Multiplier of a money magnitude word before 元. */
export function magnitude(unit: string | undefined): number {
  switch (unit) {
    case '千万':
      return 1e7;
    case '百万':
      return 1e6;
    case '万亿':
      return 1e12;
    case '千亿':
      return 1e11;
    case '百亿':
      return 1e10;
    case '亿':
      return 1e8;
    case '万':
      return 1e4;
    case '千':
      return 1e3;
    default:
      return 1;
  }
}

/** A money unit written alone (元, 万元, 亿元: a table's unit cell, a target's bracketed unit): its size in yuan, or undefined. */
export function yuanPerUnit(unit: string): number | undefined {
  const m = /^(万亿|亿|千万|百万|万|千)?元$/.exec(unit);
  return m ? magnitude(m[1]) : undefined;
}

/**
 * Avoid float noise: 1.5 * 1e8 → 150000000, 0.612 stays 0.612. A double holds about 15 significant digits, so a large
 * sum keeps fewer decimals (169.36亿元 is 16936000000.000002 as multiplied; six decimals would keep the noise).
 */
export function round(n: number, digits = 6): number {
  const whole = Math.abs(n) >= 1 ? Math.floor(Math.log10(Math.abs(n))) + 1 : 0;
  const f = 10 ** Math.max(0, Math.min(digits, 15 - whole));
  return Math.round(n * f) / f;
}

/**
 * A year written in Chinese numerals, digit by digit (二〇二五年, 二O二五年, 二零二五年), as its four digits: one character for one,
 * so offsets hold and every year rule reads it (到二〇二六年, 二〇二三年经济社会发展主要目标).
 */
export function foldNumeralYears(s: string): string {
  if (!numeralBeforeYear(s)) return s;
  return s.replace(/(?<![〇零○OoＯ一二三四五六七八九十百千万])[〇零○OoＯ一二三四五六七八九]{4}(?=\s*年)/g, (y) => [...y].map((c) => String(DIGIT[c] ?? 0)).join('')); // (○ O o Ｏ: zeros DIGIT does not list)
}

/** The capital numerals (大写) of a sum and the numeral each stands for: 壹 一 … 玖 九, 拾 十, 佰 百, 仟 千. */
const CAPITAL: Record<string, string> = { 壹: '一', 贰: '二', 叁: '三', 肆: '四', 伍: '五', 陆: '六', 柒: '七', 捌: '八', 玖: '九', 拾: '十', 佰: '百', 仟: '千' };
/** A sum in capital numerals, its 元 (or 圆) after it: 伍万元, 壹拾捌万壹仟壹佰叁拾伍元, 贰佰圆. */
// (…a lower-case numeral slipped in among them maybe: 壹拾柒万陆仟玖佰三拾伍元, 香格里拉)
const CAPITAL_SUM = /[零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟万亿]*[壹贰叁肆伍陆柒捌玖拾佰仟][零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟万亿]*\s*[元圆]/g;
/**
 * A sum written in capital numerals (现下拨优抚困难临救经费伍万元, 洛阳镇) in the numerals every money rule reads, 圆 as 元: one character for
 * one, so offsets hold. Only a run a 元 closes is folded: 陆续, 拾遗 stay words.
 */
export function foldCapitalSums(s: string): string {
  if (!/[壹贰叁肆伍陆柒捌玖拾佰仟]/.test(s)) return s;
  return s.replace(CAPITAL_SUM, (run) => [...run].map((c) => CAPITAL[c] ?? (c === '圆' ? '元' : c)).join(''));
}

/**
 * A bound's mark written 包含 in its bracket (50万元以上(包含50万元), 重庆市 2014) as the 含 every bound rule reads, a space for the
 * character dropped: one character for one, so offsets hold.
 */
export function foldBoundMarks(s: string): string {
  return s.includes('包含') ? s.replace(/(?<=[（(［\[]\s*(?:不)?)包含/g, '含 ') : s;
}

/** The numeral digits a year in Chinese numerals is written with, zeros in every form (〇 零 ○ O o Ｏ). */
const YEAR_DIGITS = new Set('〇零○OoＯ一二三四五六七八九');
/**
 * Whether some 年 has a numeral digit before it (spaces between allowed): a year in Chinese numerals needs one, and most clauses
 * have none. Found by indexOf at each 年, where the fold's pattern, opening with its digit class, was tried at every character.
 */
export function numeralBeforeYear(s: string): boolean {
  for (let i = s.indexOf('年'); i >= 0; i = s.indexOf('年', i + 1)) {
    let j = i - 1;
    while (j >= 0 && /\s/.test(s[j])) j--;
    if (j >= 0 && YEAR_DIGITS.has(s[j])) return true;
  }
  return false;
}

/** 元月, January, read as 一月, one character for one (not a sum's 元 before 月 after a figure or a money word: 100元月度补贴). */
export function foldFirstMonth(s: string): string {
  return s.replace(/(?<![\d０-９万亿千百十零〇.．])元(?=月)/g, '一');
}

/**
 * A percentage written in words (百分之十, 百分之二十五, 百分之百) as its figure and %, zero-padded to the same length (百分之十 →
 * 010%): one character for one, so offsets hold and every rate and condition rule reads it as it reads 10%
 * (同比增长百分之十以上, 百分之十—百分之二十). Whole numbers up to 百 only.
 */
export function foldWordPercents(s: string): string {
  return s.replace(/百分之([零一二两三四五六七八九十百]{1,4})/g, (all, words: string) => {
    if (!PERCENT_WORDS.test(words)) return all;
    const n = parseChinese(words);
    const figure = `${n}%`;
    return figure.length > all.length ? all : figure.padStart(all.length, '0');
  });
}
/** A whole number of percent in words: 一…九 (两), 十…九十九, 百 and 一百. */
const PERCENT_WORDS = /^(?:[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九]|一?百)$/;

/**
 * Dashes and waves of ranges as the other spellings write them (2023―2025年 with U+2015, 20‐30%, 1〜3个月, 300万元——1000万元) read as
 * the common ones, one character for one so offsets stay: ― ‐ ‑ − → —, 〜 → ~.
 */
/**
 * A slash between two sums or bounds, a figure right after it (分别给予2万/5万/10万元奖励; 年产值销售过2000万元/5000万元/10000万元企业, 武昌): a
 * list's joint, read as 、 is; the same length, so offsets stay. Not a price per a unit (100元/亩, 18元/m/月, 20元/100升: what follows the
 * slash is no sum), nor a date or a fraction, whose slash follows a digit.
 */
export function foldListSlashes(s: string): string {
  return s.includes('/') || s.includes('／') ? s.replace(/(?<=[\d.]\s*(?:万|亿|千)?(?:元|万|亿))\s*[/／](?=\s*[\d.]+\s*(?:万|亿|千)?(?:元|万|亿))/g, (m) => `${m.slice(0, -1)}、`) : s;
}

export function foldDashes(s: string): string {
  // (…and a doubled dash between two figures, 300万元——1000万元 (姜堰), 2023——2025年: one dash and a space.)
  // (…or a longer run, after any unit: 300亩——499亩 (东白湖镇 round 287), 2012年6月20日-------2012年7月3日: one dash and spaces.)
  const folded = s.replace(/[―‐‑−]/g, '—').replace(/〜/g, '~');
  // (Looked for with includes first: the pattern opens with a look-behind, tried at every character.)
  return folded.includes('——') || folded.includes('－－') || folded.includes('--') ? folded.replace(/(?<=[\d\u4e00-\u9fff%％])[—－-]{2,8}(?=\s*\d)/g, (run) => `—${' '.repeat(run.length - 1)}`) : folded;
}
