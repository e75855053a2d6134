import stCharacters from 'opencc-js/dict/STCharacters';

/**
 * House-style variants of a labelled document: the same notice written with other punctuation widths, in traditional
 * characters, or hard-wrapped as a PDF dump is. A rule written in its general form gives the same values on every
 * variant; a field that drops on one names a class of miss without reading a single held-out notice.
 *
 * A character variant maps one character to one, so the labels follow by the same map (quotes, units, raw deadlines);
 * a text variant only adds whitespace, which the labels never contain.
 */
export interface Variant {
  name: string;
  describe: string;
  /** One character for one: applied to the text and to the written labels alike. */
  char?: (c: string) => string;
  /** A whitespace-only change of the text (the labels are whitespace-free), after `char` where both are given. */
  text?: (t: string) => string;
  /**
   * A rewrite of the marks that open a line (item numbers), one character for one and whitespace untouched: quotes and scope ends
   * are read at the same place of the rewritten text.
   */
  marks?: (t: string) => string;
}

const fromPairs = (pairs: string[]): ((c: string) => string) => {
  const m = new Map(pairs.map((p) => [p[0], p[1]] as [string, string]));
  return (c) => m.get(c) ?? c;
};

const FULL_DIGITS = [...'0123456789'].map((d) => d + String.fromCharCode(d.charCodeAt(0) + 0xfee0));

let st: Map<string, string> | undefined;
/** Simplified → traditional, one character for one: the first (most usual) form of OpenCC's character table. */
function toTraditional(c: string): string {
  if (!st) {
    st = new Map();
    for (const pair of (stCharacters as string).split('|')) {
      const [simp, trad] = pair.split(' ');
      if (simp?.length === 1 && trad?.length === 1 && simp !== trad) st.set(simp, trad);
    }
  }
  return st.get(c) ?? c;
}

/** Hard line breaks every `width` characters inside each line, as text copied out of a PDF has them. */
function hardWrap(width: number): (t: string) => string {
  return (t) =>
    t
      .split('\n')
      .map((line) => {
        if (line.length <= width) return line;
        const parts: string[] = [];
        for (let i = 0; i < line.length; i += width) parts.push(line.slice(i, i + width));
        return parts.join('\n');
      })
      .join('\n');
}

/**
 * Item numbers closed by a half bracket, as Word lists and some house styles write them: 1. and 1、 opening a line as 1）. One
 * character for one, so a quote or a scope end that spans an item number is found at the same place of the rewritten text.
 */
function halfBracketItems(t: string): string {
  return t.replace(/^([ \t\u3000]*)(\d{1,2})[.．、](?![\d.．])/gm, '$1$2）');
}

/** A space between every two characters of a line, as some PDF text layers set each glyph apart (关 于 印 发). */
function spacedOut(t: string): string {
  return t
    .split('\n')
    .map((line) => [...line].join(' '))
    .join('\n');
}

export const VARIANTS: Variant[] = [
  { name: 'halfwidth', describe: 'full-width punctuation and digits written half-width (（）：，；！？％ → ():,;!?%)', char: fromPairs(['（(', '）)', '：:', '，,', '；;', '！!', '？?', '％%', ...FULL_DIGITS.map((p) => p[1] + p[0])]) },
  { name: 'fullwidth', describe: 'half-width brackets, colons, semicolons and % written full-width', char: fromPairs(['(（', ')）', ':：', ';；', '%％']) },
  { name: 'fullwidth-digits', describe: 'digits written full-width (０-９)', char: fromPairs(FULL_DIGITS) },
  { name: 'traditional', describe: 'the notice in traditional characters (OpenCC character table)', char: toTraditional },
  { name: 'wrapped', describe: 'hard line breaks every 36 characters, as in a PDF dump', text: hardWrap(36) },
  { name: 'spaced', describe: 'a space between every two characters, as some PDF text layers give', text: spacedOut },
  { name: 'oneline', describe: 'every line break removed, as a page copied without its paragraphs', text: (t) => t.replace(/\r?\n/g, '') },
  // (The bars become tabs, one character for one; then only whitespace changes: no tab opens or closes a row, none has spaces around it.)
  { name: 'tabbed', describe: 'table cells parted by tabs instead of bars, as a table copied out of a browser or saved as text from Word gives them', char: fromPairs(['|\t', '｜\t']), text: (t) => t.replace(/ *\t */g, '\t').replace(/^\t+|\t+$/gm, '') },
  { name: 'indented', describe: 'each line indented with two ideographic spaces and gaps written as no-break spaces, as pages and Word files set paragraphs', text: (t) => t.replace(/ /g, '\u00a0').replace(/^(?=\S)/gm, '\u3000\u3000') },
  { name: 'item-shapes', describe: 'item numbers 1. and 1、 written 1）, as Word lists and some house styles give them', marks: halfBracketItems },
  { name: 'crlf', describe: 'Windows line ends (\\r\\n) and a byte-order mark, as files saved by Word or Notepad have', text: (t) => '\ufeff' + t.replace(/\n/g, '\r\n') },
];

export function variantNamed(name: string): Variant | undefined {
  return VARIANTS.find((v) => v.name === name);
}

export function mapChars(s: string, f: (c: string) => string): string {
  let out = '';
  for (const c of s) out += f(c);
  return out;
}

/** The variant of a document's text. */
export function variantText(v: Variant, text: string): string {
  const mapped = v.char ? mapChars(text, v.char) : text;
  const spaced = v.text ? v.text(mapped) : mapped;
  return v.marks ? v.marks(spaced) : spaced;
}

/** Label fields written as the text writes them (and so mapped with it); values, dates, roles and kinds are not. */
const WRITTEN = new Set(['quote', 'from', 'to', 'units', 'lead', 'raw', 'object', 'issuer']);

function mapWritten(x: unknown, f: (c: string) => string, written: boolean): unknown {
  if (typeof x === 'string') return written ? mapChars(x, f) : x;
  if (Array.isArray(x)) return x.map((y) => mapWritten(y, f, written));
  if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, y]) => [k, mapWritten(y, f, written || WRITTEN.has(k))]));
  return x;
}

/** The variant of a gold file's content (JSON lines): written fields follow a character variant. */
export function variantGold(v: Variant, content: string, original = '', rewritten = ''): string {
  const f = v.char;
  if (!f && !v.marks) return content;
  // (a mark rewritten: each quote and scope end taken from the same place of the rewritten text, whitespace aside)
  const from = original.replace(/\s/g, '');
  const to = rewritten.replace(/\s/g, '');
  const moved = (q: string) => {
    const flat = q.replace(/\s/g, '');
    const at = from.indexOf(flat);
    return at < 0 ? q : to.slice(at, at + flat.length);
  };
  return content
    .split(/\r?\n/)
    .map((line) => {
      if (!line.trim()) return line;
      const label = f ? (mapWritten(JSON.parse(line), f, false) as Record<string, unknown>) : (JSON.parse(line) as Record<string, unknown>);
      return JSON.stringify(v.marks ? withMarks(label, moved) : label);
    })
    .join('\n');
}

/** Quotes and scope ends read again (`reread`: a label's string → the same place of the rewritten text). */
function withMarks(label: Record<string, unknown>, reread: (q: string) => string): Record<string, unknown> {
  const out = { ...label };
  if (typeof out.quote === 'string') out.quote = reread(out.quote);
  if (Array.isArray(out.scope)) out.scope = out.scope.map((r: { from?: string; to?: string }) => ({ ...r, ...(r.from ? { from: reread(r.from) } : {}), ...(r.to ? { to: reread(r.to) } : {}) }));
  return out;
}
