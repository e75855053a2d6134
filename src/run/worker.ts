import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';
import { ownsBuffer } from './encode.js';
import type { FileLimits, StatedMeta, Want } from './batch.js';

// (No place named: a text that names none takes the longest path through the region reading, which loads most.)
const WARM_UP = '关于支持制造业高质量发展的若干措施\n各有关单位:\n一、对新认定的国家级企业技术中心给予50万元一次性奖励,按投资额的30%给予补助,最高不超过500万元,2025年底前完成。(责任单位:区经济信息委、区财政局)\n';

// Each worker is a new V8 isolate that compiles the extraction code anew. With V8's default tier-up budget it
// optimises (and re-optimises after each deopt) many functions that run only a little: a quarter of a one-worker
// run's CPU went to TurboFan, on a second core with one worker but on a busy core with two. A larger budget
// (~7.5× the default) optimises only what stays hot: 14% less CPU for `extract --workers 2` on 300 notices, the same
// output. The flag is process-wide; it is set before the extraction modules load so their functions start with it.
setFlagsFromString('--interrupt-budget=1000000');
const { processFile } = await import('./batch.js');
// Warm up on a line of a notice, read from a file as any file is: the decoders, dictionaries and tables loaded on first use
// are the worker's start-up, not the first file's time. (Where no temporary file can be written, the first file pays.)
try {
  const dir = mkdtempSync(join(tmpdir(), 'pclause-warm-'));
  try {
    writeFileSync(join(dir, 'warm-up.txt'), WARM_UP);
    await processFile(join(dir, 'warm-up.txt'), 'clauses', {});
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} catch {
  // (a read-only temporary folder: no warm-up)
}
// Ready: the time limit of the first file sent runs from here, not from the worker's start.
parentPort!.postMessage({ ready: true });

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
