import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { devText } from '../dev-notices.js';
import { extractDocument } from './extract.js';

// A field label naming the content that follows it (主要内容:, 具体包括:, 政策内容:) opened the clause, so the clause began before the
// sentence it holds and its source sentence carried the label (round 196's 沭阳, round 197's 汉川, 水城).
const clauses = (text: string) => extractDocument(documentsOfPlainText(text)[0]);

describe('a content field\'s label is no part of the clause after it (content label)', () => {
  it.each([
    ['jiangsu-shuyang-jieganhuantian.txt', '按照“誰還田,補給誰”的要求'],
    ['hubei-hanchuan-huiminbinzang.txt', '1.本市行政区域内'],
    ['guizhou-shuicheng-jiuyebutie.txt', '对首次创办小微企业或从事个体经营'],
  ])('%s', (file, opening) => {
    const c = clauses(devText(file)).find((x) => x.text.replace(/\s+/g, '').includes(opening.replace(/\s+/g, '')))!;
    expect(c.text.replace(/\s+/g, '').startsWith(opening.replace(/\s+/g, ''))).toBe(true);
  });
  it('valid: a unit label stays with its clause', () =>
    expect(clauses('一、对新开业的门店给予5万元奖励。(责任单位:市商务局)').flatMap((c) => c.units)).toContain('市商务局'));
});
