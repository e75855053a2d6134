import { parentPort } from 'node:worker_threads';
import { processFile } from './batch.js';

parentPort!.on('message', async (file: string) => {
  parentPort!.postMessage(await processFile(file));
});
