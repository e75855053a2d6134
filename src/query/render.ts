import { toCsv } from '../run/output.js';
import { table, width, wrapBlock, type Column } from './layout.js';
import type { Answer, AnswerRow } from './answer.js';
import { describeQuestion } from './parse.js';
import type { ComparedMeasure, Comparison } from './compare.js';
import type { DocumentEntry } from './docs.js';

export { width, fit } from './layout.js';

/** How wide to lay out: a terminal's columns, or undefined for the full table (piped, --wide). */
export interface RenderOptions {
  width?: number;
}

/** 2021-10-14 渝北府发〔2021〕13号: what tells two notices of one district apart. */
export function docLabel(r: { docDate?: string; docNumber?: string; date?: string }): string {
  return [r.docDate ?? r.date, r.docNumber].filter(Boolean).join(' ') || '—';
}

const ANSWER_COLUMNS: Column[] = [
  { header: '措施', min: 16 },
  { header: '金额/比例', min: 18 },
  { header: '责任单位', min: 10 },
  { header: '时限', min: 4 },
  { header: '文件', min: 20 },
];

function rowCells(r: AnswerRow): string[] {
  return [r.measure, r.value, r.units.join('、') || '—', r.deadline || '—', `${[r.docDate, r.docNumber].filter(Boolean).join('\n') || '—'}${r.status === 'draft' ? '\n征求意见稿' : ''}`];
}

export function renderAnswer(a: Answer, opts: RenderOptions = {}): string {
  if (!a.regions.length) return `没有找到与“${a.question.text}”相关的条款。`;
  const out: string[] = [`问题：${a.question.text}`];
  out.push(...describeQuestion(a.question));
  for (const g of a.regions) {
    const drafts = g.rows.filter((r) => r.status === 'draft').length;
    out.push('', `■ ${g.region}（${g.rows.length} 项措施${drafts ? `，其中征求意见稿 ${drafts} 项` : ''}）`);
    out.push(table(ANSWER_COLUMNS, g.rows.map(rowCells), opts.width));
    const seen = new Set<string>();
    for (const r of g.rows) {
      if (seen.has(r.clauseId)) continue;
      seen.add(r.clauseId);
      out.push(`  原文：${r.sentence}  〔${r.document} · ${docLabel(r)} · ${r.source}〕`);
    }
  }
  return wrapBlock(out.join('\n'), opts.width);
}

/** Numbers Excel can sort and sum, beside the readable text. */
function numbers(r: { amounts: { yuan: number; role: string }[]; rates: { value: number }[] }): string[] {
  const max = (xs: number[]) => (xs.length ? String(Math.max(...xs)) : '');
  return [
    max(r.amounts.filter((a) => a.role !== 'cap').map((a) => a.yuan)),
    max(r.amounts.filter((a) => a.role === 'cap').map((a) => a.yuan)),
    r.rates.length ? String(+(r.rates[0].value * 100).toFixed(4)) : '',
  ];
}

const CSV_HEAD = ['地区', '状态', '措施', '金额/比例', '金额（元）', '上限（元）', '比例（%）', '方式', '门槛', '责任单位', '时限', '文件', '成文日期', '文号', '发文机关', '原文', '来源文件'];

export function answerToCsv(a: Answer): string {
  const rows = [CSV_HEAD];
  for (const g of a.regions) {
    for (const r of g.rows) {
      rows.push([r.region, r.status === 'draft' ? '征求意见稿' : '正式', r.measure, r.value, ...numbers(r), r.role, r.thresholds.join('；'), r.units.join('、'), r.deadline, r.document, r.docDate ?? '', r.docNumber ?? '', r.issuer ?? '', r.sentence, r.source]);
    }
  }
  return toCsv(rows);
}

const DOC_COLUMNS: Column[] = [
  { header: '地区', min: 6 },
  { header: '日期', min: 10 },
  { header: '文号', min: 20 },
  { header: '状态', min: 6 },
  { header: '条款', min: 10 },
  { header: '文件（发文机关）', min: 16 },
];

