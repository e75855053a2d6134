import { describe, expect, it } from 'vitest';
import { closingBody, signatureOf } from './metadata.js';

// A joint notice's signers a line each: all of them, joined with 、 (ANNOTATION: bodies signed a line each are joined with 、). Two
// shapes had kept only the last: the first signer run by the cleaner into the attachments list's last line above the others
// (zhejiang-ouhai-yanglaofuwuzijin2020.txt), and signers closing the text with no date under them (shanghai-hongkou-gaoqijiangli2023.txt).
describe('every signer of a joint signature (joint signers)', () => {
  it.each([
    // invalid (all the signers): the first run into the attachments list (瓯海); traditional
    [['附件:1.2020年街道养老服务中心建设补助资金分配', '2.2020年居家上门服务补助资金分配表温州市瓯海区民政局', '温州市瓯海区财政局', '2020年4月16日', '(此件公开发布)'], '温州市瓯海区民政局、温州市瓯海区财政局'],
    [['附件:1.2020年街道養老服務中心建設補助資金分配', '2.2020年居家上門服務補助資金分配表溫州市甌海區民政局', '溫州市甌海區財政局', '2020年4月16日'], '溫州市甌海區民政局、溫州市甌海區財政局'],
    // valid (as before): one signer run into the attachment line over the date; a signer alone
    [['附件:2024年项目计划安排表大冶市农业农村局', '2024年8月9日'], '大冶市农业农村局'],
    [['特此通知。', '温州市瓯海区财政局', '2020年4月16日'], '温州市瓯海区财政局'],
  ])('%j', (lines, want) => expect(signatureOf(lines)?.issuer).toBe(want));

  it.each([
    // invalid (all the signers): closing the text under an empty 附件: (虹口)
    [['电 话:25015326', '附件:', '虹口区科学技术委员会', '虹口区发展和改革委员会', '虹口区财政局'], '虹口区科学技术委员会、虹口区发展和改革委员会、虹口区财政局'],
    // valid: one body closing the text; bodies under an attachment's title are that attachment's, no signers
    [['电话号码:2021866-6700', '和田地区财政局', '你的浏览器目前处于缩放状态,页面可能会出现错位现象'], '和田地区财政局'],
    [['附件:2023年高新技术企业名单', '虹口区科学技术委员会', '虹口区财政局'], undefined],
  ])('%j', (lines, want) => expect(closingBody(lines)).toBe(want));
});
