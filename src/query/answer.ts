import { formatDeadline } from '../run/output.js';
import { formatMeasureValue, measureRoles, measuresOf } from './measures.js';
import { parseQuestion, type ParsedQuestion } from './parse.js';
import { amountSegment, clauseConcept, objectOffConcept } from './concepts/match.js';
import { thesaurus } from './concepts/thesaurus.js';
import { divisionsIn, findRegion } from '../ingest/regions.js';
import type { Hit, PolicyIndex, SearchMode } from '../index/policy-index.js';
import type { ClauseFilter } from '../index/store.js';
import type { Amount, Clause, Rate } from '../types.js';

export interface AnswerRow {
  region: string;
  status: 'draft' | 'final';
  /** The measure's name: a short gist (市级智能工厂、数字化车间认定奖励), never an article number. */
  measure: string;
  /** Every value of the measure on one line: 按 15%（投资额度）；最高 1000万元 / 定额 国家级… 50万元 / 市级… 20万元 / — */
  value: string;
  /** The roles of its values: 定额, 最高, 总额, 目标, 按比例, 最高比例, 不低于. */
  role: string;
  /** The first amount (yuan) and rate, for callers that want one number; all of them are in amounts/rates. */
  yuan?: number;
  yuanMax?: number;
  rate?: number;
  per?: string;
  /** Every amount and rate of the measure (tiers keep their object: 省级 / 国家级). */
  amounts: Amount[];
  rates: Rate[];
  thresholds: string[];
  units: string[];
  deadline: string;
  document: string;
  docDate?: string;
  docNumber?: string;
  issuer?: string;
  source: string;
  sentence: string;
  clauseId: string;
  score: number;
  /** The question's concept this row matched (技术改造 for a clause saying 技改扩能). */
  concept?: string;
}

export interface Answer {
  question: ParsedQuestion;
  regions: { region: string; rows: AnswerRow[] }[];
  /** Shown clauses, best first (after the keyword boost). */
  hits: Hit[];
  /** Retrieval order before the boost: what recall@k measures. */
  retrieved: Hit[];
}

export interface AnswerOptions {
  regions?: string[];
  topics?: string[];
  top?: number;
  mode?: SearchMode;
  filter?: ClauseFilter;
  /** false: no concept expansion nor concept gate (the plain lexical baseline of eval --questions). */
  expand?: boolean;
}

/**
 * One row per measure of a clause (src/query/measures.ts): the rate, cap, tiers, thresholds, units and
 * deadline of one measure together. With keywords (智能工厂), measures that name none of them are left
 * out when another measure of the clause names one.
 */
export function clauseRows(c: Clause, score: number, keywords: string[] = []): AnswerRow[] {
  const base = {
    region: c.region ?? '（未知地区）',
    status: c.status,
    units: c.units,
    deadline: c.deadlines.map(formatDeadline).join('；'),
    document: c.docTitle,
    docDate: c.docDate,
    docNumber: c.docNumber,
    issuer: c.issuer,
    source: c.source,
    sentence: c.text.replace(/\t/g, ' '),
    clauseId: c.id,
    score,
  };
  let measures = measuresOf(c);
  const names = (m: (typeof measures)[number]) => `${c.text.slice(m.start, m.end)} ${m.amounts.map((a) => a.object ?? '').join(' ')}`;
  const named = measures.filter((m) => keywords.some((k) => names(m).includes(k)));
  if (keywords.length && named.length) measures = named;
  return measures.map((m) => ({
    ...base,
    measure: m.name,
    value: formatMeasureValue(m),
    role: measureRoles(m),
    yuan: m.amounts[0]?.yuan,
    yuanMax: m.amounts[0]?.yuanMax,
    rate: m.rates[0]?.value,
    per: m.amounts[0]?.per,
    amounts: m.amounts,
    rates: m.rates,
    thresholds: m.thresholds,
  }));
}

/**
 * Concept terms as BM25 tokens: a term jieba cuts in two becomes a phrase ("智能化 改造"), unless
 * one of its words is already a token (技术改造 项目 adds nothing to 技术改造). FTS5 scores every
 * clause any token matches, so on a large index the tokens are taken aliases first, then rarest
 * first, until their clauses reach a budget (1% of the index, at least 2000): a million-clause query
 * stays fast, and the concept features of the vectors still bring the rest.
 */
