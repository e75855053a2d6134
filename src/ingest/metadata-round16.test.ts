import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// Round 16 metadata classes: real lines of eval/national/dev (file named), and "form" for a line written from the class.
const docsOf = (text: string) => documentsOfPlainText(text);

describe('a title that names its body by level only yields to the masthead naming it in full (level-only issuer)', () => {
  const cases: [string, string, string][] = [
    // 江苏 常熟 (jiangsu-changshu-renwufenjie.txt): masthead, number and title on one line, apart by spaces
    ['常熟 dev', dev('jiangsu-changshu-renwufenjie.txt'), '常熟市人民政府办公室'],
    // form: the masthead on its own line, the title's body by level, 人民政府 and 政府 alike
    ['form, own lines', '宁波市人民政府办公厅文件\n甬政办发〔2023〕5号\n市政府办公厅关于印发推动制造业高质量发展若干措施的通知\n各区（县、市）人民政府，市直及部省属驻甬各单位：\n现将《若干措施》印发给你们，请认真组织实施。', '宁波市人民政府办公厅'],
    // 辽宁 立山 (liaoning-lishan-zhongdianrenwu.txt): the title names its body by place, and keeps it as written
    ['立山 dev', dev('liaoning-lishan-zhongdianrenwu.txt'), '立山区人民政府'],
  ];
  for (const [name, text, issuer] of cases) it(name, () => expect(docsOf(text)[0].issuer).toBe(issuer));
});

describe('a site section label run into the title line is no part of the issuer (section label)', () => {
  // 湖北 郧阳 (hubei-yunyang-mubiaorenwu.txt, round 17): the site's name, its section 政府信息公开, then the title.
  it('郧阳 dev', () => expect(docsOf(dev('hubei-yunyang-mubiaorenwu.txt'))[0].issuer).toBe('郧阳区人民政府'));
  it('form: 信息公开 before a county government\'s title, no site line', () => {
    expect(docsOf('信息公开\n桐庐县人民政府关于印发促进制造业高质量发展若干政策的通知\n各乡镇人民政府:\n现将政策印发给你们。')[0].issuer).toBe('桐庐县人民政府');
  });
});
