import { parentPort } from 'node:worker_threads';
import { processFile, type FileLimits, type StatedMeta } from './batch.js';

parentPort!.on('message', async (m: { file: string; want: 'docs' | 'clauses' | 'both'; limits: FileLimits; stated?: StatedMeta }) => {
  parentPort!.postMessage(await processFile(m.file, m.want, m.limits, m.stated));
});
