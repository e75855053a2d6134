import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nodejieba from 'nodejieba';
import { taxonomyTerms } from '../extract/topics.js';
import { fold } from '../ingest/clean.js';

let loaded = false;

/** The policy user dictionary shipped with the package, so 智能工厂 and 区经济信息委 stay whole. */
export const USER_DICT = fileURLToPath(new URL('../../dict/policy.utf8', import.meta.url));

/**
 * Keyword extraction is never used, so its IDF (6 MB) and stop-word lists are one-line stand-ins
 * (cppjieba refuses empty ones): loading the dictionaries takes a sixth less time, which every cold
 * `pclause query` and `pclause index` pays.
 */
const UNUSED_IDF = fileURLToPath(new URL('../../dict/jieba/idf.utf8', import.meta.url));
const UNUSED_STOP = fileURLToPath(new URL('../../dict/jieba/stop_words.utf8', import.meta.url));

function ensureLoaded(): void {
  if (loaded) return;
  nodejieba.load({
    ...(existsSync(USER_DICT) ? { userDict: USER_DICT } : {}),
    ...(existsSync(UNUSED_IDF) && existsSync(UNUSED_STOP) ? { idfDict: UNUSED_IDF, stopWordDict: UNUSED_STOP } : {}),
  });
  for (const t of taxonomyTerms()) nodejieba.insertWord(t);
  loaded = true;
}

/** Load the dictionaries now (an index opening does it while its vectors graph is read). */
export function warmTokenizer(): void {
  ensureLoaded();
}

const STOP = new Set('的 了 和 与 及 或 对 在 为 以 按 等 将 由 于 从 并 其 是 把 被 给 之 中 上 下 个 每 各 有 要 可 也 而 就 都 所 该 此 已 向 同 这 那 哪些 哪个 什么 多少 怎么 如何 吗 呢 么 呀'.split(' '));

/**
 * Words of a text by jieba (with the policy dictionary), without punctuation, digits and stop words, read folded: a notice in
 * traditional characters (智能工廠) and a question in simplified ones (智能工厂) give the same words.
 */
export function words(text: string): string[] {
  return wordsAsWritten(fold(text));
}

/** The same words with the text cut as written, not folded (what the patched dictionary loader is checked by). */
export function wordsAsWritten(text: string): string[] {
  ensureLoaded();
  const out: string[] = [];
  for (const w of nodejieba.cut(text, true)) {
    const t = w.trim();
    if (!t || STOP.has(t)) continue;
    if (!/[\u4e00-\u9fffA-Za-z]/.test(t)) continue; // punctuation and digits (jieba splits numbers into single digits)
    out.push(t.toLowerCase());
  }
  return out;
}

/** Character bigrams of the Chinese runs: robust to segmentation differences between question and clause. */
export function bigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of fold(text).match(/[\u4e00-\u9fff]+/g) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}

/** Is a word in jieba's dictionary as an ordinary word (an abbreviation, tag j, does not count)? */
export function isDictionaryWord(w: string): boolean {
  ensureLoaded();
  const t = nodejieba.tag(w);
  return t.length === 1 && t[0].word === w && t[0].tag !== 'x' && t[0].tag !== 'j';
}

/** jieba's part-of-speech tag of a single word ('j': abbreviation; 'x': not in the dictionary). */
export function jiebaTag(w: string): string | undefined {
  ensureLoaded();
  const t = nodejieba.tag(w);
  return t.length === 1 ? t[0].tag : undefined;
}
