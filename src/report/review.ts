import type { ErrorItem, ReviewMarks } from '../eval/score.js';
import { norm } from '../eval/gold.js';
import { formatDeadline, formatThreshold } from '../run/output.js';
import type { Clause, PolicyDocument } from '../types.js';
import { SCRIPT, STYLE } from './assets.js';
import { escapeAttr, escapeHtml } from './escape.js';
import { markText, page } from './page.js';

export type ValueType = 'amount' | 'rate' | 'threshold' | 'unit' | 'deadline';

const TYPE_ZH: Record<ValueType, string> = { amount: '金额', rate: '比例', threshold: '门槛', unit: '责任单位', deadline: '时限' };
const ROLE_ZH: Record<string, string> = { cap: '最高', fixed: '定额', total: '总额', target: '目标', min: '不低于' };
const PER_ZH: Record<string, string> = { once: '一次性', year: '每年', project: '每个项目', enterprise: '每家企业' };

/** A value placed in its document: [start, end) in the document's clean text. */
export interface PlacedValue {
  type: ValueType;
  start: number;
  end: number;
  raw: string;
  /** What the extractor read: 100万元 → 1,000,000 元（最高，每个项目）. */
  parsed: string;
  fp: boolean;
}

const yuan = (n: number) => `${n.toLocaleString('en-US')} 元`;

/** Every value of a clause with its document offsets and its reading; units are found by name in the text. */
export function placeValues(c: Clause, marks?: ReviewMarks, docText?: string): PlacedValue[] {
  const out: PlacedValue[] = [];
  const judged = !marks || marks.inScope.has(c as never);
  const fp = (v: object) => !!marks && judged && marks.fp.has(v);
  const add = (type: ValueType, v: { start: number; end: number; raw: string }, parsed: string, isFp: boolean) => {
    // Values the text does not hold at their offsets (a deadline resolved from the document date) are listed, not marked.
    const at = c.text.slice(v.start, v.end) === v.raw && v.end > v.start;
    out.push({ type, start: at ? c.start + v.start : -1, end: at ? c.start + v.end : -1, raw: v.raw, parsed, fp: isFp });
  };
  for (const a of c.amounts) {
    const extra = [ROLE_ZH[a.role] ?? a.role, a.per ? PER_ZH[a.per] : '', a.object ? `对象：${a.object}` : ''].filter(Boolean).join('，');
    add('amount', a, `${yuan(a.yuan)}${a.yuanMax !== undefined ? ` – ${yuan(a.yuanMax)}` : ''}（${extra}）`, fp(a));
  }
  for (const r of c.rates) add('rate', r, `${+(r.value * 100).toFixed(4)}%（${ROLE_ZH[r.role] ?? r.role}${r.base ? `，基数：${r.base}` : ''}）`, fp(r));
  for (const t of c.thresholds) add('threshold', t, formatThreshold(t), fp(t));
  for (const d of c.deadlines) add('deadline', d, formatDeadline(d), fp(d));
  for (const u of c.units) {
    // A unit named in the sentence, else in the 责任单位 note that follows it.
    const i = c.text.indexOf(u);
    let at = i < 0 ? -1 : c.start + i;
    if (at < 0 && docText) {
      const j = docText.indexOf(u, c.end);
      if (j >= 0 && j - c.end < 120) at = j;
    }
    const isFp = !!marks && judged && marks.fpUnits.has(norm(u));
    out.push({ type: 'unit', start: at, end: at < 0 ? -1 : at + u.length, raw: u, parsed: `${u}${c.lead.includes(u) ? '（牵头）' : ''}`, fp: isFp });
  }
  return out;
}

function legend(withGold: boolean): string {
  const items = (['amount', 'rate', 'threshold', 'unit', 'deadline'] as const).map((t) => `<span><i class="${t}"></i>${TYPE_ZH[t]}</span>`);
  if (withGold) items.push('<span><i class="fp"></i>误报（标注中没有）</span>', '<span><i class="fn"></i>漏报（标注有、未抽出）</span>');
  return `<p class="legend">${items.join('')}</p>`;
}

