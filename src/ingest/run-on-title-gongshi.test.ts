import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// A 公示's title that a page lost its line breaks after runs on into the first sentence (…拟下达项目的公示根据《…》,下达…共171万元,…): the
// title ends at 的公示, as …的通知 and …的公告 end where the text runs on (run-on title); the sentence stays body. Found on
// guangdong-yunfu-zhuanjingtexintiexi2024.txt (round 268), whose whole first paragraph was taken for the title and its values lost.
const first = (text: string) => documentsOfPlainText(text)[0];

describe("a 公示's title run on into the text (run-on title gongshi)", () => {
  it('云浮 (guangdong-yunfu-zhuanjingtexintiexi2024.txt)', () => {
    const d = first(dev('guangdong-yunfu-zhuanjingtexintiexi2024.txt'));
    expect(d.title).toBe('关于2024年省级制造业当家重点任务保障专项资金(民营经济及中小微企业发展)项目拟下达项目的公示');
    expect(d.text).toContain('根据《广东省工业和信息化厅关于下达2024年');
  });
  it('the form with 为 opening the sentence', () => {
    const d = first('关于2025年度区级科技创新券兑现企业名单的公示为进一步激励企业创新,经企业申报、部门审核,拟对以下企业兑现科技创新券,公示期自2025年6月3日至6月9日,共计兑现资金120万元,如有异议请与区科技局联系');
    expect(d.title).toBe('关于2025年度区级科技创新券兑现企业名单的公示');
  });
});
