import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardedPatterns } from '../ingest/matches.js';
import { cleanText } from '../ingest/clean.js';
import './extract.js';

// Every pattern the extractor marks with a guard (needing) is skipped on a text the guard finds nothing in. That is sound
// only if no match can occur without the guard's word: checked here on every line of the seeds and of the national
// development notices, cleaned as extraction sees them, by running each pattern without its guard.
const root = join(__dirname, '..', '..');
const files = [
  ...readdirSync(join(root, 'corpus')).filter((f) => /^\d{3}_.*\.txt$/.test(f)).map((f) => join(root, 'corpus', f)),
  ...readdirSync(join(root, 'eval', 'national', 'dev')).filter((f) => f.endsWith('.txt')).map((f) => join(root, 'eval', 'national', 'dev', f)),
];
const lines = files.flatMap((f) => cleanText(readFileSync(f, 'utf8')).clean.text.split('\n'));

describe('the extractor’s guarded patterns', () => {
  const patterns = guardedPatterns();
  it('are many (the guards are in use)', () => {
    expect(patterns.length).toBeGreaterThan(60);
  });
  it('never match a line their guard finds nothing in', () => {
    const hidden: string[] = [];
    for (const [re, needs] of patterns) {
      const bare = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
      for (const line of lines) {
        if (needs.test(line)) continue;
        const m = bare.exec(line);
        if (m) hidden.push(`${needs} hides ${JSON.stringify(m[0])} in ${line.slice(0, 60)}`);
      }
    }
    expect(hidden).toEqual([]);
  });
});
