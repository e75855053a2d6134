import { cspContent, escapeAttr, escapeHtml, jsonForScript } from './escape.js';

/**
 * A self-contained page: one inline style and one inline script, both allowed by hash in the page's
 * Content-Security-Policy and nothing else (no network, no other inline code, no style attributes).
 * `data` travels as JSON in a non-executed script element for the page's script and for other tools.
 */
export function page(opts: { title: string; body: string; style: string; script: string; data?: unknown }): string {
  const csp = cspContent([opts.style], [opts.script]);
  return [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttr(csp)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(opts.title)}</title>`,
    `<style>${opts.style}</style>`,
    '</head>',
    '<body>',
    opts.body,
    opts.data === undefined ? '' : `<script type="application/json" id="pclause-data">${jsonForScript(opts.data)}</script>`,
    `<script>${opts.script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Text with marked ranges: each [start, end) becomes <mark>, everything escaped. Ranges must not overlap. */
export function markText(text: string, marks: { start: number; end: number; cls: string; attrs?: Record<string, string> }[]): string {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let pos = 0;
  for (const m of sorted) {
    if (m.start < pos || m.end > text.length || m.end <= m.start) continue; // overlapping or out of range: shown unmarked
    out += escapeHtml(text.slice(pos, m.start));
    const attrs = Object.entries(m.attrs ?? {})
      .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
      .join('');
    out += `<mark class="${escapeAttr(m.cls)}" data-start="${m.start}" data-end="${m.end}"${attrs}>${escapeHtml(text.slice(m.start, m.end))}</mark>`;
    pos = m.end;
  }
  return out + escapeHtml(text.slice(pos));
}
