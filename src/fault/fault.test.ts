/**
 * The fault suite: about a hundred malformed inputs generated here, and crash / disk-full /
 * concurrent-writer scenarios run against the built CLI (dist/, made by `npm test`'s pretest).
 * Each case states its expected outcome: a one-line message naming the file, no run past its limit,
 * the rest of the batch processed, and after every crash an index that answers exactly as before the
 * interrupted write or as after it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PolicyIndex } from '../index/policy-index.js';
import { writeBadInputs, type BadInput } from './inputs.js';

const CLI = resolve('dist/cli.js');
const root = mkdtempSync(join(tmpdir(), 'pclause-fault-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function cli(args: string[], env: Record<string, string> = {}, killAfterMs?: number): Promise<Run> {
  return new Promise((done) => {
    const t0 = Date.now();
    const p = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    const timer = killAfterMs !== undefined ? setTimeout(() => p.kill('SIGKILL'), killAfterMs) : undefined;
    p.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout, stderr, ms: Date.now() - t0 });
    });
  });
}

/** What an index answers (clause count, ranked ids of a few questions by vectors and by BM25), or why it cannot. */
async function answers(dir: string): Promise<string> {
  let index: PolicyIndex;
  try {
    index = await PolicyIndex.open(dir);
  } catch (e) {
    return `unusable: ${(e as Error).message}`;
  }
  try {
    const out = [String(index.store.count())];
    for (const q of ['智能工厂 补贴', '研发投入 奖励', '人才 引进', '绿色 低碳']) {
      for (const mode of ['vector', 'bm25'] as const) out.push((await index.search(q, { k: 5, mode })).map((h) => h.clause.id).join(','));
    }
    return out.join('|');
  } finally {
    index.close();
  }
}

const noStack = (s: string) => !/^\s+at .+:\d+/m.test(s) && !/Maximum call stack/.test(s);

describe('fault suite: malformed inputs', () => {
  let inputs: BadInput[];
  let run: Run;
  let summary: { files: number; clauses: number; failures: string[]; warnings: string[] };
  let output: string;
  const TIMEOUT_S = 8;

  beforeAll(async () => {
    const dir = join(root, 'bad');
    inputs = await writeBadInputs(dir, resolve('corpus'), { maxFileMb: 2 });
    run = await cli(['extract', dir, '--out', join(root, 'bad.jsonl'), '--json', '--workers', '2', '--timeout', String(TIMEOUT_S), '--max-file-mb', '2', '--max-memory-mb', '256']);
    summary = JSON.parse(run.stderr.split('\n').find((l) => l.startsWith('{'))!);
    output = existsSync(join(root, 'bad.jsonl')) ? readFileSync(join(root, 'bad.jsonl'), 'utf8') : '';
  }, 240_000);

  it('generates at least 100 malformed inputs', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(100);
  });

  it('the batch ends (no hang past the per-file limits), exits 1, and prints no stack trace', () => {
    expect(run.signal).toBeNull();
    expect(run.code).toBe(1);
    expect(noStack(run.stderr)).toBe(true);
    // Two workers, each file bounded by the time limit: the batch cannot take longer than this.
    expect(run.ms).toBeLessThan(((inputs.length * TIMEOUT_S) / 2 + 30) * 1000);
  });

  it('every input expected to fail is named by exactly one one-line failure; every failure names a file', () => {
    for (const f of inputs.filter((i) => i.expect === 'fail')) {
      const lines = f.name.includes('\ufffd') ? summary.failures.filter((l) => l.includes('not valid UTF-8')) : summary.failures.filter((l) => l.includes(`${f.name}:`));
      expect(lines, f.name).toHaveLength(1);
    }
    for (const l of summary.failures) {
      expect(l).not.toContain('\n');
      expect(inputs.some((i) => l.includes(i.name.replace(/\ufffd.*$/, ''))), l).toBe(true);
      expect(noStack(l)).toBe(true);
    }
  });

  it('limits are reported with the limit hit', () => {
    expect(summary.failures.find((l) => l.includes('oversize.txt'))).toMatch(/over the size limit \(2\.5 MB > 2 MB; raise with --max-file-mb\)/);
    for (const l of summary.failures.filter((x) => /over the (time|memory) limit/.test(x))) expect(l).toMatch(/\((\d+ s; raise with --timeout|256 MB; raise with --max-memory-mb)\)$/);
  });

  it('the rest of the batch is processed: the good file and the readable damaged ones give clauses', () => {
    const sources = new Set(output.split('\n').filter(Boolean).map((l) => JSON.parse(l).source));
    expect(sources.has('good.txt')).toBe(true);
    expect(sources.size).toBeGreaterThan(20);
    expect(summary.clauses).toBeGreaterThan(0);
  });

  it('doubtful decodings are warned about, naming the file', () => {
    expect(summary.warnings.some((w) => /^utf8-flips-\d+\.txt: \d+ invalid UTF-8 byte\(s\) replaced by U\+FFFD at byte offset\(s\) \d+/.test(w))).toBe(true);
    expect(summary.warnings.some((w) => /^mixed-utf8-gbk\.txt: mixed encodings/.test(w))).toBe(true);
  });
});

