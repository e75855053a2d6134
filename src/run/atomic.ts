import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** Write a file so that a crash never leaves it half-written: temp file in the same folder, then rename. */
export function writeAtomic(path: string, data: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw writeFailure(path, e);
  }
}

/** A write error as one line naming the file: "cannot write out/c.jsonl: no space left on device (ENOSPC)". */
export function writeFailure(path: string, e: unknown): Error {
  const code = (e as NodeJS.ErrnoException)?.code;
  const what: Record<string, string> = { ENOSPC: 'no space left on device', EDQUOT: 'disk quota exceeded', EIO: 'input/output error', EROFS: 'read-only file system', EACCES: 'permission denied', ENOTDIR: 'a parent is not a folder', EISDIR: 'is a folder' };
  return new Error(`cannot write ${path}: ${(code && what[code]) ?? String((e as Error)?.message ?? e).split('\n')[0]}${code ? ` (${code})` : ''}`);
}

/**
 * A file written in pieces that appears only when complete: chunks go to a temp file beside it,
 * commit() syncs and renames. Any write error names the file; the temp file is removed.
 */
export class AtomicWriter {
  private readonly fd: number;
  private readonly tmp: string;
  constructor(readonly path: string) {
    this.tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
    try {
      mkdirSync(dirname(path), { recursive: true });
      if (process.env.PCLAUSE_FAIL_WRITE === 'output') throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
      this.fd = openSync(this.tmp, 'w');
    } catch (e) {
      throw writeFailure(path, e);
    }
  }

  write(s: string | Uint8Array): void {
    try {
      if (typeof s === 'string') writeSync(this.fd, s);
      else for (let at = 0; at < s.length; ) at += writeSync(this.fd, s, at);
    } catch (e) {
      this.abort();
      throw writeFailure(this.path, e);
    }
  }

  commit(): void {
    try {
      fsyncSync(this.fd);
      closeSync(this.fd);
      renameSync(this.tmp, this.path);
    } catch (e) {
      rmSync(this.tmp, { force: true });
      throw writeFailure(this.path, e);
    }
  }

  abort(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    rmSync(this.tmp, { force: true });
  }
}
