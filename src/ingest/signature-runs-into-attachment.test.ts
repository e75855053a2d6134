import { describe, expect, it } from 'vitest';
import { signatureOf } from './metadata.js';

// A signature line whose date the cleaner ran the attachment's heading onto (仙居县民政局 2022年12月9日 附件 2022年…分配表, eval/national/dev
// zhejiang-xianju-renzhizhangai.txt): still the signature, the body and its date; its 附件 is where the text's own end is.
describe('a signature runs into its attachment heading (signature glued to attachment)', () => {
  it.each([
    // 仙居 (zhejiang-xianju-renzhizhangai.txt), as the page printed it
    [['附件:2022年仙居县认知障碍照护专区床位补助资金分配表', '仙居县民政局 2022年12月9日 附件 2022年仙居县认知障碍照护专区床位补助资金分配表'], '仙居县民政局', '2022-12-09'],
    // general forms: a numbered attachment, a Chinese-numeral date, a joint signature
    [['请各单位认真执行。', '东阳市财政局 2021年3月5日附件1:资金分配表'], '东阳市财政局', '2021-03-05'],
    [['请遵照执行。', '丽水市人民政府办公室 二〇二三年五月八日 附件:实施细则'], '丽水市人民政府办公室', '2023-05-08'],
    // the line as it always read: nothing after the date
    [['请遵照执行。', '仙居县民政局 2022年12月9日'], '仙居县民政局', '2022-12-09'],
  ])('%#', (lines, issuer, date) => expect(signatureOf(lines)).toEqual({ issuer, date }));
  it.each([
    // invalid: a body and a date running on into a sentence is no signature line
    [['请遵照执行。', '仙居县民政局2022年12月9日印发的附件无效']],
  ])('no signature %#', (lines) => expect(signatureOf(lines)?.issuer).not.toBe('仙居县民政局'));
});
