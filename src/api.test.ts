import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from './api.js';

describe('library API', () => {
  it('does what the CLI does: ingest → extract → index → answer → compare → eval', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pclause-api-'));
    try {
      const docs = [...(await api.ingestFile('corpus/004_ad92c2df140a72a5.txt')), ...(await api.ingestFile('corpus/000_1783c25a94a31d5b.txt'))];
      const clauses = docs.flatMap(api.extractDocument);
      const report = await api.updateIndex(dir, clauses);
      expect(report.total).toBe(clauses.length);
      const index = await api.PolicyIndex.open(dir);
      try {
        const a = await api.answer(index, '哪些区县补贴智能工厂，补贴多少？');
        expect(a.regions.map((g) => g.region).sort()).toEqual(['渝北区', '綦江区']);
        expect(api.renderAnswer(a)).toContain('智能工厂');
        const c = await api.compare(index, '渝北区', '綦江区');
        expect(c.pairs.length).toBeGreaterThan(0);
      } finally {
        index.close();
      }
      const ev = await api.evaluate({ gold: 'eval/gold' });
      expect(ev.micro.fields.amounts.f1).toBe(1);
      expect(api.extractValues('给予最高不超过600万元奖励').amounts[0]).toMatchObject({ yuan: 6000000, role: 'cap' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
