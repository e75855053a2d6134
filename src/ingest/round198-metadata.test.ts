import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText } from '../dev-notices.js';

// Round 198 (issue 9): a law database's bracketed fields (•【制定机关】…•【公布日期】…) are the page's metadata fields.
const doc = (text: string) => documentsOfPlainText(text)[0];

describe('a law database\'s 【公布日期】 gives the date, 【制定机关】 the issuer where it names a body (law database fields)', () => {
  it('广东省 1990 (guangdong-guangdongsheng-jianjutijiang1990.txt): 【公布日期】1990.07.23, its 制定机关 only a place', () => {
    const d = doc(devText('guangdong-guangdongsheng-jianjutijiang1990.txt'));
    expect(d.date).toBe('1990-07-23');
    expect(d.issuer).toBeUndefined();
  });
  it('form: a body in 【制定机关】', () =>
    expect(doc('关于促进消费的若干措施\n文章属性•【制定机关】某某市人民政府•【公布日期】2021.03.04•【字号】某府〔2021〕5号\n一、对新开业的门店给予5万元奖励。').issuer).toBe('某某市人民政府'));
});