describe('fault suite: crashes, full disks and concurrent writers', () => {
  let a: string;
  let ab: string;
  let before: string;
  let after: string;
  let afterRebuild: string;
  let n = 0;

  /** A fresh index holding source A only. */
  const base = () => {
    const dir = join(root, `idx-${n++}`);
    const r = spawnSync(process.execPath, [CLI, 'index', a, '--index', dir]);
    expect(r.status).toBe(0);
    return dir;
  };

  beforeAll(async () => {
    a = join(root, 'a.jsonl');
    ab = join(root, 'b.jsonl');
    expect((await cli(['extract', 'corpus/004_ad92c2df140a72a5.txt', '--out', a])).code).toBe(0);
    expect((await cli(['extract', 'corpus/000_1783c25a94a31d5b.txt', 'corpus/003_8734aef2fc347d61.txt', '--out', ab])).code).toBe(0);
    const ref = base();
    before = await answers(ref);
    expect((await cli(['index', a, ab, '--index', ref])).code).toBe(0);
    after = await answers(ref);
    const full = join(root, 'full');
    expect((await cli(['index', a, ab, '--index', full])).code).toBe(0);
    afterRebuild = await answers(full);
    expect(before).not.toEqual(after);
  }, 120_000);

  it.each([
    ['after-segment', {}, 'before'],
    ['after-graph', { PCLAUSE_TAIL_MAX: '1' }, 'before'],
    ['before-commit', {}, 'before'],
    ['after-commit', {}, 'after'],
  ] as const)('an incremental writer killed at %s leaves the index as %s the write; the next writer takes over its lock', async (point, env, expected) => {
    const dir = base();
    const r = await cli(['index', a, ab, '--index', dir], { ...env, PCLAUSE_CRASH_AT: point });
    expect(r.signal).toBe('SIGKILL');
    expect(await answers(dir)).toEqual(expected === 'before' ? before : after);
    const again = await cli(['index', a, ab, '--index', dir]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/note: took over the lock of pid \d+/);
    expect(await answers(dir)).toEqual(after);
    expect((await cli(['index', '--check', '--index', dir])).code).toBe(0);
  });

  it.each([
    ['before-commit', 'before'],
    ['before-current', 'before'],
    ['after-current', 'after'],
  ] as const)('a rebuild killed at %s leaves the old generation or the new one, never neither', async (point, expected) => {
    const dir = base();
    const r = await cli(['index', a, ab, '--index', dir, '--rebuild'], { PCLAUSE_CRASH_AT: point });
    expect(r.signal).toBe('SIGKILL');
    expect(await answers(dir)).toEqual(expected === 'before' ? before : afterRebuild);
    expect((await cli(['index', a, ab, '--index', dir, '--rebuild'])).code).toBe(0);
    expect(await answers(dir)).toEqual(afterRebuild);
  });

  it.each([300, 800, 1300])('a writer killed at a random moment (%i ms) leaves the index as before or after', async (ms) => {
    const dir = base();
    await cli(['index', a, ab, '--index', dir], {}, ms);
    expect([before, after]).toContain(await answers(dir));
  });

  it.each(['segment', 'commit', 'output'])('a full disk at the %s write exits 1 with one line naming the file; the index answers as before', async (point) => {
    const dir = base();
    const args = point === 'output' ? ['extract', 'corpus/004_ad92c2df140a72a5.txt', '--out', join(root, 'x', 'c.jsonl')] : ['index', a, ab, '--index', dir];
    const r = await cli(args, { PCLAUSE_FAIL_WRITE: point });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^error: cannot write .*(seg-.*\.vec|clauses\.sqlite|c\.jsonl): no space left on device \(ENOSPC\)/)]);
    expect(await answers(dir)).toEqual(before);
  });

  it.each([
    ['two incremental writers', ['index', 'A+B'], ['index', 'A+B']],
    ['a rebuild racing an incremental writer', ['index', 'A+B', '--rebuild'], ['index', 'A+B']],
  ])('%s at once: each succeeds or is refused with one line naming the holder; the index ends as one of them left it', async (_, x, y) => {
    const dir = base();
    const args = (v: string[]) => v.flatMap((s) => (s === 'A+B' ? [a, ab] : [s])).concat(['--index', dir]);
    const [r1, r2] = await Promise.all([cli(args(x)), cli(args(y))]);
    for (const r of [r1, r2]) {
      if (r.code !== 0) expect(r.stderr.trim()).toMatch(/^error: the index in .* is being written by pid \d+ on .*; try again when it has finished$/);
    }
    expect(r1.code === 0 || r2.code === 0).toBe(true);
    expect([after, afterRebuild]).toContain(await answers(dir));
    expect((await cli(['index', '--check', '--index', dir])).code).toBe(0);
  });

  it('a missing vectors segment is reported at query time with the --check and repair hints', async () => {
    const dir = base();
    const gen = readFileSync(join(dir, 'CURRENT'), 'utf8').trim();
    const seg = readdirSync(join(dir, gen)).find((f) => f.endsWith('.vec'))!;
    rmSync(join(dir, gen, seg));
    const q = await cli(['query', '智能工厂', '--index', dir]);
    expect(q.code).toBe(1);
    expect(q.stderr.trim()).toMatch(/^error: the index in .* is damaged: vectors segment .* is missing; check with "pclause index --check --index .*", repair with "pclause index --repair/);
    const c = await cli(['index', '--check', '--index', dir]);
    expect(c.code).toBe(1);
    expect(c.stdout).toMatch(/repair: pclause index --repair --index/);
    expect((await cli(['index', '--repair', '--index', dir])).code).toBe(0);
    expect(await answers(dir)).toEqual(before);
  });
});
