import { parentPort } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';
import { ownsBuffer } from './encode.js';
import type { FileLimits, StatedMeta, Want } from './batch.js';

// Each worker is a new V8 isolate that compiles the extraction code anew. With V8's default tier-up budget it
// optimises (and re-optimises after each deopt) many functions that run only a little: a quarter of a one-worker
// run's CPU went to TurboFan, on a second core with one worker but on a busy core with two. A larger budget
// (~7.5× the default) optimises only what stays hot: 14% less CPU for `extract --workers 2` on 300 notices, the same
// output. The flag is process-wide; it is set before the extraction modules load so their functions start with it.
setFlagsFromString('--interrupt-budget=1000000');
const { processFile } = await import('./batch.js');

// One file at a time, in the order sent: the next file may already be waiting while one is processed.
let chain: Promise<void> = Promise.resolve();
parentPort!.on('message', (m: { file: string; want: Want; limits: FileLimits; stated?: StatedMeta }) => {
  chain = chain.then(async () => {
    const r = await processFile(m.file, m.want, m.limits, m.stated);
    // Encoded clauses are moved to the main thread, not copied (a short pooled buffer is copied).
    const bytes = r.encoded?.jsonl;
    parentPort!.postMessage(r, bytes && ownsBuffer(bytes) ? [bytes.buffer as ArrayBuffer] : []);
  });
});
