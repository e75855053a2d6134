import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A span an applicant claims a grant for is a short number (申领3年的生活补贴); a year's grant claimed (申领2019年度稳岗补贴) was read as a
// span of 2019 years. Found on guangdong-heyuan-wengangfanhuan.txt (round 170).
const deadlines = (text: string, docDate?: string) => extractValues(text, docDate).deadlines.map((d) => [d.raw, d.kind ?? d.date]);

describe('a year’s grant claimed is no span (claimed year)', () => {
  it.each([
    // 广东 河源 (guangdong-heyuan-wengangfanhuan.txt)
    ['对提高标准后申领2019年度稳岗补贴的中小微企业,直接按新标准执行。', []],
    // valid: a span claimed stays one
    ['分别按每月1500元的标准申领3年的生活补贴。', [['3年', 'relative']]],
  ])('%s', (s, want) => expect(deadlines(s, '2020-12-15')).toEqual(want));
});
