import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { processFiles } from '../run/batch.js';
import { expandInputs } from '../run/files.js';

describe('clause records', () => {
  it('every clause extracted from the corpus validates against schema/clause.schema.json', async () => {
    const ajv = new Ajv({ allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync('schema/clause.schema.json', 'utf8')));
    const results = await processFiles(expandInputs(['corpus']).files, { workers: 1 });
    const clauses = results.flatMap((r) => r.clauses);
    expect(clauses.length).toBeGreaterThan(1000);
    for (const c of clauses) {
      const ok = validate(c);
      expect(ok, `${c.source} ${c.text.slice(0, 30)}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      // Grounding: every value's range covers its raw words in the clause text.
      for (const v of [...c.amounts, ...c.rates, ...c.thresholds, ...c.deadlines]) {
        if (v.end > v.start) expect(c.text.slice(v.start, v.end)).toBe(v.raw);
      }
    }
  });
});
