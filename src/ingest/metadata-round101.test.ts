import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { closingDate, signatureOf } from './metadata.js';
import { devText as dev } from '../dev-notices.js';

// Metadata classes from round 101 of the national development set (issue 9).
const first = (file: string) => documentsOfPlainText(dev(file))[0];

describe('the signer run into a later numbered item of the attachments list (listed attachment then signer)', () => {
  it.each([
    // 海南省 (hainan-hainansheng-jiuyebuzhu.txt): the cleaner ran 海南省财政厅 into the list's second item
    [['附件:1.2025年就业补助资金分配表(省本级)', '2.2025年就业补助资金绩效目标表海南省财政厅', '2025年5月16日'], { issuer: '海南省财政厅', date: '2025-05-16' }],
    // form: a third item, 、 as its mark
    [['附件:1.项目计划表', '2、资金分配表', '3、绩效目标表某县财政局', '2024年3月1日'], { issuer: '某县财政局', date: '2024-03-01' }],
    // form: no attachments label above the numbered line: a task, not a list of attachments, so no signer is read from it
    [['各单位:', '2.完善工作方案区财政局', '2024年3月1日'], undefined],
  ])('%#', (paras, signature) => {
    expect(signatureOf(paras as string[])).toEqual(signature);
  });
  it('海南省: the date printed under the signature outranks the page’s 成文日期 2025-05-19', () => {
    expect(first('hainan-hainansheng-jiuyebuzhu.txt').date).toBe('2025-05-16');
  });
});

describe('a row of share buttons over a page’s field block is furniture; the title field under it is the title (share buttons)', () => {
  it.each([
    // 海南省 (hainan-hainansheng-jiuyebuzhu.txt, hainan-hainansheng-huizhanjiangli.txt): 微信 / X / 索引号:… / 标题: …
    ['hainan-hainansheng-jiuyebuzhu.txt', '海南省财政厅关于下达2025年就业补助资金预算的通知'],
    ['hainan-hainansheng-huizhanjiangli.txt', '海南省财政厅关于下达2021年第四季度省级会展项目奖励资金的通知'],
  ])('%s', (file, title) => {
    expect(first(file).title).toBe(title);
  });
  it('form: the buttons on one line', () => {
    const text = '微信 新浪微博 腾讯微博\n标题: 某县人民政府关于印发某县促进工业发展若干措施的通知\n各乡镇人民政府:\n现将《某县促进工业发展若干措施》印发给你们。';
    expect(documentsOfPlainText(text)[0].title).toBe('某县人民政府关于印发某县促进工业发展若干措施的通知');
  });
});

// Round 102.
describe('the date closing the text under its last sentence, no body above it (closing date)', () => {
  it.each([
    // 灌南 (jiangsu-guannan-jieganhuantian.txt)
    [['各乡镇、各部门要…确保全面完成夏秋季秸秆机械化全量还田目标任务。', '二0一一年七月二十六日', '主题词:秸秆还田 项目经费 通知', '抄报:省财政局 省农机局', '抄送:市农机局 县委'], '2011-07-26'],
    // form: in digits, nothing after it
    [['请认真贯彻执行。', '2024年3月1日'], '2024-03-01'],
    // form: a date after a heading or a table cell is no closing date
    [['四、资金分配情况', '2024年3月1日'], undefined],
    [['请认真贯彻执行。', '2024年3月1日', '附件1:项目表', '序号', '项目名称'], undefined],
  ])('%#', (paras, date) => {
    expect(closingDate(paras as string[])).toBe(date);
  });
});

describe('joint issuers before 关于, a service centre among them (centre issuer)', () => {
  it('江油 (sichuan-jiangyou-xianjiezijin.txt): 江油市财政局 江油市乡村振兴服务中心关于…的公示', () => {
    expect(first('sichuan-jiangyou-xianjiezijin.txt').issuer).toBe('江油市财政局江油市乡村振兴服务中心');
  });
});
