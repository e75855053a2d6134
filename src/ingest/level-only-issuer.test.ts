import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// A title that names its body by level only (省人民政府关于…) takes the full name a page field gives. The two were compared by their
// lengths as written, so 湖北省政府 (five characters) did not name 省人民政府 (five) in full; 人民政府 is now read as 政府 on both sides.
const issuer = (text: string) => documentsOfPlainText(text).map((d) => d.issuer).find(Boolean);

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

// A work plan's title that names its author by level only (市农业农村局2024年工作要点) took that short name, though the page's
// 发布单位 field named the body in full: the title-author clues were not filled as the 关于 clue is.
describe('a work plan title names its author by level only, a page field in full (level-only issuer)', () => {
  it.each([
    // 武汉 (hubei-wuhan-nongyeyaodian2024.txt): 市农业农村局2024年工作要点 / 发布单位:武汉市农业农村局
    ['hubei-wuhan-nongyeyaodian2024.txt', '武汉市农业农村局'],
  ])('%s → %s', (f, want) => expect(issuer(dev(f))).toBe(want));
  it.each([
    ['市科技局2023年工作要点\n发布机构:洛阳市科学技术局\n一、总体要求\n坚持创新驱动。\n', '市科技局'],
    ['区商务局2025年工作计划\n发布机构:南山区商务局\n一、主要目标\n全年社会消费品零售总额增长6%。\n', '南山区商务局'],
  ])('forms: %s → %s', (text, want) => expect(issuer(text)).toBe(want));
});

