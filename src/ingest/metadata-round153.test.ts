import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { issuerBeforeAbout, newsLeadIssuer, preambleMaker, signatureOf } from './metadata.js';
import { devText as dev } from '../dev-notices.js';

// Metadata classes of the thirty-ninth session (issue 9): older dev misses, and defects rounds 153 and 154 showed.
const issuer = (text: string) => documentsOfPlainText(text).map((d) => d.issuer).find(Boolean);

describe('a news lead is read folded, inside a joined paragraph, and after a page field run into it (news lead anywhere)', () => {
  it.each([
    // 渝中 (chongqing-yuzhong-renwufenjie.txt): the lead opens a sentence after a list of targets the cleaner joined into its paragraph
    ['chongqing-yuzhong-renwufenjie.txt', '渝中区人民政府办公室'],
    // 成都 (sichuan-chengdu-rengongzhineng.txt): traditional characters, 發布, and the page's 發表時間 run into the lead
    ['sichuan-chengdu-rengongzhineng.txt', '成都市人民政府'],
    // 河南省 (henan-henansheng-xinchunxiaofeiquan.txt): a reporter's lead after a sentence of the story's own
    ['henan-henansheng-xinchunxiaofeiquan.txt', '省商务厅'],
  ])('%s → %s', (f, want) => expect(issuer(dev(f))).toBe(want));
  it.each([
    // form: the body is returned as written, traditional as it stands
    ['近日,杭州市經濟和信息化局印發《杭州市支持人工智能產業發展若干措施》', '杭州市經濟和信息化局'],
    // valid: 近日 inside a sentence about something else, no issuing verb after the body, gives none
    ['发表时间:2024-03-01近日,全市各地积极开展春季招聘活动。', undefined],
  ] as [string, string | undefined][])('%s', (p, want) => expect(newsLeadIssuer([p])).toBe(want));
});

describe('the body a preamble says drew the measures up, 特制定 or its day between (preamble maker)', () => {
  it.each([
    // 贵州省 (guizhou-guizhousheng-fangkuanzhengce.txt)
    ['guizhou-guizhousheng-fangkuanzhengce.txt', '贵州省人民政府'],
    // 小店区 (shanxi-xiaodianqu-shangyejingji.txt), under a page byline naming the city's bureau that reposted it
    ['shanxi-xiaodianqu-shangyejingji.txt', '太原市小店区人民政府'],
  ])('%s → %s', (f, want) => expect(issuer(dev(f))).toBe(want));
  it.each([
    // form
    ['为加快发展现代服务业,宁波市鄞州区人民政府于2023年5月8日印发了《鄞州区加快发展现代服务业若干意见》,现予公布。', '宁波市鄞州区人民政府'],
    // 苏州工业园区 (jiangsu-suzhougongyeyuanqu-lingjunrencai.txt, round 156): the body that decided to carry it out
    ['为加快苏州工业园区实现“建成全国水平最高、竞争力最强的园区”的奋斗目标,苏州工业园区管委会决定实施“苏州工业园区鼓励科技领军人才创业工程”,主要鼓励国内外科技领军型人才。', '苏州工业园区管委会'],
    // valid: a body that only studied the matter makes nothing
    ['为做好相关工作,市政府研究了有关情况。', undefined],
  ] as [string, string | undefined][])('%s', (p, want) => expect(preambleMaker([p])).toBe(want));
});

describe('a body name holds no preamble purpose (purpose run into a cited body)', () => {
  it('浙江省 首台(套) (zhejiang-zhejiangsheng-shoutaitao.txt): 浙江为贯彻落实省委办公厅、省政府办公厅关于… is no issuer', () => {
    expect(issuer(dev('zhejiang-zhejiangsheng-shoutaitao.txt'))).toBeUndefined();
    expect(issuerBeforeAbout('创业2024-10-2316:25浙江为贯彻落实省委办公厅、省政府办公厅关于深入实施制造业首台(套)提升工程的意见')).toBeUndefined();
  });
  it('valid: a joint title stays (江苏省财政厅 江苏省商务厅关于…)', () => {
    expect(issuerBeforeAbout('江苏省财政厅 江苏省商务厅关于下达2024年商务发展专项资金的通知')).toBe('江苏省财政厅 江苏省商务厅');
  });
});

const region = (text: string) => documentsOfPlainText(text).map((d) => d.region).find(Boolean);

describe("a district's full name written once names it under the city a notice speaking as the district names (child by full name)", () => {
  it.each([
    // 增城 (guangdong-zengcheng-zuodazuoqiang.txt, round 153): 我区, the title names 广州, the forms list 广州市增城区…申请表
    ['guangdong-zengcheng-zuodazuoqiang.txt', '增城区'],
    // 随县 (hubei-suixian-nongyechanyehua.txt, an older miss): 全县, 随州市 named, 随县 written in full once
    ['hubei-suixian-nongyechanyehua.txt', '随县'],
  ])('%s → %s', (f, want) => expect(region(dev(f))).toBe(want));
  it('valid: a notice that speaks as the city keeps the city, a district named once in it (form)', () => {
    expect(region('广州市人民政府关于支持总部经济发展的若干措施\n各区人民政府,市政府各部门:\n为推动全市总部经济发展,制定本措施。对在广州市越秀区新设立总部的企业,市财政给予一次性奖励100万元。全市各区要抓好落实,市发展改革委负责解释。\n')).toBe('广州市');
  });
});

describe('a centre its place names, alone over the signing date, signs (placed centre)', () => {
  it('阳泉 (shanxi-yangquan-wengangfanhuan.txt, round 154): 阳泉市社会保险中心 over 2025年6月20日, not the page’s 来源', () => {
    expect(issuer(dev('shanxi-yangquan-wengangfanhuan.txt'))).toBe('阳泉市社会保险中心');
  });
  it('valid: a centre named without its place is not read as a signer (form)', () => {
    expect(signatureOf(['正文。', '市就业中心', '2025年6月20日'])).toBeUndefined();
  });
});
