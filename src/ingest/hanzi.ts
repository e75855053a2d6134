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

/** The simplified form of one character, or the character itself. */
export function toSimplified(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x3400) return ch;
  return load().get(ch) ?? ch;
}
