import { warningsOf } from './warnings.js';
import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { extractDocuments } from '../extract/extract.js';
import { IngestError } from '../ingest/errors.js';
import { ingestFile } from '../ingest/ingest.js';
import { applyDeclared, applyDefaults, type DeclaredMeta } from '../ingest/declared.js';
import type { Clause, PolicyDocument } from '../types.js';
import { encodeClauses, type EncodedClauses } from './encode.js';

export interface FileResult {
  file: string;
  docs: PolicyDocument[];
  clauses: Clause[];
  /** One line: "file.pdf: encrypted PDF (password required)". */
  error?: string;
  /** Read, but with a doubt worth saying (bad bytes, pages that failed). */
  warnings?: string[];
  /** With want 'jsonl': the clauses as JSON lines (then `clauses` is empty). */
  encoded?: EncodedClauses;
}

/** What a result carries back: documents, clause objects, both, or the clauses encoded as JSON lines. */
export type Want = 'docs' | 'clauses' | 'both' | 'jsonl';

/** Per-file limits: a file over one is reported with the limit it hit, and the batch goes on. */
export interface FileLimits {
  /** Seconds a file may take (default 120). */
  timeoutSec?: number;
  /** Largest input file in MB (default 64). */
  maxFileMb?: number;
  /** Heap of the worker parsing a file, in MB (default 1536). */
  maxMemoryMb?: number;
}

export const DEFAULT_LIMITS: Required<FileLimits> = { timeoutSec: 120, maxFileMb: 64, maxMemoryMb: 1536 };

export function errorLine(file: string, e: unknown): string {
  if (e instanceof IngestError) return e.message;
  const msg = String((e as Error)?.message ?? e).split('\n')[0];
  if (e instanceof RangeError && /call stack/i.test(msg)) return `${basename(file)}: structure nested too deeply to read`;
  return `${basename(file)}: unexpected error (${msg})`;
}

/** Ingest and extract one file; never throws. `want` drops what the caller does not need before it is sent back. */
export async function processFile(file: string, want: Want = 'both', limits: FileLimits = {}, stated: StatedMeta = {}): Promise<FileResult> {
  try {
    const maxMb = limits.maxFileMb ?? DEFAULT_LIMITS.maxFileMb;
    const size = statSync(file).size;
    if (size > maxMb * 1024 * 1024) return { file, docs: [], clauses: [], error: `${basename(file)}: over the size limit (${(size / 1048576).toFixed(1)} MB > ${maxMb} MB; raise with --max-file-mb)` };
    const warnings: string[] = [];
    const docs = await ingestFile(file, (w) => warnings.push(`${basename(file)}: ${w}`));
    if (docs.length === 0) return { file, docs, clauses: [], error: `${basename(file)}: no text after cleaning`, warnings };
    // A manifest row outranks the text; --region/--issuer/--date only fill what is still missing.
    if (stated.declared) warnings.push(...applyDeclared(docs, stated.declared, basename(file)));
    if (stated.defaults) warnings.push(...applyDefaults(docs, stated.defaults, basename(file)));
    const sourcePath = resolve(file);
    const clauses: Clause[] = [];
    const perDoc = extractDocuments(docs);
    for (const [i, d] of docs.entries()) {
      d.sourcePath = sourcePath;
      for (const c of perDoc[i]) {
        c.sourcePath = sourcePath;
        clauses.push(c);
      }
    }
    // Doubtful results (a document without clauses, a region not read…) are judged here, where both are at hand.
    warnings.push(...warningsOf(docs, clauses));
    const w = warnings.length ? warnings : undefined;
    if (want === 'jsonl') return { file, docs: [], clauses: [], encoded: encodeClauses(clauses), warnings: w };
    return { file, docs: want === 'clauses' ? [] : docs, clauses: want === 'docs' ? [] : clauses, warnings: w };
  } catch (e) {
    return { file, docs: [], clauses: [], error: errorLine(file, e) };
  }
}

/** Metadata stated for a file rather than read from it. */
export interface StatedMeta {
  /** Its manifest row. */
  declared?: DeclaredMeta;
  /** The batch's --region/--issuer/--date. */
  defaults?: DeclaredMeta;
}

export interface BatchOptions extends FileLimits {
  /** A manifest's row for a file (see src/run/manifest.ts). */
  declared?: (file: string) => DeclaredMeta | undefined;
  /** --region/--issuer/--date: filled in where a file's text and manifest give none. */
  defaults?: DeclaredMeta;
  workers?: number;
  /** What results carry back (workers send less across threads when only clauses, or only their JSON lines, are wanted). */
  want?: Want;
  /** Keep every result in the returned array (default true); false streams them through onResult only. */
  keep?: boolean;
  /** Called once per file, in input order. */
  onResult?: (r: FileResult, done: number, total: number) => void;
}

