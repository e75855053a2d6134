import { hostname } from 'node:os';
import { join } from 'node:path';
import { readFileSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { writeAtomic } from '../run/atomic.js';

/** Who holds (or last held) an index's writer lock. */
export interface LockHolder {
  pid: number;
  host: string;
  started: string;
  command?: string;
}

export class LockError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LockError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): LockHolder | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}

/**
 * The one-writer-at-a-time lock of an index folder. Mutual exclusion comes from an OS lock that SQLite
 * holds on `LOCK.db` (released by the kernel when the holder dies, so a crashed writer never blocks the
 * next one); `LOCK` is a JSON file naming the holder for the refusal message and for people.
 */
export class WriterLock {
  /** Set when the previous holder died without releasing: its pid, for the report. */
  readonly tookOver?: LockHolder;

  private constructor(
    private readonly dir: string,
    private readonly db: Database.Database,
    tookOver?: LockHolder,
  ) {
    this.tookOver = tookOver;
  }

  static acquire(dir: string, command = 'index'): WriterLock {
    const db = new Database(join(dir, 'LOCK.db'), { timeout: 0 });
    // Refused while the holder has not yet named itself in LOCK (it does just after taking the OS lock), or has just
    // finished and removed it: wait a moment (up to 0.5 s), trying again; refuse naming the holder as soon as LOCK does.
    const pause = new Int32Array(new SharedArrayBuffer(4));
    for (let i = 0; ; i++) {
      try {
        db.pragma('journal_mode = DELETE');
        db.exec('BEGIN EXCLUSIVE');
        break;
      } catch (e) {
        const busy = /SQLITE_BUSY|database is locked/i.test(String((e as Error).message) + String((e as { code?: string }).code));
        const h = busy ? readHolder(join(dir, 'LOCK')) : undefined;
        if (!busy || h || i >= 50) {
          db.close();
          if (!busy) throw e;
          const who = h ? `pid ${h.pid} on ${h.host} (${h.command ?? 'index'}, since ${h.started})` : 'another process';
          throw new LockError(`the index in ${dir} is being written by ${who}; try again when it has finished`);
        }
        Atomics.wait(pause, 0, 0, 10);
      }
    }
    const prev = readHolder(join(dir, 'LOCK'));
    const me: LockHolder = { pid: process.pid, host: hostname(), started: new Date().toISOString(), command };
    // A LOCK file left while the OS lock was free: its writer died (a clean release removes it).
    const stale = prev && !(prev.pid === process.pid && prev.host === me.host) ? prev : undefined;
    if (stale && stale.host === me.host && alive(stale.pid)) stale.command = `${stale.command ?? 'index'}, pid reused`;
    writeAtomic(join(dir, 'LOCK'), JSON.stringify(me) + '\n');
    return new WriterLock(dir, db, stale);
  }

  release(): void {
    rmSync(join(this.dir, 'LOCK'), { force: true });
    try {
      this.db.exec('ROLLBACK');
    } catch {
      // already released
    }
    this.db.close();
  }
}
