import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { newsLeadIssuer, releaseDate, signatureOf } from './metadata.js';
import { devText as dev } from '../dev-notices.js';

// Metadata classes from rounds 117–118 of the national development set (issue 9), and forms written from each class.

const head = (text: string) => documentsOfPlainText(text).map((d) => [d.issuer, d.date])[0];

describe('a lead that dates and names the notice’s issuer with no comma after its day, or opens on 不久前 (lead without comma)', () => {
  it.each([
    // 忠县 (chongqing-zhongxian-gongyejingji.txt): a consultancy's lead
    ['2022年6月20日重庆市忠县人民政府办公室发布了关于印发《忠县加快工业经济高质量发展扶持政策》的通知(忠府办发〔2022〕32号),涵盖了招商引资等五个方面。', '重庆市忠县人民政府办公室'],
    // 策勒 (xinjiang-cele-linguoye.txt)
    ['不久前,策勒县人民政府发布了《关于策勒县2024年推动产业帮扶精准到户促进农民持续增收有关工作的通知》的公告公示,纳入全国防止返贫监测和衔接推进乡村振兴信息系统管理。', '策勒县人民政府'],
    // forms: the comma kept; a month-day with no comma is no lead (the year's day alone may open a report)
    ['2023年5月8日,某市人民政府印发《某市支持制造业发展若干措施》。', '某市人民政府'],
  ])('%s', (lead, issuer) => {
    expect(newsLeadIssuer([lead])).toBe(issuer);
  });

  it('the lead’s day dates a notice that prints none of its own, under a byline and a caption (忠县)', () => {
    expect(releaseDate(['2022年6月20日重庆市忠县人民政府办公室发布了关于印发《忠县加快工业经济高质量发展扶持政策》的通知(忠府办发〔2022〕32号)'])).toBe('2022-06-20');
    expect(head(dev('chongqing-zhongxian-gongyejingji.txt'))).toEqual(['重庆市忠县人民政府办公室', '2022-06-20']);
  });
});

describe('a signature naming its body by level only is filled from a page field naming it in full (level-only signature)', () => {
  it('吉林省 (jilin-jilinsheng-linyecaoyuanzijin.txt): 省财政厅 under 发文单位:吉林省财政厅', () => {
    expect(head(dev('jilin-jilinsheng-linyecaoyuanzijin.txt'))).toEqual(['吉林省财政厅', '2022-12-22']);
  });
  it('form: 市财政局 under 发布机构: 某某市财政局', () => {
    const text = '发布机构:某某市财政局\n各县(市、区)财政局:\n现将有关事项通知如下。\n一、资金用于支持企业发展。\n市财政局\n2023年5月6日\n';
    expect(head(text)).toEqual(['某某市财政局', '2023-05-06']);
  });
});

describe('a party committee signing first beside the government a title field names alone (committee and government)', () => {
  it('来苏镇 (chongqing-laisuzhen-huanjiexuanju.txt)', () => {
    expect(head(dev('chongqing-laisuzhen-huanjiexuanju.txt'))[0]).toBe('中共重庆市永川区来苏镇委员会、重庆市永川区来苏镇人民政府');
  });
  it('form: a government signing alone keeps its name', () => {
    const text = '标题: 某县人民政府关于印发《某县工作方案》的通知\n各乡镇人民政府:\n《某县工作方案》已经县政府同意,现印发给你们。\n某县人民政府\n2021年3月11日\n';
    expect(head(text)[0]).toBe('某县人民政府');
  });
});

describe('a zone whose proper name a division’s full name opens is that division’s, not the division its name ends like (zone proper name)', () => {
  const region = (text: string) => documentsOfPlainText(text)[0].region;
  it.each([
    // 隆德 (ningxia-longde-gongyeyuanqu.txt, round 119): 六盘山 ends like 盘山(县, 辽宁)
    ['隆德县六盘山工业园区入园企业享受的相关优惠政策\n\n一、入园优惠政策\n\n1、新办的工业企业,免征企业所得税地方分享部分。\n', '隆德县'],
    // forms: a zone named by its city's short name keeps it, after a verb too
    ['扬州经开区关于支持企业发展的若干措施\n一、对新落户企业给予奖励。\n', '扬州经济技术开发区'],
    ['支持扬州经开区企业发展的若干措施\n一、对新落户企业给予奖励。\n', '扬州经济技术开发区'],
  ])('%#', (text, want) => expect(region(text)).toBe(want));
});

describe('a people’s organisation signing as a 联合会 is a signing body (federation signer)', () => {
  it.each([
    // 浙江省 (zhejiang-zhejiangsheng-canjirenbutie.txt, round 118): two bodies on one line, spaces between
    [['请加强资金使用管理,专款专用,提高资金使用效益。', '浙江省财政厅           浙江省残疾人联合会', '2018年2月26日'], { issuer: '浙江省财政厅浙江省残疾人联合会', date: '2018-02-26' }],
    // form: a federation alone
    [['请认真组织实施。', '某市工商业联合会', '2023年5月6日'], { issuer: '某市工商业联合会', date: '2023-05-06' }],
  ])('%#', (paras, want) => {
    expect(signatureOf(paras as string[])).toEqual(want);
  });
});
