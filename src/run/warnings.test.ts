import { describe, expect, it } from 'vitest';
import { documentsFromText } from '../ingest/ingest.js';
import { readAny } from '../ingest/readers.js';
import { extractDocument } from '../extract/extract.js';
import { warningsOf } from './warnings.js';

async function warn(file: string, edit?: (t: string) => string) {
  const raw = await readAny(file);
  if (edit) raw.text = edit(raw.text);
  const docs = documentsFromText(raw, file.split('/').pop()!);
  return warningsOf(docs, docs.flatMap((d) => extractDocument(d)));
}

describe('warnings', () => {
  it('a sound notice gets none', async () => {
    expect(await warn('corpus/004_ad92c2df140a72a5.txt')).toEqual([]);
  });
  it('a commentary with no region, and a text whose first paragraph became its title', async () => {
    expect(await warn('corpus/001_68c950f8ef0909af.txt')).toContain('001_68c950f8ef0909af.txt: 《自身硬首先要自身廉（人民论坛）》: region not read (no issuer or title naming a place)');
    const w = await warn('corpus/004_ad92c2df140a72a5.txt', (t) => '对于一般技改扩能项目按不超过投资额度15%给予补助最多不超过1000万元并对智能工厂建设项目给予奖励所需资金由区财政统筹安排落实到位' + t.slice(t.indexOf('\n')));
    expect(w.some((l) => /title is \d+ characters long/.test(l))).toBe(true);
  });
});
