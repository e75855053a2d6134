import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { extname, join } from 'node:path';

export const SUPPORTED = new Set(['.txt', '.text', '.pdf', '.docx', '.html', '.htm', '.shtml', '.xhtml', '.md']);

/** A path left out of a batch, and why (one line each in the end summary). */
export interface Skipped {
  path: string;
  reason: string;
}

function kind(st: Stats): string | undefined {
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  return undefined;
}

function statReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'dangling symbolic link (its target does not exist)';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `cannot read (${code ?? (e as Error).message})`;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Expand files and folders into the input files, sorted for a stable order. Files named explicitly
 * are kept whatever their extension (the reader will say if they are unreadable); inside folders only
 * supported extensions are taken. Special files (FIFOs, devices, sockets), dangling links, link loops,
 * folders reached twice through links and names that are not valid UTF-8 are skipped with a reason:
 * nothing a folder holds stops the batch.
 */
export function expandInputs(paths: string[]): { files: string[]; missing: string[]; skipped: Skipped[] } {
  const files = new Set<string>();
  const missing: string[] = [];
  const skipped: Skipped[] = [];
  const visited = new Set<string>();
  const walk = (dir: string) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (e) {
      skipped.push({ path: dir, reason: statReason(e) });
      return;
    }
    if (visited.has(real)) {
      skipped.push({ path: dir, reason: `folder already visited (a symbolic link back to ${real})` });
      return;
    }
    visited.add(real);
    let names: Buffer[];
    try {
      names = readdirSync(dir, { encoding: 'buffer' });
    } catch (e) {
      skipped.push({ path: dir, reason: statReason(e) });
      return;
    }
    const decoded: string[] = [];
    for (const raw of names) {
      try {
        decoded.push(utf8.decode(raw));
      } catch {
        skipped.push({ path: join(dir, raw.toString('latin1')), reason: `file name is not valid UTF-8 (bytes ${raw.toString('hex')}); rename it to read it` });
      }
    }
    for (const name of decoded.sort()) {
      if (name.startsWith('.')) continue;
      const p = join(dir, name);
      let st: Stats;
      try {
        st = statSync(p);
      } catch (e) {
        if (SUPPORTED.has(extname(name).toLowerCase()) || lstatSync(p).isSymbolicLink()) skipped.push({ path: p, reason: statReason(e) });
        continue;
      }
      if (st.isDirectory()) walk(p);
      else if (!SUPPORTED.has(extname(name).toLowerCase())) continue;
      else if (!st.isFile()) skipped.push({ path: p, reason: `not a regular file: ${kind(st) ?? "a special file"}` });
      else files.add(p);
    }
  };
  for (const p of paths) {
    let st: Stats;
    try {
      st = statSync(p);
    } catch (e) {
      let link = false;
      try {
        link = lstatSync(p).isSymbolicLink();
      } catch {
        link = false;
      }
      if (link) skipped.push({ path: p, reason: statReason(e) });
      else missing.push(p);
      continue;
    }
    if (st.isDirectory()) walk(p);
    else if (!st.isFile()) skipped.push({ path: p, reason: `not a regular file: ${kind(st) ?? "a special file"}` });
    else files.add(p);
  }
  return { files: [...files].sort(), missing, skipped };
}
