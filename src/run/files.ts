import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

export const SUPPORTED = new Set(['.txt', '.text', '.pdf', '.docx', '.html', '.htm', '.shtml', '.xhtml', '.md']);

/**
 * Expand files and folders into the input files, sorted for a stable order. Files named
 * explicitly are kept whatever their extension (the reader will say if they are unreadable);
 * inside folders only supported extensions are taken.
 */
export function expandInputs(paths: string[]): { files: string[]; missing: string[] } {
  const files = new Set<string>();
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (SUPPORTED.has(extname(name).toLowerCase())) files.add(p);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isDirectory()) walk(p);
    else files.add(resolve(p) === p ? p : p);
  }
  return { files: [...files].sort(), missing };
}
