import { describe, expect, it } from 'vitest';
import { isParagraphEnd } from './clean.js';
import { documentsOfPlainText } from './ingest.js';

// A contact line closed by a telephone number ends its paragraph: the signing body below it is a line of its own (round 94).

describe('a contact line closed by its number is never run into the line below (contact lines)', () => {
  it.each([
    // 吉林省 (jilin-jilinsheng-pengshidaxian.txt)
    ['联系人:王皓;联系电话:0431-88906424', '吉林省农业农村厅', true],
    // forms: a fax, a hotline with its area code in brackets
    ['传真：0871-63123456', '云南省商务厅', true],
    ['咨询热线:(0551)62871234', '某县经济和信息化局', true],
    // a number a wrap cut goes on with its rest
    ['联系电话:0431-88906424、0431-889', '06425', false],
  ])('%s / %s', (p, n, end) => expect(isParagraphEnd(p, n)).toBe(end));

  it('吉林省: the 公示 is signed by the body under the contact line', () => {
    const text = '关于对2021年全省棚室经济大县\n予以奖励的公示\n现进行公示,接受社会监督。\n公示期:2022年1月17日—1月19日。\n联系人:王皓;联系电话:0431-88906424\n吉林省农业农村厅\n2022年1月17日';
    const [doc] = documentsOfPlainText(text);
    expect([doc.issuer, doc.date]).toEqual(['吉林省农业农村厅', '2022-01-17']);
  });
});
