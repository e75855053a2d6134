import { parentPort } from 'node:worker_threads';
import { processFile, type FileLimits, type StatedMeta, type Want } from './batch.js';
import { ownsBuffer } from './encode.js';

parentPort!.on('message', async (m: { file: string; want: Want; limits: FileLimits; stated?: StatedMeta }) => {
  const r = await processFile(m.file, m.want, m.limits, m.stated);
  // Encoded clauses are moved to the main thread, not copied (a short pooled buffer is copied).
  const bytes = r.encoded?.jsonl;
  parentPort!.postMessage(r, bytes && ownsBuffer(bytes) ? [bytes.buffer as ArrayBuffer] : []);
});
