import { createHash } from 'node:crypto';

// Notice text is untrusted: everything taken from a document goes through one of these where it lands.

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text content of an HTML (or SVG) element. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML[c]);
}

/** A double-quoted attribute value; also escapes newlines so a value never spans lines. */
export function escapeAttr(s: string): string {
  return escapeHtml(s).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/**
 * JSON placed inside <script type="application/json">: `</script>`, `<!--` and `]]>` cannot close or
 * change the element, and U+2028/2029 (line breaks to old JS parsers) are written as escapes.
 */
export function jsonForScript(v: unknown): string {
  return JSON.stringify(v).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** An href for a link built from document text: only http(s) survives, anything else (javascript:, data:) is dropped. */
export function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url.trim()) ? url.trim() : undefined;
}

/** A CSP source for one inline element's exact content. */
export function cspHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/**
 * The page's policy: nothing from the network (default-src 'none' covers fetch, images, fonts, frames),
 * only the page's own inline style and script, identified by hash; no forms, no <base>.
 */
export function cspContent(styles: string[], scripts: string[]): string {
  return [
    "default-src 'none'",
    `style-src ${styles.map(cspHash).join(' ') || "'none'"}`,
    `script-src ${scripts.map(cspHash).join(' ') || "'none'"}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

// Spreadsheet cells (XLSX and CSV) are neutralised by neutraliseCell in src/run/output.ts, the CSV writer below this stage.
export { neutraliseCell } from '../run/output.js';
