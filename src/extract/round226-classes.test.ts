import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { deadlinePairs } from './fixture-table.js';

// Round 226's classes, each found on a notice of that round and written in its general form.
const thresholdsOf = (text: string) =>
  extractDocument(documentsOfPlainText(text)[0]).flatMap((c) => c.thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]));

// (1) A heading 申报要求 (申请要求) opens a list of conditions as 申报条件 does: the bounded figures of its items are conditions, not a project's
// sums (浙江省 未来工厂 2025, zhejiang-zhejiangsheng-weilaigongchang2025.txt, in traditional characters).
describe('a 申报要求 heading opens conditions (requirements heading)', () => {
  it.each([
    ['一、申報要求\n(一)基本條件。申報主體應依法登記注冊、具有獨立法人資格。\n(二)省級數字化車間培育項目。在建和建成項目均可申報數字化車間培育項目,建成前五年內的軟硬件總投資不低于2000萬元,山區海島縣項目原則上不低于1500萬元。\n', [[20000000, null, '元'], [15000000, null, '元']]],
    // forms: simplified, 申请要求, a full-width stop after the heading's number
    ['一、申请要求\n（一）基本条件。申请主体应依法登记注册。\n（二）智能工厂项目。软硬件总投资不低于4000万元。\n', [[40000000, null, '元']]],
  ])('%s', (text, want) => expect(thresholdsOf('关于开展项目申报工作的通知\n' + text)).toEqual(want));
  it.each([
    // valid: a 工作要求 heading opens tasks, its figures no conditions
    ['四、工作要求\n(一)加强组织领导。各地要安排资金不低于2000万元。\n'],
  ])('%s: no condition', (text) => expect(thresholdsOf('关于开展项目申报工作的通知\n' + text)).toEqual([]));
});

// (2) A recent or prior span that qualifies with 的 what is summed over it, the bound at the phrase's end (近3年以内的…投入总计不低于2000万元,
// 江苏省 2022; 建成前五年內的軟硬件總投資(…)不低于2000萬元, 浙江省 2025): the years a condition is measured over, no deadline.
// (3) A year the applicant named before it must act after (建成項目原則上應為2023年以后完成建設): a window's start.
describe('measured spans and a window start after the applicant (round 226 deadlines)', () => {
  it.each([
    ['申报项目须为已建成项目,且近3年以内的平台和系统开发费、智能设备(终端)购置费、测试验证和项目咨询费等投入总计不低于2000万元。', []],
    ['建成前五年内的软硬件总投资(包括企业设备购置、软件购置和其他技术咨询与服务费,不包含土建和厂房投资,下同)不低于2000万元。', []],
    ['建成前五年內的軟硬件總投資不低于2000萬元。', []],
    ['建成项目原则上应为2023年以后完成建设。', [['2023年以后', '2023']]],
    ['項目須在2022年之後開工建設。', [['2022年之後', '2022']]],
    // valid: a grant's span keeps its limit; a year 以后 the text only describes names none
    ['投产后前三年内的奖励最高不超过500万元。', [['前三年内', 'relative']]],
    ['该项目应为2025年以后的发展方向。', []],
  ])('%s', (text, want) => expect(deadlinePairs(text, '2025-06-01')).toEqual(want));
});
