import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Clause } from '../types.js';

export class JsonlError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'JsonlError';
  }
}

const ARRAYS = ['section', 'topics', 'amounts', 'rates', 'thresholds', 'units', 'lead', 'deadlines'] as const;
const STRINGS = ['id', 'docId', 'source', 'docTitle', 'text'] as const;

/** Why a parsed line is not a clause (undefined when it is one): fields the index relies on, with their types. */
export function clauseProblem(c: unknown): string | undefined {
  if (!c || typeof c !== 'object' || Array.isArray(c)) return 'not a clause object';
  const o = c as Record<string, unknown>;
  for (const k of STRINGS) if (typeof o[k] !== 'string') return `"${k}" must be a string, found ${o[k] === undefined ? 'nothing' : JSON.stringify(o[k]).slice(0, 40)}`;
  for (const k of ARRAYS) if (!Array.isArray(o[k])) return `"${k}" must be an array, found ${o[k] === undefined ? 'nothing' : JSON.stringify(o[k]).slice(0, 40)}`;
  for (const a of o.amounts as unknown[]) if (typeof (a as { yuan?: unknown })?.yuan !== 'number' || !Number.isFinite((a as { yuan: number }).yuan)) return '"amounts" entries need a numeric "yuan"';
  if (o.status !== 'draft' && o.status !== 'final') return '"status" must be "draft" or "final"';
  if (o.sourcePath !== undefined && typeof o.sourcePath !== 'string') return '"sourcePath" must be a string';
  return undefined;
}

/**
 * Clauses of a .jsonl file, read line by line (a file of millions of clauses never becomes one string).
 * A bad line stops with `file:line: reason`.
 */
export async function* readClauses(file: string): AsyncGenerator<Clause> {
  const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of rl) {
      n++;
      const t = n === 1 ? line.replace(/^\ufeff/, '').trim() : line.trim();
      if (!t) continue;
      let c: unknown;
      try {
        c = JSON.parse(t);
      } catch (e) {
        throw new JsonlError(file, n, `bad JSON (${String((e as Error).message).split('\n')[0]})`);
      }
      const why = clauseProblem(c);
      if (why) throw new JsonlError(file, n, why);
      yield c as Clause;
    }
  } catch (e) {
    if (e instanceof JsonlError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new JsonlError(file, n, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? (e as Error).message})`);
  } finally {
    rl.close();
  }
}
