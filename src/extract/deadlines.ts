import { parseNumber } from './numbers.js';
import type { Deadline } from '../types.js';

const FIVE_YEAR: Record<string, [number, number]> = {
  十一五: [2006, 2010],
  十二五: [2011, 2015],
  十三五: [2016, 2020],
  十四五: [2021, 2025],
  十五五: [2026, 2030],
  十六五: [2031, 2035],
};
const N = '(\\d+|[一二两三四五六七八九十]+)';

/** Character ranges inside 《…》: years there are part of cited titles, not deadlines. */
function titleRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let s = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '《') {
      if (depth++ === 0) s = i;
    } else if (text[i] === '》' && depth > 0) {
      if (--depth === 0) out.push([s, i + 1]);
    }
  }
  return out;
}

function addYears(iso: string, years: number, months = 0): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, (m ?? 1) - 1 + months, d ?? 1));
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString().slice(0, iso.length >= 10 ? 10 : iso.length >= 7 ? 7 : 4);
}

/** The last year written before pos in the text (于2017年6月底前…、9月底前 → 2017). */
function yearBefore(text: string, pos: number): number | undefined {
  const years = [...text.slice(0, pos).matchAll(/(\d{4})年/g)];
  return years.length ? Number(years[years.length - 1][1]) : undefined;
}

function pad(n: string): string {
  return n.padStart(2, '0');
}

/**
 * Time limits and periods: 到2025年, 2021—2025年, “十四五”期间, 三年内, 连续3年, 3—5年内, 长期,
 * 自发布之日起施行, 2022年6月底前. docDate (YYYY-MM-DD) resolves relative ones into `resolved`.
 */
