import { describe, expect, it } from 'vitest';
import { documentsFromText } from './ingest.js';
import { pageFieldsOf } from './metadata.js';

// Round 14 of dev notices, values-and-metadata helper: classes of document metadata, each with the dev lines that showed it.
// (metadata-round14.test.ts is the units helper's file of this round.)

describe('a document number followed by its date on one line gives the date, in any written form of the date', () => {
  it.each([
    // 四川省 (sichuan-sichuansheng-wudajingjiqu.txt): 年月日 after a space
    ['川办函〔2015〕160号 2015年9月1日', '2015-09-01'],
    // 宁夏 (ningxia-ningxiasheng-xinxinggongye.txt): a dashed date in a flattened head
    ['宁夏回族自治区人民政府办公厅关于深入推进新型工业强区五年计划的实施意见 宁政办发〔2023〕13号 2023-03-24 各市、县(区)人民政府:', '2023-03-24'],
    // Forms of the same line as other house styles write it: an ideographic space, a bracketed date, a numeral date, a comma
    // and zero-padded figures, square brackets around the year, a dotted date.
    ['川办函〔2015〕160号\u30002015年9月1日', '2015-09-01'],
    ['川办函〔2015〕160号（2015年9月1日）', '2015-09-01'],
    ['川办函〔2015〕160号 二〇一五年九月一日', '2015-09-01'],
    ['川办函[2015]160号,2015年09月01日', '2015-09-01'],
    ['穗府办规〔2025〕3号 2025.1.2', '2025-01-02'],
  ])('%s → %s', (line, date) => {
    expect(pageFieldsOf([line]).signed).toBe(date);
  });

  it('四川省: the notice under a three-line title takes the date of its number line (also in traditional characters)', () => {
    const head = '四川省人民政府办公厅\n关于印发全省五大经济区2015年\n重点工作方案的通知\n川办函〔2015〕160号 2015年9月1日\n(已失效)\n各市(州)人民政府,省政府各部门、各直属机构,有关单位:\n经省政府领导同志同意,现将《成都经济区2015年重点工作方案》印发你们,请认真组织实施。\n';
    const trad = '四川省人民政府辦公廳\n關於印發全省五大經濟區2015年\n重點工作方案的通知\n川辦函〔2015〕160號 2015年9月1日\n(已失效)\n各市(州)人民政府,省政府各部門、各直屬機構,有關單位:\n經省政府領導同志同意,現將《成都經濟區2015年重點工作方案》印發你們,請認真組織實施。\n';
    for (const text of [head, trad]) {
      const [doc] = documentsFromText({ text, format: 'txt', encoding: 'utf-8' }, 'x.txt');
      expect(doc.date).toBe('2015-09-01');
    }
  });

  it('a number with no date after it gives none (鄂政发〔2018〕26号 alone on its line)', () => {
    expect(pageFieldsOf(['鄂政发〔2018〕26号']).signed).toBeUndefined();
  });
});
