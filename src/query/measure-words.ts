import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The words that name a measure: dict/measure-words.json. */
export interface MeasureWords {
  concepts: { name: string; words: string[] }[];
  supports: { name: string; words: string[] }[];
  recognised: string[];
  levels: string[];
  fieldHeadings: string[];
}

export const MEASURE_WORDS_FILE = fileURLToPath(new URL('../../dict/measure-words.json', import.meta.url));

let cache: (MeasureWords & { conceptWords: { word: string; name: string }[] }) | undefined;

/** Load once; concept words longest first so 企业技术中心 wins over 技术中心. */
export function measureWords() {
  if (cache) return cache;
  const raw = JSON.parse(readFileSync(MEASURE_WORDS_FILE, 'utf8')) as MeasureWords;
  const conceptWords = raw.concepts.flatMap((c) => c.words.map((word) => ({ word, name: c.name }))).sort((a, b) => b.word.length - a.word.length);
  cache = { ...raw, conceptWords };
  return cache;
}
