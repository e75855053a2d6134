import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';

// A page that lost its line breaks runs the attachments list into the last sentence: the sentence ran on through the list, past
// the end of the text's scope, and its time limit was lost with it.
const clausesOf = (text: string) => extractDocument(documentsOfPlainText(text)[0]);

describe('an attachments list inside a line ends the sentence before it (inline attachments)', () => {
  it.each([
    // 六盘水 (guizhou-liupanshui-gaoqijiangli.txt)
    ['(二)请各市(特区、区)科技局、高新区科创局于2024年4月17日前将相关材料收集审核汇总报送至市科技局,联系电话:8268645)附件1:2023年高新技术企业奖励性后补助企业名单.xls附件2:2023年高新技术企业奖励资金申请表.xls。',
      '请各市(特区、区)科技局、高新区科创局于2024年4月17日前将相关材料收集审核汇总报送至市科技局,联系电话:8268645)'],
    // forms: after a comma, a space, a full-width colon
    ['请于2024年6月30日前报送市商务局, 附件：申报表.docx', '请于2024年6月30日前报送市商务局,'],
  ])('%s', (text, first) => {
    const c = clausesOf('关于开展2024年度项目申报工作的通知\n' + text + '\n').find((x) => x.deadlines.length);
    expect(c?.text).toBe(first);
  });
  it('详见附件1 names an attachment in passing: no break', () => {
    const c = clausesOf('关于开展2024年度项目申报工作的通知\n申报材料要求详见附件1,请于2024年6月30日前报送。\n').find((x) => x.deadlines.length);
    expect(c?.text).toBe('申报材料要求详见附件1,请于2024年6月30日前报送。');
  });
});
