import { formatAmount, formatDeadline, formatThreshold } from '../run/output.js';
import { parseQuestion, type ParsedQuestion } from './parse.js';
import type { Hit, PolicyIndex, SearchMode } from '../index/policy-index.js';
import type { ClauseFilter } from '../index/store.js';
import type { Clause } from '../types.js';

export interface AnswerRow {
  region: string;
  status: 'draft' | 'final';
  /** What the money is for: the amount's object, else the clause's section or opening words. */
  measure: string;
  /** 100万元 / 30%（投资金额） / — */
  value: string;
  /** 定额 (fixed), 最高 (cap), 总额 (total), 目标 (target), 按比例 (share), 不低于 (min). */
  role: string;
  yuan?: number;
  yuanMax?: number;
  rate?: number;
  per?: string;
  thresholds: string[];
  units: string[];
  deadline: string;
  document: string;
  issuer?: string;
  source: string;
  sentence: string;
  clauseId: string;
  score: number;
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
}

/** Where the clause sits: its section heading, or its opening words. */
function measureOf(c: Clause): string {
  const sec = c.section[c.section.length - 1];
  if (sec) return sec.replace(/^[（(]?[一二三四五六七八九十\d]+[)）、.．]?/, '');
  return c.text.slice(0, 20);
}

const ROLE: Record<string, string> = { cap: '最高', fixed: '定额', total: '总额', target: '目标', min: '不低于' };
const PER: Record<string, string> = { once: '一次性', year: '每年', project: '每个项目', enterprise: '每家企业' };

/**
 * One row per value of a clause: each amount with its object and role, each rate with its base.
 * With keywords (智能工厂), amounts whose object names none of them are left out.
 */
export function clauseRows(c: Clause, score: number, keywords: string[] = []): AnswerRow[] {
  const base = {
    region: c.region ?? '（未知地区）',
    status: c.status,
    thresholds: c.thresholds.map(formatThreshold),
    units: c.units,
    deadline: c.deadlines.map(formatDeadline).join('；'),
    document: c.docTitle,
    issuer: c.issuer,
    source: c.source,
    sentence: c.text.replace(/\t/g, ' '),
    clauseId: c.id,
    score,
  };
  let amounts = c.amounts;
  const named = amounts.filter((a) => a.object && keywords.some((k) => a.object!.includes(k)));
  if (keywords.length && named.length) amounts = named;
  const rows: AnswerRow[] = amounts.map((a) => ({
    ...base,
    measure: a.object ?? measureOf(c),
    value: formatAmount({ ...a, object: undefined }).replace(/^\S+ /, ''),
    role: `${ROLE[a.role] ?? a.role}${a.per ? `（${PER[a.per]}）` : ''}`,
    yuan: a.yuan,
    yuanMax: a.yuanMax,
    per: a.per,
  }));
  for (const r of c.rates) {
    rows.push({
      ...base,
      measure: measureOf(c),
      value: `${+(r.value * 100).toFixed(4)}%${r.base ? `（${r.base}）` : ''}`,
      role: r.role === 'fixed' ? '按比例' : r.role === 'cap' ? '最高比例' : (ROLE[r.role] ?? r.role),
      rate: r.value,
    });
  }
  if (!rows.length) rows.push({ ...base, measure: measureOf(c), value: '—', role: '' });
  return rows;
}

/**
 * Answer an analyst's question from the index: hybrid retrieval under the filters the question
 * implies (regions; money when it asks 多少), clauses naming the question's own policy words first,
 * rows grouped by region.
 */
export async function answer(index: PolicyIndex, question: string, opts: AnswerOptions = {}): Promise<Answer> {
  const known = index.store.regions().map((r) => r.region);
  const q = parseQuestion(question, known);
  const regions = opts.regions?.length ? opts.regions : q.regions;
  const filter: ClauseFilter = { ...opts.filter };
  if (regions.length) filter.regions = regions;
  if (opts.topics?.length) filter.topics = opts.topics;
  if (q.wantsMoney) filter.withMoney = true;
  // 补贴多少 asks what is given: subsidies, not targets.
  if (/补贴|补助|奖励|资助|奖补/.test(question)) filter.kinds ??= ['subsidy'];
  if (q.status) filter.status ??= q.status;
  const top = opts.top ?? 10;
  const hits = await index.search(question, { k: Math.max(top * 3, 30), filter, mode: opts.mode, extraTerms: q.keywords });
  // Clauses that name the question's own words (智能工厂), else share its topic, are the answer.
  const about = (c: Clause) => `${c.section.join(' ')} ${c.text}`;
  const relevant = q.keywords.length ? hits.filter((h) => q.keywords.some((w) => about(h.clause).includes(w))) : [];
  const onTopic = q.topics.length ? hits.filter((h) => h.clause.topics.some((t) => q.topics.includes(t))) : [];
  // The same notice often arrives twice (a PDF and its web page): show each sentence once.
  const seen = new Set<string>();
  // A question about something (研发, 智能工厂) gets nothing rather than clauses about something else.
  const focused = q.keywords.length > 0 || q.topics.length > 0;
  const pool = (relevant.length ? relevant : focused ? onTopic : hits).filter((h) => {
    const key = `${h.clause.region}|${h.clause.text.replace(/\s+/g, '')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const boosted = pool
    .map((h) => {
      const kw = q.keywords.filter((w) => h.clause.text.includes(w)).length + 0.5 * q.keywords.filter((w) => about(h.clause).includes(w)).length;
      const money = h.clause.amounts.length + h.clause.rates.length > 0 ? 1 : 0;
      return { h, score: h.score + 0.02 * kw + (q.wantsMoney ? 0.005 * money : 0) };
    })
    .sort((a, b) => b.score - a.score || a.h.rowid - b.h.rowid)
    .slice(0, top);
  const groups = new Map<string, AnswerRow[]>();
  for (const { h, score } of boosted) {
    for (const row of clauseRows(h.clause, score, q.keywords)) {
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
