import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// A pattern built from a template literal (new RegExp(`…`)) loses a lone backslash: `\d` is the letter d, so a class meant to
// exclude digits ([^，。\d]) excluded the letter d instead, and a year's 由市财政局安排1000万元资金 read as a place's name
// (round 142, deadlines.ts). Templates must write \\d, or be String.raw. This scans every template literal of the source.

/** The escapes a template literal turns into plain letters that a pattern means as classes or literal marks. */
const LOST = /[dDsSwWbB.()[\]?*+|^$]/;

/** Lone-backslash escapes in the template literals of `code` (String.raw ones excepted), each as line: escape. */
function lostEscapes(code: string): string[] {
  const found: string[] = [];
  const line = (i: number) => code.slice(0, i).split('\n').length;
  const rawBefore = (i: number) => code.slice(Math.max(0, i - 10), i).endsWith('String.raw');
  // A template's text up to its closing backtick, its ${…} expressions read as code.
  const template = (start: number, raw: boolean): number => {
    let k = start + 1;
    while (k < code.length && code[k] !== '`') {
      if (code[k] === '\\') {
        if (!raw && LOST.test(code[k + 1])) found.push(`${line(k)}: \\${code[k + 1]}`);
        k += 2;
      } else if (code[k] === '$' && code[k + 1] === '{') k = codeFrom(k + 2, true);
      else k++;
    }
    return k + 1;
  };
  const quoted = (start: number): number => {
    const q = code[start];
    let k = start + 1;
    while (k < code.length && code[k] !== q && code[k] !== '\n') k += code[k] === '\\' ? 2 : 1;
    return k + 1;
  };
  // A regex literal (/[",]/) may hold quotes and backticks: read past it where an operand may start.
  const regexMayStart = (before: string): boolean => /(?:^|[(,=:[!&|?{};+\-*%<>~^]|\breturn|\btypeof)\s*$/.test(before);
  const regexLiteral = (start: number): number => {
    let k = start + 1;
    let inClass = false;
    while (k < code.length && code[k] !== '\n') {
      if (code[k] === '\\') k++;
      else if (code[k] === '[') inClass = true;
      else if (code[k] === ']') inClass = false;
      else if (code[k] === '/' && !inClass) return k + 1;
      k++;
    }
    return k;
  };
  // Code from `start`: to the end, or (inside ${…}) past the brace that closes it; strings, comments and regex literals skipped.
  const codeFrom = (start: number, closes: boolean): number => {
    let depth = 0;
    let k = start;
    while (k < code.length) {
      const ch = code[k];
      if (ch === '/' && code[k + 1] === '/') k = code.indexOf('\n', k) < 0 ? code.length : code.indexOf('\n', k);
      else if (ch === '/' && code[k + 1] === '*') k = code.indexOf('*/', k + 2) < 0 ? code.length : code.indexOf('*/', k + 2) + 2;
      else if (ch === "'" || ch === '"') k = quoted(k);
      else if (ch === '`') k = template(k, rawBefore(k));
      else if (ch === '/' && regexMayStart(code.slice(Math.max(0, k - 12), k))) k = regexLiteral(k);
      else if (ch === '{') depth++, k++;
      else if (ch === '}') {
        if (closes && depth === 0) return k + 1;
        depth--, k++;
      } else k++;
    }
    return k;
  };
  codeFrom(0, false);
  return found;
}

const root = join(__dirname, '..');
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.ts$/.test(f) && !/\.test\.ts$/.test(f) ? [p] : [];
  });

describe('regex escapes in template literals (a lone backslash is lost)', () => {
  it.each([
    ['new RegExp(`[^，\\d]{0,50}`)', ['1: \\d']],
    ['new RegExp(`[^，\\\\d]{0,50}`)', []],
    ['new RegExp(String.raw`[^，\\d]{0,50}`)', []],
    ["const x = `${a.replace(/\\s+/g, '')}|${b}`;", []],
    ['// a comment with `\\d` in it\nconst y = 1;', []],
    ['const q = /[",]/.test(v) ? `"${v.replace(/"/g, \'""\')}"` : `=${v}`;', []],
    ['const r = `${/"/.test(a) ? `"` : \'\'}[^\\d]`;', ['1: \\d']],
  ] as [string, string[]][])('%s', (code, want) => expect(lostEscapes(code)).toEqual(want));

  it('none in the source', () => {
    const lost = sources(root).flatMap((f) => lostEscapes(readFileSync(f, 'utf8')).map((l) => `${f.slice(root.length + 1)}:${l}`));
    expect(lost).toEqual([]);
  });
});
