import type { OffsetRun } from '../types.js';

/** A string that remembers, for each of its characters, the offset it had in the original text. */
export interface Tracked {
  text: string;
  map: Int32Array;
}

export function track(text: string): Tracked {
  const map = new Int32Array(text.length);
  for (let i = 0; i < map.length; i++) map[i] = i;
  return { text, map };
}

/** Drop the characters whose mask entry is set. */
export function applyDeletions(t: Tracked, del: Uint8Array): Tracked {
  let n = 0;
  for (let i = 0; i < del.length; i++) if (!del[i]) n++;
  const map = new Int32Array(n);
  const parts: string[] = [];
  let j = 0;
  let runStart = -1;
  for (let i = 0; i <= t.text.length; i++) {
    const keep = i < t.text.length && !del[i];
    if (keep) {
      if (runStart < 0) runStart = i;
      map[j++] = t.map[i];
    } else if (runStart >= 0) {
      parts.push(t.text.slice(runStart, i));
      runStart = -1;
    }
  }
  return { text: parts.join(''), map };
}

/** Replace characters one for one (length and offsets unchanged). */
export function mapChars(t: Tracked, f: (ch: string) => string): Tracked {
  let out = '';
  for (const ch of t.text) out += ch.length === 1 ? f(ch) : ch;
  return { text: out, map: t.map };
}

export function slice(t: Tracked, start: number, end: number): Tracked {
  return { text: t.text.slice(start, end), map: t.map.slice(start, end) };
}

/** Compress a per-character offset map into runs of consecutive offsets. */
export function toRuns(map: Int32Array): OffsetRun[] {
  const runs: OffsetRun[] = [];
  let i = 0;
  while (i < map.length) {
    let len = 1;
    while (i + len < map.length && map[i + len] === map[i] + len) len++;
    runs.push([i, map[i], len]);
    i += len;
  }
  return runs;
}

/** Original offset of a clean-text offset (end offsets map to one past the previous character). */
export function toOriginal(runs: OffsetRun[], pos: number): number {
  if (runs.length === 0) return pos;
  let lo = 0;
  let hi = runs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runs[mid][0] <= pos) lo = mid;
    else hi = mid - 1;
  }
  const [c, o, len] = runs[lo];
  if (pos < c + len) return o + (pos - c);
  return o + len + (pos - c - len);
}

/** Put a character before each of the given offsets (ascending); it maps to the original offset of the character after it. */
export function applyInsertions(t: Tracked, at: number[], ch: string): Tracked {
  if (!at.length) return t;
  const map = new Int32Array(t.map.length + at.length);
  const parts: string[] = [];
  let from = 0;
  let j = 0;
  for (const k of at) {
    parts.push(t.text.slice(from, k), ch);
    for (let i = from; i < k; i++) map[j++] = t.map[i];
    map[j++] = k < t.map.length ? t.map[k] : (t.map[t.map.length - 1] ?? -1) + 1;
    from = k;
  }
  parts.push(t.text.slice(from));
  for (let i = from; i < t.text.length; i++) map[j++] = t.map[i];
  return { text: parts.join(''), map };
}
