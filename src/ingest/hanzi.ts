import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import tsCharacters from 'opencc-js/dict/TSCharacters';

/**
 * Traditional → simplified, one character for one, from OpenCC's character table (opencc-js).
 * Only single-unit pairs are kept, so a folded text has the same length and every offset of it is
 * an offset of the original (萬元 → 万元, 責任單位 → 责任单位). Phrase-level conversion is not
 * used: it may change lengths, and matching needs only characters.
 */
let table: Map<string, string> | undefined;

function load(): Map<string, string> {
  if (table) return table;
  table = new Map();
  for (const pair of (tsCharacters as string).split('|')) {
    const [trad, simp] = pair.split(' ');
    if (trad && simp && trad.length === 1 && simp.length === 1 && trad !== simp) table.set(trad, simp);
  }
  return table;
}

/** Every traditional character the table changes, with its simplified form. */
export function simplifiedPairs(): ReadonlyMap<string, string> {
  return load();
}

/** The simplified form of one character, or the character itself. */
export function toSimplified(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x3400) return ch;
  return load().get(ch) ?? ch;
}


let common: Set<string> | undefined;

/** The frequent characters of policy notices, simplified and traditional (dict/common-hanzi.txt). */
export function commonHanzi(): Set<string> {
  if (!common) {
    const text = readFileSync(fileURLToPath(new URL('../../dict/common-hanzi.txt', import.meta.url)), 'utf8');
    common = new Set(text.split('\n').filter((l) => l && !l.startsWith('#')).flatMap((l) => [...l.trim()]));
  }
  return common;
}

/** Share of the CJK characters of a text that are frequent ones: high for real text, low for bytes decoded with the wrong table. */
export function commonShare(text: string): { cjk: number; share: number } {
  const set = commonHanzi();
  let cjk = 0;
  let hit = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x4e00 && c <= 0x9fff) {
      cjk++;
      if (set.has(ch)) hit++;
    }
  }
  return { cjk, share: cjk ? hit / cjk : 0 };
}
