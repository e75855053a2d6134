import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// Regions from round 98 of the national development set (issue 9).
const region = (text: string) => documentsOfPlainText(text)[0].region;

describe('a district name that is an everyday word counts only right after its city (everyday district name)', () => {
  it('焦作 (henan-jiaozuo-yejingji.txt): 以中心城区和各县(市)城区为重点 names no 城区 of 晋城 or 阳泉', () => {
    expect(region(dev('henan-jiaozuo-yejingji.txt'))).toBe('焦作市');
  });
});

describe('a city bureau’s branch named by its district issues for that district (branch office)', () => {
  it('柯桥 (zhejiang-keqiao-youcha.txt): 绍兴市自然资源和规划局柯桥分局 → 柯桥区', () => {
    expect(region(dev('zhejiang-keqiao-youcha.txt'))).toBe('柯桥区');
  });
  it('form: a branch named with its level word', () => {
    expect(region('宁波市公安局海曙区分局关于做好工作的通知\n各派出所:\n为做好工作,现通知如下。\n宁波市公安局海曙区分局\n2024年5月8日\n')).toBe('海曙区');
  });
});

describe('a title written alone in book-title marks on its line is the notice’s own (own title in marks)', () => {
  const head = (text: string) => documentsOfPlainText(text)[0];
  it('江苏省 (jiangsu-jiangsusheng-dianzishangwu.txt): 《江苏省商务厅贯彻“十四五”电子商务发展规划实施方案》 gives title and issuer', () => {
    const d = head(dev('jiangsu-jiangsusheng-dianzishangwu.txt'));
    expect(d.title).toBe('江苏省商务厅贯彻“十四五”电子商务发展规划实施方案');
    expect(d.issuer).toBe('江苏省商务厅');
  });
  it('form: a cited title inside a sentence still names another document’s issuer', () => {
    const d = head('关于做好申报工作的通知\n根据《江苏省商务厅贯彻“十四五”电子商务发展规划实施方案》,现将有关事项通知如下。\n');
    expect(d.issuer).toBeUndefined();
  });
});

describe('a development zone with a proper name between its place and 经济技术开发区 (named zone)', () => {
  it('大亚湾 (guangdong-dayawan-dawanqu.txt, round 100): 惠州大亞灣經濟技術開發區 is the zone, not 惠州市', () => {
    expect(region(dev('guangdong-dayawan-dawanqu.txt'))).toBe('惠州大亚湾经济技术开发区');
  });
});
