import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { devText as dev } from '../dev-notices.js';

// An item of a conditions list (一、申报条件 / (一)… / (二)…) closed by the grade it must reach, nothing after it (…且评测达到二级或以上。): a
// condition on the applicant, min at the grade as written, as the list's other bounds are. Outside such a list a grade reached at a
// sentence's end is a goal (到2025年,…数字化水平达到二级以上。) and stays none. Found on guangdong-dongguan-shuzihuagaizaodiwupi2025.txt
// (round 266).
const gradesOf = (text: string) =>
  documentsOfPlainText(text).flatMap(extractDocument).flatMap((c) => c.thresholds.filter((t) => /级/.test(t.unit)).map((t) => [t.raw, t.min ?? null, t.unit]));

describe('a grade closing an item of a conditions list (grade closing item)', () => {
  it('东莞 第五批 (guangdong-dongguan-shuzihuagaizaodiwupi2025.txt)', () => {
    expect(gradesOf(dev('guangdong-dongguan-shuzihuagaizaodiwupi2025.txt'))).toEqual([['二级或以上', 2, '级']]);
  });
  it('the form with 不低于 and 及以上', () => {
    const text = '关于组织申报2025年两化融合贯标奖励的通知\n一、申报条件\n(一)在本区注册的工业企业。\n(二)两化融合管理体系评定等级不低于三级及以上。\n二、奖励标准\n对通过评定的企业给予5万元奖励。';
    expect(gradesOf(text)).toEqual([['三级及以上', 3, '级']]);
  });
  it('a goal closing a sentence outside such a list stays none', () => {
    const text = '数字化转型工作方案\n一、工作目标\n到2025年,全市规上工业企业数字化水平普遍达到二级以上。\n二、工作措施\n(一)开展评测。';
    expect(gradesOf(text)).toEqual([]);
  });
});