export function renderDocs(docs: DocumentEntry[], opts: RenderOptions = {}): string {
  if (!docs.length) return '索引中没有符合条件的文件。';
  const rows = docs.map((d) => [d.region ?? '—', d.date ?? '—', d.docNumber ?? '—', d.status === 'draft' ? '意见稿' : '正式', `${d.clauses}（${d.withMoney}）`, `${d.title}${d.issuer ? `（${d.issuer}）` : ''}〔${d.source}〕`]);
  const regions = new Set(docs.map((d) => d.region ?? '—')).size;
  return wrapBlock(`${table(DOC_COLUMNS, rows, opts.width)}\n\n${docs.length} 份文件，${regions} 个地区；条款：条款数（含金额或比例的条款数）；意见稿：征求意见稿`, opts.width);
}

const DOC_CSV = ['地区', '成文日期', '文号', '状态', '条款数', '含金额条款数', '文件标题', '发文机关', '来源文件', '文件编号'];

export function docsToCsv(docs: DocumentEntry[]): string {
  return toCsv([DOC_CSV, ...docs.map((d) => [d.region ?? '', d.date ?? '', d.docNumber ?? '', d.status === 'draft' ? '征求意见稿' : '正式', String(d.clauses), String(d.withMoney), d.title, d.issuer ?? '', d.source, d.docId])]);
}

function money(m: ComparedMeasure): string {
  return m.values.join('；') || '—';
}

export function renderComparison(c: Comparison, opts: RenderOptions = {}): string {
  const [a, b] = c.regions;
  const out: string[] = [`对比：${a} ↔ ${b}${c.topic ? `（主题：${c.topic}）` : ''}${c.status ? `（${c.status === 'draft' ? '仅征求意见稿' : '仅正式文件'}）` : ''}；按所奖励的对象与支持方式配对：同一措施 = 对象与方式都相同，相似措施 = 对象部分相同`];
  out.push('', `■ 两地都有的措施（${c.pairs.length} 对）`);
  if (c.pairs.length) out.push(
    table(
      [
        { header: '匹配', min: 8 },
        { header: `${a} 措施`, min: 10 },
        { header: `${a} 金额`, min: 12 },
        { header: `${b} 措施`, min: 10 },
        { header: `${b} 金额`, min: 12 },
      ],
      c.pairs.map((p) => [p.label ?? p.similarity.toFixed(2), p.a.measure, money(p.a), p.b.measure, money(p.b)]),
      opts.width,
    ),
  );
  for (const [name, rows] of [
    [a, c.onlyA],
    [b, c.onlyB],
  ] as const) {
    out.push('', `■ 仅${name}有的措施（${rows.length} 条）`);
    for (const r of rows) out.push(`  · ${r.measure}：${money(r)}${r.status === 'draft' ? '（征求意见稿）' : ''}`);
  }
  return wrapBlock(out.join('\n'), opts.width);
}

const COMPARE_CSV = ['匹配', '地区A', '措施A', '金额A', '原文A', '地区B', '措施B', '金额B', '原文B', '相似度'];

/** The comparison as rows for Excel: pairs first, then the measures only one region has. */
export function comparisonToCsv(c: Comparison): string {
  const [a, b] = c.regions;
  const side = (region: string, m?: ComparedMeasure) => (m ? [region, m.measure, money(m), m.sentence] : [region, '', '', '']);
  return toCsv([
    COMPARE_CSV,
    ...c.pairs.map((p) => [p.label ?? '相似措施', ...side(a, p.a), ...side(b, p.b), p.similarity.toFixed(2)]),
    ...c.onlyA.map((m) => [`仅${a}有`, ...side(a, m), ...side(b), '']),
    ...c.onlyB.map((m) => [`仅${b}有`, ...side(a), ...side(b, m), '']),
  ]);
}

/** Longest line of a rendered text, in display columns (the tests hold it to the terminal). */
export function widest(text: string): number {
  return Math.max(0, ...text.split('\n').map(width));
}
