import { ARTICLE_RE, fold, HEADING_RE } from '../ingest/clean.js';
import { LABEL } from './lexicon.js';
import { findNotes, parseNoteBody, type UnitNote } from './units.js';
import type { PolicyDocument, Table } from '../types.js';

/** A clause before its values are read: a sentence of a paragraph or a row of a table. */
export interface ClauseSpan {
  start: number;
  end: number;
  /** Units from the note that closes the clause's article. */
  note?: UnitNote;
  table?: { table: Table; row: number };
}

const BARE_NOTE = new RegExp(`^${LABEL}`);
const SKIP_PARA = /^(附件\s*\d*|（此件公开发布）|\(此件公开发布\)|[\u4e00-\u9fff]{0,10}[〔[]\d{4}[〕\]]\d+号|\d{4}年\d{1,2}月\d{1,2}日)$/;

const INLINE_HEADING = /(?:[ \t\u3000\u00a0]+|(?<=[。；;！？]))(?=第[一二三四五六七八九十百]+条|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、](?![\d%]))/g;

/** Sentence ends (。；！？) outside brackets and quotes; notes are cut out. */
function sentences(text: string, start: number, end: number, notes: UnitNote[]): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let s = start;
  const noteAt = new Map(notes.map((n) => [n.start, n]));
  for (let i = start; i < end; i++) {
    const n = noteAt.get(i);
    if (n) {
      if (i > s) out.push([s, i]);
      i = n.end - 1;
      s = n.end;
      continue;
    }
    const ch = text[i];
    if (ch === '（' || ch === '(' || ch === '“' || ch === '《') depth++;
    else if (ch === '）' || ch === ')' || ch === '”' || ch === '》') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[。；！？;]/.test(ch)) {
      out.push([s, i + 1]);
      s = i + 1;
    }
  }
  if (s < end) out.push([s, end]);
  return out.filter(([a, b]) => text.slice(a, b).replace(/[\s。；，、]/g, '').length > 0);
}

/** Is the first sentence of a paragraph its heading ("（一）开展产业链再造行动。")? */
function headingLength(para: string): number {
  // 第六条 opens an article of a 办法 and its first sentence is content: only the marker goes.
  const article = ARTICLE_RE.exec(para);
  if (article) return article[0].length + (/^\s+/.exec(para.slice(article[0].length))?.[0].length ?? 0);
  const m = HEADING_RE.exec(para);
  if (!m) return 0;
  const dot = para.search(/[。：:]/);
  if (dot > 0 && dot <= 45 && dot < para.length - 1) return dot + 1;
  return m[0].length;
}

/** Cut a document into clause spans. Paragraph sentences carry the note that closes their article. */
export function clauseSpans(doc: PolicyDocument): ClauseSpan[] {
  // Matching runs on the folded text (full-width, traditional characters); offsets are the same.
  const text = fold(doc.text);
  const spans: ClauseSpan[] = [];
  const tableRowStarts = new Map<number, { table: Table; row: number }>();
  for (const t of doc.tables) t.rows.forEach((r, k) => tableRowStarts.set(r.start, { table: t, row: k }));
  const title = fold(doc.title);
  const issuer = fold(doc.issuer ?? '');
  const titleBlock = new Set([title, issuer, ...issuer.split('、')]);
  let s = 0;
  let sawBody = false;
  // Sentences of the current article still waiting for its closing note (an article may span paragraphs).
  let pending: ClauseSpan[] = [];
  while (s < text.length) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    // Web pages flattened to one line keep their headings after a space or a sentence end: "…方案。 一、主要目标 …"; each starts a paragraph.
    let next = e + 1;
    if (!text.slice(s, e).includes('\t')) {
      INLINE_HEADING.lastIndex = s + 1;
      const h = INLINE_HEADING.exec(text);
      if (h && h.index < e) {
        e = h.index;
        next = h.index + h[0].length;
      }
    }
    const para = text.slice(s, e);
    const row = tableRowStarts.get(s);
    if (row) {
      pending = [];
      const r = row.table.rows[row.row];
      if (!r.group) {
        // The clause starts at its first content cell: not the 序号 or a merged category cell.
        let k = 0;
        while (k < r.cells.length - 1 && (/^\s*\d*\s*$/.test(r.cells[k]) || /^(序号|工作类别|类别|一级指标)$/.test(row.table.columns[k] ?? ''))) k++;
        spans.push({ start: r.cellStarts[k], end: e, table: row });
      }
    } else if (para.includes('\t')) {
      pending = []; // a table header row
    } else if (!sawBody && (titleBlock.has(para) || title.startsWith(para) || para.length < 8 || /^（[^（）]*）$/.test(para))) {
      // title block
    } else if (HEADING_RE.test(para) && para.length <= 40 && !/[。；，]/.test(para)) {
      pending = []; // a heading on its own line
    } else if (BARE_NOTE.test(para) && sawBody) {
      // "责任单位：区经济信息委、工业园区管委会" on a line of its own closes the article above it.
      const note: UnitNote = { start: s, end: e, units: parseNoteBody(para, 0).map((u) => ({ ...u, start: u.start + s, end: u.end + s })) };
      for (const p of pending) p.note = note;
      pending = [];
    } else if (!SKIP_PARA.test(para)) {
      sawBody = true;
      const notes = findNotes(para).map((n) => ({ ...n, start: n.start + s, end: n.end + s, units: n.units.map((u) => ({ ...u, start: u.start + s, end: u.end + s })) }));
      const h = headingLength(para);
      if (HEADING_RE.test(para)) pending = [];
      const from = s + h;
      for (const [a, b] of sentences(text, from, e, notes)) {
        const note = notes.find((n) => n.start >= b - 1) ?? undefined;
        // Trim leading punctuation/space left by the heading cut.
        let a2 = a;
        while (a2 < b && /[\s，。；、]/.test(text[a2])) a2++;
        if (b - a2 < 4) continue;
        const span: ClauseSpan = { start: a2, end: b, note };
        spans.push(span);
        if (note) {
          for (const p of pending) p.note = note;
          pending = [];
        } else pending.push(span);
      }
    }
    s = next;
  }
  return spans;
}
