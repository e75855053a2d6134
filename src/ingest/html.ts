import { parse, type HTMLElement, type Node } from 'node-html-parser';

const DROP = new Set(['script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'iframe', 'form', 'button', 'select', 'svg', 'head']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'br', 'tr', 'table', 'blockquote', 'pre', 'center', 'dd', 'dt', 'dl', 'hr']);
// Class/id words that government sites use for chrome around the notice.
const CHROME = /(^|[\s_-])(nav|menu|header|footer|breadcrumb|crumb|sidebar|share|foot|topbar|banner|copyright|search|login|position|location|links?|related|bottom)([\s_-]|$)/i;
const CONTENT = /(content|article|zoom|trs_editor|detail|main|text|body|zw|con)/i;

function cjkCount(s: string): number {
  return (s.match(/[\u4e00-\u9fff]/g) ?? []).length;
}

function isChrome(el: HTMLElement): boolean {
  const tag = el.rawTagName?.toLowerCase();
  if (tag && DROP.has(tag)) return true;
  const attrs = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return CHROME.test(attrs) && !CONTENT.test(attrs);
}

/** The element that holds the notice: the content-like container with the most Chinese text. */
function mainContent(root: HTMLElement): HTMLElement {
  const body = root.querySelector('body') ?? root;
  let best: HTMLElement = body;
  let bestScore = 0;
  for (const el of body.querySelectorAll('div, article, section, td, main')) {
    const attrs = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!CONTENT.test(attrs) || isChrome(el)) continue;
    const n = cjkCount(el.textContent);
    if (n > bestScore) {
      best = el;
      bestScore = n;
    }
  }
  // A content container holding under a third of the page's text is probably a teaser box.
  return bestScore >= cjkCount(body.textContent) / 3 ? best : body;
}

function render(node: Node, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(decodeEntities(node.rawText).replace(/[\r\n]+/g, ''));
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as HTMLElement;
  const tag = el.rawTagName?.toLowerCase() ?? '';
  if (isChrome(el)) return;
  if (tag === 'table') {
    renderTable(el, out);
    return;
  }
  const block = BLOCK.has(tag);
  if (block) out.push('\n');
  for (const c of el.childNodes) render(c, out);
  if (block) out.push('\n');
}

/** A table becomes rows of tab-led cell lines separated by blank lines, the layout cleaning rebuilds rows from. */
function renderTable(table: HTMLElement, out: string[]): void {
  out.push('\n\n');
  for (const tr of table.querySelectorAll('tr')) {
    const cells = tr.querySelectorAll('td, th');
    if (cells.length === 0) continue;
    for (const cell of cells) {
      const parts: string[] = [];
      for (const c of cell.childNodes) render(c, parts);
      const text = parts.join('').replace(/\s*\n\s*/g, '').replace(/[ \t]+/g, ' ').trim();
      out.push(`\t${text}\n`);
    }
    out.push('\n');
  }
  out.push('\n');
}

function decodeEntities(s: string): string {
  return s
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

/** HTML (a web page, or mammoth's rendering of a DOCX) to plain text with tables kept as rows. */
export function htmlToText(html: string, opts: { wholeDocument: boolean }): string {
  const root = parse(html, { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  const start = opts.wholeDocument ? root : mainContent(root);
  const out: string[] = [];
  render(start, out);
  return out
    .join('')
    .replace(/[ \t]+\n/g, (m) => (m.includes('\t') && /\t\S*\n$/.test(m) ? m : '\n'))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
