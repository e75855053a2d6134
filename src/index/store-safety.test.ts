import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ingestFile } from '../ingest/ingest.js';
import { extractDocument } from '../extract/extract.js';
import { PolicyIndex, updateIndex } from './policy-index.js';
import { checkIndex, repairIndex } from './check.js';
import { WriterLock } from './lock.js';
import type { Clause } from '../types.js';

let root: string;
let yubei: Clause[];
let qijiang: Clause[];
let n = 0;
const fresh = () => join(root, `i${n++}`);

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'pclause-store-'));
  yubei = (await ingestFile('corpus/004_ad92c2df140a72a5.txt')).flatMap(extractDocument);
  qijiang = (await ingestFile('corpus/000_1783c25a94a31d5b.txt')).flatMap(extractDocument);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  delete process.env.PCLAUSE_FAIL_WRITE;
});

/** What an index answers: the ranked clause ids of a few questions in each mode. */
async function answers(dir: string): Promise<string> {
  const index = await PolicyIndex.open(dir);
  try {
    const out: string[] = [String(index.store.count())];
    for (const q of ['智能工厂 补贴', '研发投入 奖励', '人才']) {
      for (const mode of ['vector', 'bm25'] as const) out.push((await index.search(q, { k: 5, mode })).map((h) => h.clause.id).join(','));
    }
    return out.join('|');
  } finally {
    index.close();
  }
}

const segs = (dir: string) => {
  const gen = readFileSync(join(dir, 'CURRENT'), 'utf8').trim();
  return readdirSync(join(dir, gen)).filter((f) => f.endsWith('.vec')).map((f) => join(dir, gen, f));
};

