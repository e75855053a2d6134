import { toCsv } from '../run/output.js';
import type { Answer, AnswerRow } from './answer.js';
import { describeQuestion } from './parse.js';
import type { ComparedMeasure, Comparison } from './compare.js';

/** Terminal width of a string: CJK and full-width characters take two columns. */
export function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

export function fit(s: string, w: number): string {
  let out = '';
  let cur = 0;
  for (const ch of s) {
    const cw = width(ch);
    if (cur + cw > w - (width(s) > w ? 1 : 0)) {
      out += '…';
      cur += 1;
      break;
    }
    out += ch;
    cur += cw;
  }
  return out + ' '.repeat(Math.max(0, w - cur));
}

function table(headers: string[], rows: string[][], widths: number[]): string {
  const line = (cells: string[]) => cells.map((c, i) => fit(c, widths[i])).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function rowCells(r: AnswerRow): string[] {
  return [r.measure, r.value, r.role || '—', r.units.join('、') || '—', r.deadline || '—', `${r.document}${r.status === 'draft' ? '（征求意见稿）' : ''}`];
}

export function renderAnswer(a: Answer): string {
  if (!a.regions.length) return `没有找到与“${a.question.text}”相关的条款。`;
  const out: string[] = [`问题：${a.question.text}`];
  out.push(...describeQuestion(a.question));
  for (const g of a.regions) {
    const drafts = g.rows.filter((r) => r.status === 'draft').length;
    out.push('', `■ ${g.region}（${g.rows.length} 条${drafts ? `，其中征求意见稿 ${drafts} 条` : ''}）`);
    out.push(table(['措施', '金额/比例', '方式', '责任单位', '时限', '文件'], g.rows.map(rowCells), [20, 26, 14, 20, 10, 28]));
    const seen = new Set<string>();
    for (const r of g.rows) {
      if (seen.has(r.clauseId)) continue;
      seen.add(r.clauseId);
      out.push(`  原文：${r.sentence}  〔${r.source}〕`);
    }
  }
  return out.join('\n');
}

const CSV_HEAD = ['地区', '状态', '措施', '金额/比例', '方式', '门槛', '责任单位', '时限', '文件', '发文机关', '原文', '来源文件'];

export function answerToCsv(a: Answer): string {
  const rows = [CSV_HEAD];
  for (const g of a.regions) {
    for (const r of g.rows) {
      rows.push([r.region, r.status === 'draft' ? '征求意见稿' : '正式', r.measure, r.value, r.role, r.thresholds.join('；'), r.units.join('、'), r.deadline, r.document, r.issuer ?? '', r.sentence, r.source]);
    }
  }
  return toCsv(rows);
}

function money(m: ComparedMeasure): string {
  return m.values.join('；') || '—';
}

export function renderComparison(c: Comparison): string {
  const [a, b] = c.regions;
  const out: string[] = [`对比：${a} ↔ ${b}${c.topic ? `（主题：${c.topic}）` : ''}，相似度下限 ${c.floor}`];
  out.push('', `■ 两地都有的措施（${c.pairs.length} 对）`);
  out.push(
    table(
      ['相似度', `${a} 措施`, `${a} 金额`, `${b} 措施`, `${b} 金额`],
      c.pairs.map((p) => [p.similarity.toFixed(2), p.a.measure, money(p.a), p.b.measure, money(p.b)]),
      [6, 20, 30, 20, 30],
    ),
  );
  for (const [name, rows] of [
    [a, c.onlyA],
    [b, c.onlyB],
  ] as const) {
    out.push('', `■ 仅${name}有的措施（${rows.length} 条）`);
    for (const r of rows) out.push(`  · ${r.measure}：${money(r)}${r.status === 'draft' ? '（征求意见稿）' : ''}  — ${r.sentence.slice(0, 60)}`);
  }
  return out.join('\n');
}
