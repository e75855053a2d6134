import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { findRegion, regionOfBody } from './regions.js';
import { devText as dev } from '../dev-notices.js';

// A district whose name is an everyday word (城区, 老城区) is named only right after the city that holds it; after another city or a
// county it is that place's urban area (forty-first session, an older dev miss).

describe('an everyday-word district after a place that does not hold it is that place’s urban area (urban area words)', () => {
  it.each([
    // 长春 (jilin-changchun-chucichuangye.txt)
    ['自2018年1月1日起,首次在长春市城区、开发区内使用本人身份证', '长春市'],
    // 运城 (shanxi-yuncheng-dayungaosu.txt)
    ['筹备建设闻喜县城区生活污水处理厂', '闻喜县'],
    // valid: right after its own city, the district
    ['晋城市城区人民政府', '城区'],
    ['洛阳市老城区人民政府', '老城区'],
  ])('%s → %s', (text, want) => expect(findRegion(text)?.name).toBe(want));
  it('(form, valid) right after its city’s short name, in a notice’s own words: 结合洛阳老城区实际 → 老城区', () => {
    expect(regionOfBody('结合洛阳老城区实际,制定本方案。全区各单位要认真贯彻。')?.name).toBe('老城区');
  });
  it('长春 (jilin-changchun-chucichuangye.txt): the notice is 长春市’s, not 城区’s', () => {
    const d = documentsOfPlainText(dev('jilin-changchun-chucichuangye.txt'))[0];
    expect(d.region).toBe('长春市');
  });
});
