import { describe, expect, it } from 'vitest';
import { cleanText } from './clean.js';
import { documentsOfPlainText } from './ingest.js';
import { devText } from '../dev-notices.js';

// A paragraph's ideographic-space indent that a save in a narrow code page turned into question marks (??為做好…): lines of
// eval/national/dev, file named in each case.
const lines = (s: string) => cleanText(s).clean.text.split('\n');

describe('question marks standing for a lost indent open no line (lost indent)', () => {
  it('黄浦 (shanghai-huangpu-jingxihua.txt): the signature and the title below it read as such', () => {
    const text = '黃浦區人民政府辦公室關于印發《黃浦區城市管理精細化三年行動計劃(2024—2026年)》的通知\n黃府辦發〔2024〕13號\n區政府各委、辦、局,各街道辦事處:\n??經區政府同意,現將《黃浦區城市管理精細化三年行動計劃(2024—2026年)》印發給你們,請認真按照執行。\n??特此通知。\n??上海市黃浦區人民政府辦公室\n??2024年12月30日\n黃浦區城市管理精細化三年行動計劃(2024—2026年)\n??為深入貫徹落實黨的二十大精神,制定本行動計劃。\n';
    expect(lines(text)).toContain('上海市黃浦區人民政府辦公室');
    const docs = documentsOfPlainText(text);
    expect(docs[0].date).toBe('2024-12-30');
  });
  it('江苏省 (jiangsu-jiangsusheng-maoyicujin.txt): a heading after its lost indent', () => {
    expect(lines('各設區市商務局:\n??為做好2025年貿易促進計劃重點展會參展單位申報工作,現將有關事項通知如下:\n??一、申報主體\n')).toContain('一、申報主體');
  });
  // (…a right-aligned signature's whole run of lost spaces, and a line of question marks alone, a lost blank line: 江夏 round 284, 蔡甸)
  it('江夏 (hubei-jiangxia-kejixiangmushouji2024.txt): the date after ten question marks is the signing date', () => {
    const [d] = documentsOfPlainText(devText('hubei-jiangxia-kejixiangmushouji2024.txt'));
    expect([d.region, d.issuer, d.date]).toEqual(['江夏区', '江夏區科學技術和經濟信息化局', '2024-07-15']);
  });
  it('蔡甸 (hubei-caidian-jigaitiexi.txt): lines of question marks alone are blank', () => {
    expect(lines('附:省新增重點領域技術改造貸款貼息資金(蔡甸區)分配表(第一批)\n????????????????\n?\n??蔡甸區科學技術和經濟信息化局\n2024年5月8日\n')).toEqual(['附:省新增重點領域技術改造貸款貼息資金(蔡甸區)分配表(第一批)', '蔡甸區科學技術和經濟信息化局', '2024年5月8日']);
  });
  it('form: full-width question marks; a question mark inside a line stays', () => {
    expect(lines('？？特此通知。\n是否符合条件?请咨询。\n')).toEqual(['特此通知。', '是否符合条件?请咨询。']);
  });
});
