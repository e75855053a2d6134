import { describe, expect, it } from 'vitest';
import { cleanText } from './clean.js';

const lines = (s: string) => cleanText(s).clean.text.split('\n');

// A page's font-size widget may lose its closing bracket in a copy (【字体:). Its open bracket then read as a note left open and ran
// every line below it, title, number, addressees and all, into one (广东省 1996, round 111).
describe('a font-size widget’s bracket opens nothing the next lines go on in (open widget)', () => {
  it('广东省 (guangdong-guangdongsheng-dongxiliangyi.txt), its head', () => {
    const out = lines('1996年第8期\n\n1996年03月15日出版\n\n首页 > 政务公开 > 省政府公报 > 1996年 > 第8期\n【打印】 【字体:\n\n关于做好制定东西两翼规划工作的通知\n\n粤府办[1996]21号\n\n\n各有关市人民政府,省府直属有关单位:\n\n  省人民政府决定,从今年3月份起,开始编制《广东省东西两翼经济社会发展规划(1996—2010)》。\n');
    expect(out).toContain('关于做好制定东西两翼规划工作的通知');
    expect(out).toContain('省人民政府决定,从今年3月份起,开始编制《广东省东西两翼经济社会发展规划(1996—2010)》。');
  });
  it('form: 【字号： with no closer, a blank line under it', () => {
    const out = lines('【打印本页】 【字号：\n\n关于印发促进工业发展若干措施的通知\n\n各乡镇人民政府:\n\n现将措施印发给你们。\n');
    expect(out).toContain('关于印发促进工业发展若干措施的通知');
  });
  it('江油 (sichuan-jiangyou-xianjiezijin.txt): a widget line with a button after it is no part of the first sentence below it', () => {
    const out = lines('2021-08-06 15:56信息来源: 扶贫中心阅读次数:\n【字体: 打印\n\n根据四川省财政厅关于《预下达2021 年中央和省级财政衔接推进乡村振兴补助资金预算的通知》(川财农〔2021〕37号)文件精神,省级财政下达我市2021年衔接推进乡村振兴补助资金(以下简称衔接资金)共3051万元。\n');
    expect(out.some((l) => l.startsWith('根据四川省财政厅'))).toBe(true);
  });
  it('河源 (guangdong-heyuan-wengangfanhuan.txt, round 170): 【字体大小: 默认】 分享 is chrome, no part of the first sentence', () => {
    const out = lines('发布日期:2020-12-15 17:14:22 来源:本网 作者: 阅读人次:-\n【字体大小: 默认】  分享\n\n\n    为加大我市企业援企稳岗工作力度,现将有关事项公告如下:\n');
    expect(out.some((l) => l.trim().startsWith('为加大我市企业援企稳岗工作力度'))).toBe(true);
  });
  it('潮州 (guangdong-chaozhou-kejihoubuzhu2020.txt, round 282): 【浏览字体:大 中 小】 is chrome, no part of the first sentence', () => {
    const out = lines('2020-04-09 18:59\n来源:本网\n【浏览字体:大 中 小】\n根据《进一步促进科技创新的若干政策措施》(潮府〔2019〕10号)的有关规定,对我市符合条件的单位给予后补助,共36项合计700万元。\n');
    expect(out.some((l) => l.startsWith('根据《进一步促进科技创新的若干政策措施》'))).toBe(true);
  });
  it('form: [字体: ] 打印, half-width brackets', () => {
    expect(lines('[字体: ] 打印\n对新认定的企业给予10万元奖励。\n')).toContain('对新认定的企业给予10万元奖励。');
  });
  it('form: a note left open by a wrap still goes on (责任单位 over two lines)', () => {
    expect(lines('支持企业技改。(责任单\n位:县工信局)\n')).toEqual(['支持企业技改。(责任单位:县工信局)']);
  });
});

// A title closed by the page's day (…的通知 2020-08-10) and a signing day whose 年月日 the page lost (202083) were run into the lines
// below them: the number and addressees, the body that signs (杨浦 2020, round 114).
describe('a title closed by the page’s day, and a squashed signing day alone on its line, end their paragraphs (dated title, squashed day)', () => {
  it('杨浦 (shanghai-yangpu-gongzuoyaodian2020.txt), its head and signature', () => {
    const out = lines('关于印发区政府2020年第三季度工作要点的通知 2020-08-10\n\n \n\n杨府办202048\n\n区政府各委、办、局,各街道办事处,各有关单位:\n\n经区政府同意,现将《上海市杨浦区人民政府2020年第三季度工作要点》印发给你们,请认真贯彻落实。\n\n                     上海市杨浦区人民政府办公室\n\n                     202083\n\n上海市杨浦区人民政府\n\n2020年第三季度工作要点\n');
    expect(out[0]).toBe('关于印发区政府2020年第三季度工作要点的通知2020-08-10');
    expect(out).toContain('202083');
  });
  it('form: a sentence closed by a date goes on with its wrap', () => {
    expect(lines('申报截止时间为2020-08-10\n前提交,逾期不予受理。\n')).toEqual(['申报截止时间为2020-08-10前提交,逾期不予受理。']);
  });
});