/** The compiled worker: beside this module, or in dist/ when running from the TypeScript sources (tests). */
function workerFile(): string | undefined {
  for (const rel of ['./worker.js', '../../dist/run/worker.js']) {
    const f = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(f)) return f;
  }
  return undefined;
}

/**
 * Process files in worker threads, each file under a time limit (the worker is terminated), a size
 * limit (checked before reading) and a heap limit (worker resourceLimits: an out-of-memory file kills
 * its worker, not the batch). Results are delivered in input order.
 */
export async function processFiles(files: string[], opts: BatchOptions = {}): Promise<FileResult[]> {
  const limits = { ...DEFAULT_LIMITS, ...Object.fromEntries(Object.entries({ timeoutSec: opts.timeoutSec, maxFileMb: opts.maxFileMb, maxMemoryMb: opts.maxMemoryMb }).filter(([, v]) => v !== undefined)) } as Required<FileLimits>;
  const want = opts.want ?? 'both';
  const keep = opts.keep ?? true;
  const results: FileResult[] = [];
  const ready = new Map<number, FileResult>();
  let emitted = 0;
  const finish = (i: number, r: FileResult) => {
    ready.set(i, r);
    while (ready.has(emitted)) {
      const x = ready.get(emitted)!;
      ready.delete(emitted);
      emitted++;
      if (keep) results.push(x);
      opts.onResult?.(x, emitted, files.length);
    }
  };
  const stated = (file: string): StatedMeta => ({ declared: opts.declared?.(file), defaults: opts.defaults });
  const wf = workerFile();
  const n = Math.min(opts.workers ?? Math.max(1, availableParallelism()), files.length);
  if (!wf) {
    for (let i = 0; i < files.length; i++) finish(i, await processFile(files[i], want, limits, stated(files[i])));
    return results;
  }
  let next = 0;
  const slot = () =>
    new Promise<void>((done) => {
      let w: Worker;
      // Files sent to this worker, in order: it works on queue[0]; the next one waits in its port, so the worker
      // starts it without waiting for the main thread (busy writing, or waiting for a core when two workers
      // use both). The time limit runs for queue[0] only.
      const queue: number[] = [];
      let timer: NodeJS.Timeout | undefined;
      let settled = false;
      // Whether the current worker has loaded the extraction code: its start-up (seconds on a busy machine) is no file's time.
      let booted = false;
      const start = () => {
        const me = new Worker(wf, { resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, limits.maxMemoryMb / 8)) } });
        w = me;
        booted = false;
        me.on('message', (r: FileResult | { ready: true }) => {
          if (me !== w) return;
          if ('ready' in r) {
            booted = true;
            arm();
            return;
          }
          if (!queue.length) return;
          const i = queue.shift()!;
          finish(i, r);
          arm();
          feed();
        });
        // A crash or an out-of-memory file loses only that file: report it, start a fresh worker, go on.
        me.on('error', (e) => {
          if (me === w) lost(e);
        });
        me.on('exit', () => {
          if (me === w && queue.length) lost(new Error('worker stopped'));
        });
      };
      const send = (i: number) => {
        queue.push(i);
        w.postMessage({ file: files[i], want, limits, stated: stated(files[i]) });
      };
      /** The file the worker is on has the whole limit from now (from when the worker is ready, for a new one). */
      const arm = () => {
        clearTimeout(timer);
        if (!queue.length || !booted) return;
        const i = queue[0];
        timer = setTimeout(() => {
          if (queue[0] !== i) return;
          queue.shift();
          finish(i, { file: files[i], docs: [], clauses: [], error: `${basename(files[i])}: over the time limit (${limits.timeoutSec} s; raise with --timeout)` });
          restart();
        }, limits.timeoutSec * 1000);
      };
      /** A fresh worker for the files still waiting in the old one's port. */
      const restart = () => {
        const waiting = queue.splice(0);
        void w.terminate();
        start();
        for (const i of waiting) send(i);
        arm();
        feed();
      };
      const lost = (e: unknown) => {
        if (!queue.length) return;
        clearTimeout(timer);
        const i = queue.shift()!;
        const code = (e as { code?: string })?.code;
        const oom = code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory|heap/i.test(String((e as Error)?.message));
        finish(i, { file: files[i], docs: [], clauses: [], error: oom ? `${basename(files[i])}: over the memory limit (${limits.maxMemoryMb} MB; raise with --max-memory-mb)` : errorLine(files[i], e) });
        restart();
      };
      const feed = () => {
        if (settled) return;
        // A second file waits only while more files remain than workers: at the end of the batch a queued file
        // would keep one worker busy while another has nothing.
        while (next < files.length && (queue.length === 0 || (queue.length < 2 && files.length - next > n))) {
          const wasIdle = queue.length === 0;
          send(next++);
          if (wasIdle) arm();
        }
        if (!queue.length) {
          settled = true;
          clearTimeout(timer);
          void w.terminate().then(() => done());
        }
      };
      start();
      feed();
    });
  await Promise.all(Array.from({ length: Math.max(1, n) }, slot));
  return results;
}
