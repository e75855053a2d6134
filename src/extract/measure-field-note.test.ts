import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { devText } from '../dev-notices.js';

// Round 193 (issue 9): a rectification list states each problem with its note, then the measures in a field below it (问题…。(牵头单位:
// 扶贫办;责任单位:各村支部) / 整改措施:继续坚持…, 射箭乡): the measures are the item's, under its note; they had no units.
const rows = (text: string) =>
  extractDocument(documentsOfPlainText(text)[0]).map((c) => [c.text.replace(/\s+/g, '').slice(0, 12), c.units]);

describe('a measure field under a paragraph its own note closed takes that note (measure field note)', () => {
  it('射箭乡 (sichuan-shejianxiang-tuopingongjianzhenggai.txt)', () => {
    const got = rows(devText('sichuan-shejianxiang-tuopingongjianzhenggai.txt'));
    expect(got.find((r) => String(r[0]).startsWith('整改措施:继续坚持'))?.[1]).toEqual(['扶贫办', '各村支部']);
    expect(got.find((r) => String(r[0]).startsWith('进一步加大政策宣讲'))?.[1]).toEqual(['扶贫办', '村建所', '各村支部']);
  });
  const measure = (text: string) => rows(text).find((r) => String(r[0]).startsWith('工作措施'))?.[1];
  it('form: 工作措施', () => expect(measure('一、工作任务\n1.部分企业安全责任落实不到位。(责任单位:区应急局)\n工作措施:开展专项检查,督促企业落实主体责任。')).toEqual(['区应急局']));
  it('invalid: a measure field under a paragraph with no note waits for its own', () =>
    expect(measure('一、工作任务\n1.部分企业安全责任落实不到位。\n工作措施:开展专项检查,督促企业落实主体责任。')).toEqual([]));
});
