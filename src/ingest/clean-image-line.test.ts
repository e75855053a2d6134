import { describe, expect, it } from 'vitest';
import { cleanText } from './clean.js';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// An image a saved page left as markdown alone on its line (![]()) was run into the line above it, a line that ends in no stop being read
// as one the page wrapped: 香格里拉's signature date became 2024年4月7日![]() and the notice lost its issuer and date (round 277). An image
// line is a line of its own; one closed by a bar (![]() |) is a table's cell and is left to the table (曲阜) (issue 9).
const lines = (text: string) => cleanText(text).clean.text.split('\n');

describe('a markdown image is a line of its own (clean image line)', () => {
  it.each([
    // 香格里拉 (yunnan-xianggelila-gaolingbuzhu2024.txt)
    ['香格里拉市民政局\n2024年4月7日\n![]()\n2024年4月份高龄老年人保健补助和百岁老人长寿补助资金分配表', '2024年4月7日'],
    // 巴南 (chongqing-banan-xianjiezijin.txt): between the attachments label and the signature
    ['附件:\n![]()\n重庆市巴南区农业农村委员会', '附件:'],
  ])('%s', (text, line) => {
    expect(lines(text)).toContain(line);
  });

  it('香格里拉 2024: the signature over the attachment table names the issuer and the date', () => {
    const [d] = documentsOfPlainText(dev('yunnan-xianggelila-gaolingbuzhu2024.txt'));
    expect([d.region, d.issuer, d.date]).toEqual(['香格里拉市', '香格里拉市民政局', '2024-04-07']);
  });
});
