import type { Amount, Clause, Deadline, Rate, Threshold } from '../types.js';

export type OutputFormat = 'jsonl' | 'json' | 'csv';

/** 1500万元 / 1.5亿元 / 3000元: money as an analyst writes it. */
export function formatYuan(y: number): string {
  if (y >= 1e8 && y % 1e6 === 0) return `${+(y / 1e8).toFixed(4)}亿元`;
  if (y >= 1e4 && y % 100 === 0) return `${+(y / 1e4).toFixed(4)}万元`;
  return `${y}元`;
}

/** Clause kinds as a Chinese reader names them (CSV --zh, --kind 补贴). */
export const KIND_ZH: Record<string, string> = { subsidy: '补贴', target: '目标', task: '任务', requirement: '要求', other: '其他' };

const ROLE_ZH: Record<string, string> = { cap: '最高', fixed: '定额', total: '总额', target: '目标', min: '不低于' };

export function formatAmount(a: Amount): string {
  const v = a.yuanMax !== undefined ? `${formatYuan(a.yuan)}–${formatYuan(a.yuanMax)}` : formatYuan(a.yuan);
  return `${ROLE_ZH[a.role] ?? a.role} ${v}${a.object ? `（${a.object}）` : ''}`;
}
export function formatRate(r: Rate): string {
  return `${ROLE_ZH[r.role] ?? r.role} ${+(r.value * 100).toFixed(4)}%${r.base ? `（${r.base}）` : ''}`;
}
export function formatThreshold(t: Threshold): string {
  const fmt = (n: number) => (t.unit === '元' ? formatYuan(n) : `${n}${t.unit}`);
  const parts = [t.min !== undefined ? `≥${fmt(t.min)}` : '', t.max !== undefined ? `<${fmt(t.max)}` : ''].filter(Boolean);
  return `${t.metric} ${parts.join(' ')}`.trim();
}
export function formatDeadline(d: Deadline): string {
  return d.date ? (d.from ? `${d.from}–${d.date}` : d.date) : `${d.raw}${d.resolved ? `（≈${d.resolved}）` : ''}`;
}

/**
 * A spreadsheet cell that begins with = + - @ or a tab/carriage return is read by Excel as a formula
 * (CSV injection; notice text is untrusted): such text gets a leading apostrophe so it stays text.
 */
export function neutraliseCell(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

function csvCell(raw: string): string {
  const v = neutraliseCell(raw);
  return /[",\n\r\t]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** CSV as Excel opens Chinese text: UTF-8 BOM, quoted cells where needed, CRLF. */
export function toCsv(rows: string[][]): string {
  return '\ufeff' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const HEADERS_EN = ['id', 'source', 'region', 'issuer', 'document', 'date', 'status', 'section', 'kind', 'topics', 'amounts', 'rates', 'thresholds', 'units', 'lead', 'deadlines', 'text', 'doc_number', 'yuan', 'cap_yuan', 'rate_percent'];
const HEADERS_ZH = ['编号', '文件', '地区', '发文机关', '文件标题', '成文日期', '状态', '章节', '类型', '主题', '金额', '比例', '门槛', '责任单位', '牵头单位', '时限', '原文', '文号', '金额（元）', '上限（元）', '比例（%）'];

/** An id Excel keeps as text (a 16-digit hex id of only digits would become 9.13850E+15). */
function textCell(v: string): string {
  return /^\d+$/.test(v) ? `="${v}"` : v;
}

export interface CsvOptions {
  /** Add the clause's start/end offsets in its document (for tools, not readers). */
  offsets?: boolean;
}

export function clausesToCsv(clauses: Clause[], zh = false, opts: CsvOptions = {}): string {
  const rows = [[...(zh ? HEADERS_ZH : HEADERS_EN), ...(opts.offsets ? (zh ? ['起', '止'] : ['start', 'end']) : [])]];
  const max = (xs: number[]) => (xs.length ? String(Math.max(...xs)) : '');
  for (const c of clauses) {
    rows.push([
      textCell(c.id),
      c.source,
      c.region ?? '',
      c.issuer ?? '',
      c.docTitle,
      c.docDate ?? '',
      c.status === 'draft' ? (zh ? '征求意见稿' : 'draft') : zh ? '正式' : 'final',
      c.section.join(' > '),
      zh ? (KIND_ZH[c.kind] ?? c.kind) : c.kind,
      c.topics.join('、'),
      c.amounts.map(formatAmount).join('；'),
      c.rates.map(formatRate).join('；'),
      c.thresholds.map(formatThreshold).join('；'),
      c.units.join('、'),
      c.lead.join('、'),
      c.deadlines.map(formatDeadline).join('；'),
      c.text.replace(/\t/g, ' '),
      c.docNumber ?? '',
      // Numbers Excel can sort and sum: the largest fixed/total amount, the largest cap, the first rate.
      max(c.amounts.filter((a) => a.role !== 'cap').map((a) => a.yuan)),
      max(c.amounts.filter((a) => a.role === 'cap').map((a) => a.yuan)),
      c.rates.length ? String(+(c.rates[0].value * 100).toFixed(4)) : '',
      ...(opts.offsets ? [String(c.start), String(c.end)] : []),
    ]);
  }
  return toCsv(rows);
}

export function formatClauses(clauses: Clause[], format: OutputFormat, zh = false, csv: CsvOptions = {}): string {
  if (format === 'csv') return clausesToCsv(clauses, zh, csv);
  if (format === 'json') return JSON.stringify(clauses, null, 2) + '\n';
  return clauses.map((c) => JSON.stringify(c)).join('\n') + (clauses.length ? '\n' : '');
}
