import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { signatureOf } from './metadata.js';
import { devText as dev } from '../dev-notices.js';

// A page's byline under the title (青浦区人民政府 / 2016.03.15) reads like a signature, a body over a date; standing over the addressees it
// is none, and the cover's own signature below (上海市青浦区人民政府办公室 / 2016年2月15日) was never reached.

describe('a body and a date over the addressees are no signature (byline over addressees)', () => {
  it('forms: the byline is passed over, the signature under the text read', () => {
    const paras = ['上海市青浦区人民政府办公室关于印发区政府2016年第一季度工作要点的通知', '青浦区人民政府', '2016.03.15', '各镇人民政府、街道办事处,区政府各委、办、局,各有关单位:', '经区政府同意,现将《青浦区人民政府2016年第一季度工作要点》印发给你们,请认真按照执行。', '上海市青浦区人民政府办公室', '2016年2月15日'];
    expect(signatureOf(paras)).toEqual({ issuer: '上海市青浦区人民政府办公室', date: '2016-02-15' });
  });
  it('a signature with no addressees after it is read as before', () => {
    expect(signatureOf(['现将方案印发给你们,请认真贯彻执行。', '深圳市光明区人民政府', '2023年8月24日'])).toEqual({ issuer: '深圳市光明区人民政府', date: '2023-08-24' });
  });
  it('青浦 dev (shanghai-qingpu-yijiduyaodian.txt): the cover is dated as signed', () => {
    const d = documentsOfPlainText(dev('shanghai-qingpu-yijiduyaodian.txt')).find((x) => x.date);
    expect(d?.date).toBe('2016-02-15');
  });
});
