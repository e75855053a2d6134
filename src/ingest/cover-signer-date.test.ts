import { describe, expect, it } from 'vitest';
import { transmittalDate } from './metadata.js';

// A cover notice run onto one line: its last sentence, its signer, its date, then the title of the document it carries. The date is
// the cover's signing date, 关于 before the carried title or not, traditional characters or simplified.
describe('the date between a cover\'s signer and the carried title (cover signer date)', () => {
  it.each([
    // (开平, 广东: traditional, the carried plan's title with no 关于)
    [
      '經市政府同意,現將《擴大開平市高齡老人政府津貼發放范圍實施方案》印發給你們,請認真貫徹執行。實施過程中遇到的問題,請徑向市老齡辦反映、聯系。 開平市人民政府辦公室 二○一一年十二月二十日 擴大開平市高齡老人政府津貼 發放范圍實施方案 為完善',
      '2011-12-20',
    ],
    // (the same cover in simplified characters, an Arabic date)
    [
      '实施过程中遇到的问题,请径向市老龄办反映、联系。 开平市人民政府办公室 2011年12月20日 扩大开平市高龄老人政府津贴发放范围实施方案 为完善',
      '2011-12-20',
    ],
    // (海口, 海南: a repost's sentence that a body released the notice on a day — no signature, not read here)
    ['各单位。以下是海口市科学技术和工业信息化局2025年12月10日发布的海口市科学技术和工业信息化局关于开展2025年海口市高新技术企业申报工作的通知', undefined],
  ])('%s', (line, want) => expect(transmittalDate([line])).toBe(want));
});
