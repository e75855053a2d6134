/**
 * npm run bench: speed and memory figures, printed (never asserted in unit tests).
 *   ingest throughput (chars/s) for TXT and PDF; extraction throughput on clean text against jieba
 *   segmentation of the same text; index build time, peak memory and query latency p50/p95 at
 *   10k / 100k / 1M synthesised clauses (each size in its own process so its peak RSS is its own).
 * Options: --sizes 10000,100000,1000000  --queries 200
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nodejieba from 'nodejieba';
import { cleanText } from '../ingest/clean.js';
import { ingestFile } from '../ingest/ingest.js';
import { extractDocument, extractValues } from '../extract/extract.js';
import { expandInputs } from '../run/files.js';
import { PolicyIndex, updateIndex } from '../index/policy-index.js';
import { answer } from '../query/answer.js';
import { thesaurus } from '../query/concepts/thesaurus.js';
import type { Clause } from '../types.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

function timeIt(minMs: number, f: () => void): { perRun: number; runs: number } {
  let runs = 0;
  const t0 = performance.now();
  do {
    f();
    runs++;
  } while (performance.now() - t0 < minMs);
  return { perRun: (performance.now() - t0) / runs / 1000, runs };
}

async function corpusClauses(): Promise<Clause[]> {
  const out: Clause[] = [];
  for (const f of expandInputs([join(root, 'corpus')]).files) {
    try {
      out.push(...(await ingestFile(f)).flatMap(extractDocument));
    } catch {
      // the corpus holds only good files
    }
  }
  return out;
}

async function ingestBench(): Promise<void> {
  const txt = expandInputs([join(root, 'corpus')]).files.filter((f) => f.endsWith('.txt'));
  const pdf = expandInputs([join(root, 'corpus')]).files.filter((f) => f.endsWith('.pdf'));
  for (const [label, files] of [
    ['TXT', txt],
    ['PDF', pdf],
  ] as const) {
    let chars = 0;
    const t0 = performance.now();
    let rounds = 0;
    do {
      for (const f of files) chars += (await ingestFile(f)).reduce((n, d) => n + d.text.length, 0);
      rounds++;
    } while (performance.now() - t0 < 3000);
    const s = (performance.now() - t0) / 1000;
    console.log(`ingest ${label.padEnd(4)} ${fmt(chars / s).padStart(12)} chars/s  (${files.length} file(s) × ${rounds} rounds)`);
  }
}

async function extractBench(): Promise<void> {
  const text = expandInputs([join(root, 'corpus')])
    .files.filter((f) => f.endsWith('.txt') && /^\d{3}_/.test(f.split('/').pop()!))
    .map((f) => cleanText(readFileSync(f, 'utf8')).clean.text)
    .join('\n');
  const paragraphs = text.split('\n');
  const ex = timeIt(3000, () => {
    for (const p of paragraphs) extractValues(p, '2021-10-14');
  });
  const docs = (await Promise.all(expandInputs([join(root, 'corpus')]).files.filter((f) => /\/\d{3}_/.test(f)).map((f) => ingestFile(f)))).flat();
  const full = timeIt(3000, () => {
    for (const d of docs) extractDocument(d);
  });
  const docChars = docs.reduce((n, d) => n + d.text.length, 0);
  const jb = timeIt(3000, () => {
    for (const p of paragraphs) nodejieba.cut(p, true);
  });
  const exRate = text.length / ex.perRun;
  const jbRate = text.length / jb.perRun;
  console.log(`extract values   ${fmt(exRate).padStart(12)} chars/s on one core (${fmt(text.length)} chars of clean seed text)`);
  console.log(`extract clauses  ${fmt(docChars / full.perRun).padStart(12)} chars/s on one core (segmentation into clauses + all values + topics)`);
  console.log(`jieba cut        ${fmt(jbRate).padStart(12)} chars/s on the same text  → extraction is ${(jbRate / exRate).toFixed(2)}× jieba's time (target ≤ 3×; ≥ 1,000,000 chars/s)`);
  console.log(`peak RSS so far  ${mb(process.resourceUsage().maxRSS)}`);
}

const REGIONS = ['渝北区', '綦江区', '黔江区', '江北区', '南岸区', '沙坪坝区', '九龙坡区', '涪陵区', '万州区', '永川区', '合川区', '璧山区', '铜梁区', '大足区', '荣昌区', '长寿区', '江津区', '巴南区', '北碚区', '潼南区', '海淀区', '朝阳区', '浦东新区', '南山区', '余杭区', '武侯区', '天河区', '江宁区', '昆山市', '顺德区'];
const UNITS = ['区经济信息委', '区财政局', '区科技局', '区发展改革委', '区商务委', '区大数据发展局', '区人力社保局', '区规划自然资源局'];

/** n clauses made from real ones: regions, amounts and units swapped, text changed to match. */
function synthesise(base: Clause[], n: number): Clause[] {
  const out: Clause[] = [];
  let seed = 12345;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let i = 0; i < n; i++) {
    const c = base[i % base.length];
    const region = REGIONS[Math.floor(rnd() * REGIONS.length)];
    const k = 1 + Math.floor(rnd() * 9);
    const text = c.text.replace(/(\d+(?:\.\d+)?)(万|亿)?元/g, (_, num, mag) => `${+(Number(num) * k).toFixed(2)}${mag ?? ''}元`).replace(/渝北区|綦江区|黔江区|重庆市/g, region) + `（${region}第${i}条）`;
    out.push({
      ...c,
      id: `${i.toString(16).padStart(16, '0')}`,
      source: `synthetic-${region}-${Math.floor(i / 200)}.txt`,
      docId: `synthetic#${Math.floor(i / 200)}`,
      region,
      text,
      amounts: c.amounts.map((a) => ({ ...a, yuan: a.yuan * k })),
      units: c.units.map((u) => (rnd() < 0.3 ? UNITS[Math.floor(rnd() * UNITS.length)] : u)),
    });
  }
  return out;
}

