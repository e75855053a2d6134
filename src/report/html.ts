import type { Answer } from '../query/answer.js';
import type { Comparison } from '../query/compare.js';
import { SCRIPT, STYLE } from './assets.js';
import { amountChart } from './chart.js';
import { escapeAttr, escapeHtml } from './escape.js';
import { markText, page } from './page.js';
import type { ReportRow } from './rows.js';

interface Column {
  head: string;
  num?: boolean;
  cell: (r: ReportRow) => { html: string; v?: string | number; cls?: string };
}

const text = (s: string | undefined) => ({ html: escapeHtml(s || '—') });

function docCell(r: ReportRow): string {
  const meta = [r.docNumber, r.docDate].filter(Boolean).join('　');
  return `《${escapeHtml(r.document)}》${meta ? `<br><small>${escapeHtml(meta)}</small>` : ''}`;
}

/** 征求意见稿 first (a draft is never in force), then validity when known, else 正式. */
export function statusLabel(r: ReportRow): { label: string; cls: string } {
  if (r.status === 'draft') return { label: '征求意见稿', cls: 'draft' };
  const v = r.validity;
  if (!v) return { label: '正式', cls: 'final' };
  return { label: v, cls: v === '现行' ? 'inforce' : v === '已废止' ? 'superseded' : v === '已失效' ? 'expired' : 'pending' };
}

const COLUMNS: Column[] = [
  { head: '地区', cell: (r) => text(r.region) },
  { head: '措施', cell: (r) => ({ ...text(r.measure), cls: 'measure' }) },
  // One measure's values can be several (rate, cap, tiers): the cell wraps; it sorts by the first amount or rate.
  { head: '金额/比例', num: true, cell: (r) => ({ html: escapeHtml(r.value), v: r.yuan ?? (r.rate !== undefined ? r.rate : ''), cls: 'value' }) },
  { head: '方式', cell: (r) => ({ ...text(r.role), cls: 'role' }) },
  { head: '上限', num: true, cell: (r) => ({ html: escapeHtml(r.cap || '—'), v: r.capYuan ?? '', cls: 'num' }) },
  { head: '门槛', cell: (r) => text(r.thresholds) },
  { head: '责任单位', cell: (r) => ({ ...text(r.units), cls: 'units' }) },
  { head: '时限', cell: (r) => text(r.deadline) },
  { head: '文件', cell: (r) => ({ html: docCell(r), v: `${r.document} ${r.docNumber ?? ''} ${r.docDate ?? ''}`, cls: 'docref' }) },
  { head: '状态', cell: (r) => ({ html: `<span class="${statusLabel(r).cls}">${escapeHtml(statusLabel(r).label)}</span>`, cls: 'status' }) },
];

const PAIR: Column = { head: '配对', cell: (r) => ({ ...text(r.pair), cls: 'pair' }) };

function sourcePanel(r: ReportRow): string {
  const marks = r.spans.map((x) => ({ start: x.start, end: x.end, cls: 'hl', attrs: { 'data-raw': x.raw } }));
  const near = (list: string[]) => list.map((t) => `<p class="near">${escapeHtml(t)}</p>`).join('');
  const where = r.spans.length ? `；数值在文中第 ${r.spans.map((x) => `${r.clauseStart + x.start}–${r.clauseStart + x.end}`).join('、')} 字` : '';
  return (
    `<div class="ctx">${r.context.heading ? `<p class="heading">${escapeHtml(r.context.heading)}</p>` : ''}` +
    `${near(r.context.before)}<p class="clause">${markText(r.sentence, marks)}</p>${near(r.context.after)}` +
    `<p class="meta">来源：${escapeHtml(r.source)} · 《${escapeHtml(r.document)}》${r.issuer ? ` · ${escapeHtml(r.issuer)}` : ''} · 条款在文中第 ${r.clauseStart} 字起${where}</p></div>`
  );
}

