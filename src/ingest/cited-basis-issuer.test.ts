import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// A notice whose page prints no title opens on the sentence that cites what it rests on (根据…临沂市民政局 临沂市财政局关于印发《…》的通知
// (临民(2016)100号)…有关规定,…予以公示): the body before that cited 关于 was taken for the issuer over the bodies signing above the date.
// Found on shandong-junan-yanglaozhuanxiang.txt (round 187).
const issuer = (text: string) => documentsOfPlainText(text)[0].issuer;

describe('a body cited in the basis sentence is not the issuer (cited basis issuer)', () => {
  it('莒南 (shandong-junan-yanglaozhuanxiang.txt)', () => expect(issuer(dev('shandong-junan-yanglaozhuanxiang.txt'))).toBe('莒南县民政局莒南县财政局'));
  it('a short form', () => {
    const text = '根据甲市民政局关于印发《甲市养老服务补助实施方案》的通知(甲民〔2016〕100号)有关规定,现将2020年度补助项目予以公示。\n乙县民政局\n2020年11月19日\n';
    expect(issuer(text)).toBe('乙县民政局');
  });
  it('valid: a head line naming its body before 关于 still names it', () => {
    const text = '乙县民政局关于公布2020年度养老服务补助项目的通知\n各乡镇:\n现将补助项目予以公示。\n';
    expect(issuer(text)).toBe('乙县民政局');
  });
});
