import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { documentsFromText } from './ingest.js';

// A title that names its body by level only (省人民政府关于…) takes the full name a page field gives. The two were compared by their
// lengths as written, so 湖北省政府 (five characters) did not name 省人民政府 (five) in full; 人民政府 is now read as 政府 on both sides.
const dev = (f: string) => readFileSync(new URL(`../../eval/national/dev/${f}`, import.meta.url), 'utf8');
const issuer = (text: string) => documentsFromText({ text, format: 'txt', encoding: 'utf-8' }, 'x.txt').map((d) => d.issuer).find(Boolean);

describe('a page field names a level-only issuer in full, 政府 or 人民政府 (level-only issuer)', () => {
  it.each([
    // 湖北省 (hubei-hubeisheng-5gchanye.txt): 发文单位:湖北省政府 under 省人民政府关于印发…
    ['hubei-hubeisheng-5gchanye.txt', '湖北省政府'],
    // 下陆 (hubei-xialu-zerenfenjie.txt): 发布机构: 下陆区政府办公室 over 区人民政府办公室 关于印发… (ANNOTATION round 92)
    ['hubei-xialu-zerenfenjie.txt', '下陆区政府办公室'],
  ])('%s → %s', (f, want) => expect(issuer(dev(f))).toBe(want));
  it('forms: a field naming another level\'s body does not fill it', () => {
    expect(issuer('发文机关: 湖北省人民政府办公厅\n市人民政府关于印发某某方案的通知\n各区人民政府:\n现将方案印发给你们。\n')).toBe('市人民政府');
  });
});
