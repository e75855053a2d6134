import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processFiles } from './batch.js';

const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url));
const good = ['000_1783c25a94a31d5b.txt', '001_68c950f8ef0909af.txt', '002_9c4d576637142a84.txt', '003_8734aef2fc347d61.txt'].map((f) => join(corpus, f));
const dir = mkdtempSync(join(tmpdir(), 'pclause-batch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('processFiles in workers', () => {
  it('delivers every result in input order, with one worker or two', async () => {
    for (const workers of [1, 2]) {
      const rs = await processFiles(good, { workers, want: 'clauses' });
      expect(rs.map((r) => r.file)).toEqual(good);
      for (const r of rs) expect(r.clauses.length, r.file).toBeGreaterThan(0);
    }
  });
  it('a file over the time limit is reported; the files queued behind it in the same worker are still processed', async () => {
    // A notice repeated into megabytes: far over a three-second limit (the files after it take well under a second each).
    const slow = join(dir, 'slow.txt');
    writeFileSync(slow, readFileSync(good[0], 'utf8').repeat(600));
    const files = [slow, ...good];
    const rs = await processFiles(files, { workers: 1, timeoutSec: 3, want: 'clauses' });
    expect(rs.map((r) => r.file)).toEqual(files);
    expect(rs[0].error).toBe('slow.txt: over the time limit (3 s; raise with --timeout)');
    for (const r of rs.slice(1)) {
      expect(r.error, r.file).toBeUndefined();
      expect(r.clauses.length, r.file).toBeGreaterThan(0);
    }
  }, 60_000);
  // (A CI run on a busy machine timed out the first corpus file after the restart: the fresh worker's start-up, its
  // modules and dictionaries loading, had counted against that file's limit.)
  it('a worker’s start-up is no file’s time: a small file passes a limit shorter than the start-up (worker start-up)', async () => {
    const small = join(dir, 'small.txt');
    writeFileSync(small, '关于加快培育专精特新企业的通知\n各有关单位:\n对首次认定的企业给予30万元奖励。(牵头单位:市科技局)\n');
    const rs = await processFiles([small, small], { workers: 1, timeoutSec: 0.5, want: 'clauses' });
    for (const r of rs) {
      expect(r.error, r.file).toBeUndefined();
      expect(r.clauses.length).toBeGreaterThan(0);
    }
  }, 30_000);
});
