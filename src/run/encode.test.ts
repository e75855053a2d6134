import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processFile, processFiles } from './batch.js';
import { encodeClauses, hasValues, ownsBuffer } from './encode.js';

const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url));
const files = ['000_1783c25a94a31d5b.txt', '002_9c4d576637142a84.txt', 'qijiang-green-gbk.txt'].map((f) => join(corpus, f));
const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe('clauses encoded as JSON lines', () => {
  it('are the lines extract --format jsonl writes, with the counts of the summary', async () => {
    const { clauses } = await processFile(files[0], 'clauses');
    expect(clauses.length).toBeGreaterThan(10);
    const e = encodeClauses(clauses);
    expect(text(e.jsonl)).toBe(clauses.map((c) => JSON.stringify(c)).join('\n') + '\n');
    expect(e.clauses).toBe(clauses.length);
    expect(e.withValues).toBe(clauses.filter(hasValues).length);
    expect(e.withValues).toBeGreaterThan(0);
  });
  it('are empty for no clauses', () => {
    const e = encodeClauses([]);
    expect([e.jsonl.length, e.clauses, e.withValues]).toEqual([0, 0, 0]);
  });
  it('are transferred only when they own their buffer', async () => {
    const { clauses } = await processFile(files[0], 'clauses');
    expect(ownsBuffer(encodeClauses(clauses).jsonl)).toBe(true); // tens of kilobytes: a buffer of its own
    expect(ownsBuffer(Buffer.from('{"a":1}\n'))).toBe(false); // a few bytes: a slice of the shared pool
  });
  it('come back from worker threads the same as clause objects do, in input order', async () => {
    const objects = await processFiles(files, { workers: 2, want: 'clauses' });
    const encoded = await processFiles(files, { workers: 2, want: 'jsonl' });
    expect(encoded.map((r) => r.file)).toEqual(files);
    for (const [i, r] of encoded.entries()) {
      expect(r.clauses).toEqual([]);
      expect(text(r.encoded!.jsonl)).toBe(text(encodeClauses(objects[i].clauses).jsonl));
    }
  });
});
