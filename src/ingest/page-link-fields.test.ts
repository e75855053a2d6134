import { describe, expect, it } from 'vitest';
import { cleanText } from './clean.js';
import { documentsOfPlainText } from './ingest.js';
import { extractDocument } from '../extract/extract.js';
import { devText as dev } from '../dev-notices.js';

// A page's link field over the notice (政策解读链接:点击查看政策解读, 庆元 round 278; 相关链接:, 巴州 and 松阳) was run into the paragraph below it,
// a line that ends in no stop being read as one a page wrapped, and the notice's first sentence, the payout's sum in it, fell outside the
// labelled scope: a link field is a field line of its own, as 原文链接 is (dict/document-meta.json otherFields) (issue 9).
describe('a page link field is a line of its own (page link fields)', () => {
  it.each([
    ['政策解读链接:点击查看政策解读\n根据《浙江省人民政府办公厅关于健全完善特困人员救助供养制度的意见》,各乡(镇)、街道共批准特困人员228户。', '政策解读链接:点击查看政策解读'],
    ['相关链接:\n《自治州优化营商环境十九条整改举措》政策解读', '相关链接:'],
    ['原文链接:点击查看源文件\n根据有关规定,现将有关事项通知如下。', '原文链接:点击查看源文件'],
  ])('%s', (text, line) => {
    expect(cleanText(text).clean.text.split('\n')[0]).toBe(line);
  });

  it('庆元 2024 (zhejiang-qingyuan-tekungongyang2024.txt): the notice opens at 根据, its payout read there', () => {
    const clauses = documentsOfPlainText(dev('zhejiang-qingyuan-tekungongyang2024.txt')).flatMap((d) => extractDocument(d));
    const paid = clauses.find((c) => c.amounts.some((a) => a.yuan === 395398))!;
    expect(paid.text.startsWith('根据')).toBe(true);
  });
});
