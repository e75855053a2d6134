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
  it('form: a note left open by a wrap still goes on (责任单位 over two lines)', () => {
    expect(lines('支持企业技改。(责任单\n位:县工信局)\n')).toEqual(['支持企业技改。(责任单位:县工信局)']);
  });
});