function conceptTokens(q: ParsedQuestion, index: PolicyIndex, own: string[]): string[] {
  const aliasTerms = new Set(q.concepts.flatMap((c) => [c.name, ...c.aliases]));
  const cuts = q.concepts.flatMap((c) => c.terms).map((t) => ({ t, w: index.words(t) })).filter((x) => x.w.length);
  const singles = new Set([...own, ...cuts.filter((x) => x.w.length === 1).map((x) => x.w[0])]);
  const cands = new Map<string, { alias: boolean; df: number; phrase: boolean }>();
  for (const { t, w } of cuts) {
    const tok = w.join(' ');
    if ((w.length > 1 && w.some((x) => singles.has(x))) || own.includes(tok)) continue;
    const prev = cands.get(tok);
    cands.set(tok, { alias: aliasTerms.has(t) || !!prev?.alias, df: Math.min(...w.map((x) => index.store.docFreq(x))), phrase: w.length > 1 });
  }
  const budget = Math.max(2000, index.store.count() * 0.01);
  let used = 0;
  const out: string[] = [];
  for (const [tok, c] of [...cands.entries()].filter(([, c]) => c.df > 0).sort((a, b) => Number(b[1].alias) - Number(a[1].alias) || a[1].df - b[1].df)) {
    // Phrases read positions too: they count double.
    const cost = c.df * (c.phrase ? 2 : 1);
    if (used + cost > budget && out.length) continue;
    used += cost;
    out.push(tok);
  }
  return out;
}

const place = (c: Clause) => `${c.docId}\u0000${c.section.join('\u0000')}`;
const capOnly = (r: AnswerRow) => !r.rates.length && r.amounts.length > 0 && r.amounts.every((a) => a.role === 'cap');
const rateOnly = (r: AnswerRow) => r.rates.length > 0 && !r.amounts.some((a) => a.role === 'cap');

/**
 * The cap a rate's article writes in a later sentence (…按当年增长额的30%给予补贴。两种补贴方式…不重复享受，单个企业当年补贴
 * 最高不超过1000万元。) is read with the rate even when retrieval did not rank that sentence: it names no concept of the question,
 * and a larger index pushes it out of the candidates. The nearest later clause of the same document and section whose rows are
 * caps only is added, unless a clause with rates of its own comes first.
 */
export function withArticleCaps(items: { clause: Clause; rows: AnswerRow[] }[], docClauses: (docId: string) => Clause[], words: string[]): { clause: Clause; rows: AnswerRow[] }[] {
  const present = new Set(items.map((x) => x.clause.id));
  const out = [...items];
  for (const { clause, rows } of items) {
    if (!rows.some(rateOnly)) continue;
    for (const c of docClauses(clause.docId)) {
      if (c.start <= clause.start || place(c) !== place(clause)) continue;
      if (present.has(c.id)) break;
      const later = clauseRows(c, Math.max(...rows.map((r) => r.score)), words);
      if (later.some((r) => r.rates.length)) break;
      if (later.length && later.every(capOnly)) {
        out.push({ clause: c, rows: later.map((r) => ({ ...r, concept: rows[0].concept, region: rows[0].region })) });
        present.add(c.id);
        break;
      }
    }
  }
  return out;
}

/**
 * A measure written over several sentences of one article (…按5%给予补贴；…按30%给予补贴。单个企业当年补贴
 * 最高不超过1000万元。) is one measure: a row holding only a cap joins the rate rows before it in the
 * same document and section, so the rates and their cap are read together.
 */
