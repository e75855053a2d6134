/**
 * Fault injection for the crash and disk-full tests (never set in normal use):
 *   PCLAUSE_FAIL_WRITE=<point>  the write at that point fails with ENOSPC
 *   PCLAUSE_CRASH_AT=<point>    the process kills itself (SIGKILL) at that point
 * Points: segment, graph, commit, current (and after-* variants for crashes), see policy-index.ts.
 */
export type FaultPoint = string;

export function failWrite(point: FaultPoint, file: string): void {
  if (process.env.PCLAUSE_FAIL_WRITE !== point) return;
  const e = new Error(`ENOSPC: no space left on device, write '${file}'`) as NodeJS.ErrnoException;
  e.code = 'ENOSPC';
  e.path = file;
  throw e;
}

export function crashAt(point: FaultPoint): void {
  if (process.env.PCLAUSE_CRASH_AT === point) process.kill(process.pid, 'SIGKILL');
}
