import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// A portal's tabs copied over the text, each a two-character word with its letters set apart (部  门 / 街  镇, 涪陵's site, round 280), ran
// into the title below them: the issuer read 部门街镇重庆市涪陵区住房和城乡建设委员会, the title 部门街镇物流企业发展支持政策. A run of two such
// labels or more opening the text is furniture; one alone may be a heading (总  则) and stays (issue 9).
const meta = (text: string) => documentsOfPlainText(text).map((d) => [d.title, d.issuer]);

describe('a portal\'s tabs over the text (head tabs)', () => {
  it('涪陵 2023 (chongqing-fuling-weifanggaizao2023.txt): the issuer and title without the tabs', () => {
    expect(meta(dev('chongqing-fuling-weifanggaizao2023.txt'))).toEqual([['关于2023年第四次申请拨付农村低收入群体等重点对象危房改造补助资金的函', '重庆市涪陵区住房和城乡建设委员会']]);
  });

  it('涪陵 2024 (chongqing-fuling-wuliu.txt): the title without the tabs', () => {
    expect(meta(dev('chongqing-fuling-wuliu.txt'))[0][0]).toBe('物流企业发展支持政策');
  });

  it('a letter-spaced heading alone stays a line of the text', () => {
    const [d] = documentsOfPlainText('重庆市涪陵区物流企业发展支持政策\n总  则\n第一条 为加快物流业发展,制定本政策。\n');
    expect(d.text).toMatch(/总\s*则/);
  });
});
