import { existsSync, statSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { didYouMean } from './names.js';
import { isCalendarDate } from '../extract/validity.js';

// Option parsers for commander: a bad value stops the command with commander's one-line
// "error: option '--top <k>' argument 'abc' is invalid. …" and the reason given here.

export function positiveInt(v: string): number {
  if (!/^\s*\d+\s*$/.test(v) || Number(v) < 1) throw new InvalidArgumentError(`expects a whole number of at least 1, e.g. 10`);
  return Number(v);
}

export function unitInterval(v: string): number {
  const n = Number(v);
  if (!v.trim() || !Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expects a number between 0 and 1, e.g. 0.3');
  return n;
}

/** A date or its start: 2021, 2021-10 or 2021-10-14. */
export function date(v: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v.trim())) throw new InvalidArgumentError('expects a date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2021-10');
  return v.trim();
}

/** One calendar day, YYYY-MM-DD (--as-of): validity is judged on a day, not a month. */
export function day(v: string): string {
  const t = v.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(t) || !isCalendarDate(t)) throw new InvalidArgumentError('expects a day as YYYY-MM-DD, e.g. 2024-06-30');
  return t;
}

const UNIT: Record<string, number> = { '': 1, 元: 1, 万: 1e4, 万元: 1e4, 亿: 1e8, 亿元: 1e8 };

/** Yuan as a number or as written (100万, 1.5亿元). */
export function yuan(v: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(元|万元?|亿元?)?\s*$/.exec(v);
  if (!m) throw new InvalidArgumentError('expects an amount of yuan, e.g. 1000000, 100万 or 1.5亿');
  return Math.round(Number(m[1]) * UNIT[m[2] ?? '']);
}

/** One value of a closed list, with the list (and the nearest value) in the message. */
export function oneOf(values: readonly string[], what: string, aliases: Record<string, string> = {}) {
  return (v: string): string => {
    const t = v.trim();
    if (values.includes(t)) return t;
    if (aliases[t]) return aliases[t];
    throw new InvalidArgumentError(`unknown ${what} ${t}; ${didYouMean(t, [...values, ...Object.keys(aliases)])}valid: ${values.join(', ')}`);
  };
}

/** A comma-separated list of values of a closed list. */
export function listOf(values: readonly string[], what: string, aliases: Record<string, string> = {}) {
  const one = oneOf(values, what, aliases);
  return (v: string): string[] => [...new Set(splitList(v).map(one))];
}

export function splitList(v: string): string[] {
  return v
    .split(/[,，、]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export type FileFormat = 'jsonl' | 'json' | 'csv';
const BY_EXT: Record<string, FileFormat> = { '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'json', '.csv': 'csv' };

/** The output format: --format if given, else what the --out extension says (x.csv → CSV), else JSONL. */
export function outputFormat(out: string | undefined, format: FileFormat | undefined): FileFormat {
  const fromExt = out ? BY_EXT[extname(out).toLowerCase()] : undefined;
  if (format && fromExt && format !== fromExt) throw new Error(`--format ${format} but --out ${out} ends in ${extname(out!)}: drop --format or name the file .${format}`);
  return format ?? fromExt ?? 'jsonl';
}

/** --json and --csv (or any two formats) together: refuse rather than pick one. */
export function oneFormat(flags: Record<string, boolean | undefined>): void {
  const on = Object.entries(flags).filter(([, v]) => v).map(([k]) => `--${k}`);
  if (on.length > 1) throw new Error(`${on.join(' and ')} both given: choose one output format`);
}

/** Inputs must exist before anything is written (no empty output file, no new index folder). */
export function checkInputs(paths: string[]): void {
  for (const p of paths) if (!existsSync(p)) throw new Error(`${p}: no such file or folder`);
}

export function checkFile(p: string | undefined, option: string): void {
  if (p === undefined) return;
  if (!existsSync(p)) throw new Error(`${option} ${p}: no such file`);
  if (statSync(p).isDirectory()) throw new Error(`${option} ${p}: is a folder, expected a file`);
}

export function checkDir(p: string | undefined, option: string): void {
  if (p === undefined) return;
  if (!existsSync(p)) throw new Error(`${option} ${p}: no such folder`);
  if (!statSync(p).isDirectory()) throw new Error(`${option} ${p}: is a file, expected a folder`);
}

/** An output file path must not be a folder, and its folder must not be a file. */
export function checkOutFile(p: string | undefined, option = '--out'): void {
  if (p === undefined) return;
  if (existsSync(p) && statSync(p).isDirectory()) throw new Error(`${option} ${p}: is a folder, expected a file name such as ${p.replace(/\/$/, '')}/clauses.jsonl`);
  let d = dirname(p);
  while (!existsSync(d) && dirname(d) !== d) d = dirname(d);
  if (existsSync(d) && !statSync(d).isDirectory()) throw new Error(`${option} ${p}: ${d} is a file, not a folder`);
}

/** An output folder (--index, --out of ingest) must not be an existing file. */
export function checkOutDir(p: string, option: string): void {
  if (existsSync(p) && !statSync(p).isDirectory()) throw new Error(`${option} ${p}: is a file, expected a folder`);
}
