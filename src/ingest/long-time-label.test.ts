import { describe, expect, it } from 'vitest';
import { cleanText } from './clean.js';
import { isLabelledLine } from './label-lines.js';

// A field's label longer than six characters that names a time, a place or a way (纸质材料提交时间:…): a field line of its own, as
// 网上申报时间: is; it ran into the field above it and the pair was read as no clause. Found on guangdong-baoan-gongyeyuanquzhengzhi.txt
// (dev, round 178).
describe('a long label naming a time (long time label)', () => {
  it.each([['纸质材料提交时间:2023年6月28日一7月16日'], ['项目集中申报受理时间:2024年5月10日'], ['纸质材料报送地点:区政务服务中心']])('%s is a field line', (l) => expect(isLabelledLine(l)).toBe(true));
  // invalid: a sentence with a colon whose words before it name no time field
  it.each([['按照有关规定和要求做好工作:']])('%s is none', (l) => expect(isLabelledLine(l)).toBe(false));
  it('宝安: the two fields stay two lines', () => {
    const text = '三、申报时限\n网上申报时间:2023年6月26日一7月14日\n纸质材料提交时间:2023年6月28日一7月16日\n';
    expect(cleanText(text).clean.text.split('\n')).toContain('纸质材料提交时间:2023年6月28日一7月16日');
  });
});
