/**
 * Every match of a global regex, the ones `text.matchAll(re)` gives for a regex at lastIndex 0, without
 * matchAll's copy: String.prototype.matchAll builds a new RegExp on each call (about 5% of a worker's time
 * when patterns run on every clause). The matches are collected first, so the caller may use `re` again.
 */
export function matchesOf(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global regex: ${re}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // Past an empty match, by a code point under the u or v flag (as matchAll steps).
    if (!m[0]) re.lastIndex += /[uv]/.test(re.flags) && isPair(text, re.lastIndex) ? 2 : 1;
  }
  return out;
}

function isPair(text: string, i: number): boolean {
  const hi = text.charCodeAt(i);
  const lo = text.charCodeAt(i + 1);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}