export interface ReviewDoc {
  doc: PolicyDocument;
  clauses: Clause[];
  /** From the scorer (src/eval) when a gold file labels this document. */
  gold?: { marks: ReviewMarks; misses: ErrorItem[] };
}

function docSection(d: ReviewDoc, k: number): string {
  const values = d.clauses.flatMap((c) => placeValues(c, d.gold?.marks, d.doc.text));
  const marks = values
    .filter((v) => v.start >= 0)
    .map((v) => ({ start: v.start, end: v.end, cls: `${v.type}${v.fp ? ' fp' : ''}`, attrs: { title: `${TYPE_ZH[v.type]}：${v.parsed}${v.fp ? '（误报）' : ''}`, 'data-type': v.type, 'data-raw': v.raw } }));
  const list = values.map((v) => `<li class="${v.fp ? 'wrong' : ''}" data-type="${v.type}"><mark class="${v.type}">${escapeHtml(v.raw)}</mark> → ${escapeHtml(v.parsed)}${v.fp ? '（误报）' : ''}</li>`);
  const misses = (d.gold?.misses ?? []).map((e) => `<li class="missed fn" data-field="${escapeAttr(e.field)}">漏报 ${escapeHtml(TYPE_ZH[(e.field.replace(/s$/, '') as ValueType)] ?? e.field)}：${escapeHtml(e.value)}<br><small>${escapeHtml(e.clause)}</small></li>`);
  const d0 = d.doc;
  const meta = [d0.issuer, d0.docNumber, d0.date, d0.status === 'draft' ? '征求意见稿' : '', d0.source].filter(Boolean).join(' · ');
  return (
    `<section class="doc" id="doc-${k}" data-doc="${escapeAttr(d0.id)}"><div><h2>${escapeHtml(d0.title)}</h2><p class="understood">${escapeHtml(meta)}</p>` +
    `<div class="doctext">${markText(d0.text, marks)}</div></div>` +
    `<div class="values"><h2>抽取结果（${values.length} 个值${d.gold ? `，误报 ${values.filter((v) => v.fp).length}，漏报 ${misses.length}` : ''}）</h2><ul>${list.join('')}</ul>${misses.length ? `<ul>${misses.join('')}</ul>` : ''}</div></section>`
  );
}

/** One page for a labeller: each document's clean text with its values highlighted by type, the values listed beside. */
export function reviewPage(docs: ReviewDoc[], opts: { title?: string } = {}): string {
  const withGold = docs.some((d) => d.gold);
  const shown = docs.filter((d) => d.clauses.length);
  const toc = shown.map((d, k) => `<li><a href="#doc-${k}">${escapeHtml(d.doc.title)}</a>（${escapeHtml(d.doc.source)}）</li>`).join('');
  const body = [
    `<h1>${escapeHtml(opts.title ?? '抽取结果审阅')}</h1>`,
    `<p class="understood">${shown.length} 个文件；悬停高亮处查看解析值。${withGold ? '与标注对比：红框为误报，蓝色虚线为漏报。' : ''}</p>`,
    legend(withGold),
    `<ol class="toc">${toc}</ol>`,
    ...shown.map(docSection),
    `<footer>由 pclause 生成。本页不访问网络。</footer>`,
  ].join('\n');
  return page({ title: opts.title ?? '抽取结果审阅', body, style: STYLE, script: SCRIPT });
}

/** Group clauses under their documents; with the scorer's verdicts, each miss goes to the document holding its quote. */
export function reviewDocs(docs: PolicyDocument[], clauses: Clause[], gold?: Map<string, { marks: ReviewMarks; errors: ErrorItem[] }>): ReviewDoc[] {
  const out = docs.map((doc) => ({ doc, clauses: clauses.filter((c) => c.docId === doc.id) }) as ReviewDoc);
  for (const [source, g] of gold ?? []) {
    const mine = out.filter((d) => d.doc.source === source);
    if (!mine.length) continue;
    for (const d of mine) d.gold = { marks: g.marks, misses: [] };
    const normed = mine.map((d) => norm(d.doc.text));
    for (const e of g.errors.filter((x) => x.type === 'FN')) {
      const k = normed.findIndex((t) => t.includes(e.clause));
      mine[k < 0 ? 0 : k].gold!.misses.push(e);
    }
  }
  return out;
}
