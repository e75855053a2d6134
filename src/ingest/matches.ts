/**
 * Every match of a global regex, the ones `text.matchAll(re)` gives for a regex at lastIndex 0, without
 * matchAll's copy: String.prototype.matchAll builds a new RegExp on each call (about 5% of a worker's time
 * when patterns run on every clause). The matches are collected first, so the caller may use `re` again.
 * A regex marked by `needing` is not run at all on a text its guard finds nothing in.
 */
export function matchesOf(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global regex: ${re}`);
  const needs = GUARDS.get(re);
  if (needs && !needs.test(text)) return [];
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // Past an empty match, by a code point under the u or v flag (as matchAll steps).
    if (!m[0]) re.lastIndex += /[uv]/.test(re.flags) && isPair(text, re.lastIndex) ? 2 : 1;
  }
  return out;
}

// Written once, as each pattern module loads, and only read after: a constant table, not state.
const GUARDS = new WeakMap<RegExp, RegExp>();
const GUARDED: Array<readonly [RegExp, RegExp]> = [];

/**
 * Marks `re` as unable to match in a text without a match of `needs` (a word or character every match, with its
 * look-arounds, must contain), so matchesOf skips the scan. A long pattern that opens with a numeral class is tried
 * at every character; most clauses lack the 以上, 月 or % it turns on (a third of extraction's time went to such scans).
 */
export function needing(re: RegExp, needs: RegExp): RegExp {
  if (needs.global || needs.sticky) throw new TypeError(`a guard must not keep lastIndex: ${needs}`);
  GUARDS.set(re, needs);
  GUARDED.push([re, needs]);
  return re;
}

/** Every pattern marked so far with its guard, for the test that the guards hide no match. */
export function guardedPatterns(): ReadonlyArray<readonly [RegExp, RegExp]> {
  return GUARDED;
}

function isPair(text: string, i: number): boolean {
  const hi = text.charCodeAt(i);
  const lo = text.charCodeAt(i + 1);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}
