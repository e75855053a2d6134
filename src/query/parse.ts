import { TOPICS } from '../extract/topics.js';
import { divisionsIn, divisionsUnder, type RegionMatch } from '../ingest/regions.js';
import { thesaurus, type Thesaurus } from './concepts/thesaurus.js';
import { isDictionaryWord, words } from '../index/tokenize.js';

/** What the analyst wants to know about a measure. */
export type Ask = 'amount' | 'rate' | 'threshold' | 'unit' | 'deadline';

/** A concept the question names, with every word that names it. */
export interface QuestionConcept {
  name: string;
  /** The word written in the question (技改). */
  term: string;
  /** Aliases and narrower forms: a clause naming one is on-concept. */
  terms: string[];
  /** Words near the concept that do not name it (not searched). */
  related: string[];
  /** As written in the thesaurus, for display: ≡ aliases, ⊃ narrower forms. */
  aliases: string[];
  narrower: string[];
}

/** What an analyst's question asks for. */
export interface ParsedQuestion {
  text: string;
  /** Regions to search: the named divisions, everything under them, and index regions named directly. */
  regions: string[];
  /** The divisions the question (or --region) named, before the hierarchy was applied. */
  regionScope: { name: string; code?: string; level?: RegionMatch['level'] }[];
  topics: string[];
  /** Taxonomy words written in the question (智能工厂): a clause containing one ranks higher. */
  keywords: string[];
  concepts: QuestionConcept[];
  /** Document dates: 2023年以来 → from 2023-01-01; 近三年 → the last three calendar years. */
  years?: { from?: number; to?: number };
  asks: Ask[];
  wantsMoney: boolean;
  wantsCap: boolean;
  wantsRate: boolean;
  status?: 'draft' | 'final';
}

export interface ParseOptions {
  /** Regions the index holds: named directly (渝北, 两江新区) they count even if the gazetteer lacks them. */
  knownRegions?: string[];
  /** Regions given on the command line (--region 浙江省): expanded like the question's. */
  regions?: string[];
  /** The year 近三年 counts back from (default: this year). */
  now?: number;
  thesaurus?: Thesaurus;
}

/** 渝北区 is also written 渝北; 重庆市 also 重庆. */
function shortName(region: string): string {
  return region.length > 2 ? region.replace(/(自治县|自治州|新区|区|县|市|旗|省)$/, '') : region;
}

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function smallNumber(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : (CN_DIGIT[s] ?? 0);
}

/** Years of the documents asked about (issue dates), from the question's time words. */
export function parseYears(q: string, now: number): ParsedQuestion['years'] {
  let m = q.match(/(20\d{2})\s*年?\s*[-—~至到]\s*(20\d{2})\s*年/);
  if (m) return { from: Number(m[1]), to: Number(m[2]) };
  m = q.match(/(20\d{2})\s*年(?:以来|以后|之后|起|至今)/);
  if (m) return { from: Number(m[1]) };
  m = q.match(/(20\d{2})\s*年(?:以前|之前|前出台)/);
  if (m) return { to: Number(m[1]) };
  m = q.match(/(?:近|最近|过去)(\d|[一二两三四五六七八九十])年/);
  if (m) return { from: now - smallNumber(m[1]) + 1, to: now };
  m = q.match(/(20\d{2})\s*年(?:出台|发布|印发|颁布|的政策|的文件|新出)/);
  if (m) return { from: Number(m[1]), to: Number(m[1]) };
  if (/今年(?:出台|发布|印发|的政策|新出)/.test(q)) return { from: now, to: now };
  if (/去年(?:出台|发布|印发|的政策)/.test(q)) return { from: now - 1, to: now - 1 };
  return undefined;
}

/** What is asked: money, a rate, a threshold, who is responsible, by when. */
export function parseAsks(q: string): Ask[] {
  const asks: Ask[] = [];
  if (/多少钱|多少|金额|几万|万元|亿元|最高|上限|封顶|给多少|奖多少|补多少|资金|支持标准|奖励标准|补助标准/.test(q)) asks.push('amount');
  if (/比例|百分之|%|几成|费率|按.{0,8}(补|奖)/.test(q)) asks.push('rate');
  if (/门槛|条件|什么要求|需要满足|资格|达到多少|多大规模/.test(q)) asks.push('threshold');
  if (/哪个部门|哪些部门|谁负责|谁来|责任单位|牵头|主管部门|找谁|哪个单位/.test(q)) asks.push('unit');
  if (/期限|截止|什么时候|何时|有效期|多久|时限|到期|哪年/.test(q)) asks.push('deadline');
  return asks;
}

/**
 * Regions a question or --region names, with the hierarchy: a province or a city brings its
 * districts and counties. Divisions named inside a named ancestor win over namesakes elsewhere
 * (浙江杭州西湖区 is not 南昌's 西湖区); an ancestor named with a descendant narrows to the descendant.
 */
