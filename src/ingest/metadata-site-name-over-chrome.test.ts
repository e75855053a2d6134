import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// A portal's name on the first line, over its read-aloud button (莒南县人民政府 / 朗读 / 莒南县2022年第三批种粮一次性补贴政策申请指南 / 来源:莒南县农业
// 农村局, 莒南 round 287), was taken for the issuer's line over the title: a body line over the site's chrome is the site's name, as one over its
// trail or its field block is, and the page's source names the issuer (issue 9). With no source or issuer field, the body line stays.
describe('a body over the site\'s chrome is the site\'s name (metadata site name over chrome)', () => {
  it('莒南 2022 (shandong-junan-zhongliangbutie2022.txt)', () => {
    expect(documentsOfPlainText(dev('shandong-junan-zhongliangbutie2022.txt'))[0].issuer).toBe('莒南县农业农村局');
  });
  it.each([
    // (莒南's form with no source field: the body line is all the page says)
    ['莒南县人民政府\n朗读\n关于做好2022年种粮一次性补贴发放工作的通知\n各乡镇:\n现将有关事项通知如下。\n', '莒南县人民政府'],
  ])('%j', (text, issuer) => {
    expect(documentsOfPlainText(text)[0].issuer).toBe(issuer);
  });
});
