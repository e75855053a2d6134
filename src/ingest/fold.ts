import { simplifiedPairs, toSimplified } from './hanzi.js';

// Folding for matching, apart from the cleaner so that every stage and every metadata reader can fold without importing it.

function fold1(ch: string): string {
  const code = ch.charCodeAt(0);
  // Full-width ASCII digits, letters and % . + - / ~ : map to half-width for matching.
  if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
    return String.fromCharCode(code - 0xfee0);
  }
  switch (ch) {
    case '％':
      return '%';
    case '．':
      return '.';
    case '＋':
      return '+';
    case '－':
      return '-';
    case '／':
      return '/';
    case '～':
      return '~';
    default:
      return toSimplified(ch);
  }
}

let foldTable: Uint16Array | undefined;

/**
 * fold1 of every UTF-16 unit, computed once: folding is then a table look-up per character. fold1 changes only
 * the full-width block (U+FF00–U+FFFF) and the traditional characters of the table; every other unit is itself.
 */
const SMALL_FORMS: [string, string][] = [['﹐', '，'], ['﹑', '、'], ['﹒', '.'], ['﹔', '；'], ['﹕', '：'], ['﹖', '？'], ['﹗', '！'], ['﹙', '（'], ['﹚', '）'], ['﹝', '〔'], ['﹞', '〕']];
const LOOKALIKES: [string, string][] = [['∶', '：'], ['︰', '：']];
function foldCodes(): Uint16Array {
  if (foldTable) return foldTable;
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  for (const [trad, simp] of simplifiedPairs()) t[trad.charCodeAt(0)] = simp.charCodeAt(0);
  for (let c = 0xff00; c <= 0xffff; c++) t[c] = fold1(String.fromCharCode(c)).charCodeAt(0);
  // Small form variants some pages set (1﹒地区生产总值…, ﹙责任单位﹚): read as the punctuation they stand for.
  for (const [small, normal] of SMALL_FORMS) t[small.charCodeAt(0)] = normal.charCodeAt(0);
  // Look-alikes a converter puts for a colon: the ratio sign (责任部门∶市商务局, 张家港) and the vertical form ︰.
  for (const [like, normal] of LOOKALIKES) t[like.charCodeAt(0)] = normal.charCodeAt(0);
  return (foldTable = t);
}

/**
 * Folding for matching: full-width to half-width and traditional to simplified, one character for one, so offsets stay valid.
 * Most text needs no change: it is returned as it is, and otherwise only the changed characters are copied one by one
 * (the extraction folds each text several times, and a string built character by character was a tenth of a worker's time).
 */
export function fold(text: string): string {
  const t = foldCodes();
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = t[c];
    if (f !== c) {
      out += text.slice(last, i) + String.fromCharCode(f);
      last = i + 1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}
