import { describe, expect, it } from 'vitest';
import { cleanText } from './clean.js';

const lines = (s: string) => cleanText(s).clean.text.split('\n');

// A document number is a head field of its own. Pages run it into the title and the first sentence with only a space between
// (the line break lost), and PDFs lose its closer and 号 (淄政字〔20237); either way the sentence after it must open its own
// paragraph, or the notice's first sentence is read as part of the head and falls outside the notice.
describe('a document number set apart by a gap ends its line (docno gap)', () => {
  const valid: { name: string; text: string; expected: string[] }[] = [
    {
      name: '河南省 dev page: title, number and first sentence on one line',
      text: '河南省人民政府关于明确政府工作报告提出的2023年重点工作责任单位的通知 豫政〔2023〕5号 现将《政府工作报告》提出的2023年重点工作任务予以分解并明确责任单位。',
      expected: ['河南省人民政府关于明确政府工作报告提出的2023年重点工作责任单位的通知豫政〔2023〕5号', '现将《政府工作报告》提出的2023年重点工作任务予以分解并明确责任单位。'],
    },
    {
      name: '常熟 dev masthead: the number before the title',
      text: '常熟市人民政府办公室文件 常政办发〔2018〕32号 市政府办公室关于分解落实2018年政府工作任务的通知',
      expected: ['常熟市人民政府办公室文件常政办发〔2018〕32号', '市政府办公室关于分解落实2018年政府工作任务的通知'],
    },
    {
      name: 'half-width brackets, a full-width space, 第…号',
      text: '苏府[2024]第12号\u3000各市、县（市、区）人民政府，省各委办厅局：',
      expected: ['苏府[2024]第12号', '各市、县（市、区）人民政府，省各委办厅局：'],
    },
  ];
  for (const { name, text, expected } of valid) it(name, () => expect(lines(text)).toEqual(expected));

  const invalid: { name: string; text: string }[] = [
    // 辽阳 dev: a cited notice's number, then the labelled note that belongs to the line.
    { name: 'a labelled note after a cited number stays', text: '《辽阳市支持企业发展若干措施的通知》辽市政发[2020]3号 责任单位:各县(市)区政府,市政府办公室' },
    { name: 'a number cited inside a sentence stays', text: '根据豫政〔2023〕5号 文件精神,制定本方案。' },
    { name: 'a number followed by its date stays (read as the date)', text: '川办函〔2015〕160号 2015年9月1日' },
  ];
  for (const { name, text } of invalid) it(name, () => expect(lines(text)).toHaveLength(1));
});

describe('a document number that lost its closer is still a line of its own (damaged docno)', () => {
  it('淄博 dev PDF: 淄政字〔20237 is not joined to the first sentence', () => {
    const text = '印发先进制造业强市实施方案(20232025年)\n\n淄政字〔20237\n\n \n\n为深入学习贯彻习近平新时代中国特色社会主义思想,全面贯彻落实党的二十大精神';
    expect(lines(text)).toEqual(['印发先进制造业强市实施方案(20232025年)', '淄政字〔20237', '为深入学习贯彻习近平新时代中国特色社会主义思想,全面贯彻落实党的二十大精神']);
  });
  it('黄石港 dev page: 港政发〔20251 before the issuer line', () => {
    expect(lines('港政发〔20251\n黄石港区人民政府\n关于印发2025年区政府重点工作分解意见的通知')[0]).toBe('港政发〔20251');
  });
  it('a title wrapped inside its period still joins (not a number: ( is no 〔)', () => {
    expect(lines('关于印发先进制造业强市实施方案(2023\n—2025年)的通知')).toEqual(['关于印发先进制造业强市实施方案(2023—2025年)的通知']);
  });
});
