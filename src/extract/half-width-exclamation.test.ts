import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments } from './extract.js';

// A page typed in half-width punctuation ends a sentence with ! as others end it with ！: the headline over 汤阴's fields (汽车消费补贴又来了!
// 活动时间:…) ran into the window's field, so the window's clause opened on the headline. Not ?: a page writes it for a character it lost
// (淮安市人民政府办公室? 2020年1月23日). Found on henan-tangyin-qichebutie.txt.
const clauses = (text: string) => extractDocuments(documentsOfPlainText(text)).flat().map((c) => c.text);

describe('a half-width ! ends its sentence (half-width exclamation)', () => {
  it('汤阴: the headline and the window’s field are two clauses', () => {
    const got = clauses('关于汽车消费补贴的通知\n直接到年底,汽车消费补贴又来了! 活动时间:2023年8月19日8:00至12月31日24:00 参与主体:参与主体为汤阴县区域内注册登记的汽车销售类企业。\n');
    expect(got).toContain('直接到年底,汽车消费补贴又来了!');
    expect(got.some((c) => c.startsWith('活动时间:2023年8月19日'))).toBe(true);
  });
  it('valid: a ? a page wrote for a lost character ends nothing', () => {
    const got = clauses('关于印发实施方案的通知\n请认真贯彻执行。\n淮安市人民政府办公室? 2020年1月23日(此件公开发布)\n');
    expect(got.some((c) => c.includes('办公室?2020年1月23日') || c.includes('办公室? 2020年1月23日'))).toBe(true);
  });
});
