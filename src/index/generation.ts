import { closeSync, existsSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { crashAt, failWrite } from './faults.js';

/**
 * An index folder holds generations (gen-000001/, gen-000002/ …) and one commit point, CURRENT, naming
 * the live one. A rebuild writes a new generation beside the live one and switches by renaming a new
 * CURRENT into place (atomic on POSIX): a reader sees the old generation or the new, never a mix, and
 * a crash before the rename leaves the old generation live.
 */
export const CURRENT = 'CURRENT';
const GEN = /^gen-(\d{6,})$/;

export function readCurrent(dir: string): string | undefined {
  let name: string;
  try {
    name = readFileSync(join(dir, CURRENT), 'utf8').trim();
  } catch {
    return undefined;
  }
  return GEN.test(name) ? name : undefined;
}

export function nextGeneration(dir: string): string {
  let max = 0;
  for (const f of existsSync(dir) ? readdirSync(dir) : []) {
    const m = f.match(GEN);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `gen-${String(max + 1).padStart(6, '0')}`;
}

function syncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // some filesystems cannot sync a directory; the rename is still atomic
  }
}

/** The one atomic step of a rebuild: CURRENT now names `gen`. */
export function switchCurrent(dir: string, gen: string): void {
  const tmp = join(dir, `${CURRENT}.${process.pid}.tmp`);
  failWrite('current', join(dir, CURRENT));
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, `${gen}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  crashAt('before-current');
  renameSync(tmp, join(dir, CURRENT));
  syncDir(dir);
  crashAt('after-current');
}

/** Remove generations other than the live one and those named (left by interrupted rebuilds), and stray temp files. Call under the writer lock. */
export function removeStale(dir: string, keep: string[]): void {
  for (const f of readdirSync(dir)) {
    if ((GEN.test(f) && !keep.includes(f)) || /^CURRENT\.\d+\.tmp$/.test(f)) rmSync(join(dir, f), { recursive: true, force: true });
  }
}

/** Files of the layout before generations: an index made by an older pclause. */
export function hasLegacyLayout(dir: string): boolean {
  return existsSync(join(dir, 'clauses.sqlite'));
}

export function removeLegacy(dir: string): void {
  for (const f of readdirSync(dir)) {
    if (/^clauses\.sqlite(-wal|-shm)?$/.test(f) || /^vectors-.*\.hnsw$/.test(f)) rmSync(join(dir, f), { force: true });
  }
}
