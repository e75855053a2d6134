import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';

// Round 218 (issue 9), scored before its rules: a page run onto one line dated nowhere but at its end, after an empty 附件: label and
// before the page's notes; a cover whose one signing body stands alone under its transmittal sentence, the date lost. Heads and tails of
// eval/national/dev notices.
const doc = (text: string) => documentsOfPlainText(text)[0];

describe('the date closing a page run onto one line, the page’s notes after it (closing date before page notes)', () => {
  it('内蒙古 2011 (neimenggu-zizhiqu-gaoqifushen2011.txt, whole)', () =>
    expect(doc(readFileSync('eval/national/dev/neimenggu-zizhiqu-gaoqifushen2011.txt', 'utf8')).date).toBe('2011-06-27'));
  it.each([
    // form: the notes on their own line under the date's
    ['关于开展企业资格复审的通知\n各盟市科技局:\n请于8月15日以前上报复审材料。\n联系电话:0471-6921193 附件: 二〇一一年六月二十七日 |\n【 纠 错 】 【加入收藏】【打印本页】【关闭窗口】\n', '2011-06-27'],
    // invalid: an attachments list's item is no date
    ['关于开展企业资格复审的通知\n各盟市科技局:\n请于8月15日以前上报复审材料。\n附件: 复审汇总表 |【打印本页】【关闭窗口】\n', undefined],
  ])('%#', (text, want) => expect(doc(text).date).toBe(want));
});

describe('one body alone under a cover’s transmittal sentence signs it (lone signer under the transmittal)', () => {
  it('山东省 (shandong-shandongsheng-shuziqiangsheng2023.txt)', () => {
    const text =
      '各市人民政府,各县(市、区)人民政府,省政府各部门、各直属机构,各大企业,各高等院校:\n《数字强省建设2023年工作要点》已经省政府同意,现印发给你们,请认真贯彻实施。\n山东省人民政府办公厅\n数字强省建设2023年工作要点\n为贯彻落实《数字中国建设整体布局规划》《国务院关于加强数字政府建设的指导意见》等要求,抢抓数字化发展机遇,制定本工作要点。\n';
    expect(doc(text).issuer).toBe('山东省人民政府办公厅');
  });
  it('not a line that is no body (the plan’s title under the sentence)', () => {
    const text = '各市人民政府:\n《数字强省建设2023年工作要点》已经省政府同意,现印发给你们,请认真贯彻实施。\n数字强省建设2023年工作要点\n为贯彻落实有关要求,制定本工作要点。\n';
    expect(doc(text).issuer).toBeUndefined();
  });
});
