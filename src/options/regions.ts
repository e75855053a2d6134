import { findRegion } from '../ingest/regions.js';
import { didYouMean } from './names.js';

/** 渝北区 is also written 渝北; a mistyped suffix (渝北县) is not the same place and is not guessed. */
function stem(region: string): string {
  return region.length > 2 ? region.replace(/(自治县|自治州|新区|区|县|市|旗|省)$/, '') : region;
}

/**
 * Map the regions a user typed onto the regions of the index: exact names, or a short form that
 * names exactly one of them (渝北 → 渝北区). Anything else is an error naming the nearest known
 * names, and saying when the place exists but has no documents in the index.
 */
export function resolveRegions(names: string[], known: string[]): string[] {
  return names.map((name) => {
    if (known.includes(name)) return name;
    const short = known.filter((k) => stem(k) === name);
    if (short.length === 1) return short[0];
    const list = known.length ? `the index has: ${known.join('、')}` : 'the index has no regions';
    const place = findRegion(name);
    if (place?.name === name) throw new Error(`region ${name} is not in the index (${place.province}${place.province === name ? '' : ' ' + name} has no indexed documents); ${list}`);
    throw new Error(`region ${name} is not in the index; ${didYouMean(name, known)}${list}`);
  });
}