export function extractDeadlines(text: string, docDate?: string): Deadline[] {
  const out: Deadline[] = [];
  const docYear = docDate ? Number(docDate.slice(0, 4)) : 0;
  const taken = new Uint8Array(text.length);
  // A cited title's years are not deadlines, unless the clause waits for that document (《…（2021—2035年）》发布后).
  const titles = titleRanges(text);
  const push = (start: number, end: number, d: Omit<Deadline, 'start' | 'end' | 'raw'>) => {
    for (let k = start; k < end; k++) if (taken[k]) return;
    for (let k = start; k < end; k++) taken[k] = 1;
    out.push({ raw: text.slice(start, end), start, end, ...d });
  };
  // ...but the period of a cited plan is one (《…行动计划（2023—2025年）》 → 2023 to 2025).
  for (const [s, e] of titles) {
    if (/^(发布|出台|印发|批复|实施)/.test(text.slice(e, e + 2))) continue;
    for (const m of text.slice(s, e).matchAll(/(\d{4})\s*(?:年)?\s*[-—–－~至到]\s*(\d{4})\s*年/g)) {
      if (Number(m[2]) > Number(m[1])) push(s + m.index!, s + m.index! + m[0].length, { from: m[1], date: m[2] });
    }
    for (let k = s; k < e; k++) taken[k] = 1;
  }
  const rules: [RegExp, (m: RegExpMatchArray) => Omit<Deadline, 'start' | 'end' | 'raw'> | undefined][] = [
    [/自(发布|印发|公布)之日起(施行|执行|实施|生效)/g, () => ({ kind: 'effective' })],
    [/自(\d{4})年(\d{1,2})月(\d{1,2})日起(施行|执行|实施|生效)/g, (m) => ({ date: `${m[1]}-${pad(m[2])}-${pad(m[3])}`, kind: 'effective' })],
    [/“?(十[一二三四五六]五)”?(期间|末)/g, (m) => {
      const p = FIVE_YEAR[m[1]];
      return p ? { from: String(p[0]), date: String(p[1]) } : undefined;
    }],
    [/(\d{4})年(\d{1,2})月(\d{1,2})日\s*[-—–－~至到]\s*(\d{4})年(\d{1,2})月(\d{1,2})日/g, (m) => ({ from: `${m[1]}-${pad(m[2])}-${pad(m[3])}`, date: `${m[4]}-${pad(m[5])}-${pad(m[6])}` })],
    [/(\d{4})\s*(?:年)?\s*[-—–－~至到]\s*(\d{4})\s*年/g, (m) => (Number(m[2]) > Number(m[1]) ? { from: m[1], date: m[2] } : undefined)],
    [/(?:到|至|截至|截止到?|于|在)?(\d{4})年(\d{1,2})月(\d{1,2})日(?:前|之前|以前)?/g, (m) => ({ date: `${m[1]}-${pad(m[2])}-${pad(m[3])}` })],
    [/(?:到|至|截至|截止到?|于|在)?(\d{4})年(\d{1,2})月(?:底|末)?(?:前|之前|以前)?/g, (m) => ({ date: `${m[1]}-${pad(m[2])}` })],
    // A quarter is a period; without a year it takes the sentence's or the notice's year.
    [/(?:(\d{4})年)?(?:第)?([一二三四1-4])季度/g, (m) => {
      const q = parseNumber(m[2]);
      const y = m[1] ?? yearBefore(text, m.index!) ?? (docYear || undefined);
      return y ? { from: `${y}-${pad(String(q * 3 - 2))}`, date: `${y}-${pad(String(q * 3))}` } : undefined;
    }],
    // 年底/年末 is the year's December: 到2025年底 → 2025-12.
    [/(?:到|至|截至|截止到?)(\d{4})年(底|末)?(?:前)?/g, (m) => ({ date: m[2] ? `${m[1]}-12` : m[1] })],
    // A month or the year's end without a year: the year written earlier in the sentence, else the notice's.
    [/(?<![\d年])(?:到|至|截至|截止到?|于|在)?(\d{1,2})月(\d{1,2}日|底|末|中旬|上旬|下旬)?(?:前|之前|以前)/g, (m) => {
      const y = yearBefore(text, m.index!) ?? (docYear || undefined);
      const day = /^\d/.test(m[2] ?? '') ? `-${pad(m[2].replace('日', ''))}` : '';
      return y && Number(m[1]) >= 1 && Number(m[1]) <= 12 ? { date: `${y}-${pad(m[1])}${day}` } : undefined;
    }],
    [/(?<![\d年])(?:到|至|截至|截止到?|于|在)?年(?:底|末)(?:前|之前)?/g, () => (docYear ? { date: `${docYear}-12` } : undefined)],
    [/(?<![\d一二三四五六七八九十两个])年内/g, () => (docYear ? { date: String(docYear) } : undefined)],
    [new RegExp(`${N}\\s*[—\\-–－~至到]\\s*${N}\\s*年内`, 'g'), () => ({ kind: 'relative' })],
    [new RegExp(`(?:连续|未来|今后|近)[\\u4e00-\\u9fff]{0,3}?${N}\\s*(?:个)?年|分${N}\\s*(?:个)?年`, 'g'), () => ({ kind: 'relative' })],
    // 前3年/后两年 are periods; 前两年度 (the years before) is a condition.
    [new RegExp(`(?:前|后)${N}\\s*(?:个)?年(?!度)`, 'g'), () => ({ kind: 'relative' })],
    [new RegExp(`有效期(?:为|是)?${N}\\s*(?:个)?(年|月)`, 'g'), () => ({ kind: 'relative' })],
    [new RegExp(`${N}\\s*(?:个)?(年|月|个月|个工作日|工作日|日|天)(?:内|以内)`, 'g'), () => ({ kind: 'relative' })],
    // A bare year in a sentence ("2022年正阳工业园区管委会…签订战略合作协议"): not a citation, an edition, a month.
    // ...and no earlier than the document itself: 以2020年数据为基础 is a baseline.
    // ...nor a year the sentence describes: 2023年是…开局之年.
    [/(?<![\d（(])(\d{4})年(?![\d月度版以来起是为]|第)(底|末)?(?:前)?/g, (m) => (Number(m[1]) >= Math.max(1990, docYear) && Number(m[1]) <= 2100 ? { date: m[2] ? `${m[1]}-12` : m[1] } : undefined)],
  ];
  for (const [re, f] of rules) {
    for (const m of text.matchAll(re)) {
      const d = f(m);
      if (d) push(m.index!, m.index! + m[0].length, d);
    }
  }
  out.sort((a, b) => a.start - b.start);
  if (docDate) for (const d of out) if (d.kind === 'relative') d.resolved = resolveRelative(d.raw, docDate);
  return out;
}

/** 三年内 in a notice of 2021-10-14 → 2024-10-14; 3—5年内 → the later bound; 6个月内 → +6 months. */
export function resolveRelative(raw: string, docDate: string): string | undefined {
  const nums = [...raw.matchAll(/\d+|[一二两三四五六七八九十]+/g)].map((m) => parseNumber(m[0])).filter(Number.isFinite);
  if (!nums.length) return undefined;
  const n = Math.max(...nums);
  if (/月/.test(raw)) return addYears(docDate, 0, n);
  if (/(日|天)/.test(raw)) {
    const d = new Date(`${docDate}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  }
  return addYears(docDate, n);
}

/** A table cell in a 完成时限 column: 2025年, 长期, 2022年6月, 持续推进. */
export function deadlineFromCell(cell: string, start: number, docDate?: string): Deadline | undefined {
  const c = cell.trim();
  if (!c) return undefined;
  if (/^(长期|持续|常态化|长期坚持|持续推进)/.test(c)) return { raw: c, kind: 'ongoing', start, end: start + c.length };
  const found = extractDeadlines(c, docDate);
  if (found.length) {
    const d = found[found.length - 1];
    return { ...d, start: start + d.start, end: start + d.end };
  }
  return undefined;
}
