import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
