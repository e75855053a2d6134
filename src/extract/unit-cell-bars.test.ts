import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { devText as dev } from '../dev-notices.js';

// A unit field drawn as a table's cell (牵头单位: | 市城市管理综合执法局 |): the bars are no part of the body's name. They were kept in it
// (|市城市管理综合执法局|), which no report should show and no label matches. Found on guangdong-guangzhou-weifajianshe2023.txt (round 268).
const unitsOf = (text: string) => [...new Set(documentsOfPlainText(text).flatMap(extractDocument).flatMap((c) => c.units))];

describe("a unit field's cell bars (unit cell bars)", () => {
  it('广州 No.135 (guangdong-guangzhou-weifajianshe2023.txt)', () => {
    expect(unitsOf(dev('guangdong-guangzhou-weifajianshe2023.txt'))).toEqual(['市城市管理综合执法局']);
  });
  it('the form with full-width bars and two bodies', () => {
    const units = unitsOf('重点工作:｜推进老旧小区改造。｜\n责任单位:｜区住房城乡建设局、区财政局｜\n完成时限:｜2025年12月底前｜');
    expect(units.every((u) => !/[|｜]/.test(u))).toBe(true);
    expect(units).toContain('区住房城乡建设局');
  });
});