function regionsOf(text: string, known: string[], given: string[] | undefined): { regions: string[]; scope: ParsedQuestion['regionScope'] } {
  const knownSet = new Set(known);
  const direct = (src: string) => known.filter((r) => src.includes(r) || (shortName(r).length >= 2 && src.includes(shortName(r))));
  let named: RegionMatch[];
  let directNames: string[];
  if (given?.length) {
    named = given.flatMap((g) => divisionsIn(g, known));
    directNames = given;
  } else {
    named = divisionsIn(text, known);
    directNames = direct(text);
  }
  // Keep the most specific: drop a division that is an ancestor of another named one.
  let scope = named.filter((d) => !named.some((o) => o !== d && o.code.startsWith(d.code) && o.code.length > d.code.length));
  // Namesakes (西湖区): keep those inside a named ancestor, if any is.
  scope = scope.filter((d) => {
    const twins = scope.filter((o) => o.name === d.name);
    if (twins.length < 2) return true;
    const inside = twins.filter((o) => named.some((a) => a !== o && o.code.startsWith(a.code) && a.code.length < o.code.length));
    return !inside.length || inside.includes(d);
  });
  // In the order the text names them.
  const at = (name: string) => {
    const i = text.indexOf(name);
    return i >= 0 ? i : text.indexOf(shortName(name));
  };
  scope.sort((a, b) => at(a.name) - at(b.name));
  const regions = new Set<string>();
  for (const d of scope) {
    for (const sub of divisionsUnder(d.code)) if (!known.length || knownSet.has(sub.name)) regions.add(sub.name);
    regions.add(d.name);
  }
  // Regions of the index the gazetteer does not hold (两江新区), named directly.
  for (const r of directNames) if (!scope.some((d) => d.name === r)) regions.add(r);
  const scopeOut: ParsedQuestion['regionScope'] = scope.map((d) => ({ name: d.name, code: d.code, level: d.level }));
  for (const r of directNames) if (!scope.some((d) => d.name === r) && !scopeOut.some((s) => s.name === r)) scopeOut.push({ name: r });
  return { regions: [...regions], scope: scopeOut };
}

export function parseQuestion(question: string, knownOrOpts: string[] | ParseOptions = []): ParsedQuestion {
  const opts: ParseOptions = Array.isArray(knownOrOpts) ? { knownRegions: knownOrOpts } : knownOrOpts;
  const q = question.replace(/\s+/g, '');
  const th = opts.thesaurus ?? thesaurus();
  const { regions, scope } = regionsOf(q, opts.knownRegions ?? [], opts.regions);
  const keywords: string[] = [];
  const topics: string[] = [];
  for (const t of TOPICS) {
    const hit = t.words.filter((w) => q.includes(w));
    if (hit.length) {
      topics.push(t.tag);
      keywords.push(...hit);
    }
  }
  // The longest keywords first; drop ones inside another (智能 inside 智能工厂).
  const kw = [...new Set(keywords)].sort((a, b) => b.length - a.length).filter((w, i, all) => !all.slice(0, i).some((x) => x.includes(w)));
  const concepts = th.inQuestion(q, words, isDictionaryWord).map(({ concept, term }) => ({
    name: concept,
    term,
    terms: th.terms(concept),
    related: th.related(concept),
    aliases: th.get(concept)!.aliases.filter((a) => a !== concept),
    narrower: th.get(concept)!.narrower,
  }));
  const asks = parseAsks(q);
  return {
    text: question,
    regions,
    regionScope: scope,
    topics,
    keywords: kw,
    concepts,
    years: parseYears(q, opts.now ?? new Date().getFullYear()),
    asks,
    wantsMoney: asks.includes('amount') || asks.includes('rate') || /补贴|补助|奖励|资助|奖补|给予|扶持|支持政策|优惠/.test(q),
    wantsCap: /最高|上限|最多|封顶/.test(q),
    wantsRate: asks.includes('rate'),
    status: /征求意见稿|草案|意见稿/.test(q) ? 'draft' : /正式(文件|印发|出台)|现行|有效的|正在执行|在执行/.test(q) ? 'final' : undefined,
  };
}

const ASK_ZH: Record<Ask, string> = { amount: '金额', rate: '比例', threshold: '门槛', unit: '责任单位', deadline: '时限' };

/** The parsed question in a few lines, so an analyst sees why a row is there. */
export function describeQuestion(q: ParsedQuestion): string[] {
  const out: string[] = [];
  if (q.concepts.length) {
    // A long list is shortened with a count, not an ellipsis (an ellipsis in an answer means a cut cell).
    const list = (ws: string[], n: number) => ws.slice(0, n).join('、') + (ws.length > n ? ` 等${ws.length}个` : '');
    for (const c of q.concepts) {
      out.push(`概念：${c.name}${c.term !== c.name ? `（问：${c.term}）` : ''}${c.aliases.length ? ` ≡ ${list(c.aliases, 6)}` : ''}${c.narrower.length ? ` ⊃ ${list(c.narrower, 6)}` : ''}`);
    }
  } else if (q.keywords.length) out.push(`关键词：${q.keywords.join('、')}（主题：${q.topics.join('、')}）`);
  if (q.regionScope.length) {
    const under = q.regions.filter((r) => !q.regionScope.some((s) => s.name === r));
    out.push(`地区：${q.regionScope.map((s) => s.name).join('、')}${under.length ? `（含下辖 ${under.length} 个：${under.slice(0, 8).join('、')}${under.length > 8 ? ' 等' : ''}）` : ''}`);
  }
  if (q.years) out.push(`年份：${q.years.from ?? ''}–${q.years.to ?? ''}`);
  if (q.status) out.push(`状态：${q.status === 'draft' ? '征求意见稿' : '现行/正式'}`);
  if (q.asks.length) out.push(`所问：${q.asks.map((a) => ASK_ZH[a]).join('、')}`);
  return out;
}
