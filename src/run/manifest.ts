import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { DeclaredMeta } from '../ingest/declared.js';

/**
 * A sidecar manifest: for each file, the region, issuer, date and address an analyst states
 * (CSV, TSV or JSON). `file` is relative to the manifest's folder, or a bare file name.
 */
export interface Manifest {
  /** What the manifest states for a file, by resolved path, else by a file name only one row has. */
  lookup(file: string): DeclaredMeta | undefined;
  rows: number;
}

const COLUMNS: Record<string, keyof DeclaredMeta | 'file'> = {
  file: 'file', path: 'file', name: 'file', 文件: 'file', 文件名: 'file',
  address: 'address', url: 'address', source: 'address', link: 'address', 地址: 'address', 网址: 'address', 来源: 'address',
  region: 'region', 地区: 'region', 区域: 'region',
  issuer: 'issuer', 发文机关: 'issuer', 发布机构: 'issuer',
  date: 'date', 日期: 'date', 成文日期: 'date',
};

/** One CSV/TSV line into cells (quotes with "" inside, as Excel writes them). */
function cells(line: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (q) {
      if (ch === '"' && line[i + 1] === '"') (cur += '"'), i++;
      else if (ch === '"') q = false;
      else cur += ch;
    } else if (ch === '"' && cur === '') q = true;
    else if (ch === sep) out.push(cur), (cur = '');
    else cur += ch;
  }
  out.push(cur);
  return out.map((c) => c.trim());
}

export class ManifestError extends Error {}

export function readManifest(path: string): Manifest {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new ManifestError(`${path}: cannot read the manifest (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const base = dirname(resolve(path));
  const rows: (DeclaredMeta & { file: string })[] = [];
  if (/\.json$/i.test(path)) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new ManifestError(`${path}: not valid JSON (${(e as Error).message.split('\n')[0]})`);
    }
    const list = Array.isArray(data) ? data : data && typeof data === 'object' ? Object.entries(data as object).map(([file, v]) => ({ file, ...(v as object) })) : [];
    for (const [i, r] of (list as Record<string, unknown>[]).entries()) rows.push(toRow(Object.entries(r ?? {}), `${path}: entry ${i + 1}`));
  } else {
    const lines = text.split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#'));
    const sep = /\.tsv$/i.test(path) || (lines[0] ?? '').includes('\t') ? '\t' : ',';
    const head = cells(lines[0] ?? '', sep);
    if (!head.some((h) => COLUMNS[h.toLowerCase()] === 'file')) throw new ManifestError(`${path}: no file column in the header (expected file, then any of address, region, issuer, date)`);
    for (let i = 1; i < lines.length; i++) {
      const c = cells(lines[i], sep);
      rows.push(toRow(head.map((h, k) => [h, c[k] ?? '']), `${path}:${i + 1}`));
    }
  }
  const byPath = new Map<string, DeclaredMeta>();
  const byName = new Map<string, DeclaredMeta[]>();
  for (const { file, ...meta } of rows) {
    byPath.set(resolve(base, file), meta);
    byName.set(basename(file), [...(byName.get(basename(file)) ?? []), meta]);
  }
  return {
    rows: rows.length,
    lookup(file: string) {
      const hit = byPath.get(resolve(file));
      if (hit) return hit;
      const named = byName.get(basename(file));
      return named?.length === 1 ? named[0] : undefined;
    },
  };
}

function toRow(entries: [string, unknown][], where: string): DeclaredMeta & { file: string } {
  const row: DeclaredMeta & { file: string } = { file: '' };
  for (const [k, v] of entries) {
    const col = COLUMNS[k.toLowerCase()];
    if (col && typeof v === 'string' && v.trim()) row[col] = v.trim();
  }
  if (!row.file) throw new ManifestError(`${where}: no file named`);
  if (row.date && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(row.date)) throw new ManifestError(`${where}: date "${row.date}" is not YYYY-MM-DD, YYYY-MM or YYYY`);
  return row;
}
