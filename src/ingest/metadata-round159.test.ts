import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// Metadata classes of round 159 of the national development set (issue 9, fortieth session).
const first = (text: string) => documentsOfPlainText(text)[0];

describe("a page's 颁布时间 field is a field of its own, the addressees below it no part of the issuer (promulgation field)", () => {
  it('广东省 2008 (guangdong-guangdongsheng-zhongxiaoqiye2008.txt): 颁布时间:2008-12-02 11:05:42.000 发文单位:广东省人民政府 / 各地级以上市人民政府,…', () => {
    const d = first(dev('guangdong-guangdongsheng-zhongxiaoqiye2008.txt'));
    expect([d.issuer, d.date]).toEqual(['广东省人民政府', '2008-12-02']);
  });
});

describe('a county named as a part of 我市 in a notice that speaks as a city is the city’s (county of our city)', () => {
  it('广州 2009 (guangdong-guangzhou-zhongxiaoqiye2009.txt): 尽快启动我市番禺区、从化市小额贷款公司试点', () => {
    expect(first(dev('guangdong-guangzhou-zhongxiaoqiye2009.txt')).region).toBe('广州市');
  });
});

describe("a notice addressed to a province's cities speaks as the province (cities addressed)", () => {
  it('江苏省 2022 (jiangsu-jiangsusheng-shuzihuashidian.txt): 各设区市工业和信息化局、财政局: … 本市内注册 in a quoted condition', () => {
    expect(first(dev('jiangsu-jiangsusheng-shuzihuashidian.txt')).region).toBe('江苏省');
  });
});

describe("a page's font widget with its sizes emptied is chrome, no part of the paragraph below it (emptied font widget)", () => {
  it('楚雄 (yunnan-chuxiongshi-xianjiezijin2024.txt): 发表时间:2024-10-28 / 字体:[    ] / (blank) / 根据《楚雄州财政局…', () => {
    const d = first(dev('yunnan-chuxiongshi-xianjiezijin2024.txt'));
    expect(d.text.split('\n').some((l) => l.includes('字体') && l.includes('根据'))).toBe(false);
    expect(d.text).toMatch(/(^|\n)根据《楚雄州财政局/);
  });
});

describe('a schedule of labels with a bracketed remark before the colon, a line each (bracketed labels)', () => {
  it('湖北省 2025 (hubei-hubeisheng-huigouhubei.txt): 報名(2天):… / 搖號(2天):… stay lines of their own', () => {
    const lines = first(dev('hubei-hubeisheng-huigouhubei.txt')).text.split('\n');
    expect(lines).toContain('報名(2天):2025年9月8日8:00-9月9日24:00');
    expect(lines).toContain('搖號(2天):2025年9月10日—9月11日');
  });
});

describe("a body alone on its line over a 关于 title issues the notice, read before a page's publisher (body over the notice's title)", () => {
  it.each([
    // 杭州 (zhejiang-hangzhou-fugongfuchan.txt), traditional: an older dev miss
    ['zhejiang-hangzhou-fugongfuchan.txt', '中共杭州市委杭州市人民政府'],
  ])('%s → %s', (f, want) => {
    expect(first(dev(f)).issuer).toBe(want);
  });
});

describe("a forwarding title split over two lines has the forwarded body as its issuer (forwarding over the title)", () => {
  it('杭州 2003 (zhejiang-hangzhou-gongyezijin.txt): 杭州市人民政府办公厅转发市财政局 / 关于杭州市工业发展专项资金管理办法的通知', () => {
    expect(first(dev('zhejiang-hangzhou-gongyezijin.txt')).issuer).toBe('市财政局');
  });
});
