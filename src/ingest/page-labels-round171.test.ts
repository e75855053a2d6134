import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';

// A site's section label over a notice (通知公告, 公告公示) and a script's unset value printed alone (undefined) are page chrome: the title
// was read as 通知公告, and the plan's own title, with its period on the line below, was lost (湖北省 促进科技成果转化行动方案, round 171).
const title = (text: string) => documentsOfPlainText(text)[0].title;

describe('a section label and a script’s unset value over the title are chrome (section label, undefined)', () => {
  it('湖北省 (hubei-hubeisheng-chengguozhuanhua.txt): the plan’s title and its period', () => {
    expect(title('通知公告\n\nundefined\n\n\n湖北省促进科技成果转化行动方案\n\n(2024-2026年)\n\n为深入贯彻习近平总书记关于科技创新重要论述精神,在全省组织实施促进科技成果转化行动。\n')).toBe('湖北省促进科技成果转化行动方案(2024-2026年)');
  });
  it('form: 公告公示 over a notice’s title', () => {
    expect(title('公告公示\n关于开展2024年度科技型企业认定工作的通知\n各有关单位:\n现将有关事项通知如下。\n')).toBe('关于开展2024年度科技型企业认定工作的通知');
  });
});
