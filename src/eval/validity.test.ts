import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { processFiles } from '../run/batch.js';
import { expandInputs } from '../run/files.js';
import type { PolicyDocument } from '../types.js';
import { readValidityGold, scoreValidity, type ValidityLabel } from './validity.js';

let docs: PolicyDocument[];
beforeAll(async () => {
  docs = (await processFiles(expandInputs(['corpus']).files, { workers: 1 })).flatMap((r) => r.docs);
});

describe('validity against eval/validity.jsonl', () => {
  it('effective dates and status right for at least 95% of the labelled documents', () => {
    const labels = readValidityGold('eval/validity.jsonl');
    expect(labels.length).toBe(25);
    const r = scoreValidity(labels, docs);
    expect(r.wrong).toEqual([]);
    expect(r.accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('counts each wrong field and a missing document', () => {
    const label = (over: Partial<ValidityLabel>): ValidityLabel => ({ source: '004_ad92c2df140a72a5.txt', title: '支持制造业高质量发展若干政策措施', from: '2021-10-14', until: null, asOf: '2024-01-01', status: 'in force', ...over });
    const r = scoreValidity([label({}), label({ from: '2021-11-01' }), label({ until: '2023-12-31', status: 'expired' }), label({ title: '不存在的文件' })], docs);
    expect(r).toMatchObject({ documents: 4, right: 1, from: 2, until: 2, status: 2, accuracy: 0.25 });
    expect(r.wrong.map((w) => w.field)).toEqual(['from', 'until', 'status', 'document']);
  });

  it('a label can name its document by a quote of its text (eval/national: titles of web pages are unreliable)', () => {
    const label: ValidityLabel = { source: '004_ad92c2df140a72a5.txt', title: '（任意）', quote: '对于一般技改扩能项目，按不超过投资额度15%给予补助', from: '2021-10-14', until: null, asOf: '2024-01-01', status: 'in force' };
    expect(scoreValidity([label], docs)).toMatchObject({ right: 1, wrong: [] });
    expect(scoreValidity([{ ...label, quote: '不在任何文件中的句子' }], docs).wrong.map((w) => w.field)).toEqual(['document']);
  });

  it('a malformed label stops with file:line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pclause-validity-'));
    const f = join(dir, 'v.jsonl');
    writeFileSync(f, '{"source":"a.txt","title":"t","from":null,"until":null,"asOf":"2024-01-01","status":"in force"}\n{"source":"a.txt","title":"t","from":"2024/1/1","until":null,"asOf":"2024-01-01","status":"in force"}\n');
    expect(() => readValidityGold(f)).toThrow(/v\.jsonl:2.*"from" must be YYYY-MM-DD/);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('validity on the national sets (eval/national/validity-*.jsonl)', () => {
  // dev: the rules were written against it; test: only scored (see README, Validity).
  it.each(['dev', 'test'])('%s: effective dates and status right for at least 95%% of the documents', async (split) => {
    const labels = readValidityGold(`eval/national/validity-${split}.jsonl`);
    expect(labels.length).toBeGreaterThanOrEqual(20);
    const natDocs = (await processFiles(expandInputs([`eval/national/${split}`]).files, { workers: 1 })).flatMap((r) => r.docs);
    const r = scoreValidity(labels, natDocs);
    expect(r.wrong.filter((w) => w.field === 'document')).toEqual([]);
    expect(r.accuracy).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
});
