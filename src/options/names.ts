/** Edit distance over characters (Chinese names are short: a plain DP is enough). */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length];
}

/** The known names closest to a mistyped one: shared prefix or containment first, then edit distance. */
export function nearest(name: string, known: string[], n = 3): string[] {
  const scored = known.map((k) => {
    const contains = k.includes(name) || name.includes(k) ? -1 : 0;
    let prefix = 0;
    while (prefix < Math.min(k.length, name.length) && k[prefix] === name[prefix]) prefix++;
    return { k, d: editDistance(name, k), contains, s: editDistance(name, k) + contains - prefix * 0.5 };
  });
  // A near name is one edit away per two characters typed, or one containing the other (上规 ⊂ 上规升级).
  const limit = Math.max(1, Math.floor([...name].length / 2));
  return scored
    .filter((x) => x.contains || x.d <= limit)
    .sort((a, b) => a.s - b.s || a.k.localeCompare(b.k))
    .slice(0, n)
    .map((x) => x.k);
}

/** "did you mean X or Y? " when there is a near name, else nothing. */
export function didYouMean(name: string, known: string[]): string {
  const near = nearest(name, known);
  return near.length ? `did you mean ${near.join(' or ')}? ` : '';
}
