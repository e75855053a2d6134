import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// A portal's field naming the department that publishes the notice, 公开责任部门 (索引号: | P0120-2019-0077 | 公开责任部门 | 市财政局 |, 商丘's
// fund notices), was not read: the notice, signed by no one, had no issuer. It is the issuing department's field, as 发布机构 is (issue 9).
describe('公开责任部门 is the issuer\'s field (metadata disclosing department)', () => {
  it.each([
    // 商丘 2019 (henan-shangqiu-fupinzijin2019.txt): drawn with bars, the only issuer the page gives
    ['henan-shangqiu-fupinzijin2019.txt', '市财政局'],
    // 商丘 2019 (henan-shangqiu-xiaomaibaoxian2019.txt): spaced, the signature's body in full still wins
    ['henan-shangqiu-xiaomaibaoxian2019.txt', '商丘市财政局'],
  ])('%s', (file, issuer) => {
    expect(documentsOfPlainText(dev(file))[0].issuer).toBe(issuer);
  });
});