/** The sortable, filterable table: one <tbody> per row, holding the row and its (hidden) source. */
export function rowsTable(rows: ReportRow[], withPair = false): string {
  const cols = withPair ? [...COLUMNS, PAIR] : COLUMNS;
  const head = cols.map((c, i) => `<th data-col="${i}"${c.num ? ' data-num' : ''} scope="col">${escapeHtml(c.head)}</th>`).join('');
  const bodies = rows.map((r, i) => {
    const cells = cols
      .map((c) => {
        const x = c.cell(r);
        return `<td${x.cls ? ` class="${x.cls}"` : ''}${x.v !== undefined ? ` data-v="${escapeAttr(String(x.v))}"` : ''}>${x.html}</td>`;
      })
      .join('');
    return `<tbody class="row" data-i="${i}" data-region="${escapeAttr(r.region)}"><tr class="main" tabindex="0" aria-expanded="false" title="点击查看原文">${cells}</tr><tr class="src" hidden><td colspan="${cols.length}">${sourcePanel(r)}</td></tr></tbody>`;
  });
  return `<div class="tools"><input id="filter" type="search" placeholder="筛选（地区、措施、单位、原文…）" aria-label="筛选"><span id="count"></span></div><table id="rows"><thead><tr>${head}</tr></thead>${bodies.join('')}</table>`;
}

/** What the rows carry, for other tools and the page's own counter (no clause context: the table has it). */
function data(rows: ReportRow[]) {
  return { rows: rows.map((r) => ({ region: r.region, measure: r.measure, value: r.value, yuan: r.yuan, rate: r.rate, role: r.role, document: r.document, clauseId: r.clauseId, raw: r.spans.map((x) => x.raw) })) };
}

function summary(rows: ReportRow[]): string {
  const regions = new Map<string, number>();
  for (const r of rows) regions.set(r.region, (regions.get(r.region) ?? 0) + 1);
  return `<p class="understood">共 ${rows.length} 行：${[...regions.entries()].map(([k, n]) => `${escapeHtml(k)} ${n} 行`).join('，')}。点击一行查看原文（数值高亮）；点击表头排序。</p>`;
}

function footer(asOf?: string): string {
  return `<footer>由 pclause 生成${asOf ? ` · 效力按 ${escapeHtml(asOf)} 判断` : ''}。本页不访问网络。</footer>`;
}

export function answerReport(a: Answer, rows: ReportRow[], opts: { asOf?: string; inForce?: boolean } = {}): string {
  const q = a.question;
  const asked = [q.wantsMoney ? '金额' : '', q.wantsRate ? '比例' : '', q.wantsCap ? '上限' : ''].filter(Boolean);
  const understood = [
    `<b>地区</b>：${escapeHtml(q.regions.join('、') || '全部')}`,
    `<b>关键词</b>：${escapeHtml(q.keywords.join('、') || '—')}`,
    `<b>主题</b>：${escapeHtml(q.topics.join('、') || '—')}`,
    `<b>关注</b>：${escapeHtml(asked.join('、') || '条款')}`,
    q.status ? `<b>文件状态</b>：${q.status === 'draft' ? '征求意见稿' : '正式'}` : '',
    opts.inForce ? `<b>效力</b>：仅现行` : '',
  ].filter(Boolean);
  const body = [
    `<h1>政策条款查询报告</h1>`,
    `<p class="question">问题：<strong>${escapeHtml(q.text)}</strong></p>`,
    `<p class="understood">理解为：${understood.join('；')}</p>`,
    rows.length ? summary(rows) : `<p>没有找到与“${escapeHtml(q.text)}”相关的条款。</p>`,
    amountChart(rows),
    rows.length ? rowsTable(rows) : '',
    footer(opts.asOf),
  ].join('\n');
  return page({ title: `政策条款查询：${q.text}`, body, style: STYLE, script: SCRIPT, data: data(rows) });
}

export function compareReport(c: Comparison, rows: ReportRow[], opts: { asOf?: string } = {}): string {
  const [a, b] = c.regions;
  const body = [
    `<h1>政策措施对比：${escapeHtml(a)} ↔ ${escapeHtml(b)}</h1>`,
    `<p class="understood">两地都有的措施 ${c.pairs.length} 对（相似度下限 ${c.floor}${c.topic ? `，主题：${escapeHtml(c.topic)}` : ''}）；仅${escapeHtml(a)}有 ${c.onlyA.length} 条，仅${escapeHtml(b)}有 ${c.onlyB.length} 条。“配对”列标出两地对应的措施。</p>`,
    summary(rows),
    amountChart(rows),
    rowsTable(rows, true),
    footer(opts.asOf),
  ].join('\n');
  return page({ title: `政策措施对比：${a} ↔ ${b}`, body, style: STYLE, script: SCRIPT, data: data(rows) });
}

