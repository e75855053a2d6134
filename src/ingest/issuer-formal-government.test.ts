import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { formalGovernment } from './issuer-clues.js';

// A government named short in a title or a page field (宿迁市政府印发…; 发布机构 泰安市政府办公室) is the body the notice signs with its full
// name (宿迁市人民政府): where the text writes the full name, the issuer is written so, as the notice writes itself. Found on
// jiangsu-suqian-shengwuyiyao.txt (round 171) and the older jiangsu-taicang-xiandaifuwuye.txt.
const meta = (text: string) => documentsOfPlainText(text)[0];

describe('a government’s short name where the text writes it in full (formal government)', () => {
  it('宿迁: the title’s 宿迁市政府, the signature’s 宿迁市人民政府', () => {
    expect(meta('宿迁市政府印发关于促进宿迁生物医药产业高质量发展若干措施的通知\n宿政规发〔2023〕16号\n各县、区人民政府:\n《关于促进宿迁生物医药产业高质量发展若干措施》已经市政府常务会议审议通过,现印发给你们。\n宿迁市人民政府\n2023年12月27日\n').issuer).toBe('宿迁市人民政府');
  });
  it.each([
    ['泰安市政府办公室', '泰安市人民政府办公室关于印发…的通知', '泰安市人民政府办公室'],
    // valid: a full name the text never writes stays as given; a department is no government
    ['太仓市政府', '太仓市政府关于…的通知', '太仓市政府'],
    ['太仓市发展和改革委员会', '太仓市人民政府关于…', '太仓市发展和改革委员会'],
  ])('%s in %s', (name, text, want) => expect(formalGovernment(name, text)).toBe(want));
});

// A row of page fields with no colons may open with a label ingest does not read (索引号M063/2022-119110 发布机构县市场监管局
// 发布日期2022-08-16): the labels after it were not read, so the issuer field was lost. Found on zhejiang-tonglu-yiliaoqixie.txt (round 171).
describe('a field row opened by an unread label (field row without colons)', () => {
  it('桐庐: its issuer field', () => {
    expect(meta('索引号M063/2022-119110 发布机构县市场监管局 发布日期2022-08-16 17:51:53\n统一编号ATLD01-2022-0006 公开方式主动公开 文件效力有效\n桐庐县支持医疗器械产业高质量发展七条政策\n为深入实施三大战略,特制定本政策。\n一、对新产品给予50万元奖励。\n').issuer).toBe('县市场监管局');
  });
});