export function mergeSplitMeasures(items: { clause: Clause; rows: AnswerRow[] }[]): { clause: Clause; row: AnswerRow }[] {
  const flat = items.flatMap(({ clause, rows }) => rows.map((row) => ({ clause, row })));
  const gone = new Set<number>();
  flat.forEach((cap, i) => {
    if (!capOnly(cap.row)) return;
    const rates = flat
      .map((x, j) => ({ ...x, j }))
      .filter((x) => !gone.has(x.j) && x.j !== i && rateOnly(x.row) && place(x.clause) === place(cap.clause) && x.clause.start < cap.clause.start)
      .sort((a, b) => a.clause.start - b.clause.start);
    if (!rates.length) return;
    const [head, ...rest] = rates;
    const parts = [...rates.map((x) => x.row), cap.row];
    const m = { rates: parts.flatMap((r) => r.rates), amounts: parts.flatMap((r) => r.amounts) };
    Object.assign(head.row, {
      ...m,
      value: formatMeasureValue(m),
      role: measureRoles(m),
      yuan: m.amounts[0]?.yuan,
      per: m.amounts[0]?.per,
      thresholds: [...new Set(parts.flatMap((r) => r.thresholds))],
      units: [...new Set(parts.flatMap((r) => r.units))],
      sentence: [...new Set(parts.map((r) => r.sentence))].join(''),
      score: Math.max(...parts.map((r) => r.score)),
    });
    for (const x of rest) gone.add(x.j);
    gone.add(i);
  });
  return flat.filter((_, i) => !gone.has(i));
}

/**
 * Answer an analyst's question from the index: hybrid retrieval under the filters the question
 * implies (regions with everything under them, years, status; money when it asks 多少) on the
 * question expanded by its concepts (技改 → 技术改造, 技改扩能, 设备更新…); clauses about the
 * question's concept only, each row labelled with the concept it matched; rows grouped by region.
 */