describe('index store: commit point, segments, checks', () => {
  it('CURRENT names a generation; adding clauses appends a segment without rewriting the graph', async () => {
    const dir = fresh();
    const first = await updateIndex(dir, yubei);
    expect(first).toMatchObject({ generation: 'gen-000001', graphRewritten: true });
    expect(readFileSync(join(dir, 'CURRENT'), 'utf8')).toBe('gen-000001\n');
    const second = await updateIndex(dir, [...yubei, ...qijiang]);
    expect(second).toMatchObject({ generation: 'gen-000001', graphRewritten: false, clausesAdded: qijiang.length });
    expect(segs(dir)).toHaveLength(2);
    // A clause only in the appended segment is found by vector search.
    const index = await PolicyIndex.open(dir);
    try {
      const target = qijiang.find((c) => c.text.includes('智能工厂'))!;
      const hits = await index.search(target.text, { k: 3, mode: 'vector' });
      expect(hits[0].clause.id).toBe(target.id);
    } finally {
      index.close();
    }
    expect(checkIndex(dir)).toMatchObject({ ok: true, clauses: yubei.length + qijiang.length, vectors: yubei.length + qijiang.length, segments: 2 });
  });

  it('a replaced source leaves no live vector behind, in the tail or after the graph is rewritten', async () => {
    const dir = fresh();
    await updateIndex(dir, yubei);
    await updateIndex(dir, [...yubei, ...qijiang]);
    const changed = qijiang.map((c, i) => (i === 3 ? { ...c, id: 'eeeeeeeeeeeeeeee', text: `${c.text}（修订）` } : c));
    const r = await updateIndex(dir, [...yubei, ...changed]);
    expect(r).toMatchObject({ replaced: 1, clausesRemoved: qijiang.length, graphRewritten: false });
    const before = await answers(dir);
    expect(before).not.toContain(qijiang[3].id);
    const r2 = await updateIndex(dir, [...yubei, ...changed.map((c, i) => (i === 0 ? { ...c, id: 'dddddddddddddddd' } : c))], { tailMax: 1 });
    expect(r2.graphRewritten).toBe(true);
    expect(checkIndex(dir)).toMatchObject({ ok: true, vectors: yubei.length + qijiang.length });
  });

  it('identical sources: the same text under another path is stored once and reported', async () => {
    const dir = fresh();
    const a = yubei.map((c) => ({ ...c, sourcePath: '/data/a/通知.txt', source: '通知.txt' }));
    const b = yubei.map((c) => ({ ...c, sourcePath: '/data/b/通知.txt', source: '通知.txt' }));
    const q = qijiang.map((c) => ({ ...c, sourcePath: '/data/b/其他.txt' }));
    const r = await updateIndex(dir, [...a, ...b, ...q]);
    expect(r.duplicates).toEqual([{ source: '/data/b/通知.txt', sameAs: '/data/a/通知.txt' }]);
    expect(r.total).toBe(yubei.length + qijiang.length);
    // Equal names in different folders with different text stay distinct.
    const other = qijiang.map((c) => ({ ...c, id: `x${c.id}`, text: `${c.text}。`, sourcePath: '/data/c/通知.txt', source: '通知.txt' }));
    const r2 = await updateIndex(dir, [...a, ...q, ...other]);
    expect(r2).toMatchObject({ added: 1, unchanged: 2, total: yubei.length + 2 * qijiang.length });
  });

  it('a second writer is refused with one line naming the holder; a dead holder\'s lock is taken over', async () => {
    const dir = fresh();
    await updateIndex(dir, yubei);
    const lock = WriterLock.acquire(dir);
    try {
      await expect(updateIndex(dir, [...yubei, ...qijiang])).rejects.toThrow(new RegExp(`^the index in .* is being written by pid ${process.pid} on ${hostname()} \\(index, since .*\\); try again when it has finished$`));
    } finally {
      lock.release();
    }
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    writeFileSync(join(dir, 'LOCK'), JSON.stringify({ pid: Number(dead), host: hostname(), started: '2020-01-01T00:00:00Z', command: 'index' }));
    const r = await updateIndex(dir, [...yubei, ...qijiang]);
    expect(r.tookOverLock?.pid).toBe(Number(dead));
    expect(existsSync(join(dir, 'LOCK'))).toBe(false);
  });

  /**
   * A second process that takes the index's OS lock (LOCK.db, as a writer does), says so on stdout, then runs `then`
   * (JavaScript with `db` in scope): resolves with the child once it holds the lock.
   */
  const holdOsLock = async (dir: string, then: string) => {
    const holder = `
      const Database = require('better-sqlite3');
      const { writeFileSync } = require('node:fs');
      const db = new Database(${JSON.stringify(join(dir, 'LOCK.db'))}, { timeout: 0 });
      db.pragma('journal_mode = DELETE');
      db.exec('BEGIN EXCLUSIVE');
      process.stdout.write('locked\\n');
      ${then}`;
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, ['-e', holder], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((res) => child.stdout!.once('data', () => res()));
    return child;
  };

  it('a writer refused in the moment between the holder taking the OS lock and naming itself still names it (race_lock_holder)', async () => {
    const dir = fresh();
    await updateIndex(dir, yubei);
    // The holder names itself in LOCK 150 ms after taking the OS lock (as a slow writer would).
    const child = await holdOsLock(dir, `
      setTimeout(() => writeFileSync(${JSON.stringify(join(dir, 'LOCK'))}, JSON.stringify({ pid: process.pid, host: require('node:os').hostname(), started: new Date().toISOString(), command: 'index' })), 150);
      setTimeout(() => process.exit(0), 3000);`);
    try {
      expect(() => WriterLock.acquire(dir)).toThrow(new RegExp(`being written by pid ${child.pid} on `));
    } finally {
      child.kill();
    }
  });

  it('a writer refused in the moment a holder finishes (LOCK already removed) takes the lock when it is freed (race_lock_holder)', async () => {
    const dir = fresh();
    await updateIndex(dir, yubei);
    // The holder never names itself and lets the OS lock go 150 ms later (a quick writer that finished).
    const child = await holdOsLock(dir, `
      setTimeout(() => { db.exec('ROLLBACK'); db.close(); setTimeout(() => process.exit(0), 3000); }, 150);`);
    try {
      const lock = WriterLock.acquire(dir);
      lock.release();
    } finally {
      child.kill();
    }
  });

  it('missing, truncated or altered vectors are found at open and by --check, and --repair restores the answers', async () => {
    const dir = fresh();
    await updateIndex(dir, yubei);
    await updateIndex(dir, [...yubei, ...qijiang]);
    const good = await answers(dir);
    const [, tail] = segs(dir).sort();
    const bytes = readFileSync(tail);
    truncateSync(tail, bytes.length - 100);
    await expect(PolicyIndex.open(dir)).rejects.toThrow(/is damaged: vectors segment .*seg-.*\.vec has \d+ bytes, \d+ committed \(truncated\); check with "pclause index --check/);
    expect(checkIndex(dir)).toMatchObject({ ok: false, problems: [expect.stringMatching(/seg-.*truncated/), expect.stringMatching(/clause row\(s\) without a vector/)], repair: `pclause index --repair --index ${dir}` });
    const flipped = Buffer.from(bytes);
    flipped[bytes.length - 5] ^= 0xff;
    writeFileSync(tail, flipped);
    expect(checkIndex(dir).problems).toEqual([expect.stringMatching(/checksum mismatch/), expect.stringMatching(/without a vector/)]);
    rmSync(tail);
    await expect(PolicyIndex.open(dir)).rejects.toThrow(/vectors segment .* is missing/);
    await repairIndex(dir);
    expect(checkIndex(dir).ok).toBe(true);
    // Repair re-fits the TF-IDF weights on every stored clause: it answers as a fresh build of them does.
    const ref = fresh();
    await updateIndex(ref, [...yubei, ...qijiang]);
    expect(await answers(dir)).toEqual(await answers(ref));
    expect((await answers(dir)).split('|')[0]).toBe(good.split('|')[0]);
  });

  it.each(['segment', 'graph', 'commit', 'current'])('a full disk at the %s write fails naming the file and leaves the index answering as before', async (point) => {
    const dir = fresh();
    await updateIndex(dir, yubei);
    const before = await answers(dir);
    process.env.PCLAUSE_FAIL_WRITE = point;
    // 'current' is only written by a rebuild; 'graph' by a rewrite (tailMax 0).
    const opts = point === 'current' ? { rebuild: true } : point === 'graph' ? { tailMax: 0 } : {};
    await expect(updateIndex(dir, [...yubei, ...qijiang], opts)).rejects.toThrow(/^cannot write .*(seg-.*\.vec|ivf-.*\.ivf|clauses\.sqlite|CURRENT): no space left on device \(ENOSPC\); the index in .* is unchanged$/);
    delete process.env.PCLAUSE_FAIL_WRITE;
    expect(await answers(dir)).toEqual(before);
    expect(checkIndex(dir)).toMatchObject({ ok: true, problems: [] });
    // And the next write goes through.
    expect((await updateIndex(dir, [...yubei, ...qijiang])).total).toBe(yubei.length + qijiang.length);
  });
});
