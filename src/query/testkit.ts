// Test helper: notices extracted and indexed in a temporary folder, as a user's batch and `pclause index` make them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PolicyIndex, updateIndex } from '../index/policy-index.js';
import { processFiles } from '../run/batch.js';

export interface TestIndex {
  index: PolicyIndex;
  /** Close the index and remove the folder. */
  close(): void;
}

/** Index notices given as (file name, text): each written to a new temporary folder, extracted, indexed and opened. */
export async function indexNotices(notices: [string, string][]): Promise<TestIndex> {
  const dir = mkdtempSync(join(tmpdir(), 'pclause-test-'));
  const files = notices.map(([name, text]) => {
    const f = join(dir, name);
    writeFileSync(f, text);
    return f;
  });
  const results = await processFiles(files, { workers: 1 });
  await updateIndex(join(dir, 'index'), results.flatMap((r) => r.clauses));
  const index = await PolicyIndex.open(join(dir, 'index'));
  return {
    index,
    close: () => {
      index.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