const QUESTIONS = ['哪些区县补贴智能工厂，补贴多少？', '研发投入补贴比例是多少？', '绿色工厂奖励多少？', '企业上云补助最高多少？', '首台套保费补贴', '院士工作站奖励', '技改扩能项目补助比例', '工业设计中心奖励标准',
  // paraphrases: concept expansion (技术改造 ⊃ 技改…, 升规 ≡ 上规), a city for its districts
  '企业技术改造项目按什么比例补助', '企业上规奖励', '重庆各区县数字化车间奖励多少', '战新企业营收突破奖励'];

/** One size, in a child process: build, then query. Prints one JSON line. */
async function child(size: number, queries: number): Promise<void> {
  const base = (await corpusClauses()).filter((c) => c.text.length > 20);
  const clauses = synthesise(base, size);
  const dir = mkdtempSync(join(tmpdir(), 'pclause-bench-'));
  try {
    const t0 = performance.now();
    await updateIndex(dir, clauses, { lexicon: thesaurus().lexicon() });
    const buildS = (performance.now() - t0) / 1000;
    const buildRss = process.resourceUsage().maxRSS;
    const index = await PolicyIndex.open(dir);
    // Baseline in the same run: the same questions without concept expansion (the question's own words).
    const lat: number[] = [];
    const plain: number[] = [];
    for (let i = 0; i < queries; i++) {
      const q = QUESTIONS[i % QUESTIONS.length];
      const opts = i % 3 === 0 ? { regions: [REGIONS[i % REGIONS.length]] } : {};
      let t = performance.now();
      await answer(index, q, opts);
      lat.push(performance.now() - t);
      t = performance.now();
      await answer(index, q, { ...opts, expand: false });
      plain.push(performance.now() - t);
    }
    index.close();
    const p = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
    console.log(JSON.stringify({ size, buildS, buildRss, p50: p(lat, 0.5), p95: p(lat, 0.95), plainP50: p(plain, 0.5), plainP95: p(plain, 0.95), peakRss: process.resourceUsage().maxRSS }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (args[0] === '--child') return child(Number(args[1]), Number(args[2]));
  console.log(`policy-clauses bench — node ${process.version}, ${new Date().toISOString()}\n`);
  await ingestBench();
  await extractBench();
  const sizes = opt('--sizes', '10000,100000,1000000').split(',').map(Number);
  const queries = Number(opt('--queries', '200'));
  console.log(`\nindex (offline embedder: TF-IDF + concept features + PPMI word vectors, one core) and query latency over ${queries} questions`);
  console.log('(with concept expansion; in brackets the same questions without it, measured in the same run):');
  console.log('   clauses    build      peak RSS    query p50   query p95   (plain p50 / p95)');
  for (const size of sizes) {
    const r = spawnSync(process.execPath, ['--max-old-space-size=6144', fileURLToPath(import.meta.url), '--child', String(size), String(queries)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    const line = r.stdout.trim().split('\n').pop() ?? '';
    try {
      const j = JSON.parse(line);
      console.log(`${fmt(j.size).padStart(10)} ${j.buildS.toFixed(1).padStart(7)} s ${mb(j.peakRss).padStart(12)} ${j.p50.toFixed(1).padStart(9)} ms ${j.p95.toFixed(1).padStart(9)} ms   (${j.plainP50.toFixed(1)} / ${j.plainP95.toFixed(1)} ms)`);
    } catch {
      console.log(`${fmt(size).padStart(10)}  failed: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' | ')}`);
    }
  }
  console.log('\ntargets: p50 < 50 ms at 1M clauses; 1M build < 10 min on one core; memory < 4 GB');
}

main().catch((e) => {
  console.error(`bench failed: ${(e as Error).message}`);
  process.exit(1);
});
