import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// Text and metadata classes of round 158 of the national development set (issue 9, fortieth session).
const docs = (text: string) => documentsOfPlainText(text);

describe('a bulleted field row with its label and value parted by a space, no colon (bulleted bare field)', () => {
  it('黔江 (chongqing-qianjiang-dongbushichang.txt): • 发布机构 黔江区商务委 / • 成文日期 2022-11-04 / • 文件标题 …', () => {
    const d = docs(dev('chongqing-qianjiang-dongbushichang.txt'))[0];
    expect([d.issuer, d.date, d.title]).toEqual(['黔江区商务委', '2022-11-04', '2022年鲁渝协作黔江区消费协作项目拓展东部市场补助奖励申报指南']);
  });
  it("valid: a bulleted 成文日期 dates the page, which the notice's own signature outranks (青岛 市政府公报, shandong-qingdao-shishi.txt)", () => {
    expect(docs(dev('shandong-qingdao-shishi.txt')).map((d) => d.date).find(Boolean)).toBe('2019-01-29');
  });
});

describe('a sentence whose stop the page lost ends its paragraph at a blank line, where the text sets paragraphs apart so (lost stop)', () => {
  const paragraphs = (text: string) => docs(text).flatMap((d) => d.text.split('\n')).filter((p) => p.trim());
  it('黔江 (chongqing-qianjiang-dongbushichang.txt): …销售额的30% / (blank) / 销售额在10万元(含)至20万元区间的补助3万元…', () => {
    const ps = paragraphs(dev('chongqing-qianjiang-dongbushichang.txt'));
    expect(ps).toContain('按照企业直接将我区特色产品销往重庆市以东省市的销售额分等次进行补助,原则上补助金额不得高于直接销往东部地区销售额的30%');
    expect(ps.some((p) => p.startsWith('销售额在10万元(含)至20万元区间的补助3万元'))).toBe(true);
  });
  it('valid: a PDF dump that double-spaces every wrapped line runs on across its blank lines (seed 000: …认定次年 / (blank) / 产品销售收入达…)', () => {
    const seed = readFileSync(new URL('../../corpus/000_1783c25a94a31d5b.txt', import.meta.url), 'utf8');
    expect(paragraphs(seed).some((p) => /认定次年\s*产品销售收入达/.test(p))).toBe(true);
  });
  it('valid: a word no sentence opens with below the blank line goes on (水城, guizhou-shuicheng-jiuyebutie.txt: …低于500元 / (blank) / 的,据实补贴)', () => {
    expect(paragraphs(dev('guizhou-shuicheng-jiuyebutie.txt')).some((p) => /低于500元\s*的,据实补贴/.test(p))).toBe(true);
  });
});
