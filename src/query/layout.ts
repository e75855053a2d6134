// Terminal layout: display width (CJK = 2 columns), wrapping, and tables sized to a width.

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Terminal width of a string: CJK and full-width characters take two columns. */
export function width(s: string): number {
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) || ch.codePointAt(0)! > 0xffff ? 2 : 1;
  return w;
}

/** Pad (or cut with …) to exactly w columns. */
export function fit(s: string, w: number): string {
  if (width(s) <= w) return s + ' '.repeat(w - width(s));
  let out = '';
  let cur = 0;
  for (const ch of s) {
    const cw = width(ch);
    if (cur + cw > w - 1) break;
    out += ch;
    cur += cw;
  }
  return out + '…' + ' '.repeat(Math.max(0, w - cur - 1));
}

const BREAK_AFTER = /[、；，。/ ）)〕]/;
// Never start a line with closing punctuation (kinsoku).
const NO_START = /[、；，。）)〕」”》：]/;

/** Wrap text into lines of at most w columns, breaking after a separator (、；/ space) when one is near. */
export function wrap(s: string, w: number): string[] {
  if (s.includes('\n')) return s.split('\n').flatMap((p) => wrap(p, w));
  if (w <= 0 || width(s) <= w) return [s];
  const out: string[] = [];
  let line: string[] = [];
  let cur = 0;
  for (const ch of s) {
    const cw = width(ch);
    if (cur + cw > w && line.length) {
      // Break at the last separator in the back 40% of the line, else mid-word.
      let cut = -1;
      let acc = 0;
      for (let i = line.length - 1; i > 0 && acc < w * 0.4; i--) {
        if (BREAK_AFTER.test(line[i])) {
          cut = i + 1;
          break;
        }
        acc += width(line[i]);
      }
      if (cut < 0) cut = NO_START.test(ch) && line.length > 1 ? line.length - 1 : line.length;
      out.push(line.slice(0, cut).join('').trimEnd());
      line = line.slice(cut);
      while (line[0] === ' ') line.shift();
      cur = width(line.join(''));
    }
    if (!line.length && out.length && ch === ' ') continue;
    line.push(ch);
    cur += cw;
  }
  if (line.length) out.push(line.join('').trimEnd());
  return out;
}

/** Wrap every line of a text block to w columns, continuation lines indented like the first. */
export function wrapBlock(text: string, w?: number): string {
  if (!w) return text;
  return text
    .split('\n')
    .flatMap((l) => {
      if (width(l) <= w) return [l];
      const indent = /^\s*/.exec(l)![0] + '  ';
      const [first] = wrap(l, w);
      const rest = [...l].slice([...first].length).join('').replace(/^ +/, '');
      return [first, ...wrap(rest, w - width(indent)).map((r) => indent + r)];
    })
    .join('\n');
}

export interface Column {
  header: string;
  /** Narrowest the column may get when the table must shrink. */
  min: number;
}

/**
 * A table whose columns take their natural width when it fits in `total` columns (or when no
 * width is given: piped output, --wide); otherwise wide columns shrink towards their minimum and
 * their cells wrap onto more lines — a cell is never cut.
 */
export function table(columns: Column[], rows: string[][], total?: number): string {
  const gap = 2;
  const natural = columns.map((c, i) => Math.max(width(c.header), ...rows.flatMap((r) => (r[i] ?? '').split('\n').map(width))));
  let widths = natural;
  const room = total ? total - gap * (columns.length - 1) : Infinity;
  if (natural.reduce((a, b) => a + b, 0) > room) {
    let mins = natural.map((n, i) => Math.min(n, columns[i].min));
    // Too narrow even for the minimums: shrink them all (headers wrap like cells).
    const sumMin = mins.reduce((a, b) => a + b, 0);
    if (sumMin > room) mins = mins.map((m) => Math.max(2, Math.floor((m * room) / sumMin)));
    const spare = Math.max(0, room - mins.reduce((a, b) => a + b, 0));
    const want = natural.map((n, i) => n - mins[i]);
    const sumWant = want.reduce((a, b) => a + b, 0) || 1;
    widths = mins.map((m, i) => m + Math.floor((spare * want[i]) / sumWant));
    let left = room - widths.reduce((a, b) => a + b, 0);
    for (let i = 0; left > 0 && i < widths.length; i++) {
      const add = Math.min(left, natural[i] - widths[i]);
      if (add > 0) {
        widths[i] += add;
        left -= add;
      }
    }
  }
  const lines: string[] = [];
  const emit = (cells: string[]) => {
    const wrapped = cells.map((c, i) => wrap(c, widths[i]));
    const h = Math.max(...wrapped.map((x) => x.length));
    for (let k = 0; k < h; k++) lines.push(wrapped.map((x, i) => fit(x[k] ?? '', widths[i])).join(' '.repeat(gap)).trimEnd());
  };
  emit(columns.map((c) => c.header));
  lines.push(widths.map((w) => '─'.repeat(w)).join(' '.repeat(gap)));
  for (const r of rows) emit(r);
  return lines.join('\n');
}
