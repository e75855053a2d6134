import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { newsLeadIssuer } from './metadata.js';
import { devText as dev } from '../dev-notices.js';

// Metadata from round 147 of the national development set (issue 9).
const issuer = (text: string) => documentsOfPlainText(text).map((d) => d.issuer).find(Boolean);

describe('an outlet that says it has learned (X获悉,) heads a news lead naming the issuer (outlet dateline)', () => {
  it('河南省 (henan-henansheng-xinjijian.txt): 中国固废网获悉,8月5日,河南省人民政府办公厅印发的《…》, over 来源:河南省人民政府', () => {
    expect(issuer(dev('henan-henansheng-xinjijian.txt'))).toBe('河南省人民政府办公厅');
  });
  it.each([
    // form: 了解到 as 获悉
    ['某某网了解到,近日,杭州市经济和信息化局印发了《杭州市支持人工智能产业发展若干措施》', '杭州市经济和信息化局'],
    // valid: an outlet's lead naming a place, no body, gives none (房山, beijing-fangshan-minshengshishi.txt)
    ['北京青年报记者获悉,房山区发布2023年40件重要民生实事,涉及优化基本公共服务', undefined],
  ] as [string, string | undefined][])('%s', (p, want) => expect(newsLeadIssuer([p])).toBe(want));
});
