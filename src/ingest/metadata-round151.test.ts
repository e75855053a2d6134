import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { issuerBeforeAbout } from './metadata.js';
import { devText as dev } from '../dev-notices.js';

// Metadata from rounds 149–151 of the national development set (issue 9).
const issuer = (text: string) => documentsOfPlainText(text).map((d) => d.issuer).find(Boolean);

// A title that names the first of several bodies and their count before 关于 (…等八部门关于印发…) was read as naming no body, so the
// last line of the joint signature under the cover stood as the issuer.
describe('the first body and the count of the rest before 关于 are the issuer as written (bodies counted)', () => {
  it.each([
    // 上海市 (shanghai-shanghaishi-fuwuwaibao.txt, round 149): eight bodies sign a line each
    ['shanghai-shanghaishi-fuwuwaibao.txt', '上海市商务委员会等八部门'],
    // 重庆市 (chongqing-chongqingshi-getigongshanghu2022.txt, round 150): thirteen sign
    ['chongqing-chongqingshi-getigongshanghu2022.txt', '重庆市市场监督管理局等13部门'],
    // 山东省 (shandong-shandongsheng-jinrongchuangxin.txt): three bodies on the head's line, then 等6部门 (an older miss)
    ['shandong-shandongsheng-jinrongchuangxin.txt', '山东省财政厅山东省发展和改革委员会山东省地方金融监管局等6部门'],
  ])('%s → %s', (f, want) => expect(issuer(dev(f))).toBe(want));
  it.each([
    ['宁波市商务局等5部门关于印发某某措施的通知', '宁波市商务局等5部门'],
    // valid: a body alone, as before
    ['杭州市经济和信息化局关于印发某某措施的通知', '杭州市经济和信息化局'],
  ])('forms: %s → %s', (t, want) => expect(issuerBeforeAbout(t)).toBe(want));
});
