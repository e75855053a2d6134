import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readClauses } from './jsonl.js';

const dir = mkdtempSync(join(tmpdir(), 'pclause-jsonl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const good = {
  id: 'a1', docId: 'd#0', source: '通知.txt', docTitle: '支持制造业高质量发展若干政策措施', status: 'final', section: [],
  text: '对于一般技改扩能项目，按不超过投资额度15%给予补助，最多不超过1000万元；', start: 0, end: 10, origStart: 0, origEnd: 10, kind: 'subsidy',
  topics: [], amounts: [{ yuan: 10000000, role: 'cap', raw: '1000万元', start: 32, end: 38 }], rates: [], thresholds: [], units: [], lead: [], deadlines: [],
};

async function read(lines: string[]): Promise<number> {
  const f = join(dir, `f${Math.random()}.jsonl`);
  writeFileSync(f, lines.join('\n'));
  let n = 0;
  for await (const _ of readClauses(f)) n++;
  return n;
}

describe('readClauses', () => {
  it('reads clauses line by line, skipping blank lines and a BOM', async () => {
    expect(await read(['\ufeff' + JSON.stringify(good), '', JSON.stringify({ ...good, id: 'a2' })])).toBe(2);
  });
  it.each([
    ['{"id":', /:1: bad JSON/],
    [JSON.stringify({ ...good, amounts: 5 }), /:1: "amounts" must be an array, found 5$/],
    [JSON.stringify({ ...good, amounts: [{ yuan: '1000万元' }] }), /:1: "amounts" entries need a numeric "yuan"/],
    [JSON.stringify({ ...good, text: undefined }), /:1: "text" must be a string, found nothing/],
    [JSON.stringify([1, 2]), /:1: not a clause object/],
    [JSON.stringify({ ...good, status: 'maybe' }), /:1: "status" must be/],
  ])('a bad line says file:line: reason (%s)', async (line, re) => {
    await expect(read([line])).rejects.toThrow(re);
  });
  it('names the line of the bad clause after good ones', async () => {
    await expect(read([JSON.stringify(good), JSON.stringify(good), 'oops'])).rejects.toThrow(/\.jsonl:3: bad JSON/);
  });
});
