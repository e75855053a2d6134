import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { extractDocument } from '../extract/extract.js';
import { IngestError } from '../ingest/errors.js';
import { ingestFile } from '../ingest/ingest.js';
import type { Clause, PolicyDocument } from '../types.js';

export interface FileResult {
  file: string;
  docs: PolicyDocument[];
  clauses: Clause[];
  /** One line: "file.pdf: encrypted PDF (password required)". */
  error?: string;
}

export function errorLine(file: string, e: unknown): string {
  if (e instanceof IngestError) return e.message;
  const msg = String((e as Error)?.message ?? e).split('\n')[0];
  return `${basename(file)}: unexpected error (${msg})`;
}

/** Ingest and extract one file; never throws. */
export async function processFile(file: string): Promise<FileResult> {
  try {
    const docs = await ingestFile(file);
    if (docs.length === 0) return { file, docs, clauses: [], error: `${basename(file)}: no text after cleaning` };
    return { file, docs, clauses: docs.flatMap((d) => extractDocument(d)) };
  } catch (e) {
    return { file, docs: [], clauses: [], error: errorLine(file, e) };
  }
}

export interface BatchOptions {
  workers?: number;
  onResult?: (r: FileResult, done: number, total: number) => void;
}

/** Process files in parallel worker threads; results come back in input order. */
export async function processFiles(files: string[], opts: BatchOptions = {}): Promise<FileResult[]> {
  const results: FileResult[] = new Array(files.length);
  let done = 0;
  const finish = (i: number, r: FileResult) => {
    results[i] = r;
    done++;
    opts.onResult?.(r, done, files.length);
  };
  const workerFile = fileURLToPath(new URL('./worker.js', import.meta.url));
  const n = Math.min(opts.workers ?? Math.max(1, availableParallelism() - 0), files.length);
  if (n <= 1 || !existsSync(workerFile)) {
    for (let i = 0; i < files.length; i++) finish(i, await processFile(files[i]));
    return results;
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, () => new Promise<void>((resolveAll, reject) => {
      const w = new Worker(workerFile);
      let current = -1;
      const feed = () => {
        if (next >= files.length) {
          void w.terminate();
          resolveAll();
          return;
        }
        current = next++;
        w.postMessage(files[current]);
      };
      w.on('message', (r: FileResult) => {
        finish(current, r);
        feed();
      });
      w.on('error', (e) => {
        // A crash in a worker loses only its current file; the batch goes on in this thread.
        if (current >= 0 && !results[current]) finish(current, { file: files[current], docs: [], clauses: [], error: errorLine(files[current], e) });
        (async () => {
          while (next < files.length) {
            const i = next++;
            finish(i, await processFile(files[i]));
          }
        })().then(resolveAll, reject);
      });
      feed();
    })),
  );
  return results;
}
