/**
 * Synthetic corpora for the bench, made from the real texts in corpus/ and eval/national/dev: numbers,
 * regions and units varied so a million clauses are not a million copies. Written to /tmp, never committed.
 *   node dist/bench/synth.js notices <dir> <n>       n notice files (.txt, about 200 clauses each)
 *   node dist/bench/synth.js clauses <file> <n>      n clauses as JSONL (streamed: any n fits in memory)
 */
import { closeSync, mkdirSync, openSync, readFileSync, readdirSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestFile } from '../ingest/ingest.js';
import { extractDocument } from '../extract/extract.js';
import { expandInputs } from '../run/files.js';
import type { Clause } from '../types.js';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export const REGIONS = ['渝北区', '綦江区', '黔江区', '江北区', '南岸区', '沙坪坝区', '九龙坡区', '涪陵区', '万州区', '永川区', '合川区', '璧山区', '铜梁区', '大足区', '荣昌区', '长寿区', '江津区', '巴南区', '北碚区', '潼南区', '海淀区', '朝阳区', '浦东新区', '南山区', '余杭区', '武侯区', '天河区', '江宁区', '昆山市', '顺德区'];
const UNITS = ['区经济信息委', '区财政局', '区科技局', '区发展改革委', '区商务委', '区大数据发展局', '区人力社保局', '区规划自然资源局'];
/** Region names the real texts use, replaced by the synthetic notice's region. */
const REAL_PLACES = /渝北区|綦江区|黔江区|重庆市|嵊州市|温岭市|双流区|武侯区|天门市|仙桃市|濮阳县|光明区|楚雄州|澜沧县|寿光市|烟台市|长春市|吉林市|呼和浩特市|兴安盟/g;

/** A deterministic random source (the same corpus every run). */
export function rng(seed = 12345): () => number {
  let s = seed;
  // Math.imul: a plain product passes 2^53 and loses its low bits, which shortens the cycle to about 1,400.
  return () => (s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
}

/** The real clauses of corpus/ (longer than 20 characters), as the bench's base. */
export async function corpusClauses(): Promise<Clause[]> {
  const out: Clause[] = [];
  for (const f of expandInputs([join(root, 'corpus')]).files) {
    try {
      for (const c of (await ingestFile(f)).flatMap(extractDocument)) out.push(c);
    } catch {
      // the corpus holds only good files
    }
  }
  return out.filter((c) => c.text.length > 20);
}

/** n clauses made from real ones, one at a time: regions, amounts and units swapped, text changed to match. */
export function* synthesise(base: Clause[], n: number, seed = 12345, from = 0): Generator<Clause> {
  const rnd = rng(seed);
  for (let i = from; i < from + n; i++) {
    const c = base[i % base.length];
    const region = REGIONS[Math.floor(rnd() * REGIONS.length)];
    const k = 1 + Math.floor(rnd() * 9);
    const text = c.text.replace(/(\d+(?:\.\d+)?)(万|亿)?元/g, (_, num, mag) => `${+(Number(num) * k).toFixed(2)}${mag ?? ''}元`).replace(/渝北区|綦江区|黔江区|重庆市/g, region) + `（${region}第${i}条）`;
    yield {
      ...c,
      id: `${i.toString(16).padStart(16, '0')}`,
      source: `synthetic-${region}-${Math.floor(i / 200)}.txt`,
      sourcePath: `/synthetic/${Math.floor(i / 200)}.txt`,
      docId: `synthetic#${Math.floor(i / 200)}`,
      region,
      text,
      amounts: c.amounts.map((a) => ({ ...a, yuan: a.yuan * k })),
      units: c.units.map((u) => (rnd() < 0.3 ? UNITS[Math.floor(rnd() * UNITS.length)] : u)),
    };
  }
}

/** The plain-text notices of corpus/ and eval/national/dev that synthetic notices are varied from. */
function baseTexts(): string[] {
  const files = [
    ...readdirSync(join(root, 'corpus')).filter((f) => /^\d{3}_.*\.txt$/.test(f)).map((f) => join(root, 'corpus', f)),
    ...readdirSync(join(root, 'eval/national/dev')).filter((f) => f.endsWith('.txt')).map((f) => join(root, 'eval/national/dev', f)),
  ];
  return files.map((f) => readFileSync(f, 'utf8'));
}

/** Write n notice files: each a real notice (or a few short ones joined) with its region, amounts and rates varied. */
export function synthNotices(dir: string, n: number): void {
  mkdirSync(dir, { recursive: true });
  const texts = baseTexts();
  const rnd = rng(777);
  for (let i = 0; i < n; i++) {
    const region = REGIONS[Math.floor(rnd() * REGIONS.length)];
    // A multiplier with two decimals: two notices made from the same texts still differ in their amounts.
    const k = 1 + Math.floor(rnd() * 900) / 100;
    const parts: string[] = [];
    // Short excerpts are joined until the notice is of a real notice's length.
    let len = 0;
    while (len < 10500) {
      const whole = texts[Math.floor(rnd() * texts.length)];
      // A long notice is cut at a paragraph after 12,000 characters: about 200 clauses a notice on average.
      const cut = whole.indexOf('\n', 12000);
      const t = cut > 0 ? whole.slice(0, cut) : whole;
      parts.push(t);
      len += t.length;
    }
    const text = parts
      .join('\n\n')
      .replace(REAL_PLACES, region)
      .replace(/(\d+(?:\.\d+)?)(万|亿)?元/g, (_, num, mag) => `${+(Number(num) * k).toFixed(2)}${mag ?? ''}元`)
      .replace(/(\d+(?:\.\d+)?)%/g, (_, num) => `${Math.min(100, +(Number(num) * (0.5 + k / 9)).toFixed(1))}%`)
      // and a notice number in the first line.
      .replace(/\n/, `（第${i + 1}号）\n`);
    writeFileSync(join(dir, `notice-${String(i).padStart(6, '0')}.txt`), text);
  }
}

/** Write n synthetic clauses as JSONL, buffered in chunks. */
export async function synthClauseFile(file: string, n: number, from = 0): Promise<void> {
  const base = await corpusClauses();
  const fd = openSync(file, 'w');
  try {
    let buf: string[] = [];
    for (const c of synthesise(base, n, 12345 + from, from)) {
      buf.push(JSON.stringify(c));
      if (buf.length >= 5000) {
        writeSync(fd, buf.join('\n') + '\n');
        buf = [];
      }
    }
    if (buf.length) writeSync(fd, buf.join('\n') + '\n');
  } finally {
    closeSync(fd);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [what, target, n, from] = process.argv.slice(2);
  if (what === 'notices') synthNotices(target, Number(n));
  else if (what === 'clauses') await synthClauseFile(target, Number(n), Number(from ?? 0));
  else {
    console.error('usage: synth.js notices <dir> <n> | clauses <file.jsonl> <n> [first index]');
    process.exit(2);
  }
}
