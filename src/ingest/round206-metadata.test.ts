import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';

// Round 206 (issue 9): a site's name alone on its line over the title is the masthead, never the title's start nor the issuer's.
const doc = (text: string) => documentsOfPlainText(text)[0];

describe('a site\'s name on its own line is the masthead (site name line)', () => {
  it('陆河 (guangdong-luhe-changfangzujin.txt): 陆河县人民政府门户网站 over the title', () => {
    const d = doc('陆河县人民政府门户网站\n陆河县人民政府关于印发陆河县支持制造业及生产性服务业发展若干措施的通知\n  • 2026-01-16 15:51\n  • 来源: 陆河县人民政府\n各镇人民政府,县政府各部门、各直属事业单位:\n  现将《陆河县支持制造业及生产性服务业发展若干措施》印发给你们,请认真组织实施。\n  陆河县人民政府\n  2025年12月31日\n');
    expect([d.title, d.issuer]).toEqual(['关于印发陆河县支持制造业及生产性服务业发展若干措施的通知', '陆河县人民政府']);
  });
  it('黔江 (chongqing-qianjiang-shengtaiwenmingshifan.txt): 黔江政府网 over a menu and the title', () => {
    const d = doc('黔江政府网\n导航\n黔江政府网政务公开重点工作公益事业领域生态环境生态环境公示\n\n黔江区创建国家生态文明建设示范区指挥部办公室2019年度创建工作计划\n\n黔江区政府网 www.qianjiang.gov.cn2019-06-21 11:30来源:黔江政府网\n\n为全面提升黔江区生态文明建设水平,创建国家生态文明建设示范区,制定本年度工作计划。\n');
    expect([d.title, d.issuer]).toEqual(['黔江区创建国家生态文明建设示范区指挥部办公室2019年度创建工作计划', '黔江区创建国家生态文明建设示范区指挥部办公室']);
  });
  it('valid: a government\'s name alone (a signature) is no site name', () => {
    const d = doc('关于印发某某办法的通知\n各镇人民政府:\n现将办法印发给你们。\n陆河县人民政府\n2025年12月31日\n');
    expect(d.issuer).toBe('陆河县人民政府');
  });
});
