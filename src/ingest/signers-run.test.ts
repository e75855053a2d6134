import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { signatureOf } from './metadata.js';
import { devText as dev } from '../dev-notices.js';

// Round 230: a joint signature printed several bodies to a line, which the cleaner runs into one line; and the region of signers
// joined with 、 is the lead's (the first), not a branch's among them.
describe('a run of placed bodies over the date is each body, joined with 、 (signers run)', () => {
  it('山东省 (shandong-shandongsheng-chuantongshipinchanqu2023.txt): fourteen signers, several to a line, and 山东省 their region', () => {
    const [cover] = documentsOfPlainText(dev('shandong-shandongsheng-chuantongshipinchanqu2023.txt'), 'x.txt');
    expect(cover.issuer).toBe('山东省工业和信息化厅、山东省发展和改革委员会、山东省科学技术厅、山东省财政厅、山东省生态环境厅、山东省交通运输厅、'
      + '山东省农业农村厅、山东省商务厅、山东省文化和旅游厅、山东省卫生健康委员会、山东省市场监督管理局、山东省地方金融监督管理局、'
      + '国家金融监督管理总局山东监管局、国家金融监督管理总局青岛监管局');
    expect(cover.region).toBe('山东省');
  });
  it.each([
    // forms: a line longer than one name (30 characters) that is only placed bodies; a 委员会 that a shorter end (委) would cut; 中共
    // opening a body
    [['请认真贯彻落实。', '四川省发展和改革委员会四川省经济和信息化厅四川省科学技术厅四川省财政厅', '2023年5月6日'], '四川省发展和改革委员会、四川省经济和信息化厅、四川省科学技术厅、四川省财政厅'],
    [['请认真贯彻落实。', '中共四川省委组织部四川省人力资源和社会保障厅四川省科学技术厅四川省财政厅', '2023年5月6日'], '中共四川省委组织部、四川省人力资源和社会保障厅、四川省科学技术厅、四川省财政厅'],
    // valid: bodies on one line no longer than a name stay as written (雅安, round 11)
    [['请认真贯彻落实。', '中共雅安市委办公室雅安市人民政府办公室', '2023年5月6日'], '中共雅安市委办公室雅安市人民政府办公室'],
  ])('%j', (paras, issuer) => expect(signatureOf(paras)?.issuer).toBe(issuer));
  it('form: traditional characters, read through the document', () => {
    const text = '各有關單位:\n現將《若干措施》印發給你們,請認真貫徹執行。\n廣東省發展和改革委員會 廣東省科學技術廳\n廣東省財政廳 廣東省商務廳 廣東省工業和信息化廳\n2023年5月6日\n';
    expect(documentsOfPlainText(text, 'x.txt')[0].issuer).toBe('廣東省發展和改革委員會、廣東省科學技術廳、廣東省財政廳、廣東省商務廳、廣東省工業和信息化廳');
  });
  it('valid: a long line that is not only placed bodies is no signature', () => {
    expect(signatureOf(['请认真贯彻落实。', '各有关单位要高度重视认真组织实施确保各项政策措施落地见效四川省财政厅', '2023年5月6日'])).toBeUndefined();
  });
});
