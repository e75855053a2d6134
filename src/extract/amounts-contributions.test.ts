import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { devText as dev } from '../dev-notices.js';
import { extractDocument } from './extract.js';

// What the insured pay in, under a heading or a label that names the contribution (二、参保缴费标准 / 成年居民低档每人每年400元,高档每人每年
// 510元, 潍坊 round 283; 其中,个人缴费部分:学生儿童由每人每年100元调整为每人每年160元;城镇老年人由…, 北京 2015), was read as money given: a
// contribution is a fee the resident pays, no amount (ANNOTATION rounds 31, 283). The government's share under the same label stays money
// (政府补助标准由每人每年860元调整为每人每年1000元) (issue 9).
const sums = (text: string) => documentsOfPlainText(text).flatMap((d) => extractDocument(d)).flatMap((c) => c.amounts.map((a) => a.yuan));

describe('a contribution the insured pay is no amount (amounts contributions)', () => {
  it.each([
    // 潍坊 (shandong-weifang-juminyibaocanbao2025.txt): under its heading
    ['shandong-weifang-juminyibaocanbao2025.txt', []],
    // 北京 (beijing-beijingshi-chengzhenjuminyibao2015.txt): after its label on the line; the government's share kept
    ['beijing-beijingshi-chengzhenjuminyibao2015.txt', [1000]],
  ])('%s', (file, want) => {
    expect(sums(dev(file))).toEqual(want);
  });

  it.each([
    // (the heading's own line, a grant under another heading stays: 潍坊's form)
    ['二、参保缴费标准\n成年居民低档每人每年400元,高档每人每年510元;学生、儿童每人每年380元。\n三、财政补助标准\n财政补助每人每年不低于670元。\n', [670]],
    // (the label on the line: 北京's form, its items after ；)
    ['其中,个人缴费部分:学生儿童由每人每年100元调整为每人每年160元;城镇老年人由每人每年300元调整为每人每年360元。政府补助标准由每人每年860元调整为每人每年1000元。\n', [1000]],
  ])('%j', (text, want) => {
    expect(sums(text)).toEqual(want);
  });
});
