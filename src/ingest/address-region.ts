import { createRequire } from 'node:module';
import { divisionByCode, divisionsUnder, shortDivisionName, type RegionMatch } from './regions.js';

/**
 * The division a government site's address names (https://www.panyu.gov.cn/… → 番禺区), for a text that names none itself.
 * Government hosts end in gov.cn; the label before it is the site's jurisdiction, written as the pinyin of its name (panyu,
 * xialuqu, yunyang.shiyan), the initials of a name of three characters or more (spt → 沙坡头区), or a parent's initials before
 * either (hbqj → 湖北 潜江, shbsq → 上海 宝山区, nbyz → 宁波 鄞州); provinces' portals and national sites from dict/gov-hosts.json.
 * A label several divisions share (gulou: four 鼓楼区; two letters, sz) names none. A label to the left that is the pinyin of a
 * division under the site's (yunyang.shiyan.gov.cn) narrows it.
 */
const hosts = createRequire(import.meta.url)('../../dict/gov-hosts.json') as { provincePortals: Record<string, string>; nationalHosts: string[] };
const NATIONAL = new Set(hosts.nationalHosts);

interface Keys {
  /** label → codes of the divisions it may name */
  any: Map<string, Set<string>>;
  /** full pinyin only (for the labels left of the site's) */
  spelled: Map<string, Set<string>>;
}
let keys: Keys | undefined;

function build(): Keys {
  const { pinyin } = createRequire(import.meta.url)('pinyin-pro') as typeof import('pinyin-pro');
  const spell = (s: string) => pinyin(s, { toneType: 'none', type: 'array', v: true }).join('').toLowerCase();
  const initials = (s: string) => pinyin(s, { pattern: 'first', toneType: 'none', type: 'array', v: true }).join('').toLowerCase();
  const any = new Map<string, Set<string>>();
  const spelled = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, k: string, code: string) => {
    if (!/^[a-z]{2,}$/.test(k)) return;
    const set = map.get(k) ?? new Set<string>();
    set.add(code);
    map.set(k, set);
  };
  const all = new Map(divisionsUnder('').map((d) => [d.code, d] as const));
  // (a parent's initials, read once for all its children)
  const prefixes = new Map<string, string>();
  const prefixOf = (code: string) => {
    const p = all.get(code);
    if (p && !prefixes.has(code)) prefixes.set(code, initials(shortDivisionName(p.name)));
    return prefixes.get(code);
  };
  for (const d of all.values()) {
    const short = shortDivisionName(d.name);
    const forms = new Set([d.name, short]);
    // (an autonomous prefecture or county by its place and level word: 楚雄州 → cxz)
    const level = /自治(州|县|旗)$/.exec(d.name);
    if (level) forms.add(short + level[1]);
    const pres = d.level === 'province' ? [] : [prefixOf(d.code.slice(0, 2)), d.level === 'county' ? prefixOf(d.code.slice(0, 4)) : undefined];
    for (const f of forms) {
      const sp = spell(f);
      const ini = initials(f);
      add(spelled, sp, d.code);
      add(any, sp, d.code);
      if (f.length >= 3) add(any, ini, d.code);
      for (const pre of pres) {
        if (!pre) continue;
        add(any, pre + sp, d.code);
        add(any, pre + ini, d.code);
      }
    }
  }
  return { any, spelled };
}

/** The host of an address (a URL, or www.… without its scheme), lower-cased, or undefined. */
function hostOf(address: string): string | undefined {
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#:\s]+)/i.exec(address.trim());
  return m?.[1].toLowerCase();
}

export function regionOfAddress(address: string): RegionMatch | undefined {
  const host = hostOf(address);
  if (!host || !host.endsWith('.gov.cn')) return undefined;
  const labels = host.slice(0, -'.gov.cn'.length).split('.').filter(Boolean);
  const site = labels.pop();
  if (!site || NATIONAL.has(site)) return undefined;
  let region: RegionMatch | undefined;
  const portal = hosts.provincePortals[site];
  if (portal) region = divisionByCode(portal);
  else {
    keys ??= build();
    const codes = keys.any.get(site);
    if (!codes || codes.size !== 1) return undefined;
    region = divisionByCode([...codes][0]);
  }
  // A sub-site of a division under it, spelled out (yunyang.shiyan.gov.cn → 郧阳区).
  for (let k = labels.length - 1; region && k >= 0; k--) {
    keys ??= build();
    const under = [...(keys.spelled.get(labels[k]) ?? [])].filter((c) => c !== region!.code && c.startsWith(region!.code));
    if (under.length !== 1) break;
    region = divisionByCode(under[0]);
  }
  return region;
}
