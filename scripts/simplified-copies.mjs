// Writes each national text that has traditional characters in simplified form, with a manifest, into the folder given: a reserved
// notice's copy in traditional characters passes check-sources as written (沈阳 2025, round 233), so CI checks these copies too.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import OpenCC from 'opencc-js';

const out = process.argv[2];
if (!out) {
  console.error('usage: node scripts/simplified-copies.mjs OUT_DIR');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
const rows = ['file\taddress\tissuer\tdate\tprovince\tlevel\tregion'];
for (const half of ['dev', 'test']) {
  const dir = join('eval/national', half);
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const text = readFileSync(join(dir, f), 'utf8');
    const simplified = toSimplified(text);
    if (simplified === text) continue;
    const name = `${half}-${f}`;
    writeFileSync(join(out, name), simplified);
    rows.push(`${half}/${name}\thttp://simplified-copy.invalid/${name}\t\t\t\t\t`);
  }
}
writeFileSync(join(out, 'manifest.tsv'), rows.join('\n') + '\n');
console.log(`${rows.length - 1} simplified copies in ${out}`);
