import { parentPort } from 'node:worker_threads';
import { processFile, type FileLimits, type StatedMeta, type Want } from './batch.js';

parentPort!.on('message', async (m: { file: string; want: Want; limits: FileLimits; stated?: StatedMeta }) => {
  const r = await processFile(m.file, m.want, m.limits, m.stated);
  // Encoded clauses are moved to the main thread, not copied.
  parentPort!.postMessage(r, r.encoded ? [r.encoded.jsonl.buffer as ArrayBuffer] : []);
});