export async function answer(index: PolicyIndex, question: string, opts: AnswerOptions = {}): Promise<Answer> {
  const known = index.store.regions().map((r) => r.region);
  const q = parseQuestion(question, { knownRegions: known, regions: opts.regions });
  const th = thesaurus();
  const filter: ClauseFilter = { ...opts.filter };
  if (q.regions.length) filter.regions = q.regions;
  if (opts.topics?.length) filter.topics = opts.topics;
  if (q.wantsMoney) filter.withMoney = true;
  // 补贴多少 asks what is given: subsidies, not targets.
  if (/补贴|补助|奖励|资助|奖补|奖多少|补多少/.test(question)) filter.kinds ??= ['subsidy'];
  if (q.status) filter.status ??= q.status;
  if (q.years?.from) filter.dateFrom ??= `${q.years.from}-01-01`;
  if (q.years?.to) filter.dateTo ??= `${q.years.to}-12-31`;
  const top = opts.top ?? 10;
  const names = q.concepts.map((c) => c.name);
  const expanded = opts.expand === false ? [] : conceptTokens(q, index, index.words(question));
  // The vectors see the question with its concepts' own words (aliases), not every narrower form.
  const vectorText = opts.expand === false || !q.concepts.length ? question : `${question} ${q.concepts.flatMap((c) => [c.name, ...(th.get(c.name)?.aliases ?? [])]).join(' ')}`;
  // (A question about a concept draws more candidates: every district's measure on it is wanted, and a national corpus has many:
  // with 489 notices, 40 left 渝北's 首次上规 award out of the pool; with 1,649, 80 left 綦江's 绿色工厂 award out, at 81–96.)
  const conceptual = names.length > 0 && opts.expand !== false;
  const hits = await index.search(question, { k: conceptual ? Math.max(top * 8, 200) : Math.max(top * 3, 30), filter, mode: opts.mode, extraTerms: [...q.keywords, ...expanded], vectorText });
  // Clauses about the question's concept (through a term in text or headings, or the topic); else
  // the old keyword and topic rules for questions the thesaurus does not cover.
  const about = (c: Clause) => `${c.section.join(' ')} ${c.text}`;
  const conceptOf = new Map<number, string>();
  if (names.length && opts.expand !== false) {
    // Several concepts not joined by 和/或: the last one is the head of the phrase and must hold
    // (集群补链项目的贷款贴息 asks about 贷款贴息; 产业集群 only qualifies it).
    const head = names.length > 1 && !/[和与及、或]/.test(question) ? [...q.concepts].sort((a, b) => question.lastIndexOf(b.term) - question.lastIndexOf(a.term))[0].name : undefined;
    for (const h of hits) {
      const m = head ? clauseConcept(th, [head], h.clause) : clauseConcept(th, names, h.clause);
      if (m) conceptOf.set(h.rowid, m);
    }
  }
  // Namesakes of the question's divisions elsewhere in the country (南昌's 西湖区 for 杭州) are left out.
  const codes = q.regionScope.map((s) => s.code).filter((c): c is string => !!c);
  const inScope = (c: Clause) => {
    if (!codes.length || !c.region || q.regionScope.some((s) => s.name === c.region)) return true;
    const d = findRegion(`${c.issuer ?? ''} ${c.docTitle}`);
    return !d || d.name !== c.region || codes.some((code) => d.code.startsWith(code));
  };
  const relevant = names.length && opts.expand !== false ? hits.filter((h) => conceptOf.has(h.rowid)) : q.keywords.length ? hits.filter((h) => q.keywords.some((w) => about(h.clause).includes(w))) : [];
  const onTopic = q.topics.length ? hits.filter((h) => h.clause.topics.some((t) => q.topics.includes(t))) : [];
  // The same notice often arrives twice (a PDF and its web page): show each sentence once.
  const seen = new Set<string>();
  // A question about something (研发, 智能工厂) gets nothing rather than clauses about something else.
  const focused = q.keywords.length > 0 || q.topics.length > 0 || names.length > 0;
  const pool = (relevant.length || names.length ? relevant : focused ? onTopic : hits).filter((h) => {
    if (!inScope(h.clause)) return false;
    const key = `${h.clause.region}|${h.clause.text.replace(/\s+/g, '')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const words = [...q.keywords, ...q.concepts.flatMap((c) => c.terms)];
  const boosted = pool
    .map((h) => {
      const kw = words.filter((w) => h.clause.text.includes(w)).length + 0.5 * words.filter((w) => about(h.clause).includes(w)).length;
      const money = h.clause.amounts.length + h.clause.rates.length > 0 ? 1 : 0;
      return { h, score: h.score + 0.02 * Math.min(kw, 3) + (q.wantsMoney ? 0.005 * money : 0) };
    })
    .sort((a, b) => b.score - a.score || a.h.rowid - b.h.rowid)
    // A question about a concept wants every measure on it ("哪些区县…"): all the clauses the concept holds among the candidates, not
    // the first `top` of them — a larger corpus has more districts with such a measure (首次上规: 渝北's 15万元 had fallen out of the
    // first ten once six more notices came, and out of thirty once the dev half passed 370). Other questions keep `top`.
    .slice(0, conceptual ? 4 * top : top);
  const groups = new Map<string, AnswerRow[]>();
  const perClause = boosted.map(({ h, score }) => {
    const concept = conceptOf.get(h.rowid);
    const rows = clauseRows(h.clause, score, words).filter((row) => {
      // An amount for something the thesaurus files under another concept only is another question's answer.
      // A measure row is off when every amount it holds is for something off the concept (its tiers' objects,
      // else its name), unless the words around the amount name the concept (保费补贴 for 首台套 equipment).
      const off = (a: Amount) => objectOffConcept(th, names, a.object ?? row.measure, amountSegment(h.clause.text, a.start));
      const judged = row.amounts.filter((a) => a.object || !row.rates.length);
      if (names.length && concept && judged.length && judged.every(off)) return false;
      if (concept) row.concept = concept;
      if (!h.clause.region) row.region = regionOfTitle(h.clause) ?? row.region;
      return true;
    });
    return { clause: h.clause, rows };
  });
  for (const { row } of mergeSplitMeasures(withArticleCaps(perClause, (id) => index.store.docClauses(id), words))) {
    {
      const list = groups.get(row.region) ?? [];
      list.push(row);
      groups.set(row.region, list);
    }
  }
  return {
    question: q,
    regions: [...groups.entries()].map(([region, rows]) => ({ region, rows })),
    hits: boosted.map((b) => b.h),
    retrieved: hits,
  };
}

/**
 * A notice whose region the reader missed often names it in its title or issuer by a short name
 * (楚雄州…): the gazetteer's most specific division there, when there is exactly one.
 */
function regionOfTitle(c: Clause): string | undefined {
  const found = divisionsIn(`${c.issuer ?? ''} ${c.docTitle}`);
  const deepest = found.filter((d) => !found.some((o) => o !== d && o.code.startsWith(d.code) && o.code.length > d.code.length));
  return deepest.length === 1 ? deepest[0].name : undefined;
}

